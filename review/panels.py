from django.urls import reverse
from wagtail.admin.panels import Panel


class ChangesSinceApprovalPanel(Panel):
    """In the editor of a medical page: who approved it last, and a link to everything changed since."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "review/admin/changes_since_approval.html"

        def get_context_data(self, parent_context=None):
            # Imported here: the page models import this module, and review.models imports the page models.
            from .models import last_approval

            context = super().get_context_data(parent_context)
            page = self.instance
            approval = last_approval(page) if page.pk else None
            context["approval"] = approval
            if approval and approval.revision_id and page.latest_revision_id != approval.revision_id:
                context["compare_url"] = reverse(
                    "wagtailadmin_pages:revisions_compare", args=(page.pk, approval.revision_id, "latest")
                )
            return context
