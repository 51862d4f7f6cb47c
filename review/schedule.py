"""Which medical pages need a doctor to look at them again, and when."""

import datetime
from dataclasses import dataclass

from django.apps import apps
from django.db.models import Q
from django.utils import timezone

from sources.models import WARNINGS, Reference, SourceCheck

from .models import MedicalContent

# "Due" starts this long before the date, so there is time to plan the review.
DUE_SOON = datetime.timedelta(days=30)


def medical_page_models():
    return [model for model in apps.get_models() if issubclass(model, MedicalContent) and not model._meta.abstract]


def review_pages_citing(sender, reference, **kwargs):
    """A source got a warning: every medical page that cites it is due for review from today."""
    for page in reference.citing_pages().specific():
        if isinstance(page, MedicalContent):
            page.schedule_next_review()
            # Only the date: this is no edit of the page, and nothing patients see changes.
            type(page).objects.filter(pk=page.pk).update(next_review=page.next_review)


@dataclass(frozen=True)
class DueReview:
    page: object
    next_review: datetime.date | None
    overdue: bool
    due_today: bool = False


def due_reviews(today=None, within=DUE_SOON, author=None):
    """Medical pages never reviewed, overdue or due within `within`, oldest first: one query per page type."""
    today = today or timezone.localdate()
    due = []
    for model in medical_page_models():
        pages = model.objects.filter(Q(next_review__isnull=True) | Q(next_review__lte=today + within))
        if author is not None:
            pages = pages.filter(author=author)
        for page in pages.select_related("author").only(
            "title", "next_review", "last_reviewed", "author__title", "author__honorific", "live", "path", "depth"
        ):
            overdue = page.next_review is None or page.next_review < today
            due.append(DueReview(page, page.next_review, overdue, page.next_review == today))
    # Never reviewed first, then the longest overdue.
    return sorted(due, key=lambda item: (item.next_review is not None, item.next_review or today, item.page.title))


@dataclass(frozen=True)
class SourceWarning:
    reference: Reference
    # The medical pages citing it that a doctor still has to look at.
    pages: list


def needs_a_look(page, reference):
    # A retracted source stays a warning for as long as a page cites it; any other is settled by a review of
    # the page after the warning was found.
    if reference.check_status == SourceCheck.RETRACTED or not page.last_reviewed:
        return True
    return reference.warning_since is not None and page.last_reviewed < reference.warning_since


def source_warnings():
    """Cited sources with a warning from the weekly check, newest first, with the pages to look at again."""
    warnings = []
    references = Reference.objects.with_citations().filter(is_cited=True, check_status__in=WARNINGS)
    for reference in references.order_by("-warning_since", "pk"):
        pages = [
            page
            for page in reference.citing_pages().specific()
            if isinstance(page, MedicalContent) and needs_a_look(page, reference)
        ]
        if pages:
            warnings.append(SourceWarning(reference, pages))
    return warnings
