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
