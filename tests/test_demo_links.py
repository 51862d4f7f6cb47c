"""Every internal link on the demo site leads somewhere: crawled from the home page, nothing answers 404 or 500."""

from urllib.parse import urldefrag, urlsplit

from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.staticfiles import finders

SKIP_PREFIXES = ("/admin/", "/django-admin/")
LIMIT = 400


def internal_links(html):
    soup = BeautifulSoup(html, "html.parser")
    for tag, attribute in (("a", "href"), ("link", "href"), ("img", "src"), ("script", "src")):
        for element in soup.find_all(tag):
            value = element.get(attribute)
            if not value:
                continue
            parts = urlsplit(value)
            if parts.scheme or parts.netloc or not parts.path.startswith("/"):
                continue
            yield urldefrag(value)[0]


def test_every_internal_link_on_the_demo_site_works(client, demo):
    to_visit, seen, broken = ["/"], set(), []
    while to_visit and len(seen) < LIMIT:
        url = to_visit.pop()
        if url in seen or url.startswith(SKIP_PREFIXES):
            continue
        seen.add(url)
        if url.startswith(settings.STATIC_URL):
            # Static files come from the web server, not Django; check that the file exists.
            if not finders.find(urlsplit(url).path.removeprefix(settings.STATIC_URL)):
                broken.append((url, 404))
            continue
        response = client.get(url)
        if response.status_code != 200:
            broken.append((url, response.status_code))
            continue
        if response.get("Content-Type", "").startswith("text/html"):
            to_visit.extend(link for link in internal_links(response.content) if link not in seen)

    assert broken == []
    # The crawl reached every kind of page the demo has.
    every_kind = [
        "/aandoeningen/hielspoor/",
        "/publicaties/feed/",
        "/team/sanne-de-wit/",
        "/behandelingen/shockwave/",
        "/oefeningen/hiel-en-achillespees/",
        "/locaties/utrecht/",
        "/vragen/",
        "/over-ons/",
        "/contact/",
        "/privacy/",
    ]
    assert [url for url in every_kind if url not in seen] == []
