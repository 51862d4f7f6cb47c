"""The about page: the collective's own story, with its doctors, locations and partners added from their pages."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from about.models import AboutPage
from home.models import HomePage
from partners.models import Partner
from tests.factories import make_location, make_person, make_site_tree, publish


@pytest.fixture
def about(db):
    home, _ = make_site_tree()
    page = AboutPage(title="Over het collectief", slug="over-ons", intro="<p>Wie wij zijn.</p>")
    page.body = [("section", {"heading": "Hoe wij werken", "body": RichText("<p>Eerst zonder operatie.</p>")})]
    return publish(home, page)


def soup_of(client, page):
    return BeautifulSoup(client.get(page.url).content, "html.parser")


def test_the_about_page_shows_its_sections(client, about):
    page = soup_of(client, about)
    assert "Hoe wij werken" in [h2.get_text(strip=True) for h2 in page.select("main h2")]


def test_the_about_page_lists_the_live_doctors(client, about):
    make_person("Sanne de Wit")
    draft = make_person("Joost Verhoeven")
    draft.unpublish()
    names = [" ".join(li.get_text().split()) for li in soup_of(client, about).select("#artsen-kop + ul li")]
    assert names == ["dr. Sanne de Wit, sport- en bewegingsarts"]


def test_the_about_page_links_the_locations(client, about):
    home = about.get_parent()
    location = make_location(home, title="Sportpoli West", city="Amsterdam")
    links = soup_of(client, about).select("#locaties-kop + ul a")
    assert [(a.get_text(strip=True), a["href"]) for a in links] == [("Sportpoli West", location.url)]


def test_the_about_page_shows_the_partners_once(client, about):
    Partner.objects.create(name="Eerste Bond", sort_order=1)
    page = soup_of(client, about)
    assert len(page.select("main .partners__list li")) == 1
    assert page.select("footer .partners__list") == []


class AboutPageAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home, _ = make_site_tree()

    def setUp(self):
        self.login()

    def test_the_about_page_sits_once_under_the_home_page(self):
        self.assertAllowedParentPageTypes(AboutPage, {HomePage})
        self.assertAllowedSubpageTypes(AboutPage, set())
        self.assertCanNotCreateAt(Page, AboutPage)

    def test_an_editor_can_create_render_and_preview_the_about_page(self):
        data = nested_form_data(
            {
                "title": "Over het collectief",
                "slug": "over-ons",
                "intro": rich_text("<p>Wie wij zijn.</p>"),
                "body": streamfield([("section", {"heading": "Hoe wij werken", "body": rich_text("<p>Rustig.</p>")})]),
            }
        )
        self.assertCanCreate(self.home, AboutPage, data)
        page = AboutPage.objects.get(slug="over-ons")
        self.assertPageIsRenderable(page)
        self.assertPageIsPreviewable(page, post_data=data)
        self.assertPageIsEditable(page, post_data=data)
