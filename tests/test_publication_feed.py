"""The RSS feed of the newest items, read by a real feed parser."""

import datetime

import feedparser
import pytest
from bs4 import BeautifulSoup

from tests.factories import make_person, make_publication, make_publications


@pytest.fixture
def feed_url(publication_index):
    return publication_index.url + "feed/"


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    return feedparser.parse(response.content)


def test_the_feed_is_valid_rss(client, publication_index, feed_url):
    make_publications(publication_index, 3)

    feed = parse(client, feed_url)

    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "rss20"
    assert feed.feed.title.startswith("Publicaties")
    assert feed.feed.link == "http://localhost" + publication_index.url


def test_entries_are_the_newest_items_first_with_absolute_links(client, publication_index, feed_url):
    items = make_publications(publication_index, 25)

    feed = parse(client, feed_url)

    assert [entry.title for entry in feed.entries] == [item.title for item in items[:20]]
    assert feed.entries[0].link == "http://localhost" + items[0].url


def test_an_entry_carries_date_summary_topics_and_authors(client, publication_index, feed_url):
    make_publication(
        publication_index,
        title="Koorts en sport",
        date=datetime.date(2025, 7, 22),
        intro="Waarom u met koorts beter niet sport.",
        tags=["infecties", "wielrennen"],
        authors=[make_person(name="Sanne de Wit")],
        source_name="Het Dagblad",
    )

    entry = parse(client, feed_url).entries[0]

    # feedparser gives UTC: midnight in Amsterdam in summer is 22:00 the day before.
    assert entry.published_parsed[:5] == (2025, 7, 21, 22, 0)
    assert entry.summary == "Waarom u met koorts beter niet sport. (Verschenen in Het Dagblad.)"
    assert sorted(tag.term for tag in entry.tags) == ["infecties", "wielrennen"]
    assert "Sanne de Wit" in entry.author


def test_the_feed_date_is_the_start_of_the_publication_day_in_amsterdam(client, publication_index, feed_url):
    make_publication(publication_index, date=datetime.date(2025, 7, 22))

    entry = parse(client, feed_url).entries[0]

    assert entry.published.endswith("+0200")
    assert "22 Jul 2025 00:00:00" in entry.published


def test_drafts_stay_out_of_the_feed(client, publication_index, feed_url):
    make_publication(publication_index, title="Openbaar")
    make_publication(publication_index, title="Concept", live=False)

    assert [entry.title for entry in parse(client, feed_url).entries] == ["Openbaar"]


def test_the_archive_announces_its_feed_in_the_head(client, publication_index, feed_url):
    soup = BeautifulSoup(client.get(publication_index.url).content, "html.parser")

    link = soup.head.find("link", rel="alternate", type="application/rss+xml")

    assert link["href"] == feed_url
    assert client.get(link["href"]).status_code == 200
