"""Each page type lives in its place in the tree, renders, and can be edited and previewed in the admin."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from about.models import AboutPage, AccessibilityStatementPage
from conditions.models import ConditionIndexPage, ConditionPage
from contact.models import ContactPage, PrivacyPage
from examinations.models import ExaminationIndexPage
from exercises.models import ExerciseIndexPage
from faq.models import FAQPage
from home.models import HomePage
from locations.models import LocationIndexPage
from people.models import TeamIndexPage
from practical.models import PracticalIndexPage
from publications.models import PublicationIndexPage
from tests.factories import (
    condition_form_data,
    make_condition,
    make_person,
    make_reference,
    make_site_tree,
    text_section,
    treatment,
)
from treatments.models import TreatmentIndexPage


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_and_holds_the_indexes(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                ConditionIndexPage,
                PublicationIndexPage,
                TeamIndexPage,
                TreatmentIndexPage,
                ExerciseIndexPage,
                LocationIndexPage,
                FAQPage,
                AboutPage,
                ContactPage,
                PrivacyPage,
                AccessibilityStatementPage,
                PracticalIndexPage,
                ExaminationIndexPage,
            },
        )

    def test_conditions_index_sits_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(ConditionIndexPage, {HomePage})
        self.assertCanNotCreateAt(Page, ConditionIndexPage)
        self.assertCanNotCreateAt(ConditionPage, ConditionIndexPage)

    def test_condition_pages_sit_under_the_conditions_index_only(self):
        self.assertAllowedParentPageTypes(ConditionPage, {ConditionIndexPage})
        self.assertCanCreateAt(ConditionIndexPage, ConditionPage)
        self.assertCanNotCreateAt(HomePage, ConditionPage)
        self.assertCanNotCreateAt(Page, ConditionPage)

    def test_condition_pages_have_no_subpages(self):
        self.assertAllowedSubpageTypes(ConditionPage, set())


class PageBehaviourTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home, cls.index = make_site_tree()
        cls.author = make_person(name="Sanne de Wit")
        cls.reference = make_reference(doi="10.1111/sms.12313")
        cls.condition = make_condition(
            cls.index,
            sections=[text_section(citations=[cls.reference]), treatment("Shockwave", citations=[cls.reference])],
            synonyms=["fasciitis plantaris"],
            author=cls.author,
        )

    def setUp(self):
        self.login()

    def test_every_page_type_is_routable(self):
        for page in (self.home, self.index, self.condition):
            with self.subTest(page=page):
                self.assertPageIsRoutable(page)

    def test_every_page_type_is_renderable(self):
        for page in (self.home, self.index, self.condition):
            with self.subTest(page=page):
                self.assertPageIsRenderable(page)

    def test_home_and_index_pages_are_editable_in_the_admin(self):
        for page in (self.home, self.index):
            with self.subTest(page=page):
                self.assertPageIsEditable(page)

    def test_condition_pages_are_editable_in_the_admin(self):
        self.assertPageIsEditable(
            self.condition, post_data=condition_form_data(self.condition.title, self.author, slug=self.condition.slug)
        )

    def test_home_and_index_pages_are_previewable(self):
        for page in (self.home, self.index):
            with self.subTest(page=page):
                self.assertPageIsPreviewable(page)

    def test_condition_pages_are_previewable(self):
        self.assertPageIsPreviewable(
            self.condition, post_data=condition_form_data(self.condition.title, self.author, slug=self.condition.slug)
        )

    def test_a_doctor_can_create_a_condition_page_in_the_admin(self):
        # As a draft: going live takes a second doctor's approval (tests/test_review_workflow.py).
        self.assertCanCreate(
            self.index,
            ConditionPage,
            condition_form_data("Achillespeesklachten", self.author, references=[self.reference]),
            publish=False,
        )
        created = ConditionPage.objects.get(slug="achillespeesklachten")
        self.assertEqual([s.name for s in created.synonyms.all()], ["achillodynie"])
        self.assertEqual(created.sections[0].value["heading"], "Wat is het?")


def test_every_page_type_is_a_page_of_the_site():
    """SitePage lets the router skip Wagtail's view-restriction queries and describes the cached parts."""
    from wagtail.models import get_page_models

    from clinic.pages import SitePage

    project_pages = [model for model in get_page_models() if model is not Page]
    assert project_pages
    assert [model.__name__ for model in project_pages if not issubclass(model, SitePage)] == []
