"""The team page and the doctors' own pages: who they are, what they know, what they wrote."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from home.models import HomePage
from people.models import DoctorPage, TeamIndexPage
from tests.factories import make_condition, make_image, make_person, make_publication, make_site_tree, team_index


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def doctor_form_data(title, **overrides):
    data = {
        "title": title,
        "slug": overrides.pop("slug", "nieuwe-arts"),
        "honorific": "dr.",
        "profession": "sport- en bewegingsarts",
        "photo": "",
        "photo_alt": "",
        "short_bio": "Helpt mensen met knieklachten.",
        "bio": rich_text("<p>Een langere introductie.</p>"),
        "roles": inline_formset([{"role": "Teamarts", "organisation": "Hockeyclub"}]),
        "big_number": "",
    }
    data.update(overrides)
    return nested_form_data(data)


class DoctorPageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home, cls.conditions = make_site_tree()
        cls.doctor = make_person(name="Sanne de Wit")
        cls.team = TeamIndexPage.objects.get()

    def setUp(self):
        self.login()

    def test_the_team_page_sits_under_home_and_holds_doctors(self):
        self.assertAllowedParentPageTypes(TeamIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(TeamIndexPage, {DoctorPage})
        self.assertAllowedParentPageTypes(DoctorPage, {TeamIndexPage})
        self.assertAllowedSubpageTypes(DoctorPage, set())

    def test_team_and_doctor_pages_are_routable_renderable_editable_and_previewable(self):
        self.assertPageIsRoutable(self.team)
        self.assertPageIsRenderable(self.team)
        self.assertPageIsEditable(self.team)
        self.assertPageIsPreviewable(self.team)
        data = doctor_form_data(self.doctor.title, slug=self.doctor.slug)
        self.assertPageIsRoutable(self.doctor)
        self.assertPageIsRenderable(self.doctor)
        self.assertPageIsEditable(self.doctor, post_data=data)
        self.assertPageIsPreviewable(self.doctor, post_data=data)

    def test_an_editor_can_add_a_doctor_with_roles(self):
        self.assertCanCreate(self.team, DoctorPage, doctor_form_data("Yasmina el Amrani", slug="yasmina"))

        doctor = DoctorPage.objects.get(slug="yasmina")
        self.assertEqual(doctor.display_name, "dr. Yasmina el Amrani")
        self.assertEqual([str(role) for role in doctor.roles.all()], ["Teamarts, Hockeyclub"])


@pytest.mark.django_db
class TestDoctorValidation:
    def test_a_photo_needs_alternative_text(self, site_tree):
        doctor = DoctorPage(title="Arts", photo=make_image())
        with pytest.raises(ValidationError) as error:
            doctor.clean()
        assert "photo_alt" in error.value.message_dict

    @pytest.mark.parametrize("number", ["1234", "1234567890a", "123456789012"])
    def test_a_big_number_has_eleven_digits(self, site_tree, number):
        doctor = make_person(name="Arts met nummer")
        doctor.big_number = number
        with pytest.raises(ValidationError) as error:
            doctor.full_clean()
        assert "big_number" in error.value.message_dict


def test_the_team_page_lists_live_doctors_a_to_z(client, site_tree):
    make_person(name="Yasmina el Amrani")
    make_person(name="Joost Verhoeven", honorific="")
    draft = make_person(name="Nog niet online")
    draft.unpublish()

    names = [h.get_text(strip=True) for h in soup_of(client.get(team_index().url)).select(".doctor-card__name")]

    assert names == ["Joost Verhoeven", "dr. Yasmina el Amrani"]


def test_a_doctor_page_lists_expertise_and_the_medical_pages_they_wrote_or_reviewed(client, condition_index):
    doctor = make_person(name="Sanne de Wit")
    written = make_condition(condition_index, title="Hielspoor", author=doctor)
    reviewed = make_condition(condition_index, title="Achillespeesklachten", reviewer=doctor)
    make_condition(condition_index, title="Knieklachten")
    doctor.expertise = [written]
    doctor.save_revision().publish()

    soup = soup_of(client.get(doctor.url))
    sections = {h.get_text(strip=True): h.find_next("ul") for h in soup.select(".doctor__body h2")}

    assert [a["href"] for a in sections["Aandachtsgebieden"].select("a")] == [written.url]
    assert [a.get_text() for a in sections["Schreef of controleerde"].select("a")] == [
        reviewed.title,
        written.title,
    ]


def test_a_doctor_page_lists_their_news(client, site_tree, publication_index):
    doctor = make_person(name="Sanne de Wit")
    make_publication(publication_index, title="Interview met Sanne", authors=[doctor])
    make_publication(publication_index, title="Zonder Sanne")

    soup = soup_of(client.get(doctor.url))

    assert [a.get_text(strip=True) for a in soup.select(".publication-card__title a")] == ["Interview met Sanne"]


def test_the_big_number_links_to_the_register(client, site_tree):
    doctor = make_person(name="Arts", big_number="12345678901")

    paragraph = soup_of(client.get(doctor.url)).select_one(".doctor__big")

    assert "12345678901" in paragraph.get_text()
    assert paragraph.a["href"].startswith("https://zoeken.bigregister.nl")


def test_publication_authors_link_to_their_pages(client, site_tree, publication_index):
    doctor = make_person(name="Sanne de Wit")
    item = make_publication(publication_index, authors=[doctor])

    link = soup_of(client.get(item.url)).select_one(".publication__authors a")

    assert link["href"] == doctor.url
