from django import template
from wagtail.models import Page, Site

register = template.Library()


def menu_pages(request):
    """The site's top-level pages that editors marked 'show in menus'."""
    site = Site.find_for_request(request) if request else None
    if not site:
        return []
    return list(
        Page.objects.child_of(site.root_page).live().public().in_menu().only("title", "url_path", "path", "depth")
    )


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context.get("request")
    return {"items": menu_pages(request), "current": context.get("page"), "request": request}


@register.simple_tag(takes_context=True)
def main_navigation_links(context):
    """The same sections as title and URL, for help on the search and not-found pages."""
    request = context.get("request")
    return [{"title": page.title, "url": page.get_url(request)} for page in menu_pages(request)]


@register.filter
def is_ancestor_or_self(item, page):
    return bool(page is not None and getattr(page, "path", "").startswith(item.path))
