"""The main menu and the footer links, as editors set them in the navigation settings."""

from dataclasses import dataclass

from django import template
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site

from clinic.models import ClinicSettings, FooterLink, MainMenuItem
from clinic.visibility import outside_private_sections, publicly_listed
from serving.routing import site_wide

register = template.Library()


@dataclass(frozen=True)
class Link:
    title: str
    url: str
    # The tree path of a page of the site; empty for an address elsewhere.
    path: str = ""


def _visible(rows):
    """Menu rows that point elsewhere, or at a live and public page, with that page in the same query."""
    rows = rows.filter(Q(page__isnull=True) | Q(page__live=True)).select_related("page")
    return outside_private_sections(rows, "page__path")


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
        publicly_listed(Page.objects.child_of(site.root_page)).in_menu().only("title", "url_path", "path", "depth")
    )


def _links(request, model):
    """The visible rows of one kind of menu for the request's site, built once per request (site_wide).

    The header, the footer and the help on the search and not-found pages ask
    for the same links. Rows are filtered by site, not through the settings
    row: one query, and none for the row itself.
    """
    if request is None:
        return []
    return site_wide(request, model._meta.label, lambda: _read_links(request, model))


def _read_links(request, model):
    site = Site.find_for_request(request)
    rows = _visible(model.objects.filter(setting__site=site)) if site else []
    return tuple(_link(row, request) for row in rows)


def main_menu(request):
    if request is None:
        return ()
    return site_wide(request, "main-menu", lambda: _read_main_menu(request))


def _read_main_menu(request):
    # Until editors set a menu, the pages marked "show in menus" make one.
    links = _links(request, MainMenuItem)
    return links or tuple(Link(page.title, page.get_url(request), page.path) for page in menu_pages(request))


def footer_links(request):
    return _links(request, FooterLink)


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context, nav_id="hoofdmenu", label=None, extra_class=""):
    """The main menu. It is drawn twice: in the header, and at the bottom of the page for a phone without
    JavaScript, whose menu button leads there (each copy with an id and a name of its own)."""
    request = context.get("request")
    page = context.get("page")
    return {
        "items": main_menu(request),
        "current_path": getattr(page, "path", ""),
        "request": request,
        "nav_id": nav_id,
        "label": label or _("Hoofdmenu"),
        "extra_class": extra_class,
    }


@register.filter
def menu_position(page, request):
    """Which menu items the page lies in ("2" for the third, "2=" when it is that item's own page): all the
    menu shows of the page it is on, so a drawn menu can serve every page with the same position."""
    current_path = getattr(page, "path", "")
    return ",".join(
        f"{index}{'=' if item.path == current_path else ''}"
        for index, item in enumerate(main_menu(request))
        if is_ancestor_or_self(item, current_path)
    )


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


@register.simple_tag(takes_context=True)
def clinic_settings(context):
    """The footer's text about the collective and the practice's legal details, once per content version."""
    request = context.get("request")
    if request is None:
        return None
    return site_wide(request, "clinic-settings", lambda: ClinicSettings.for_request(request))
