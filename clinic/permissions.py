from wagtail.permission_policies import ModelPermissionPolicy


class ReceivedOnlyPolicy(ModelPermissionPolicy):
    """For what visitors send in through the site: nobody adds one by hand, not even an administrator."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action != "add"])
