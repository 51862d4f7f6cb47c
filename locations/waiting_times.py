"""Waiting times of a location, set against the Treeknorm.

The Treeknorm is what insurers and providers agreed as an acceptable wait in medical specialist care:
4 weeks for a first visit, 4 for diagnostics, 7 for a treatment. Patients are told the norm in words
because "3 weeks" alone says nothing about whether that is long.
"""

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

# How old the figures may be before the dashboard asks for new ones.
MAX_AGE = datetime.timedelta(weeks=4)
MAX_WEEKS = 104


@dataclass(frozen=True)
class WaitingTime:
    label: str
    weeks: int
    norm: int

    @property
    def within_norm(self):
        return self.weeks <= self.norm

    @property
    def weeks_text(self):
        if self.weeks == 0:
            return str(_("geen wachttijd"))
        return ngettext("%(weeks)d week", "%(weeks)d weken", self.weeks) % {"weeks": self.weeks}

    @property
    def verdict(self):
        if self.within_norm:
            return _("binnen de norm van %(norm)d weken") % {"norm": self.norm}
        return _("langer dan de norm van %(norm)d weken") % {"norm": self.norm}


# (field on LocationPage, what patients wait for, the Treeknorm in weeks)
KINDS = (
    ("waiting_first_visit", _("Eerste afspraak"), 4),
    ("waiting_diagnostics", _("Onderzoek, zoals een echo"), 4),
    ("waiting_treatment", _("Behandeling"), 7),
)


def waiting_times(location):
    """The location's waiting times that are filled in, in the order patients meet them."""
    return [
        WaitingTime(label=str(label), weeks=getattr(location, field), norm=norm)
        for field, label, norm in KINDS
        if getattr(location, field) is not None
    ]
