"""Admin panels every page type of the site shares."""

from django import forms
from wagtail.admin.panels import FieldPanel, PublishingPanel

# What closes the schedule dialog also empties an unsaved date (as in Wagtail's own panel).
RESET_ON_CLOSE = {
    "data-controller": "w-action",
    "data-action": "w-dialog:hidden->w-action#reset",
    "data-w-dialog-target": "notify",
}


class ScheduleInput(forms.DateTimeInput):
    """The browser's own date and time field. Wagtail's calendar opens over the rest of the schedule dialog
    and hid its button; the browser's closes when a moment is chosen, is typed like any field, and is the
    phone's own picker on a phone."""

    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs={**RESET_ON_CLOSE, **(attrs or {})}, format="%Y-%m-%dT%H:%M")


class SchedulePanel(PublishingPanel):
    """Wagtail's "go live" and "expire" dialog, with the browser's date fields; its template
    (templates/wagtailadmin/panels/publishing/schedule_publishing_panel.html) makes scheduling one action."""

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "children",
            [FieldPanel("go_live_at", widget=ScheduleInput()), FieldPanel("expire_at", widget=ScheduleInput())],
        )
        super().__init__(**kwargs)
