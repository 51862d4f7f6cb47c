"""The archive lists live news items newest first, twelve a page, filtered by year and topic.

A bad query string gets a clear page with a 404, never a 500 and never a
silent empty list.
"""

import datetime
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from tests.factories import make_publication, make_publication_index, make_publications, make_site_tree
from tests.layers import DatabaseLayer


def titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in soup.select(".archive-item__title")]


def page_links(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {a.get_text(" ", strip=True): a["href"] for a in soup.select(".pagination a")}


def build_archive_of_thirteen():
    home, _conditions = make_site_tree()
    index = make_publication_index(home)
    return SimpleNamespace(index=index, items=make_publications(index, 13))


# Thirteen items make two pages; eighteen tests read them, so they are made once (tests/layers.py).
@pytest.fixture(scope="session")
def archive_layer(request):
    yield from DatabaseLayer.built(request, build_archive_of_thirteen)


@pytest.fixture
def archive(archive_layer, db):
    return archive_layer.fresh()


def test_archive_lists_newest_first(client, publication_index):
    make_publication(publication_index, title="Oud", date=datetime.date(2024, 3, 1))
    make_publication(publication_index, title="Nieuw", date=datetime.date(2025, 3, 1))
    make_publication(publication_index, title="Midden", date=datetime.date(2024, 9, 1))

    assert titles(client.get(publication_index.url)) == ["Nieuw", "Midden", "Oud"]


def test_items_of_the_same_day_keep_a_stable_order(client, publication_index):
    first = make_publication(publication_index, title="Eerst geplaatst", date=datetime.date(2025, 3, 1))
    second = make_publication(publication_index, title="Later geplaatst", date=datetime.date(2025, 3, 1))
    assert second.pk > first.pk

    assert titles(client.get(publication_index.url)) == ["Later geplaatst", "Eerst geplaatst"]


def test_archive_shows_twelve_items_a_page(client, archive):
    first = client.get(archive.index.url)
    second = client.get(archive.index.url + "?page=2")

    assert titles(first) == [p.title for p in archive.items[:12]]
    assert titles(second) == [archive.items[12].title]


def test_page_links_are_plain_links_that_work_without_javascript(client, archive):
    links = page_links(client.get(archive.index.url))

    assert links["Pagina 2"] == archive.index.url + "?page=2"
    assert links["Volgende pagina"] == archive.index.url + "?page=2"
    back = page_links(client.get(links["Pagina 2"]))
    assert back["Vorige pagina"] == archive.index.url
    assert back["Pagina 1"] == archive.index.url


def test_the_current_page_is_marked_for_screen_readers(client, archive):
    soup = BeautifulSoup(client.get(archive.index.url + "?page=2").content, "html.parser")

    assert soup.select_one('.pagination [aria-current="page"]').get_text(" ", strip=True) == "Pagina 2"


def test_year_filter_shows_only_that_year(client, publication_index):
    make_publication(publication_index, title="Twintig vierentwintig", date=datetime.date(2024, 5, 1))
    make_publication(publication_index, title="Twintig vijfentwintig", date=datetime.date(2025, 5, 1))

    response = client.get(publication_index.url + "?year=2024")

    assert response.status_code == 200
    assert titles(response) == ["Twintig vierentwintig"]


def test_topic_filter_shows_only_items_with_that_tag(client, publication_index):
    make_publication(publication_index, title="Over hardlopen", tags=["hardlopen"])
    make_publication(publication_index, title="Over de knie", tags=["knie"])

    response = client.get(publication_index.url + "?onderwerp=hardlopen")

    assert titles(response) == ["Over hardlopen"]


def test_topic_list_stays_folded_until_a_topic_is_chosen(client, publication_index):
    make_publication(publication_index, title="Over hardlopen", tags=["hardlopen"])

    unfiltered = BeautifulSoup(client.get(publication_index.url).content, "html.parser")
    filtered = BeautifulSoup(client.get(publication_index.url + "?onderwerp=hardlopen").content, "html.parser")

    assert not unfiltered.select_one("details.archive-filters__topics").has_attr("open")
    assert filtered.select_one("details.archive-filters__topics").has_attr("open")


def test_year_and_topic_filters_combine(client, publication_index):
    make_publication(publication_index, title="Knie 2024", date=datetime.date(2024, 5, 1), tags=["knie"])
    make_publication(publication_index, title="Knie 2025", date=datetime.date(2025, 5, 1), tags=["knie"])
    make_publication(publication_index, title="Hardlopen 2024", date=datetime.date(2024, 6, 1), tags=["hardlopen"])

    response = client.get(publication_index.url + "?year=2024&onderwerp=knie")

    assert titles(response) == ["Knie 2024"]


def test_filters_offer_only_years_and_topics_that_have_items(client, publication_index):
    make_publication(publication_index, date=datetime.date(2023, 5, 1), tags=["knie"])
    make_publication(publication_index, date=datetime.date(2025, 5, 1), tags=["Hardlopen"])
    make_publication(publication_index, date=datetime.date(2024, 5, 1), tags=["geheim"], live=False)

    soup = BeautifulSoup(client.get(publication_index.url).content, "html.parser")
    chips = [a.get_text(" ", strip=True) for a in soup.select(".archive-filters .chip")]

    assert chips == ["Alle jaren", "2025", "2023", "Hardlopen (1)", "knie (1)"]


def test_a_filter_link_keeps_the_other_filter_and_starts_at_page_one(client, archive):
    make_publication(archive.index, date=datetime.date(2024, 5, 1), tags=["knie"])

    soup = BeautifulSoup(client.get(archive.index.url + "?year=2025&page=2").content, "html.parser")
    hrefs = {a.get_text(" ", strip=True): a["href"] for a in soup.select(".archive-filters .chip")}

    assert hrefs["2024"] == archive.index.url + "?year=2024"
    soup = BeautifulSoup(client.get(archive.index.url + "?onderwerp=knie").content, "html.parser")
    hrefs = {a.get_text(" ", strip=True): a["href"] for a in soup.select(".archive-filters .chip")}
    assert hrefs["2024"] == archive.index.url + "?year=2024&onderwerp=knie"
    assert hrefs["Alle jaren"] == archive.index.url + "?onderwerp=knie"


def test_pagination_keeps_the_filters(client, publication_index):
    make_publications(publication_index, 14, start=datetime.date(2025, 6, 30), tags=["knie"])

    links = page_links(client.get(publication_index.url + "?onderwerp=knie"))

    assert links["Pagina 2"] == publication_index.url + "?onderwerp=knie&page=2"


def test_drafts_and_private_items_stay_out_of_the_archive(client, publication_index):
    make_publication(publication_index, title="Openbaar")
    make_publication(publication_index, title="Concept", live=False)
    private = make_publication(publication_index, title="Alleen voor collega's")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    assert titles(client.get(publication_index.url)) == ["Openbaar"]


def test_an_empty_archive_says_so(client, publication_index):
    response = client.get(publication_index.url)

    assert response.status_code == 200
    assert "Er zijn nog geen publicaties." in response.content.decode()


@pytest.mark.parametrize(
    "query,message",
    [
        ("?page=abc", "“abc” is geen paginanummer."),
        ("?page=0", "“0” is geen paginanummer."),
        ("?page=-1", "“-1” is geen paginanummer."),
        ("?page=1.5", "“1.5” is geen paginanummer."),
        ("?page=%D9%A1", "“١” is geen paginanummer."),
        ("?page=99999", "Pagina 99999 bestaat niet. Het archief heeft 2 pagina&#x27;s."),
        ("?page=99999999999999999999", "is geen paginanummer."),
        ("?year=abcd", "“abcd” is geen jaartal."),
        ("?year=1999", "Uit 1999 hebben we geen publicaties."),
        ("?year=%3Cscript%3E", "“&lt;script&gt;” is geen jaartal."),
        ("?onderwerp=bestaat-niet", "Over het onderwerp “bestaat-niet” hebben we geen publicaties."),
    ],
)
def test_a_bad_query_string_gets_a_clear_not_found_page(client, archive, query, message):
    response = client.get(archive.index.url + query)

    assert response.status_code == 404
    body = response.content.decode()
    assert message in body
    assert "Deze pagina bestaat niet" in body
    # The visitor can go on from here: the filters and a way back are on the page.
    assert 'class="chip"' in body
    assert f'href="{archive.index.url}"' in body


def test_a_very_long_query_value_is_cut_short_in_the_message(client, archive):
    response = client.get(archive.index.url + "?year=" + "x" * 5000)

    assert response.status_code == 404
    assert "x" * 41 not in response.content.decode()


def test_repeated_and_unknown_parameters_do_no_harm(client, archive):
    response = client.get(archive.index.url + "?page=2&page=1&utm_source=krant&year=")

    assert response.status_code == 200
    assert len(titles(response)) == 12


def test_the_archive_title_names_the_filter_and_page(client, archive):
    soup = BeautifulSoup(client.get(archive.index.url + "?year=2025&page=2").content, "html.parser")

    assert soup.title.get_text().startswith("Publicaties – 2025 – pagina 2")


def test_a_combination_without_items_says_what_to_do(client, publication_index):
    make_publication(publication_index, date=datetime.date(2024, 5, 1), tags=["knie"])
    make_publication(publication_index, date=datetime.date(2025, 5, 1), tags=["hardlopen"])

    response = client.get(publication_index.url + "?year=2024&onderwerp=hardlopen")

    assert response.status_code == 200
    assert "Kies een ander jaar of onderwerp." in response.content.decode()
