from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, Panel

from .models import last_approval


class ChangesSinceApprovalPanel(Panel):
    """In the editor of a medical page: who approved it last, and a link to everything changed since."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "review/admin/changes_since_approval.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            approval = last_approval(page) if page.pk else None
            context["approval"] = approval
            if approval and approval.revision_id:
                since, since_id = approval.revision_id, approval.revision_id
            else:
                # Approved before the workflow existed (or imported): compare with what patients see now.
                since, since_id = "live", page.live_revision_id
            context["since_live"] = since == "live" and since_id is not None
            if since_id is not None and page.latest_revision_id != since_id:
                context["compare_url"] = reverse(
                    "wagtailadmin_pages:revisions_compare", args=(page.pk, since, "latest")
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
