from wagtail import hooks
from wagtail.admin.ui.components import Component

from .schedule import due_reviews


class DueReviewsPanel(Component):
    """On the dashboard: medical pages that are due or overdue for review, oldest first."""

    name = "due_reviews"
    template_name = "review/admin/due_reviews_panel.html"
    order = 40

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["due_reviews"] = due_reviews()
        return context


@hooks.register("construct_homepage_panels")
def add_due_reviews_panel(request, panels):
    if request.user.has_perm("wagtailadmin.access_admin"):
        panels.append(DueReviewsPanel())
