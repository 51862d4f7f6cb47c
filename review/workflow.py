"""What finishing a workflow does (WAGTAIL_FINISH_WORKFLOW_ACTION).

Wagtail imports this while its own models are still loading, so the models are imported in the function.
"""


def publish_approved(workflow_state, user=None):
    """Publish what the workflow approved.

    Wagtail would publish as the approver and demand their publish right. A medical reviewer has no such
    right on purpose: the approval itself, checked in MedicalReviewTask, is what allows this publication.
    """
    from wagtail.models import TaskState

    from .models import MedicalReviewTask

    approved_by_review = workflow_state.task_states.filter(
        status=TaskState.STATUS_APPROVED, task__in=MedicalReviewTask.objects.all()
    ).exists()
    workflow_state.content_object.get_latest_revision().publish(user=user, skip_permission_checks=approved_by_review)
