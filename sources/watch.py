"""The weekly check of every cited source: its DOI still leads to a Crossref record, and that record names no
retraction, expression of concern or correction.

Crossref keeps such notices as relations on the work: the notice has `update-to`, and the work it concerns
lists it under `updated-by` (publishers' own notices and, since 2023, the Retraction Watch database). One
request per reference is enough: the work's own record. A warning makes the pages that cite the reference
due for review at once (the `source_warning` signal, which review answers).
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Q
from django.dispatch import Signal
from django.utils import timezone

from .lookup import ServiceUnavailable, SourceLookup, SourceLookupError, Throttle
from .models import Reference, SourceCheck

# How often each reference is looked at.
CHECK_EVERY = datetime.timedelta(days=7)
# Crossref asks its polite pool to stay well under its limit (docs: "be polite").
CROSSREF_PER_SECOND = 5

# Crossref's update types, as the site names them; the most serious first.
UPDATE_TYPES = {
    "retraction": SourceCheck.RETRACTED,
    "partial_retraction": SourceCheck.RETRACTED,
    "withdrawal": SourceCheck.RETRACTED,
    "removal": SourceCheck.RETRACTED,
    "expression_of_concern": SourceCheck.CONCERN,
    "correction": SourceCheck.CORRECTED,
    "corrigendum": SourceCheck.CORRECTED,
    "erratum": SourceCheck.CORRECTED,
}
SERIOUSNESS = [SourceCheck.RETRACTED, SourceCheck.CONCERN, SourceCheck.CORRECTED]

# Sent with `reference` when a check finds a warning that was not there before.
source_warning = Signal()


@dataclass
class Finding:
    status: str
    notice_doi: str = ""
    notice_date: datetime.date | None = None


@dataclass
class Report:
    checked: list = field(default_factory=list)
    new_warnings: list = field(default_factory=list)
    failed: list = field(default_factory=list)
    without_doi: list = field(default_factory=list)


def notice_date(update):
    """The notice's date from Crossref's date-parts ([[2024, 3, 12]], or only a year and month)."""
    try:
        parts = list((update.get("updated") or {}).get("date-parts")[0])
        year, month, day = (parts + [1, 1])[:3]
        return datetime.date(int(year), int(month), int(day))
    except (AttributeError, IndexError, TypeError, ValueError):
        return None


def finding_for(work):
    """What a Crossref work record says about the work: the most serious notice on it, the newest of its kind."""
    notices = []
    updates = work.get("updated-by")
    for update in updates if isinstance(updates, list) else []:
        if not isinstance(update, dict):
            continue
        status = UPDATE_TYPES.get(str(update.get("type", "")).lower().replace("-", "_"))
        if status:
            notices.append(Finding(status, str(update.get("DOI") or "")[:200], notice_date(update)))
    if not notices:
        return Finding(SourceCheck.FINE)
    return min(notices, key=lambda n: (SERIOUSNESS.index(n.status), -(n.notice_date or datetime.date.min).toordinal()))


class SourceWatch:
    def __init__(self, lookup=None, throttle=None):
        self.lookup = lookup or SourceLookup()
        self.throttle = throttle or Throttle(sleep=self.lookup.sleep)

    def finding(self, reference):
        if not reference.doi:
            return Finding(SourceCheck.NO_DOI)
        self.throttle.wait(CROSSREF_PER_SECOND)
        work = self.lookup.crossref(reference.doi)
        return Finding(SourceCheck.NOT_FOUND) if work is None else finding_for(work)

    def check(self, reference, today):
        """Check one reference and store what was found. True if it brings a new warning."""
        found = self.finding(reference)
        was = (reference.check_status, reference.notice_doi)
        reference.check_status, reference.notice_doi, reference.notice_date = (
            found.status,
            found.notice_doi,
            found.notice_date,
        )
        reference.checked_on = today
        new_warning = reference.has_warning and (found.status, found.notice_doi) != was
        if new_warning:
            reference.warning_since = today
        elif not reference.has_warning:
            reference.warning_since = None
        reference.save(update_fields=["check_status", "checked_on", "warning_since", "notice_doi", "notice_date"])
        return new_warning

    def run(self, only_due=False, today=None):
        """Check every cited reference (or those not checked for a week) and report what happened."""
        today = today or timezone.localdate()
        references = Reference.objects.with_citations().filter(is_cited=True).order_by("pk")
        if only_due:
            references = references.filter(Q(checked_on__isnull=True) | Q(checked_on__lte=today - CHECK_EVERY))
        report = Report()
        unavailable = None
        for reference in references:
            if unavailable:
                # The rest waits for the next round rather than for a timeout each.
                report.failed.append((reference, unavailable))
                continue
            try:
                new_warning = self.check(reference, today)
            except ServiceUnavailable as error:
                unavailable = str(error)
                report.failed.append((reference, unavailable))
                continue
            except SourceLookupError as error:
                report.failed.append((reference, str(error)))
                continue
            report.checked.append(reference)
            if reference.check_status == SourceCheck.NO_DOI:
                report.without_doi.append(reference)
            if new_warning:
                report.new_warnings.append(reference)
                source_warning.send(sender=Reference, reference=reference)
        return report
