"""The home page: a welcome with a search box, conditions editors put forward, the news, who we are, the partners."""

import pytest
from bs4 import BeautifulSoup
from wagtail.test.utils import WagtailPageTestCase

from about.models import AboutPage
from home.models import FeaturedCondition
from partners.models import Partner
from tests.factories import make_condition, make_site_tree, publish


@pytest.fixture
def tree(db):
    return make_site_tree()


def home_soup(client):
    return BeautifulSoup(client.get("/").content, "html.parser")


def feature(home, *conditions):
    home.featured_conditions = [FeaturedCondition(condition=condition) for condition in conditions]
    home.save_revision().publish()


def test_featured_conditions_appear_in_the_editors_order_with_their_summary(client, tree):
    home, conditions = tree
    heel = make_condition(conditions, "Hielspoor", summary="Pijn onder de hiel.")
    knee = make_condition(conditions, "Springersknie", summary="Pijn onder de knieschijf.")
    feature(home, knee, heel)
    cards = home_soup(client).select(".featured .condition-card")
    assert [card.h3.get_text(strip=True) for card in cards] == ["Springersknie", "Hielspoor"]
    assert cards[0].a["href"] == knee.url
    assert "Pijn onder de knieschijf." in cards[0].get_text()


def test_a_featured_condition_that_is_no_longer_live_is_left_out(client, tree):
    home, conditions = tree
    heel = make_condition(conditions, "Hielspoor")
    knee = make_condition(conditions, "Springersknie")
    feature(home, heel, knee)
    knee.unpublish()
    assert [h.get_text(strip=True) for h in home_soup(client).select(".featured h3")] == ["Hielspoor"]


def test_without_featured_conditions_the_section_is_not_shown(client, tree):
    assert home_soup(client).select(".featured") == []


def test_the_home_page_has_a_search_box(client, tree):
    form = home_soup(client).select_one("form.search-form")
    assert form["action"] == "/zoeken/"
    assert form.select_one("input[name=q]")


def test_the_about_teaser_links_to_the_about_page(client, tree):
    home, _ = tree
    about = publish(home, AboutPage(title="Over het collectief", slug="over-ons"))
    home.about_heading = "Wie wij zijn"
    home.about_text = "<p>Wij zijn sport- en bewegingsartsen.</p>"
    home.about_page = about
    home.save_revision().publish()
    teaser = home_soup(client).select_one(".about-teaser")
    assert teaser.h2.get_text(strip=True) == "Wie wij zijn"
    assert teaser.select_one("a")["href"] == "/over-ons/"


def test_partners_are_shown_on_the_home_page_itself_and_not_again_in_the_footer(client, tree):
    Partner.objects.create(name="Eerste Bond", sort_order=1)
    page = home_soup(client)
    assert [li.get_text(strip=True) for li in page.select("main .partners__list li")] == ["Eerste Bond"]
    assert page.select("footer .partners__list") == []


class HomePageAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home, cls.conditions = make_site_tree()
        cls.condition = make_condition(cls.conditions, "Hielspoor")

    def setUp(self):
        self.login()

    def test_the_home_page_with_featured_conditions_is_editable(self):
        feature(self.home, self.condition)
        self.assertPageIsEditable(self.home)

    def test_a_preview_shows_featured_conditions_before_they_are_published(self):
        self.home.featured_conditions = [FeaturedCondition(condition=self.condition)]
        self.assertPageIsPreviewable(self.home)
        self.assertEqual([page.pk for page in self.home.featured()], [self.condition.pk])


def test_the_home_page_offers_every_part_of_the_body_that_has_conditions(client, demo):
    soup = BeautifulSoup(client.get("/").content, "html.parser")

    tiles = soup.select(".region-tile")

    assert [tile["href"] for tile in tiles] == [
        "/aandoeningen/#regio-voet-enkel",
        "/aandoeningen/#regio-onderbeen",
        "/aandoeningen/#regio-knie",
        "/aandoeningen/#regio-heup",
        "/aandoeningen/#regio-rug",
        "/aandoeningen/#regio-schouder",
        "/aandoeningen/#regio-arm",
    ]
    index = BeautifulSoup(client.get("/aandoeningen/").content, "html.parser")
    assert all(index.select_one(tile["href"].split("/")[-1]) is not None for tile in tiles)
    # Each tile counts the conditions the index lists for its region.
    for tile in tiles:
        listed = len(index.select_one(tile["href"].split("/")[-1]).select(".condition-card"))
        expected = "1 aandoening" if listed == 1 else f"{listed} aandoeningen"
        assert tile.select_one(".region-tile__count").get_text() == expected


def test_the_home_page_says_how_to_make_an_appointment(client, demo):
    section = BeautifulSoup(client.get("/").content, "html.parser").select_one(".appointment")

    assert section.select_one("a.button")["href"] == "/contact/"
    assert section.select_one(".appointment__phone")["href"] == "tel:0880000001"
