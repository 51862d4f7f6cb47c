"""The treatment overview lists every treatment on the page and links to its own anchor."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from tests.factories import (
    build_condition,
    make_condition,
    treatment,
    treatment_group,
    treatment_overview,
    treatment_value,
)


@pytest.fixture
def page(condition_index):
    return make_condition(
        condition_index,
        sections=[
            treatment_overview(),
            treatment("Oefentherapie"),
            treatment("Shockwave", category="shockwave"),
            treatment_group(
                "Injecties",
                [
                    treatment_value("Botox", category="injection"),
                    treatment_value("Prolotherapie", category="injection"),
                ],
            ),
            treatment("Operatie", category="surgery"),
        ],
    )


def nav_links(client, page):
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    return soup, [(a.get_text(strip=True), a["href"]) for a in soup.select(".topic-nav a")]


def test_the_navigation_lists_every_treatment_in_page_order(client, page):
    _, links = nav_links(client, page)
    assert [name for name, _ in links] == [
        "Oefentherapie",
        "Shockwave",
        "Injecties",
        "Botox",
        "Prolotherapie",
        "Operatie",
    ]


def test_every_navigation_link_points_at_an_element_on_the_page(client, page):
    soup, links = nav_links(client, page)
    for _, href in links:
        assert href.startswith("#")
        assert soup.find(id=href[1:]) is not None, href


def test_treatments_inside_a_group_are_nested_under_the_group(page):
    group = page.treatment_navigation[2]
    assert group["name"] == "Injecties"
    assert [child["name"] for child in group["children"]] == ["Botox", "Prolotherapie"]


def test_a_page_without_treatments_shows_no_treatment_navigation(client, condition_index):
    page = make_condition(condition_index, sections=[treatment_overview()])
    _, links = nav_links(client, page)
    assert links == []


def test_two_treatments_with_the_same_name_are_refused(condition_index):
    page = build_condition(sections=[treatment("Shockwave"), treatment_group("Extra", [treatment_value("Shockwave")])])
    with pytest.raises(ValidationError, match="dezelfde naam"):
        page.clean()


def test_group_headings_sit_one_level_above_their_treatments(client, page):
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    group = soup.find(id="behandelgroep-injecties")
    assert group.find("h3").get_text(strip=True) == "Injecties"
    assert [h.get_text(strip=True) for h in group.find_all("h4")] == ["Botox", "Prolotherapie"]
