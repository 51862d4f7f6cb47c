"""The admin's page views for medical pages, with one rule added: a reviewer approves only after the comparison
with the last approved version has been shown to them (review.comparison)."""

from django.shortcuts import redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.views.pages.revisions import RevisionsCompareView
from wagtail.admin.views.pages.workflow import CollectWorkflowActionDataView, WorkflowActionView
from wagtail.admin.viewsets.pages import PageViewSet

from .comparison import remember_comparison_shown, shows_changes_since_approval, unseen_changes
from .models import MedicalReviewTask

APPROVE = "approve"


def comparison_first(request, page, task):
    """None if this user may go on approving; else the URL of the comparison they must see first (with a
    message that says so)."""
    if not isinstance(task, MedicalReviewTask):
        return None
    changes = unseen_changes(request, page)
    if changes is None:
        return None
    messages.warning(
        request,
        _(
            "Bekijk eerst wat er veranderd is sinds de vorige goedkeuring. Keur de pagina daarna goed met de knop "
            "'Goedkeuren' boven de vergelijking."
        ),
    )
    return changes.compare_url


class ReviewComparisonView(RevisionsCompareView):
    """Wagtail's comparison of two revisions; when it shows the changes since the last approval, it remembers
    that this user has seen them, and offers the review's actions."""

    template_name = "review/admin/revisions_compare.html"

    @cached_property
    def shows_review_changes(self):
        return shows_changes_since_approval(self.object, self.revision_id_a, self.revision_id_b)

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if self.shows_review_changes:
            remember_comparison_shown(request, self.object)
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = self.object
        task_state = page.current_workflow_task_state
        task = task_state.task.specific if task_state else None
        if isinstance(task, MedicalReviewTask) and self.shows_review_changes:
            context["review_task_state"] = task_state
            context["review_actions"] = task.get_actions(page, self.request.user)
        return context


class MedicalPageEditView(EditView):
    def perform_workflow_action(self):
        task = self.page.current_workflow_task
        if self.workflow_action == APPROVE and (url := comparison_first(self.request, self.page, task)):
            return redirect(url)
        return super().perform_workflow_action()


class ApproveAfterComparisonMixin:
    def dispatch(self, request, *args, **kwargs):
        if self.action_name == APPROVE and (url := comparison_first(request, self.object, self.task)):
            if request.headers.get("x-requested-with") == "XMLHttpRequest":
                return self.render_modal_json(request, {"step": "success", "redirect": url})
            return redirect(url)
        return super().dispatch(request, *args, **kwargs)


class MedicalWorkflowActionView(ApproveAfterComparisonMixin, WorkflowActionView):
    pass


class MedicalCollectWorkflowActionDataView(ApproveAfterComparisonMixin, CollectWorkflowActionDataView):
    pass


class MedicalPageViewSet(PageViewSet):
    edit_view_class = MedicalPageEditView
    revisions_compare_view_class = ReviewComparisonView
    workflow_action_view_class = MedicalWorkflowActionView
    collect_workflow_action_data_view_class = MedicalCollectWorkflowActionDataView
