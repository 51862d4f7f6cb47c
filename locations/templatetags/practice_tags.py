"""The practice's phone, address and today's hours, and where to make an appointment: for the header, the footer
and the contact page, read from the location page the practice details point at."""

from django import template
from django.utils import timezone

from locations.models import PracticeDetails

register = template.Library()


@register.simple_tag(takes_context=True)
def practice_details(context):
    request = context.get("request")
    if request is None:
        return {}
    details = PracticeDetails.for_request_with_pages(request)
    return {
        "location": details.main_location,
        # A page is kept for minutes, not hours, so 'today' is right but for a few minutes after midnight.
        "today": details.hours_on(timezone.localdate()),
        "appointment_url": details.appointment_page.get_url(request) if details.appointment_page else "",
    }
