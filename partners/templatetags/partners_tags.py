from django import template

from partners.models import Partner
from serving.routing import site_wide

register = template.Library()


@register.simple_tag(takes_context=True)
def partner_list(context):
    # The footer and the home or about page may both show the partners: read once per request, and once per
    # content version and web process, like the rest of the footer (serving.routing.site_wide).
    return site_wide(context.get("request"), "partners", lambda: tuple(Partner.objects.for_display()))
