from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from clinic.permissions import ReceivedOnlyPolicy

from .models import ContactSubmission

register_permission_policy(ContactSubmission, ReceivedOnlyPolicy(ContactSubmission))


class ContactSubmissionViewSet(ModelViewSet):
    model = ContactSubmission
    icon = "mail"
    menu_label = _("Contactverzoeken")
    add_to_admin_menu = True
    menu_order = 290
    copy_view_enabled = False
    inspect_view_enabled = True
    # Staff mark a request as handled; what the patient wrote is never changed.
    form_fields = ["handled"]
    list_display = ["name", "kind", "examination_name", "location_name", "created_at", "handled"]
    list_filter = ["kind", "handled", "location"]
    search_fields = ["name", "email", "message"]
    inspect_view_fields = [
        "created_at",
        "kind",
        "name",
        "email",
        "phone",
        "location_name",
        "has_referral",
        "examination_name",
        "message",
        "consent_given_at",
        "handled",
    ]


@hooks.register("register_admin_viewset")
def register_contact_submissions():
    return ContactSubmissionViewSet("contactsubmission")


class OpenRequestsPanel(Component):
    """On the admin dashboard: who is waiting for an answer, oldest first, so nobody is forgotten."""

    name = "open_contact_requests"
    template_name = "contact/admin/open_requests_panel.html"
    order = 50

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        waiting = ContactSubmission.objects.filter(handled=False)
        context["open_count"] = waiting.count()
        context["open_requests"] = waiting.order_by("created_at")[:5]
        return context


@hooks.register("construct_homepage_panels")
def add_open_requests_panel(request, panels):
    if request.user.has_perm("contact.view_contactsubmission"):
        panels.append(OpenRequestsPanel())
