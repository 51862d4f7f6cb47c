"""The medical review step: a second doctor approves a medical page before it goes live."""

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, TaskState

from conditions.models import MedicalContent


def doctor_of(user):
    try:
        return user.doctor_page
    except (ObjectDoesNotExist, AttributeError):
        return None


class MedicalReviewTask(AbstractGroupApprovalTask):
    """Like Wagtail's group approval, with two rules of medicine on top.

    Only a doctor (an account linked to a doctor page) who did not write the page may approve it, and
    approving is what records the reviewer and the review date: nothing else moves them.
    """

    def refusal(self, obj, user):
        """Why this user may not approve this page now, or None if they may."""
        if not (user.is_superuser or self._user_in_groups(user)):
            return _("Alleen een medisch reviewer kan deze pagina goedkeuren.")
        doctor = doctor_of(user)
        if doctor is None:
            return _("Goedkeuren kan alleen met een account dat aan een artsenpagina gekoppeld is.")
        if isinstance(obj, MedicalContent) and obj.author_id == doctor.pk:
            return _("U schreef deze pagina zelf. Een andere arts moet haar goedkeuren.")
        return None

    def get_actions(self, obj, user):
        if not (user.is_superuser or self._user_in_groups(user)):
            return []
        actions = [("reject", _("Terugsturen met opmerking"), True)]
        if self.refusal(obj, user) is None:
            actions += [
                ("approve", _("Goedkeuren en publiceren"), False),
                ("approve", _("Goedkeuren met opmerking"), True),
            ]
        return actions

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            page = task_state.workflow_state.content_object.get_latest_revision_as_object()
            reason = self.refusal(page, user)
            if reason:
                raise PermissionDenied(reason)
            if isinstance(page, MedicalContent):
                revision = self.record_review(page, user)
                # The workflow publishes its object's latest revision: make sure that is this one. It is
                # also the approved revision, so the next review compares against what went live.
                task_state.workflow_state.content_object.latest_revision = revision
                task_state.revision = revision
                task_state.save(update_fields=["revision"])
        super().on_action(task_state, user, action_name, **kwargs)

    def record_review(self, page, user):
        # A new revision of what the reviewer approved, now naming them; the workflow then publishes it.
        page.reviewer = doctor_of(user)
        page.last_reviewed = timezone.localdate()
        page.schedule_next_review()
        return page.save_revision(user=user, log_action=False, changed=False)

    @classmethod
    def get_description(cls):
        return _("Een tweede arts keurt de medische inhoud goed; de goedkeuring legt vast wie en wanneer.")

    class Meta:
        verbose_name = _("medische controle")
        verbose_name_plural = _("medische controles")


def last_approval(page):
    """The most recent approved medical review of this page, or None."""
    return (
        TaskState.objects.filter(
            workflow_state__base_content_type=page.get_base_content_type(),
            workflow_state__object_id=str(page.pk),
            task__in=MedicalReviewTask.objects.all(),
            status=TaskState.STATUS_APPROVED,
        )
        .select_related("revision", "finished_by")
        .order_by("-finished_at", "-pk")
        .first()
    )
