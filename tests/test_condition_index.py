"""The conditions index lists live conditions A–Z, grouped by body region."""

from bs4 import BeautifulSoup

from tests.factories import make_condition


def test_conditions_are_grouped_by_region_and_sorted_alphabetically(client, condition_index):
    make_condition(condition_index, "Hielspoor", body_region="voet-enkel")
    make_condition(condition_index, "Enkelverstuiking", body_region="voet-enkel")
    make_condition(condition_index, "Achillespeesklachten", body_region="onderbeen")
    make_condition(condition_index, "Lopersknie", body_region="knie")

    soup = BeautifulSoup(client.get(condition_index.url).content, "html.parser")
    regions = [
        (section.h2.get_text(strip=True), [a.get_text(strip=True) for a in section.select(".condition-card a")])
        for section in soup.select("section.region")
    ]
    assert regions == [
        ("Voet en enkel", ["Enkelverstuiking", "Hielspoor"]),
        ("Onderbeen en achillespees", ["Achillespeesklachten"]),
        ("Knie", ["Lopersknie"]),
    ]


def test_each_condition_shows_its_summary(client, condition_index):
    make_condition(condition_index, "Hielspoor", summary="Pijn onder de hiel bij de eerste stappen.")
    response = client.get(condition_index.url)
    assert "Pijn onder de hiel bij de eerste stappen." in response.content.decode()


def test_draft_conditions_are_not_listed(client, condition_index):
    make_condition(condition_index, "Hielspoor")
    make_condition(condition_index, "Geheim concept", live=False)
    content = client.get(condition_index.url).content.decode()
    assert "Hielspoor" in content
    assert "Geheim concept" not in content


def test_an_empty_index_says_there_are_no_conditions_yet(client, condition_index):
    response = client.get(condition_index.url)
    assert "nog geen aandoeningen" in response.content.decode()
