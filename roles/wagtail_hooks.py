from wagtail import hooks

from .groups import MANAGEMENT, user_in_roles


@hooks.register("construct_reports_menu")
def site_history_for_management_only(request, menu_items):
    if not user_in_roles(request.user, (MANAGEMENT,)):
        menu_items[:] = [item for item in menu_items if item.name != "site-history"]
