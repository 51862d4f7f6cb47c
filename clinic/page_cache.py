"""Whole public pages from the cache, for visitors without a session.

A page a visitor without a session asks for (GET or HEAD, status 200, no cookie set, nothing that
varies per visitor) is kept for PAGE_CACHE_SECONDS under its address and the cache's version. Any
change visitors could see (a page published, unpublished, moved or deleted; a source, partner, image,
document or site setting saved) raises the version, so every page is made afresh on its next visit.
Editors with a session always get a fresh page. Off when PAGE_CACHE_SECONDS is 0 (the test suite,
except the tests of this cache).
"""

import hashlib
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control

from clinic import content_version

# Added to shared links by newsletters, social media and advertising; no page reads them. A link
# shared during a television appearance would otherwise be a new address, and a render, per click.
TRACKING_PARAMETERS = {
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "_ga", "_gl",
    "igshid", "yclid", "twclid", "ttclid", "li_fat_id", "srsltid",
}  # fmt: skip

# Never from the cache: the admin, the search (endless addresses, results meant to be fresh) and
# what machines ask for with their own caching rules.
SKIPPED_PREFIXES = ("/admin/", "/django-admin/", "/zoeken/", "/reactie/", "/health/", "/documents/")


def normalised_query(query_string):
    """The query string without tracking parameters, in a fixed order.

    Sorted by name only: values of one name keep their order, which a page reading a list relies on.
    """
    params = [
        (name, value)
        for name, value in parse_qsl(query_string, keep_blank_values=True)
        if name not in TRACKING_PARAMETERS and not name.startswith("utm_")
    ]
    params.sort(key=lambda param: param[0])
    return urlencode(params)


def key_for(request):
    address = f"{request.get_host()}{request.path}?{normalised_query(request.META.get('QUERY_STRING', ''))}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"page-cache:{content_version.release()}:{digest}"


def cacheable_request(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(SKIPPED_PREFIXES)
        # Files have caching of their own (WhiteNoise, the web server in front).
        and not request.path.startswith((settings.STATIC_URL, settings.MEDIA_URL))
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


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not cacheable_request(request):
            return self.get_response(request)
        key = key_for(request)
        # One round trip to the cache: the version and the page, stored with the version it was made under.
        found = cache.get_many([content_version.VERSION_KEY, key])
        current = content_version.remember(request, found.get(content_version.VERSION_KEY))
        entry = found.get(key)
        if entry is not None and entry[0] == current:
            response = entry[1]
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if cacheable_response(response):
            if hasattr(response, "render") and callable(response.render) and not response.is_rendered:
                response.render()
            response["X-Page-Cache"] = "miss"
            # Browsers and proxies keep it for a short while only: a change must show up soon everywhere.
            patch_cache_control(response, public=True, max_age=60)
            # Made under `current`: a change while it was made raised the version, and it counts as old.
            cache.set(key, (current, response), settings.PAGE_CACHE_SECONDS)
        return response
