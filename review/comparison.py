"""What changed since a medical page was last approved, and whether the reviewer has seen it.

A reviewer approves only after Wagtail's revision comparison has shown them the changes since the last
approval (or, for a page approved before the workflow existed, since the live version). The comparison view
remembers in the session which revision it showed; approving a later revision, or without having looked,
leads to the comparison first (review.views).
"""

from dataclasses import dataclass

from django.urls import reverse

from .models import last_approval

SESSION_KEY = "review_comparisons_shown"


@dataclass(frozen=True)
class ChangesSinceApproval:
    page: object
    approval: object  # the TaskState of the last approval, or None
    since: object  # the comparison's starting point in its URL: a revision id, or "live"
    since_id: int | None

    @property
    def since_live(self):
        return self.since == "live" and self.since_id is not None

    @property
    def changed(self):
        return self.since_id is not None and self.page.latest_revision_id != self.since_id

    @property
    def compare_url(self):
        return reverse("wagtailadmin_pages:revisions_compare", args=(self.page.pk, self.since, "latest"))


def changes_since_approval(page):
    approval = last_approval(page) if page.pk else None
    if approval and approval.revision_id:
        return ChangesSinceApproval(page, approval, approval.revision_id, approval.revision_id)
    # Approved before the workflow existed (or imported): compare with what patients see now.
    return ChangesSinceApproval(page, approval, "live", page.live_revision_id)


def shows_changes_since_approval(page, revision_a, revision_b):
    """Whether a comparison between these two revisions (as in its URL) is the one a reviewer must see."""
    changes = changes_since_approval(page)
    return (
        changes.changed
        and str(revision_a) == str(changes.since)
        and str(revision_b) in {"latest", str(page.latest_revision_id)}
    )


def remember_comparison_shown(request, page):
    shown = request.session.get(SESSION_KEY, {})
    shown[str(page.pk)] = page.latest_revision_id
    request.session[SESSION_KEY] = shown


def unseen_changes(request, page):
    """The changes since approval that this user has not been shown yet, or None if there is nothing to see."""
    changes = changes_since_approval(page)
    if not changes.changed:
        return None
    if request.session.get(SESSION_KEY, {}).get(str(page.pk)) == page.latest_revision_id:
        return None
    return changes
