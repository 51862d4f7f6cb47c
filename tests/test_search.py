"""The simple site search, on the home page and the not-found page; every query gets a calm answer."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import make_condition


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


@pytest.mark.parametrize(
    "query",
    ["", "?q=", "?q=" + "knie " * 500, "?q=%27%3B+DROP+TABLE+x%3B--", "?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
     "?q=!!!%3F%3F", "?q=hiel&page=abc", "?q=hiel&page=999", "?q=%00", "?q=NOT", "?q=hiel+OR",
     "?q=NEAR+AND+hiel", "?q=*", "?q=hiel*", "?q=%22hiel"],
)  # fmt: skip
def test_odd_searches_get_a_page_not_an_error(client, hielspoor, query):
    response = client.get("/zoeken/" + query)

    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


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
