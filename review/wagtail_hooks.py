from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import SubmitForModerationMenuItem, WorkflowMenuItem
from wagtail.admin.ui.components import Component

from sources.models import Reference, SourceCheck

from .models import MedicalReviewTask
from .schedule import due_reviews, medical_page_models, source_warnings
from .views import MedicalPageViewSet


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


@hooks.register("register_admin_viewset")
def register_medical_page_viewsets():
    # The admin's views of every medical page type, with approval only after the comparison (review.views).
    return [
        MedicalPageViewSet(f"medical_{model._meta.label_lower.replace('.', '_')}", model=model)
        for model in medical_page_models()
    ]


@hooks.register("construct_page_action_menu")
def name_the_review_actions(menu_items, request, context):
    """The review's actions as one phrase each, and a doctor's next step up front.

    Wagtail adds ' en publiceren' to every approve action of a final task; the task's labels already say
    what happens ("Goedkeuren en publiceren", "Goedkeuren met opmerking"). Wagtail calls submitting "Stuur door
    naar Medische review" and hides it under the arrow; for a doctor, who cannot publish, it is the next step.
    """
    page = context.get("page")
    task = page.current_workflow_task if page is not None and page.pk else None
    if isinstance(task, MedicalReviewTask):
        labels = {(name, modal): label for name, label, modal in task.get_actions(page, request.user)}
        for item in menu_items:
            if isinstance(item, WorkflowMenuItem) and (item.name, item.launch_modal) in labels:
                item.label = labels[(item.name, item.launch_modal)]
    for position, item in enumerate(menu_items):
        if isinstance(item, SubmitForModerationMenuItem):
            menu_items[position] = SubmitForReviewMenuItem(order=item.order)
            tester = context.get("user_page_permissions_tester")
            if tester is not None and not tester.can_publish():
                menu_items.insert(0, menu_items.pop(position))
            break


class SubmitForReviewMenuItem(SubmitForModerationMenuItem):
    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        workflow_state = context["page"].current_workflow_state if context.get("page") else None
        if workflow_state and workflow_state.status == workflow_state.STATUS_NEEDS_CHANGES:
            context["label"] = _("Opnieuw insturen ter controle")
        else:
            context["label"] = _("Insturen ter controle")
        return context
