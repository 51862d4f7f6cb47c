"""The site for a host and the page for an address, in as few queries as a page can be served with.

Wagtail finds a page one level at a time: for /aandoeningen/hielspoor/ it reads the site, the home
page's own row, then per slash the child and its own row, and then the page's ancestors and their view
restrictions: eight queries before anything is drawn. Here:

- the site of a host, with its home page, is remembered per web process until the content version
  changes (clinic/content_version.py): no query;
- the home page routes every address below it from one query on the stored address (url_path) of the
  page and its ancestors. The answer is remembered per process too, but only as a hint: a page below
  the home page is always read fresh, and a hint that no longer fits (the page moved, or is gone) is
  ignored;
- one small query says whether a view restriction, or an alias, lies on the page or one of its
  ancestors. Nearly always none does, and Wagtail's own check of who may see the page then costs
  nothing (SitePage.get_view_restrictions); when one does, Wagtail checks it the usual way. This is
  never remembered: who may see a page is read fresh for every request.

A page type with routes of its own gets the rest of the address, as in Wagtail; a routable page
(RoutablePageMixin) only when one of its routes fits it, else the walk goes on to its children.
"""

import copy

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.http import Http404
from django.http.request import split_domain_port
from django.urls import Resolver404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname

from clinic import content_version


class VersionMemo:
    """What this web process worked out under one content version; forgotten when the version changes.

    Bounded: a flood of odd host names or addresses empties it rather than filling the memory.
    """

    def __init__(self, max_size):
        self.max_size = max_size
        self.clear()

    def clear(self):
        self.version = None
        self.items = {}

    def _items(self, request):
        version = content_version.current(request)
        if version != self.version:
            self.version, self.items = version, {}
        return self.items

    def get(self, request, key, default=None):
        if not settings.ROUTING_MEMO:
            return default
        return self._items(request).get(key, default)

    def set(self, request, key, value):
        if not settings.ROUTING_MEMO:
            return
        items = self._items(request)
        if len(items) >= self.max_size:
            items.clear()
        items[key] = value


sites = VersionMemo(max_size=100)
routes = VersionMemo(max_size=5000)
NO_SITE = object()


def clear_memos():
    sites.clear()
    routes.clear()


def find_site(request):
    """Wagtail's Site.find_for_request, with the site and its home page read once per content version.

    Each request gets copies of its own: pages keep what they work out while a page is drawn.
    """
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    found = sites.get(request, (hostname, port))
    if found is None:
        try:
            site = get_site_for_hostname(hostname, port)
            found = (site, site.root_page.specific)
        except Site.DoesNotExist:
            found = NO_SITE
        sites.set(request, (hostname, port), found)
    if found is NO_SITE:
        return None
    site, root_page = found
    site = copy.copy(site)
    site.root_page = copy.copy(root_page)
    return site


class SiteMiddleware:
    """Gives Wagtail the request's site (it keeps it as request._wagtail_site), so nothing asks the database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._wagtail_site = find_site(request)
        return self.get_response(request)


def _has_own_route(model):
    return model.route is not Page.route


def _takes_the_rest(model, live, rest):
    """Whether a page with routes of its own answers the rest of the address itself.

    A routable page (RoutablePageMixin) tries its routes first, when it is live, and otherwise leaves
    the address to its children: then the walk goes on here. Any other route of its own decides alone.
    """
    if model.route is not RoutablePageMixin.route:
        return True
    if not rest:
        return True
    if not live:
        return False
    try:
        model.get_resolver().resolve("/" + "".join(f"{component}/" for component in rest))
    except Resolver404:
        return False
    return True


def _url_path(root, components):
    return root.url_path + "".join(f"{component}/" for component in components)


def _find(root, components):
    """(page id, content type id, components used): the deepest page on the address that routes by itself.

    Walks the address down from the root as Wagtail does, but from one query: every level is a plain
    page until the last one, or until a page with routes of its own takes the rest of the address.
    """
    prefixes = [_url_path(root, components[:depth]) for depth in range(1, len(components) + 1)]
    rows = {
        url_path: (pk, content_type_id, live)
        for url_path, pk, content_type_id, live in Page.objects.filter(
            url_path__in=prefixes, path__startswith=root.path
        ).values_list("url_path", "pk", "content_type_id", "live")
    }
    for used, prefix in enumerate(prefixes, start=1):
        if prefix not in rows:
            raise Http404
        pk, content_type_id, live = rows[prefix]
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if used == len(components) or (_has_own_route(model) and _takes_the_rest(model, live, components[used:])):
            return pk, content_type_id, used
    raise Http404  # not reached: the last prefix always returns


def _read(model, pk):
    try:
        return model.objects.get(pk=pk)
    except model.DoesNotExist:
        return None


def _needs_wagtails_view_check(page):
    """Whether a view restriction, or an alias, lies on the page or one of its ancestors.

    One small query by hand: the ORM takes longer to build this than the database takes to answer it.
    The tree paths of a page's ancestors are the leading parts of its own path.
    """
    paths = [page.path[:end] for end in range(page.steplen, len(page.path) + 1, page.steplen)]
    marks = ", ".join(["%s"] * len(paths))
    quote = connection.ops.quote_name
    pages, restrictions = quote(Page._meta.db_table), quote(PageViewRestriction._meta.db_table)
    sql = (
        f"SELECT 1 FROM {restrictions} JOIN {pages} ON {pages}.id = {restrictions}.page_id "
        f"WHERE {pages}.path IN ({marks}) "
        f"UNION ALL SELECT 1 FROM {pages} WHERE {pages}.path IN ({marks}) AND {pages}.alias_of_id IS NOT NULL"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, paths + paths)
        return cursor.fetchone() is not None


def route(root, request, components):
    """Wagtail's Page.route below the site's root page, or None to leave the address to Wagtail."""
    if not components:
        # The home page itself: Wagtail's route returns it, as it was checked here.
        if not _needs_wagtails_view_check(root):
            root.known_view_restrictions = PageViewRestriction.objects.none()
        return None
    url_path = _url_path(root, components)
    hint = routes.get(request, url_path)
    if hint is None:
        hint = _find(root, components)
    pk, content_type_id, used = hint
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = _read(model, pk) if model is not None else None
    if page is None or page.url_path != _url_path(root, components[:used]):
        # The page moved or is gone since the hint was remembered: Wagtail's own walk decides.
        return None
    if not _needs_wagtails_view_check(page):
        page.known_view_restrictions = PageViewRestriction.objects.none()
    result = page.route(request, components[used:])
    routes.set(request, url_path, hint)
    return result
