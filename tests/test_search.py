"""The site search: names first, marked excerpts, a second try for typing errors, and a calm answer to anything."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from tests.factories import make_condition, make_contact_page, make_location, make_privacy_page


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def hielspoor(condition_index):
    return make_condition(condition_index, title="Hielspoor", summary="Pijn onder de hiel bij het opstaan.")


def test_a_search_finds_a_condition_by_its_name(client, hielspoor):
    soup = soup_of(client.get("/zoeken/?q=hielspoor"))

    titles = [a.get_text(strip=True) for a in soup.select(".result__title a")]
    assert titles[0] == "Hielspoor"
    assert soup.select_one(".result__type").get_text(strip=True) == "Aandoening"


def test_a_search_without_results_offers_the_sections(client, hielspoor):
    soup = soup_of(client.get("/zoeken/?q=xyzzyqq"))

    assert "Niets gevonden" in soup.get_text()
    assert [a.get_text() for a in soup.select(".search-results ul a")] == ["Aandoeningen"]


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


def result_titles(soup):
    return [a.get_text(strip=True) for a in soup.select(".result-list:not(.promotions *) .result__title a")]


def test_the_result_shows_an_excerpt_with_the_searched_words_marked(client, hielspoor):
    soup = soup_of(client.get("/zoeken/?q=pijn+hiel"))

    excerpt = soup.select_one(".result__excerpt")
    assert excerpt.get_text() == "Pijn onder de hiel bij het opstaan."
    assert [mark.get_text() for mark in excerpt.select("mark")] == ["Pijn", "hiel"]


def test_an_excerpt_escapes_what_the_page_says(client, condition_index):
    make_condition(condition_index, title="Knie", summary="Pijn in de knie <script>alert(1)</script> na het sporten.")

    response = client.get("/zoeken/?q=knie")

    assert b"<script>alert(1)</script>" not in response.content
    assert soup_of(response).select_one(".result__excerpt mark").get_text() == "knie"


def test_another_name_of_a_condition_puts_it_first(client, condition_index):
    make_condition(condition_index, title="Klachten van de voet", summary="Onder andere fasciitis plantaris en meer.")
    make_condition(condition_index, title="Hielspoor", summary="Pijn onder de hiel.", synonyms=["fasciitis plantaris"])

    titles = result_titles(soup_of(client.get("/zoeken/?q=fasciitis+plantaris")))

    assert titles == ["Hielspoor", "Klachten van de voet"]


def test_part_of_a_compound_name_finds_the_page(client, condition_index):
    make_condition(condition_index, title="Achillespeesklachten", summary="Pijn boven de hiel.")

    assert result_titles(soup_of(client.get("/zoeken/?q=achillespees"))) == ["Achillespeesklachten"]


def test_a_plural_finds_the_singular(client, condition_index):
    make_condition(condition_index, title="Knie", summary="Doe elke dag een oefening voor de knie.")

    assert result_titles(soup_of(client.get("/zoeken/?q=oefeningen"))) == ["Knie"]


def test_a_typing_error_is_searched_as_the_closest_name(client, hielspoor):
    soup = soup_of(client.get("/zoeken/?q=hielsproo"))

    assert "U ziet de resultaten voor hielspoor" in soup.select_one(".search-correction").get_text(" ", strip=True)
    assert result_titles(soup) == ["Hielspoor"]


def test_without_a_page_with_every_word_pages_with_some_words_are_shown(client, hielspoor):
    soup = soup_of(client.get("/zoeken/?q=hiel+xyzzyqq"))

    assert "Geen pagina bevat al uw woorden" in soup.select_one(".search-correction").get_text()
    assert result_titles(soup) == ["Hielspoor"]


def test_drafts_and_private_pages_are_not_found(client, condition_index):
    make_condition(condition_index, title="Knie in concept", summary="Over de knie.", live=False)
    private = make_condition(condition_index, title="Knie voor artsen", summary="Over de knie.")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    assert "Niets gevonden" in soup_of(client.get("/zoeken/?q=knie")).get_text()


def test_overviews_and_the_home_page_are_not_results(client, site_tree):
    # An overview only lists pages that the search finds themselves; the home page is a click away everywhere.
    assert result_titles(soup_of(client.get("/zoeken/?q=aandoeningen"))) == []
    assert result_titles(soup_of(client.get("/zoeken/?q=sportartsen"))) == []


def test_the_practical_pages_are_found_by_their_names(client, site_tree):
    make_privacy_page(site_tree[0])
    make_contact_page(site_tree[0])

    assert result_titles(soup_of(client.get("/zoeken/?q=privacy"))) == ["Privacyverklaring"]
    assert result_titles(soup_of(client.get("/zoeken/?q=contact"))) == ["Contact"]


def test_a_complaint_glued_to_a_body_part_is_searched_as_the_body_part(client, condition_index):
    make_condition(condition_index, title="Pijn voor in de knie", summary="Klachten aan de voorkant van de knie.")
    make_condition(condition_index, title="Liesklachten", summary="Pijn in de lies bij sprinten.")

    soup = soup_of(client.get("/zoeken/?q=knieklachten"))

    assert result_titles(soup) == ["Pijn voor in de knie"]
    assert soup.select_one(".result__excerpt mark").get_text() == "knie"


def test_a_name_with_a_complaint_word_is_searched_whole(client, condition_index):
    make_condition(condition_index, title="Liesklachten", summary="Pijn in de lies bij sprinten.")
    make_condition(condition_index, title="Pijn in de lies na een val", summary="Een lies die blauw ziet.")

    assert result_titles(soup_of(client.get("/zoeken/?q=liesklachten")))[0] == "Liesklachten"


def test_a_search_for_the_waiting_time_finds_the_location_and_says_how_long_it_is(client, site_tree):
    make_location(
        site_tree[0], waiting_first_visit=2, waiting_treatment=9, waiting_measured_on=datetime.date(2026, 11, 30)
    )

    soup = soup_of(client.get("/zoeken/?q=wachttijd"))

    assert result_titles(soup) == ["Sportpoli West"]
    assert soup.select_one(".result__excerpt").get_text() == (
        "Wachttijd in Amsterdam: eerste afspraak 2 weken, binnen de norm van 4 weken; "
        "behandeling 9 weken, langer dan de norm van 7 weken."
    )


def test_a_search_for_opening_hours_finds_the_location_with_its_hours(client, site_tree):
    make_location(site_tree[0], hours=[(2, datetime.time(9), datetime.time(17))])

    soup = soup_of(client.get("/zoeken/?q=openingstijden"))

    assert result_titles(soup) == ["Sportpoli West"]
    assert soup.select_one(".result__excerpt").get_text() == "Openingstijden in Amsterdam: dinsdag 09:00–17:00."


def test_results_come_ten_to_a_page_with_numbered_links(client, condition_index):
    for number in range(12):
        make_condition(condition_index, title=f"Knieklacht {number}", slug=f"knie-{number}", summary="Over de knie.")

    first, second = soup_of(client.get("/zoeken/?q=knie")), soup_of(client.get("/zoeken/?q=knie&page=2"))

    assert len(result_titles(first)) == 10 and len(result_titles(second)) == 2
    assert first.select_one(".pagination [aria-current=page]").get_text(" ", strip=True) == "Pagina 1"
    assert second.select_one(".result-list")["start"] == "11"
    assert second.select_one("a[rel=prev]")["href"] == "?q=knie&page=1"


def test_an_editors_promotion_comes_first_and_once(client, site_tree, hielspoor):
    contact = make_contact_page(site_tree[0])
    query = Query.get("Afspraak")
    SearchPromotion.objects.create(query=query, page=contact, description="Bel of mail ons.", sort_order=0)
    SearchPromotion.objects.create(query=Query.get("hiel"), page=hielspoor, sort_order=0)

    promoted = soup_of(client.get("/zoeken/?q=afspraak+"))
    hiel = soup_of(client.get("/zoeken/?q=hiel"))

    assert [a.get_text() for a in promoted.select(".promotions a")] == [contact.title]
    assert "Bel of mail ons." in promoted.select_one(".promotions").get_text()
    assert [a.get_text() for a in hiel.select(".promotions a")] == ["Hielspoor"]
    assert result_titles(hiel) == []


def test_suggestions_give_a_few_titles_as_json(client, hielspoor):
    response = client.get("/zoeken/suggesties/?q=hie")

    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content)["suggestions"] == [
        {"title": "Hielspoor", "url": hielspoor.url, "type": "Aandoening"}
    ]


def test_suggestions_know_other_names(client, condition_index):
    make_condition(condition_index, title="Hielspoor", synonyms=["fasciitis plantaris"])

    assert [s["title"] for s in client.get("/zoeken/suggesties/?q=fasc").json()["suggestions"]] == ["Hielspoor"]


@pytest.mark.parametrize("query", ["", "h", "%27%22%3C%3E", "x" * 5000, "%ED%A0%80", "NEAR(", "*"])
def test_suggestions_for_odd_input_are_an_empty_list(client, hielspoor, query):
    response = client.get(f"/zoeken/suggesties/?q={query}")

    assert response.status_code == 200
    assert response.json()["suggestions"] == []


def test_suggestions_are_rate_limited(client, hielspoor, settings):
    settings.SEARCH_SUGGEST_RATE_LIMIT = 3

    statuses = [client.get("/zoeken/suggesties/?q=hie").status_code for _ in range(4)]

    assert statuses == [200, 200, 200, 429]
    assert client.get("/zoeken/suggesties/?q=hie")["Retry-After"] == str(settings.SEARCH_SUGGEST_RATE_WINDOW)


def test_suggestions_and_search_only_answer_get(client, hielspoor):
    assert client.post("/zoeken/suggesties/", {"q": "hie"}).status_code == 405
    assert client.post("/zoeken/", {"q": "hie"}).status_code == 405


def test_the_search_box_is_enhanced_with_suggestions(client, site_tree):
    form = soup_of(client.get(site_tree[0].url)).select_one("form[role=search]")

    assert form["data-suggest-url"] == "/zoeken/suggesties/"
    assert form.select_one("input[name=q]").get("role") is None  # a combobox only once the script runs


def test_the_searched_words_are_shown_escaped(client, hielspoor):
    response = client.get("/zoeken/?q=%3Cb%3Eknie%3C%2Fb%3E")

    assert b"<b>knie</b>" not in response.content
    assert "&lt;b&gt;knie&lt;/b&gt;" in response.content.decode()


def test_a_search_results_page_asks_search_engines_not_to_index_it(client, hielspoor):
    assert soup_of(client.get("/zoeken/?q=hiel")).select_one("meta[name=robots]")["content"] == "noindex, follow"


@pytest.mark.parametrize(
    "query",
    ["", "?q=", "?q=" + "knie " * 500, "?q=" + "x" * 2000, "?q=%E2%80%AEhiel%E2%80%AC", "?q=hi%E2%80%8Bel",
     "?q=%F0%9F%A6%B6+hiel", "?q=he%CC%81%CC%81%CC%81el", "?q=%ED%A0%80", "?q=%FF%FE", "?q=%25", "?q=%5C",
     "?q=hiel&q=knie", "?q=%E2%80%8B", "?q=1%27+OR+%271%27%3D%271", "?q=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E",
     "?q=%27%3B+DROP+TABLE+x%3B--", "?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
     "?q=!!!%3F%3F", "?q=hiel&page=abc", "?q=hiel&page=999", "?q=%00", "?q=NOT", "?q=hiel+OR",
     "?q=NEAR+AND+hiel", "?q=*", "?q=hiel*", "?q=%22hiel", "?q=hiel&page=-1", "?q=hiel&page=1.5",
     "?q=hiel&page=%D9%A1", "?q=hiel&page=" + "9" * 30, "?q=-hiel", "?q=hiel:*", "?q=hiel+%26+!knie", "?q=(hiel"],
)  # fmt: skip
def test_odd_searches_get_a_page_not_an_error(client, hielspoor, query):
    response = client.get("/zoeken/" + query)

    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content
    assert b"<img src=x" not in response.content


def test_the_home_page_has_a_search_box(client, site_tree):
    form = soup_of(client.get(site_tree[0].url)).select_one("form[role=search]")

    assert form["action"] == "/zoeken/"
    assert form.select_one("label").get_text(strip=True) == "Waar hebt u last van?"


def test_the_not_found_page_offers_search_and_the_conditions(client, site_tree):
    response = client.get("/bestaat-echt-niet/")

    assert response.status_code == 404
    soup = soup_of(response)
    assert soup.select_one("form[role=search]") is not None
    assert site_tree[1].url in [a["href"] for a in soup.select(".not-found a")]
