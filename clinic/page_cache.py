"""Whole public pages from the cache, for visitors without a session.

A page a visitor without a session asks for (GET or HEAD, status 200, no cookie set, nothing that
varies per visitor) is kept for PAGE_CACHE_SECONDS under its address and the cache's version. Any
change visitors could see (a page published, unpublished, moved or deleted; a source, partner, image,
document or site setting saved) raises the version, so every page is made afresh on its next visit.
Editors with a session always get a fresh page. Off when PAGE_CACHE_SECONDS is 0 (the test suite,
except the tests of this cache).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils.cache import patch_cache_control

VERSION_KEY = "page-cache:version"
# Never from the cache: the admin, the search (endless addresses, results meant to be fresh) and
# what machines ask for with their own caching rules.
SKIPPED_PREFIXES = ("/admin/", "/django-admin/", "/zoeken/", "/reactie/", "/health/", "/documents/")


def invalidate(**kwargs):
    """Every cached page is out of date: the next visit to each makes it afresh."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # no version yet: nothing is cached under one either
        cache.add(VERSION_KEY, 1, timeout=None)


def key_for(request):
    digest = hashlib.sha256(f"{request.get_host()}{request.get_full_path()}".encode()).hexdigest()
    return f"page-cache:{digest}"


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
        found = cache.get_many([VERSION_KEY, key])
        current = found.get(VERSION_KEY)
        if current is None:
            cache.add(VERSION_KEY, 1, timeout=None)
            current = cache.get(VERSION_KEY, 1)
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


# Besides pages: what pages show of other models.
SHOWN_MODELS = {
    "wagtailcore.Site",
    "wagtailimages.Image",
    "wagtaildocs.Document",
    "conditions.Reference",
    "partners.Partner",
    "clinic.ClinicSettings",
    "clinic.NavigationSettings",
    "clinic.MainMenuItem",
    "clinic.FooterLink",
}


def content_changed(sender, instance, **kwargs):
    from wagtail.models import Page

    # Any save of a page row counts, a draft's too: an edit made without publishing (a script, a
    # migration) may still change what visitors see, and a needless refresh costs one page render.
    if isinstance(instance, Page) or sender._meta.label in SHOWN_MODELS:
        invalidate()


def connect_signals():
    """Connected in clinic.apps.ClinicConfig.ready."""
    from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        signal.connect(invalidate, dispatch_uid=f"page-cache-{id(signal)}")
    post_save.connect(content_changed, dispatch_uid="page-cache-save")
    post_delete.connect(content_changed, dispatch_uid="page-cache-delete")
