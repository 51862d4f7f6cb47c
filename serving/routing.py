"""The site for a host and the page for an address, in as few queries as a page can be served with.

Wagtail finds a page one level at a time: for /aandoeningen/hielspoor/ it reads the site, the home
page's own row, then per slash the child and its own row, and then the page's ancestors and their view
restrictions: eight queries before anything is drawn. Here:

- the site of a host is remembered per web process until the content version changes
  (serving/content_version.py): no query;
- the home page routes every address below it from one query on the stored address (url_path) of the
  page and its ancestors. The answer is remembered per process too, but only as a hint: the page is
  always read fresh, and a hint that no longer fits (the page moved, or is gone) is ignored. The
  ancestors (for the breadcrumb trail) are remembered with it: any change to a page raises the version;
- the same query that reads the page says whether a view restriction, or an alias, lies on it or one
  of its ancestors. Nearly always none does, and Wagtail's own check of who may see the page then costs
  nothing (SitePage.get_view_restrictions); when one does, Wagtail checks it the usual way. This is
  never remembered: who may see a page is read fresh for every request.

A page type with routes of its own gets the rest of the address, as in Wagtail; a routable page
(RoutablePageMixin) only when one of its routes fits it, else the walk goes on to its children.
"""

import copy
from contextvars import ContextVar

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models.expressions import RawSQL
from django.http import Http404
from django.http.request import split_domain_port
from django.urls import Resolver404
from django.utils import timezone
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname

from serving import content_version


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
# Whether any page has a view restriction at all (nearly always none does).
restrictions = VersionMemo(max_size=1)
# The parts every page shows (menu, footer links, practice details, partners), per site.
site_parts = VersionMemo(max_size=100)
NO_SITE = object()
NOT_YET = object()


def clear_memos():
    sites.clear()
    routes.clear()
    site_parts.clear()
    restrictions.clear()


# The request this thread is answering, for code that is asked without it (a list of pages in a model).
current_request = ContextVar("current_request", default=None)


def view_restrictions_exist(request=None):
    """Whether any page of the site has a view restriction (a password, a login, a group).

    Read once per content version and web process. Creating or removing a restriction raises the version
    (serving/content_version.py, again when its transaction commits), so the answer is never older than
    the restrictions. Outside a request, or with the memo off, the answer is yes: every list and route then
    checks each page, as without this flag.
    """
    request = request or current_request.get()
    if request is None or not settings.ROUTING_MEMO:
        return True
    found = restrictions.get(request, "any")
    if found is None:
        found = PageViewRestriction.objects.exists()
        restrictions.set(request, "any", found)
    return found


def site_wide(request, name, compute, keep=None):
    """A part every page of a site shows, read once per content version and web process instead of once per
    page: `compute()` runs on the first page after a change, later pages reuse what it gave.

    What it gives is shared by every request of the process: plain values or objects nobody changes.
    Within one request it is read once even with the memo switched off (ROUTING_MEMO).
    Any change a visitor could see raises the content version (serving/content_version.py), so a new menu
    item, partner or phone number shows at once. `keep(value)` false: this answer is for this request only.
    """
    if request is None:
        return compute()
    # The header and the footer ask for the same parts: each is read once per request, memo or not.
    on_request = request.__dict__.setdefault("_site_wide_parts", {})
    if name in on_request:
        return on_request[name]
    site = Site.find_for_request(request)
    found = site_parts.get(request, (name, site.pk), NOT_YET) if site else NOT_YET
    if found is NOT_YET:
        found = compute()
        if keep is not None and not keep(found):
            return found
        if site:
            site_parts.set(request, (name, site.pk), found)
    on_request[name] = found
    return found


def site_wide_until(request, name, compute):
    """site_wide for a part that also goes out of date at a moment of its own, such as a news item's expiry:
    `compute()` gives (the part, that moment or None). After that moment the part is worked out afresh for
    every request until the next change raises the version, so an expired item leaves at once."""
    part, until = site_wide(request, name, compute)
    if until is not None and timezone.now() >= until:
        part, _until = compute()
    return part


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
            # Of the home page, routing needs only what every page has: its own fields are read when
            # the home page itself is asked for.
            found = (site, site.root_page.specific_deferred)
        except Site.DoesNotExist:
            found = NO_SITE
        sites.set(request, (hostname, port), found)
    if found is NO_SITE:
        return None
    site, root_page = found
    site = copy.copy(site)
    site.root_page = copy.copy(root_page)
    return site


def site_root_paths(request):
    """Wagtail's Site.get_site_root_paths (the address of every page is made from it), read once per content
    version and process rather than from the cache on every request. A new site, or a home page moved or
    renamed, raises the version."""
    found = sites.get(request, "root paths")
    if found is None:
        found = Site.get_site_root_paths()
        sites.set(request, "root paths", found)
    return found


