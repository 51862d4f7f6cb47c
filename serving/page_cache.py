"""Whole public pages from the cache, for visitors without a session.

A page a visitor without a session asks for (GET or HEAD, status 200, no cookie set, nothing that
varies per visitor) is kept for PAGE_CACHE_SECONDS under its address and the cache's version. Any
change visitors could see (a page published, unpublished, moved or deleted; a source, partner, image,
document or site setting saved) raises the version, so every page is made afresh on its next visit.
Editors with a session always get a fresh page. Off when PAGE_CACHE_SECONDS is 0 (the test suite,
except the tests of this cache).

The address is the host and `path_info`, the address Django routes: never `request.path`, which also
holds a script prefix a client could set, and would file one page under another page's address.

Only the query parameters a page reads are part of its key, so one page has a fixed number of
entries however many odd addresses are asked for. A page type names them in `cache_parameters` (see
clinic.pages.SitePage), each with the values that change the page, or None for "any value": invalid
values there must answer an error, which is never kept. Any other parameter is left out of the key: a
page that does not read it looks the same with it. The names a page reads are kept with it, under its
plain address, so a later request with parameters knows which of them count. A page that reads a
parameter it did not name is not kept at all (and the log says so), rather than kept under the wrong key.

No stampede after a change: when the version has risen, the first visitor of a kept page takes a short
lock and draws the page afresh, while visitors who come meanwhile get the copy kept before the change
("X-Page-Cache: stale", not to be kept by browsers). Never across a change of who may see what (an
unpublish, a page deleted or moved, a view restriction, a site): each copy is kept with the access version
too (serving/content_version.py), and a copy from before such a change is never served again.

Kept in the cache alias "pages" with the content version, which may push old entries out (a version
pushed out starts a new one: everything counts as old, nothing wrong is shown); the counts of the
rate limits live in the default cache, where pages cannot push them out (clinic/settings/base.py).
"""

import hashlib
import logging
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.http import QueryDict
from django.utils.cache import patch_cache_control

from serving import content_version
from serving.addresses import ADMIN_PREFIXES

logger = logging.getLogger(__name__)

# Added to shared links by newsletters, social media and advertising; no page reads them. A link
# shared during a television appearance would otherwise be a new address, and a render, per click.
TRACKING_PARAMETERS = {
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "_ga", "_gl",
    "igshid", "yclid", "twclid", "ttclid", "li_fat_id", "srsltid",
}  # fmt: skip

# Never from the cache: the admin, the search (endless addresses, results meant to be fresh) and
# what machines ask for with their own caching rules.
SKIPPED_PREFIXES = (*ADMIN_PREFIXES, "/zoeken/", "/reactie/", "/health/", "/documents/")

# Set on the request by the page that answers it (clinic/wagtail_hooks.py): the parameters it reads.
PARAMETERS_ATTRIBUTE = "page_cache_parameters"
# How long one visitor may take to draw a page afresh before another tries: the others get the older copy
# meanwhile. Longer than any render, short enough that a render that failed is soon tried again.
REDRAW_LOCK_SECONDS = 30


def visible_query(request):
    """The request's query parameters, without tracking parameters."""
    return [
        (name, value)
        for name, value in parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True)
        if name not in TRACKING_PARAMETERS and not name.startswith("utm_")
    ]


def counted(query, parameters):
    """The part of the query the page's key holds: the parameters it reads, each as the page reads it.

    The last value of a name, as QueryDict.get gives it; a value outside a parameter's listed values
    counts as no value, since the page shows no difference for it. Sorted by name.
    """
    values = dict(query)
    kept = []
    for name in sorted(parameters):
        value = values.get(name)
        allowed = parameters[name]
        if value is not None and (allowed is None or value in allowed):
            kept.append((name, value))
    return kept


def _address(request):
    return f"{request.get_host()}{request.path_info}"


def _digest(text):
    return hashlib.sha256(text.encode()).hexdigest()


def page_key(request, query):
    return f"page-cache:{content_version.release()}:{_digest(f'{_address(request)}?{urlencode(query)}')}"


def redraw_key(key):
    return f"page-cache-redraw:{key}"


def parameters_key(request):
    """Under the plain address: which parameters the page there reads."""
    return f"page-cache-parameters:{content_version.release()}:{_digest(_address(request))}"


def cacheable_request(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path_info.startswith(SKIPPED_PREFIXES)
        # Files have caching of their own (WhiteNoise, the web server in front).
        and not request.path_info.startswith((settings.STATIC_URL, settings.MEDIA_URL))
    )


