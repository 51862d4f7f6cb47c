"""The recent-publications carousel on the home page and the condition pages, and a condition's own news."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.factories import make_condition, make_publication, make_publications


def carousel(response):
    return BeautifulSoup(response.content, "html.parser").select_one("[data-carousel]")


def card_titles(section):
    return [a.get_text(" ", strip=True) for a in section.select(".publication-card__title a")]


@pytest.fixture
def home(site_tree):
    return site_tree[0]


@pytest.fixture
def condition(condition_index):
    return make_condition(condition_index, title="Hielspoor")


def test_home_page_shows_the_ten_newest_items_newest_first(client, home, publication_index):
    items = make_publications(publication_index, 12)

    section = carousel(client.get(home.url))

    assert card_titles(section) == [item.title for item in items[:10]]


def test_condition_pages_show_the_carousel_too(client, condition, publication_index):
    make_publications(publication_index, 3)

    section = carousel(client.get(condition.url))

    assert len(card_titles(section)) == 3


def test_the_editor_sets_how_many_items_the_carousel_shows(client, home, publication_index):
    make_publications(publication_index, 8)
    publication_index.carousel_count = 5
    publication_index.save_revision().publish()

    assert len(card_titles(carousel(client.get(home.url)))) == 5


def test_the_editor_sets_the_heading(client, home, publication_index):
    make_publications(publication_index, 1)
    publication_index.carousel_heading = "In de media"
    publication_index.save_revision().publish()

    assert carousel(client.get(home.url)).h2.get_text(strip=True) == "In de media"


def test_cards_show_the_date_in_dutch_and_link_to_the_item(client, home, publication_index):
    item = make_publication(publication_index, title="Koorts en sport", date=datetime.date(2025, 7, 22))

    card = carousel(client.get(home.url)).select_one(".publication-card")

    assert card.time.get_text(strip=True) == "22 juli 2025"
    assert card.time["datetime"] == "2025-07-22"
    assert card.h3.a["href"] == item.url


def test_a_card_can_link_straight_to_the_source(client, home, publication_index):
    make_publication(
        publication_index,
        title="Interview",
        source_name="Het Dagblad",
        source_url="https://www.example.nl/interview",
        link_to_source=True,
    )

    link = carousel(client.get(home.url)).select_one(".publication-card__title a")

    assert link["href"] == "https://www.example.nl/interview"
    # Screen-reader users hear where the link goes before they leave the site.
    assert "artikel op de website van Het Dagblad" in link.get_text(" ", strip=True)


def test_the_carousel_links_to_the_archive(client, home, publication_index):
    make_publications(publication_index, 1)

    link = carousel(client.get(home.url)).select_one(".carousel__all")

    assert link.get_text(strip=True) == "Bekijk alle publicaties"
    assert link["href"] == publication_index.url


def test_without_javascript_the_carousel_is_a_plain_list_of_links(client, home, publication_index):
    make_publications(publication_index, 4)

    section = carousel(client.get(home.url))

    assert section.select_one("ul.carousel__track")["role"] == "list"
    assert len(section.select("ul.carousel__track > li a")) == 4
    # The buttons only make sense with the script; they stay hidden until it runs.
    assert section.select_one("[data-carousel-controls]").has_attr("hidden")
    assert all(button["type"] == "button" for button in section.select("button"))


def test_drafts_private_and_expired_items_stay_out_of_the_carousel(client, home, publication_index):
    make_publication(publication_index, title="Openbaar")
    make_publication(publication_index, title="Concept", live=False)
    private = make_publication(publication_index, title="Intern")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    make_publication(publication_index, title="Verlopen", expire_at=timezone.now() - datetime.timedelta(minutes=1))

    assert card_titles(carousel(client.get(home.url))) == ["Openbaar"]


def test_no_items_means_no_carousel(client, home, publication_index):
    assert carousel(client.get(home.url)) is None


def test_no_archive_means_no_carousel(client, home):
    assert carousel(client.get(home.url)) is None


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_the_carousel_costs_the_same_queries_for_3_or_30_items(client, home, publication_index):
    make_publications(publication_index, 3, start=datetime.date(2025, 6, 30))
    publication_index.carousel_count = 30
    publication_index.save_revision().publish()
    with_three = count_queries(client, home.url)

    make_publications(publication_index, 27, start=datetime.date(2024, 6, 30))
    with_thirty = count_queries(client, home.url)

    assert len(card_titles(carousel(client.get(home.url)))) == 30
    assert with_thirty == with_three


def test_the_carousel_items_come_from_one_query(client, home, publication_index):
    make_publications(publication_index, 10)
    client.get(home.url)

    with CaptureQueriesContext(connection) as captured:
        client.get(home.url)

    item_queries = [q for q in captured.captured_queries if "publications_publicationpage" in q["sql"]]
    assert len(item_queries) == 1


def test_a_condition_page_shows_its_own_news(client, condition, publication_index):
    make_publication(publication_index, title="Over hielspoor", conditions=[condition])
    make_publication(publication_index, title="Over iets anders")

    soup = BeautifulSoup(client.get(condition.url).content, "html.parser")
    related = soup.select_one(".related-publications")

    assert related.h2.get_text(strip=True) == "In het nieuws over dit onderwerp"
    assert card_titles(related) == ["Over hielspoor"]


def test_a_condition_without_news_shows_no_empty_news_section(client, condition, publication_index):
    make_publication(publication_index, title="Over iets anders")

    soup = BeautifulSoup(client.get(condition.url).content, "html.parser")

    assert soup.select_one(".related-publications") is None
