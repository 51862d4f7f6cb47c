"""Treatment pages: their place in the tree, their sources, and the conditions they are used for (computed)."""

import datetime

import pytest
from bs4 import BeautifulSoup
from wagtail.blocks import StructBlockValidationError
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from conditions.blocks import TreatmentBlock
from home.models import HomePage
from tests.factories import (
    make_condition,
    make_person,
    make_reference,
    make_site_tree,
    publish,
    treatment,
    treatment_group,
    treatment_value,
)
from treatments.models import TreatmentIndexPage, TreatmentPage


def make_treatment_index(home):
    return publish(home, TreatmentIndexPage(title="Behandelingen", slug="behandelingen"))


def make_treatment_page(index, title="Shockwave", sections=(), **fields):
    block = TreatmentPage._meta.get_field("sections").stream_block
    page = TreatmentPage(
        title=title,
        summary=f"Uitleg over {title.lower()}.",
        sections=block.to_python(list(sections)),
        **fields,
    )
    return publish(index, page)


@pytest.fixture
def shockwave(site_tree):
    return make_treatment_page(make_treatment_index(site_tree[0]))


def used_for(client, page):
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    section = soup.select_one('[aria-labelledby="gebruikt-bij"]')
    return [a.get_text(strip=True) for a in section.select("a")] if section else []


class TreatmentPageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home, cls.conditions = make_site_tree()
        cls.index = make_treatment_index(cls.home)
        cls.page = make_treatment_page(cls.index, author=make_person(name="Sanne de Wit"))

    def setUp(self):
        self.login()

    def test_treatment_pages_live_under_their_index_under_home(self):
        self.assertAllowedParentPageTypes(TreatmentIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(TreatmentIndexPage, {TreatmentPage})
        self.assertAllowedParentPageTypes(TreatmentPage, {TreatmentIndexPage})
        self.assertAllowedSubpageTypes(TreatmentPage, set())

    def test_index_and_treatment_pages_work_in_site_and_admin(self):
        data = nested_form_data(
            {
                "title": "Shockwave",
                "slug": self.page.slug,
                "summary": "Drukgolven.",
                "sections": streamfield([]),
                "review_interval": "12",
            }
        )
        for page in (self.index, self.page):
            with self.subTest(page=page):
                self.assertPageIsRoutable(page)
                self.assertPageIsRenderable(page)
        self.assertPageIsEditable(self.index)
        self.assertPageIsPreviewable(self.index)
        self.assertPageIsEditable(self.page, post_data=data)
        self.assertPageIsPreviewable(self.page, post_data=data)


def test_used_for_lists_the_live_conditions_whose_treatment_blocks_link_here(client, condition_index, shockwave):
    make_condition(condition_index, title="Hielspoor", sections=[treatment("Shockwave", treatment_page=shockwave.pk)])
    make_condition(
        condition_index,
        title="Achillespeesklachten",
        sections=[treatment_group("Opties", [treatment_value_linking(shockwave)])],
    )
    make_condition(condition_index, title="Knieklachten", sections=[treatment("Oefentherapie")])
    make_condition(
        condition_index, title="Concept", sections=[treatment("Shockwave", treatment_page=shockwave.pk)], live=False
    )

    assert used_for(client, shockwave) == ["Achillespeesklachten", "Hielspoor"]


def treatment_value_linking(page):
    return treatment_value("Shockwave", category="shockwave", treatment_page=page.pk)


def test_a_plain_link_to_the_treatment_page_does_not_count_as_used_for(client, condition_index, shockwave):
    cta = {"label": "Lees verder", "page": shockwave.pk, "url": ""}
    make_condition(condition_index, title="Hielspoor", sections=[treatment("Shockwave", call_to_action=cta)])

    assert used_for(client, shockwave) == []


def test_used_for_follows_the_published_condition(client, condition_index, shockwave):
    condition = make_condition(
        condition_index, title="Hielspoor", sections=[treatment("Shockwave", treatment_page=shockwave.pk)]
    )
    assert used_for(client, shockwave) == ["Hielspoor"]

    block = condition.sections.stream_block
    condition.sections = block.to_python([treatment("Shockwave")])
    condition.save_revision().publish()

    assert used_for(client, shockwave) == []


def test_a_condition_links_to_the_treatment_page_with_read_more(client, condition_index, shockwave):
    condition = make_condition(
        condition_index, title="Hielspoor", sections=[treatment("Shockwave", treatment_page=shockwave.pk)]
    )

    link = BeautifulSoup(client.get(condition.url).content, "html.parser").select_one(".treatment__more a")

    assert link.get_text(strip=True) == "Lees meer over shockwave"
    assert link["href"] == shockwave.url


def test_an_abbreviation_keeps_its_capitals_in_the_read_more_link(client, condition_index, site_tree):
    prp = make_treatment_page(make_treatment_index(site_tree[0]), title="PRP-injectie")
    condition = make_condition(
        condition_index, title="Hielspoor", sections=[treatment("PRP-injectie", treatment_page=prp.pk)]
    )

    link = BeautifulSoup(client.get(condition.url).content, "html.parser").select_one(".treatment__more a")

    assert link.get_text(strip=True) == "Lees meer over PRP-injectie"


def test_a_treatment_page_numbers_its_sources_and_shows_who_checked_it(client, site_tree):
    reference = make_reference(doi="10.1097/PHM.0b013e31828cd42b")
    reviewer = make_person(name="Joost Verhoeven", honorific="")
    section = {"type": "text", "value": {"heading": "Wat zegt onderzoek?", "body": "<p>Het helpt.</p>",
                                         "citations": [reference.pk]}}  # fmt: skip
    page = make_treatment_page(
        make_treatment_index(site_tree[0]),
        sections=[section],
        reviewer=reviewer,
        last_reviewed=datetime.date(2026, 9, 1),
    )

    soup = BeautifulSoup(client.get(page.url).content, "html.parser")

    assert soup.select_one("sup.cite a")["href"] == "#bron-1"
    assert soup.select_one("#bron-1") is not None
    assert "Joost Verhoeven" in soup.select_one(".accountability").get_text()


def test_a_treatment_page_tells_how_a_course_goes(client, site_tree):
    page = make_treatment_page(make_treatment_index(site_tree[0]), sessions="3 keer", aftercare="Rustig aan.")

    course = BeautifulSoup(client.get(page.url).content, "html.parser").select_one(".course")

    assert [dt.get_text() for dt in course.select("dt")] == ["Aantal behandelingen", "Daarna"]


def course_on(client, condition, anchor="behandeling-shockwave"):
    treatment = BeautifulSoup(client.get(condition.url).content, "html.parser").select_one(f"#{anchor}")
    return {dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(strip=True) for dt in treatment.select("dt")}


def test_a_treatment_with_its_own_page_shows_that_pages_facts_on_the_condition_page(client, condition_index, shockwave):
    shockwave.sessions = "3 tot 5 keer"
    shockwave.risks = "Een rode huid."
    shockwave.save_revision().publish()
    condition = make_condition(condition_index, sections=[treatment("Shockwave", treatment_page=shockwave.pk)])

    assert course_on(client, condition) == {
        "Aantal behandelingen": "3 tot 5 keer",
        "Risico's en bijwerkingen": "Een rode huid.",
    }


def test_a_changed_fact_on_the_treatment_page_changes_on_every_condition_page(client, condition_index, shockwave):
    condition = make_condition(condition_index, sections=[treatment("Shockwave", treatment_page=shockwave.pk)])
    shockwave.sessions = "4 keer, met een week ertussen"
    shockwave.save_revision().publish()

    assert course_on(client, condition)["Aantal behandelingen"] == "4 keer, met een week ertussen"


def test_a_treatment_without_a_page_of_its_own_shows_its_own_facts(client, condition_index):
    own = {"sessions": "Elke nacht", "sensation": "", "aftercare": ""}
    condition = make_condition(condition_index, sections=[treatment("Nachtspalk", category="aid", what_to_expect=own)])

    assert course_on(client, condition, "behandeling-nachtspalk") == {"Aantal behandelingen": "Elke nacht"}


def test_facts_typed_into_a_treatment_that_has_its_own_page_are_refused(condition_index, shockwave):

    block = TreatmentBlock()
    value = block.to_python(
        treatment_value("Shockwave", treatment_page=shockwave.pk, what_to_expect={"sessions": "3 tot 7 keer"})
    )

    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(value)
    assert "komen van de pagina over Shockwave" in str(refused.value.block_errors["what_to_expect"])
