"""The content version: one number in the cache that changes whenever something visitors can see changes.

Whatever is kept of a rendered page (whole pages in serving/page_cache.py, parts of pages in
serving/templatetags/fragments.py, the site and the route of an address in serving/routing.py) is kept
under the version it was made for, so one change makes all of it out of date at once: no list of
which page shows which source, menu item or news item has to be kept right.

A request reads the version once. A fresh version is a moment in microseconds, not 1: after the cache
is emptied (a Redis restart), a web process that still remembers things made under an old version
never meets that version again.

Kept pages and parts also carry the release: the code, templates and static files the process runs.
A page drawn by the previous release names its stylesheet by the old hashed name and may have other
markup; after a deploy nothing of it is served.
"""

import hashlib
import os
import time
from functools import lru_cache

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save

VERSION_KEY = "content:version"
# A second number that changes only when who may see what changes (an unpublish, a page deleted or moved,
# a view restriction, a site): a page kept under an older one is never served, not even while a new copy
# is being drawn (serving/page_cache.py).
ACCESS_KEY = "content:access"

# Besides pages: what pages show of other models. A view restriction decides who may see a page.
SHOWN_MODELS = {
    "wagtailcore.Site",
    "wagtailcore.PageViewRestriction",
    "wagtailimages.Image",
    "wagtaildocs.Document",
    "sources.Reference",
    "partners.Partner",
    "clinic.ClinicSettings",
    "clinic.NavigationSettings",
    "clinic.MainMenuItem",
    "clinic.FooterLink",
    "locations.PracticeDetails",
    "practical.Price",
    "examinations.ExaminationPart",
    # What the search shows besides pages (search/views.py keeps its answers per version).
    "wagtailsearchpromotions.SearchPromotion",
    "readability.GlossaryTerm",
}


# What is not part of what a page is drawn from.
_NOT_DRAWN_FROM = {"node_modules", "media", "staticfiles", "tests", "docs", "bench", "deploy", "__pycache__"}
_DRAWN_FROM = (".py", ".html", ".css", ".js", ".svg", ".png", ".json")


@lru_cache(maxsize=1)
def release():
    """This process's release: RELEASE from the environment, or a digest of the files pages are drawn from."""
    if os.environ.get("RELEASE"):
        return os.environ["RELEASE"]
    digest = hashlib.sha256()
    for folder, subfolders, files in os.walk(settings.BASE_DIR):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith(".") and name not in _NOT_DRAWN_FROM)
        for name in sorted(files):
            if name.endswith(_DRAWN_FROM):
                path = os.path.join(folder, name)
                digest.update(path.encode())
                with open(path, "rb") as source:
                    digest.update(source.read())
    return digest.hexdigest()[:12]


def kept():
    """The cache the version lives in, with the pages and parts it is the version of.

    That cache may push old entries out (clinic/settings/base.py); the version pushed out only starts a
    new one, and everything kept counts as old.
    """
    return caches["pages"]


# Set when a change could not raise the version because the cache was away; raised when it is back.
_missed_change = False


def _start(key=VERSION_KEY):
    """A version no earlier cache can have used; None when the cache cannot be reached."""
    kept().add(key, time.time_ns() // 1000, timeout=None)
    return kept().get(key)


def _unreachable():
    # A version nothing was kept under: a request while the cache is away shares nothing with
    # another, and a web process's memos (serving/routing.py) start afresh with each one.
    return -time.time_ns()


def current(request=None):
    """The version now; read once per request and kept on it, so every part of one page agrees."""
    if request is not None:
        known = getattr(request, "_content_version", None)
        if known is not None:
            return known
    return remember(request, kept().get(VERSION_KEY))


def remember(request, version):
    """The version as read from the cache (the page cache reads it together with a page, in one round trip)."""
    global _missed_change
    if version is None:
        version = _start()
        # A new version is as good as a raised one.
        _missed_change = _missed_change and version is None
    elif _missed_change:
        version = _raise() or version
    if version is None:
        version = _unreachable()
    if request is not None:
        request._content_version = version
    return version


def _raise():
    global _missed_change
    try:
        version = kept().incr(VERSION_KEY)
    except ValueError:  # no version yet (nothing is kept under one either), or the cache is away
        version = _start()
    _missed_change = version is None
    return version


def access(found):
    """The access version as read from the cache (with the page, in one round trip); None if unknown."""
    return found if found is not None else _start(ACCESS_KEY)


def _raise_access():
    try:
        kept().incr(ACCESS_KEY)
    except ValueError:
        # No access version yet, or the cache is away: a new one is as good as a raised one, and while the
        # cache is away nothing is served from it.
        kept().delete(ACCESS_KEY)


def bump(**kwargs):
    """Everything kept so far is out of date: the next visit to each page makes it afresh.

    Raised at once and again when the change's transaction commits: between the two, another process
    may read the new version and work out (and keep) something from the database without the change,
    which it cannot see yet. The second raise throws that away too.

    A change while the cache is away raises the version as soon as this process reaches it again:
    pages kept before the change must not come back with it.
    """
    _raise()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_raise)


def access_changed(**kwargs):
    """Who may see what changed: also no older copy of any page may be served any more."""
    _raise_access()
    bump()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_raise_access)


# Whose saving or deleting changes who may see what.
ACCESS_MODELS = {"wagtailcore.Site", "wagtailcore.PageViewRestriction"}


def content_changed(sender, instance, signal=None, **kwargs):
    from wagtail.models import Page

    # Any save of a page row counts, a draft's too: an edit made without publishing (a script, a
    # migration) may still change what visitors see, and a needless refresh costs one page render.
    is_page = isinstance(instance, Page)
    if sender._meta.label in ACCESS_MODELS or (is_page and (signal is post_delete or not instance.live)):
        # A page deleted or saved offline (also by a script that sends no unpublish signal).
        access_changed()
    elif is_page or sender._meta.label in SHOWN_MODELS:
        bump()


def connect_signals():
    """Connected in serving.apps.ServingConfig.ready."""
    from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

    for signal in (page_published, page_slug_changed):
        signal.connect(bump, dispatch_uid=f"content-version-{id(signal)}")
    for signal in (page_unpublished, post_page_move):
        signal.connect(access_changed, dispatch_uid=f"content-access-{id(signal)}")
    post_save.connect(content_changed, dispatch_uid="content-version-save")
    post_delete.connect(content_changed, dispatch_uid="content-version-delete")
