"""One FAQ page: general questions by topic, then every condition's own questions, each linking back."""

import pytest
from bs4 import BeautifulSoup
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from faq.models import FAQPage
from home.models import HomePage
from tests.factories import faq, make_condition, make_site_tree, publish


def make_faq_page(home, general=()):
    block = FAQPage._meta.get_field("general_questions").stream_block
    return publish(
        home, FAQPage(title="Veelgestelde vragen", slug="vragen", general_questions=block.to_python(list(general)))
    )


def topic(name, *pairs):
    return {"type": "topic", "value": {"topic": name, "questions": [{"question": q, "answer": a} for q, a in pairs]}}


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


class FAQPageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home, _ = make_site_tree()
        cls.page = make_faq_page(cls.home)

    def setUp(self):
        self.login()

    def test_the_faq_page_sits_under_home_once(self):
        self.assertAllowedParentPageTypes(FAQPage, {HomePage})
        self.assertAllowedSubpageTypes(FAQPage, set())
        self.assertEqual(FAQPage.max_count, 1)

    def test_the_faq_page_works_in_site_and_admin(self):
        data = nested_form_data(
            {
                "title": "Vragen",
                "slug": "vragen",
                "intro": rich_text("<p>Vragen</p>"),
                "general_questions": streamfield([]),
            }
        )
        self.assertPageIsRoutable(self.page)
        self.assertPageIsRenderable(self.page)
        self.assertPageIsEditable(self.page, post_data=data)
        self.assertPageIsPreviewable(self.page, post_data=data)


@pytest.fixture
def faq_page(site_tree):
    return make_faq_page(
        site_tree[0],
        [topic("Verwijzing en kosten", ("Heb ik een verwijzing nodig?", "<p>Meestal wel.</p>"))],
    )


def test_general_questions_are_grouped_by_topic(client, faq_page):
    section = soup_of(client.get(faq_page.url)).select_one("#verwijzing-en-kosten")

    assert section.h2.get_text() == "Verwijzing en kosten"
    assert section.summary.get_text() == "Heb ik een verwijzing nodig?"
    assert section.select_one(".faq__answer").get_text(strip=True) == "Meestal wel."


def test_condition_questions_are_gathered_and_link_back(client, condition_index, faq_page):
    condition = make_condition(
        condition_index, title="Hielspoor", sections=[faq(("Mag ik blijven sporten?", "<p>Rustig aan.</p>"))]
    )
    make_condition(condition_index, title="Concept", sections=[faq(("Geheim?", "<p>Ja.</p>"))], live=False)

    soup = soup_of(client.get(faq_page.url))
    section = soup.select_one("#over-hielspoor")

    assert [s.get_text() for s in soup.select("summary")] == ["Heb ik een verwijzing nodig?", "Mag ik blijven sporten?"]
    link = section.select_one("p > a")
    assert link["href"] == condition.url + "#veelgestelde-vragen"
    assert link.get_text(strip=True) == "Lees alles over hielspoor, met de bronnen"
    # The anchor exists on the condition page.
    assert soup_of(client.get(condition.url)).select_one("#veelgestelde-vragen") is not None
