from django import template

from clinic.routing import site_wide
from partners.models import Partner

register = template.Library()


@register.simple_tag(takes_context=True)
def partner_list(context):
    # The footer and the home or about page may both show the partners: load them once per request.
    # Once per content version and web process, like the rest of the footer (clinic.routing.site_wide).
    request = context.get("request")
    cached = getattr(request, "_clinic_partners", None) if request else None
    if cached is None:
        cached = site_wide(request, "partners", lambda: tuple(Partner.objects.for_display()))
        if request is not None:
            request._clinic_partners = cached
    return cached
