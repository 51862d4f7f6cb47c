from django import template
from wagtail.models import Page, Site

register = template.Library()


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The site's top-level pages that editors marked 'show in menus'."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    current = context.get("page")
    items = []
    if site:
        root = site.root_page
        items = list(Page.objects.child_of(root).live().public().in_menu().only("title", "url_path", "path", "depth"))
    return {"items": items, "current": current, "request": request}


@register.filter
def is_ancestor_or_self(item, page):
    return bool(page is not None and getattr(page, "path", "").startswith(item.path))
