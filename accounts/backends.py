from axes.backends import AxesStandaloneBackend
from django.contrib.auth.backends import ModelBackend


class LockoutBackend(AxesStandaloneBackend):
    """django-axes' lockout for every login through a web request.

    A call without a request (a management command, the test client's login()) is not a login attempt
    from the internet, so it is left to the next backend instead of being refused.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)

    def get_user(self, user_id):
        # A session may name this backend (it is the first one); the user is loaded as ModelBackend does.
        return ModelBackend().get_user(user_id)