def cacheable_response(response):
    """A page that is the same for every visitor without a session.

    Not one that sets a cookie: a page with a form token belongs to one visitor, and Django always
    sends the token's cookie with it. 'Vary: Cookie' alone is no reason: Wagtail's user bar looks at
    the session of every visitor, and visitors with a session never get a cached page.
    """
    return (
        response.status_code == 200
        and not response.cookies
        and not getattr(response, "streaming", False)
        and "private" not in response.get("Cache-Control", "")
    )


class ReadQuery(QueryDict):
    """request.GET that notes which parameters were read, so a page cannot be kept under too few of them."""

    def __init__(self, *args, **kwargs):
        # Before QueryDict fills itself, which already asks whether a name is there.
        self.read = set()
        self.read_all = False
        super().__init__(*args, **kwargs)
        self.read.clear()

    def __getitem__(self, key):
        self.read.add(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        self.read.add(key)
        return super().__contains__(key)

    def get(self, key, default=None):
        self.read.add(key)
        return super().get(key, default)

    def getlist(self, key, default=None):
        self.read.add(key)
        return super().getlist(key, default)


def _reads_everything(name):
    method = getattr(QueryDict, name)

    def reading(self, *args, **kwargs):
        self.read_all = True
        return method(self, *args, **kwargs)

    return reading


for _name in ("__iter__", "keys", "items", "lists", "values", "dict", "urlencode", "copy", "__copy__", "__len__"):
    setattr(ReadQuery, _name, _reads_everything(_name))


def _declared(request):
    return getattr(request, PARAMETERS_ATTRIBUTE, None)


def _read_beyond(request, parameters):
    """The parameters the response read that its page did not name."""
    query = request.GET
    if not isinstance(query, ReadQuery):
        return set()
    if query.read_all:
        return {"(alle)"}
    return query.read - set(parameters)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not cacheable_request(request):
            return self.get_response(request)
        query = visible_query(request)
        current, access, key, entry = self.look_up(request, query)
        if entry is not None and entry[0] == current:
            response = entry[2]
            response["X-Page-Cache"] = "hit"
            return response
        redrawing = None
        if entry is not None and access is not None and entry[1] == access:
            # Kept before the last change, and who may see what has not changed since.
            redrawing = redraw_key(key)
            if not content_version.kept().add(redrawing, 1, REDRAW_LOCK_SECONDS):
                response = entry[2]
                response["X-Page-Cache"] = "stale"
                patch_cache_control(response, max_age=0)
                return response
        request.GET = ReadQuery(request.META.get("QUERY_STRING", ""), encoding=request.encoding)
        try:
            response = self.get_response(request)
            if cacheable_response(response):
                self.keep(request, query, response, current, access)
        finally:
            if redrawing:
                content_version.kept().delete(redrawing)
        return response

    @staticmethod
    def look_up(request, query):
        """(the content version, the access version, the page's key, the kept entry or None): one round trip
        for a plain address, two with parameters. The entry may be from an older version."""
        kept = content_version.kept()
        wanted = parameters_key(request) if query else page_key(request, [])
        found = kept.get_many([content_version.VERSION_KEY, content_version.ACCESS_KEY, wanted])
        current = content_version.remember(request, found.get(content_version.VERSION_KEY))
        access = content_version.access(found.get(content_version.ACCESS_KEY))
        entry = found.get(wanted)
        if not query:
            return current, access, wanted, entry
        if entry is None or (entry[0] != current and entry[1] != access):
            return current, access, None, None
        key = page_key(request, counted(query, entry[2]))
        return current, access, key, kept.get(key)

    @staticmethod
    def keep(request, query, response, current, access):
        parameters = _declared(request)
        if parameters is None:
            # Not a page of the site (the sitemap, robots.txt): kept at its plain address only.
            if query:
                return
            parameters = {}
        beyond = _read_beyond(request, parameters)
        if beyond:
            logger.warning(
                "Pagina %s leest parameters die hij niet noemt in cache_parameters (%s): niet bewaard",
                request.path_info,
                ", ".join(sorted(beyond)),
            )
            return
        if hasattr(response, "render") and callable(response.render) and not response.is_rendered:
            response.render()
        response["X-Page-Cache"] = "miss"
        # Browsers and proxies keep it for a short while only: a change must show up soon everywhere.
        patch_cache_control(response, public=True, max_age=60)
        # Made under `current`: a change while it was made raised the version, and it counts as old.
        content_version.kept().set_many(
            {
                page_key(request, counted(query, parameters)): (current, access, response),
                parameters_key(request): (current, access, parameters),
            },
            settings.PAGE_CACHE_SECONDS,
        )
