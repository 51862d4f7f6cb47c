from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList, Panel, TabbedInterface
from wagtail.models import Page

from .analysis import analyse, targets


class LiveReadability(Panel):
    """A view of the page's readability that follows what the doctor types: it shows the saved version
    first, and static/js/readability-live.js replaces it with the scores of the form as it is now
    (readability.views)."""

    class BoundPanel(Panel.BoundPanel):
        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(targets(), saved=bool(self.instance.pk))
            if self.instance.pk:
                # The summary and the tab show the same analysis: it is made once per editor.
                if not hasattr(self.instance, "_readability"):
                    self.instance._readability = analyse(self.instance)
                context["whole"], context["sections"] = self.instance._readability
                context["live_url"] = reverse("readability_live", args=[self.instance.pk])
            return context


class ReadabilityPanel(LiveReadability):
    """The Leesbaarheid tab: the whole page and each section against the B1 target."""

    class BoundPanel(LiveReadability.BoundPanel):
        template_name = "readability/admin/readability_panel.html"


class ReadabilitySummaryPanel(LiveReadability):
    """One line at the top of the content tab: the whole page's verdict while the doctor writes."""

    class BoundPanel(LiveReadability.BoundPanel):
        template_name = "readability/admin/readability_summary_panel.html"

        def is_shown(self):
            return bool(self.instance.pk) and super().is_shown()


def medical_edit_handler(content_panels):
    """The editor's tabs for a medical page: content (with the readability summary on top), readability,
    then Wagtail's own."""
    return TabbedInterface(
        [
            ObjectList([ReadabilitySummaryPanel(), *content_panels], heading=_("Inhoud")),
            ObjectList([ReadabilityPanel()], heading=_("Leesbaarheid")),
            ObjectList(Page.promote_panels, heading=_("Promoten")),
            ObjectList(Page.settings_panels, heading=_("Instellingen")),
        ]
    )
