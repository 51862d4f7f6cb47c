from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList, Panel, TabbedInterface
from wagtail.models import Page


class ReadabilityPanel(Panel):
    """In the editor: how readable the last saved version is, per section, against the B1 target."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "readability/admin/readability_panel.html"

        def get_context_data(self, parent_context=None):
            from .analysis import B1_MAX_AVERAGE_SENTENCE, B1_MIN_SCORE, LONG_SENTENCE, analyse

            context = super().get_context_data(parent_context)
            context.update(
                saved=bool(self.instance.pk),
                b1_min_score=B1_MIN_SCORE,
                b1_max_average=B1_MAX_AVERAGE_SENTENCE,
                long_sentence=LONG_SENTENCE,
            )
            if self.instance.pk:
                context["whole"], context["sections"] = analyse(self.instance)
            return context


def medical_edit_handler(content_panels):
    """The editor's tabs for a medical page: content, readability, then Wagtail's own."""
    return TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Inhoud")),
            ObjectList([ReadabilityPanel()], heading=_("Leesbaarheid")),
            ObjectList(Page.promote_panels, heading=_("Promoten")),
            ObjectList(Page.settings_panels, heading=_("Instellingen")),
        ]
    )
