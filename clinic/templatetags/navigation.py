"""The main menu and the footer links, as editors set them in the navigation settings."""

from dataclasses import dataclass

from django import template
from django.db.models import Q
from wagtail.models import Page, Site

from clinic.models import FooterLink, MainMenuItem
from clinic.visibility import restricted_ancestor_exists

register = template.Library()


@dataclass(frozen=True)
class Link:
    title: str
    url: str
    # The tree path of a page of the site; empty for an address elsewhere.
    path: str = ""


def _visible(rows):
    """Menu rows that point elsewhere, or at a live and public page, with that page in the same query."""
    return (
        rows.filter(Q(page__isnull=True) | Q(page__live=True))
        .exclude(restricted_ancestor_exists("page__path"))
        .select_related("page")
    )


def _link(row, request):
    if row.page_id:
        return Link(row.text, row.page.get_url(request), row.page.path)
    return Link(row.text, row.url)


def menu_pages(request):
    """The top-level pages marked 'show in menus': the menu until editors set one."""
    site = Site.find_for_request(request) if request else None
    if not site:
        return []
    return list(
        Page.objects.child_of(site.root_page).live().public().in_menu().only("title", "url_path", "path", "depth")
    )


def _cached(request, name, build):
    # The header, the footer and the help on search and 404 pages ask for the
    # same links: build them once per request.
    cache = request.__dict__.setdefault("_clinic_navigation", {})
    if name not in cache:
        cache[name] = build()
    return cache[name]


def main_menu(request):
    if request is None:
        return []

    def build():
        site = Site.find_for_request(request)
        if site is None:
            return []
        # Filtered by site, not through the settings row: one query, and none for the row itself.
        links = [_link(row, request) for row in _visible(MainMenuItem.objects.filter(setting__site=site))]
        if links:
            return links
        return [Link(page.title, page.get_url(request), page.path) for page in menu_pages(request)]

    return _cached(request, "main", build)


def footer_links(request):
    if request is None:
        return []

    def build():
        site = Site.find_for_request(request)
        if site is None:
            return []
        return [_link(row, request) for row in _visible(FooterLink.objects.filter(setting__site=site))]

    return _cached(request, "footer", build)


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context.get("request")
    page = context.get("page")
    return {"items": main_menu(request), "current_path": getattr(page, "path", ""), "request": request}


@register.simple_tag(takes_context=True)
def main_navigation_links(context):
    """The menu's sections, for help on the search and not-found pages."""
    return main_menu(context.get("request"))


@register.simple_tag(takes_context=True)
def footer_navigation_links(context):
    return footer_links(context.get("request"))


@register.filter
def is_ancestor_or_self(item, current_path):
    return bool(item.path and current_path and current_path.startswith(item.path))
