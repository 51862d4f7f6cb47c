"""Which medical pages need a doctor to look at them again, and when."""

import datetime
from dataclasses import dataclass

from django.apps import apps
from django.db.models import Q
from django.utils import timezone

from .models import MedicalContent

# "Due" starts this long before the date, so there is time to plan the review.
DUE_SOON = datetime.timedelta(days=30)


def medical_page_models():
    return [model for model in apps.get_models() if issubclass(model, MedicalContent) and not model._meta.abstract]


@dataclass(frozen=True)
class DueReview:
    page: object
    next_review: datetime.date | None
    overdue: bool


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
            due.append(DueReview(page, page.next_review, overdue))
    # Never reviewed first, then the longest overdue.
    return sorted(due, key=lambda item: (item.next_review is not None, item.next_review or today, item.page.title))
