"""Medical content and its review: who wrote and approved a page and when, and the review step in which a
second doctor approves a medical page before it goes live."""

import calendar
from functools import cached_property

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.blocks import StructValue
from wagtail.models import AbstractGroupApprovalTask, TaskState

from seo import schema
from serving.streams import walk
from sources.citations import cited_references

REVIEW_INTERVALS = [(6, _("elk half jaar")), (12, _("elk jaar")), (24, _("elke twee jaar"))]


def add_months(day, months):
    """The same day `months` later; the 31st becomes the last day of a shorter month."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


class MedicalContent(models.Model):
    """What every page with medical content carries: who wrote and reviewed it, when, and its numbered sources.

    A subclass names the StreamField its citations live in with `citation_field`.
    """

    citation_field = "sections"
    # The short text the trust checklist requires before a page goes to review.
    summary_field = "summary"
    # The StreamField whose first picture a shared link shows.
    image_field = "sections"

    author = models.ForeignKey(
        "people.DoctorPage",
        verbose_name=_("geschreven door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewer = models.ForeignKey(
        "people.DoctorPage",
        verbose_name=_("gecontroleerd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    last_reviewed = models.DateField(_("laatst gecontroleerd"), null=True, blank=True)
    review_interval = models.PositiveSmallIntegerField(
        _("controleren"),
        choices=REVIEW_INTERVALS,
        default=12,
        help_text=_("Hoe vaak een arts de pagina opnieuw moet nakijken."),
    )
    # Follows from the two fields above (see schedule_next_review); stored so lists can sort and filter on it.
    next_review = models.DateField(_("volgende controle"), null=True, blank=True, editable=False, db_index=True)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # Also when code or a workflow sets the date: the schedule can never disagree with it.
        self.schedule_next_review()
        super().save(*args, **kwargs)

    def schedule_next_review(self):
        """The interval after the last review, or sooner: the day a warning was found on a source the page cites
        (sources.watch), if that came after the last review."""
        if not self.last_reviewed:
            self.next_review = None
            return
        warnings = [
            reference.warning_since
            for reference in cited_references(getattr(self, self.citation_field))
            if reference.has_warning and reference.warning_since and reference.warning_since > self.last_reviewed
        ]
        self.next_review = min([add_months(self.last_reviewed, self.review_interval), *warnings])

    def clean(self):
        super().clean()
        self.schedule_next_review()

    @cached_property
    def accountable_doctors(self):
        """{"author": …, "reviewer": …}: both read in one query, as the page shows them twice.

        Later reads of page.author and page.reviewer come from what was read here.
        """
        fields = [self._meta.get_field(name) for name in ("author", "reviewer")]
        wanted = {getattr(self, field.attname) for field in fields if not field.is_cached(self)} - {None}
        # Both fields point at the doctor pages (people.DoctorPage).
        doctors = fields[0].related_model
        found = doctors.objects.in_bulk(wanted) if wanted else {}
        for field in fields:
            if not field.is_cached(self) and getattr(self, field.attname) is not None:
                field.set_cached_value(self, found.get(getattr(self, field.attname)))
        return {field.name: getattr(self, field.name) for field in fields}

    @cached_property
    def references(self):
        """Every reference cited on the page, in the order of first citation."""
        return cited_references(getattr(self, self.citation_field))

    @cached_property
    def citation_numbers(self):
        return {reference.pk: number for number, reference in enumerate(self.references, start=1)}

    # The feedback form thanks the visitor who just answered (feedback/form.html).
    cache_parameters = {"reactie": {"bedankt"}}

    def fragment_variant(self, request, context):
        return "bedankt" if request.GET.get("reactie") == "bedankt" else ""

    def social_image(self):
        """The first picture in the content, with its alternative text, for the preview of a shared link."""
        stream = getattr(self, self.image_field)
        for _block, value in walk(stream.stream_block, stream):
            if isinstance(value, StructValue) and value.get("image") and value.get("alt_text"):
                return value["image"], value["alt_text"]
        return None, ""

    def medical_subject(self, request):
        """What the page is about, as a schema.org medical entity."""
        raise NotImplementedError

    def structured_data(self, request):
        return [schema.medical_web_page(self, request, about=self.medical_subject(request))]


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
