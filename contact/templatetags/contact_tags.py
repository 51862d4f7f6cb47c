from django import template
from wagtail.models import Site

from clinic.visibility import publicly_listed
from contact.models import ContactPage
from serving.routing import site_wide

register = template.Library()


@register.simple_tag(takes_context=True)
def contact_page_url(context):
    """Where a reader asks for an appointment: the site's live contact page, or '' while there is none."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return ""
    return site_wide(request, "contact-page-url", lambda: _contact_page_url(request, site))


def _contact_page_url(request, site):
    page = (
        publicly_listed(ContactPage.objects.descendant_of(site.root_page))
        .only("url_path", "path", "depth", "locale_id")
        .first()
    )
    return page.get_url(request) if page else ""
