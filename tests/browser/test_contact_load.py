"""Many patients sending the contact form at once: every valid request is stored exactly once.

A bounded load test on this machine's loopback address only: the live test server (threaded, the
same one the browser tests use) gets a fixed number of posts from a few threads, each with its own
session and security token, as browsers would send them. It runs in the browser session because it
needs the live server; it does not need Chromium.
"""

import http.cookiejar
import re
import threading
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.cache import cache
from django.db import connection

from contact.models import ContactSubmission

pytestmark = [
    # The SQLite test database lives in memory with table locks: concurrent writers there fail in a way
    # production's PostgreSQL (and `make test` against it on CI) never does.
    pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent writes are tested on PostgreSQL"),
]

VISITORS = 6
REQUESTS_EACH = 8
TOKEN = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def visitor(base, number, start):
    """One browser: fetches the form, then sends its requests one after another; returns the statuses."""
    cookies = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies), NoRedirect)
    statuses = []
    start.wait(timeout=30)
    for request in range(REQUESTS_EACH):
        form = opener.open(f"{base}/contact/", timeout=30).read()
        token = TOKEN.search(form).group(1).decode()
        data = {
            "csrfmiddlewaretoken": token,
            "kind": "vraag",
            # A name holds letters only (the form refuses digits).
            "name": f"Bezoeker {chr(ord('A') + number)}",
            "email": f"bezoeker{number}@example.nl",
            "phone": "",
            "location": "",
            "has_referral": "nee",
            "message": f"Vraag {number}-{request}: mag ik blijven sporten met pijn in mijn hiel?",
            "consent": "on",
            "website": "",
        }
        post = urllib.request.Request(
            f"{base}/contact/", data=urllib.parse.urlencode(data).encode(), headers={"Referer": f"{base}/contact/"}
        )
        try:
            statuses.append(opener.open(post, timeout=30).status)
        except urllib.error.HTTPError as error:
            statuses.append(error.code)
    return statuses


def test_concurrent_valid_requests_are_each_stored_exactly_once(demo_site, settings):
    settings.CONTACT_RATE_LIMIT = VISITORS * REQUESTS_EACH * 2
    cache.clear()
    start = threading.Barrier(VISITORS)

    with ThreadPoolExecutor(max_workers=VISITORS) as pool:
        results = list(pool.map(lambda number: visitor(demo_site, number, start), range(VISITORS)))

    assert [status for statuses in results for status in statuses] == [302] * (VISITORS * REQUESTS_EACH)
    messages = list(ContactSubmission.objects.values_list("message", flat=True))
    expected = [
        f"Vraag {number}-{request}: mag ik blijven sporten met pijn in mijn hiel?"
        for number in range(VISITORS)
        for request in range(REQUESTS_EACH)
    ]
    assert sorted(messages) == sorted(expected)
