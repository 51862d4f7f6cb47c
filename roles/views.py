"""The site history (Wagtail's audit log) is for Beheer only.

Wagtail shows every admin user the history of the pages they can reach; here the log of who changed and
published what is a management tool, so the same view answers only to Beheer.
"""

from django.core.exceptions import PermissionDenied
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.audit_logging import LogEntriesView

from .groups import MANAGEMENT, user_in_roles


class ManagementSiteHistoryView(LogEntriesView):
    def dispatch(self, request, *args, **kwargs):
        if not user_in_roles(request.user, (MANAGEMENT,)):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


site_history = require_admin_access(ManagementSiteHistoryView.as_view())
site_history_results = require_admin_access(ManagementSiteHistoryView.as_view(results_only=True))
