from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, Panel

from .comparison import changes_since_approval


class ChangesSinceApprovalPanel(Panel):
    """In the editor of a medical page: who approved it last, and a link to everything changed since."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "review/admin/changes_since_approval.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            changes = changes_since_approval(self.instance)
            context.update(
                approval=changes.approval,
                since_live=changes.since_live,
                compare_url=changes.compare_url if changes.changed else None,
            )
            return context


def accountability_panel():
    """The fields of a medical page that say who is accountable for it, with what changed since approval."""
    return MultiFieldPanel(
        [
            ChangesSinceApprovalPanel(),
            FieldRowPanel([FieldPanel("author"), FieldPanel("reviewer", read_only=True)]),
            FieldRowPanel([FieldPanel("last_reviewed", read_only=True), FieldPanel("review_interval")]),
        ],
        heading=_("Medische verantwoording"),
        help_text=_(
            "Wie de pagina controleerde en wanneer, legt de goedkeuring in de workflow Medische review vast. "
            "Gewoon bewerken of publiceren verandert die datum niet."
        ),
    )
