from wagtail import hooks
from wagtail.admin.ui.components import Component

from sources.models import Reference, SourceCheck

from .schedule import due_reviews, source_warnings


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


class SourceWarningsPanel(Component):
    """On the dashboard, above the due reviews: cited sources the weekly check found a warning about, with the
    pages a doctor has to look at again, and how many sources cannot be checked for want of a DOI."""

    name = "source_warnings"
    template_name = "review/admin/source_warnings_panel.html"
    order = 35

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["warnings"] = source_warnings()
        context["without_doi"] = (
            Reference.objects.with_citations().filter(is_cited=True, check_status=SourceCheck.NO_DOI).count()
        )
        context["no_doi_status"] = SourceCheck.NO_DOI.value
        return context


@hooks.register("construct_homepage_panels")
def add_source_warnings_panel(request, panels):
    if request.user.has_perm("sources.view_reference"):
        panels.append(SourceWarningsPanel())