class SiteMiddleware:
    """Gives Wagtail the request's site and the sites' root paths (it keeps them on the request), so nothing asks
    the database or the cache for them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._wagtail_site = find_site(request)
        request._wagtail_cached_site_root_paths = site_root_paths(request)
        token = current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            current_request.reset(token)


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
    """(hint, ancestors): the deepest page on the address that routes by itself, and the pages above it.

    The hint is (page id, content type id, components used). Walks the address down from the root as
    Wagtail does, but from one query: every level is a plain page until the last one, or until a page
    with routes of its own takes the rest of the address. The pages on the way make the breadcrumb trail.
    """
    prefixes = [_url_path(root, components[:depth]) for depth in range(1, len(components) + 1)]
    found = {
        page.url_path: page
        for page in Page.objects.filter(url_path__in=prefixes, path__startswith=root.path).only(
            "title", "url_path", "path", "depth", "locale", "content_type", "live"
        )
    }
    ancestors = [root]
    for used, prefix in enumerate(prefixes, start=1):
        if prefix not in found:
            raise Http404
        page = found[prefix]
        model = ContentType.objects.get_for_id(page.content_type_id).model_class()
        if used == len(components) or (_has_own_route(model) and _takes_the_rest(model, page.live, components[used:])):
            return (page.pk, page.content_type_id, used), ancestors
        ancestors.append(page)
    raise Http404  # not reached: the last prefix always returns


def _view_check_sql():
    """SQL that says whether a view restriction, or an alias, lies on the page read or one of its ancestors.

    Written out by hand: the ORM takes longer to build the same subqueries than the database takes to
    answer them. An ancestor's tree path is a leading part of the page's own path.
    """
    quote = connection.ops.quote_name
    pages, restrictions = quote(Page._meta.db_table), quote(PageViewRestriction._meta.db_table)
    on_the_way = f"on_the_way.path = SUBSTR({pages}.path, 1, LENGTH(on_the_way.path))"
    return (
        f"EXISTS (SELECT 1 FROM {restrictions} restriction JOIN {pages} on_the_way "
        f"ON on_the_way.id = restriction.page_id WHERE {on_the_way}) "
        f"OR EXISTS (SELECT 1 FROM {pages} on_the_way WHERE {on_the_way} AND on_the_way.alias_of_id IS NOT NULL)"
    )


# The query that reads a page of a type, as the ORM builds it, per type and database (see _read).
_page_queries = {}
_PK_MARK = -7_654_321


def _page_query(model):
    """(sql, parameters, where the page id goes among them) of the query that reads one page of this type with
    whether a view restriction lies on its way."""
    key = (model, connection.alias)
    if key not in _page_queries:
        query = model.objects.annotate(needs_view_check=RawSQL(_view_check_sql(), ())).filter(pk=_PK_MARK).query
        sql, params = query.get_compiler(connection.alias).as_sql()
        _page_queries[key] = (sql, params, params.index(_PK_MARK))
    return _page_queries[key]


def _read(model, pk):
    """The page, fresh, and whether Wagtail's own check of who may see it is needed: one query.

    Always asked, whatever view_restrictions_exist says: the check is written out in SQL (cheap to build),
    and a restriction written without signals (a script, a data migration) still closes the page at once.
    The ORM builds the query once per page type; building it took as long as everything else an
    uncached page costs.
    """
    sql, params, at = _page_query(model)
    page = next(iter(model.objects.raw(sql, [*params[:at], pk, *params[at + 1 :]])), None)
    if page is None:
        return None
    if not page.needs_view_check:
        page.known_view_restrictions = PageViewRestriction.objects.none()
    return page


def route(root, request, components):
    """Wagtail's Page.route below the site's root page, or None to leave the address to Wagtail."""
    if not components:
        # The home page itself, read fresh as every page is, not the copy that came with the site.
        # Wagtail's own route for a page itself (the home page's route would come back here).
        page = _read(type(root), root.pk)
        return Page.route(page, request, []) if page is not None else None
    url_path = _url_path(root, components)
    remembered = routes.get(request, url_path)
    hint, ancestors = remembered if remembered is not None else _find(root, components)
    pk, content_type_id, used = hint
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = _read(model, pk) if model is not None else None
    if page is None or page.url_path != _url_path(root, components[:used]):
        # The page moved or is gone since the hint was remembered: Wagtail's own walk decides.
        return None
    # Copies: the remembered pages serve every request of the process, and a page keeps what it works out.
    page.route_ancestors = [copy.copy(ancestor) for ancestor in ancestors]
    result = page.route(request, components[used:])
    routes.set(request, url_path, (hint, ancestors))
    return result
