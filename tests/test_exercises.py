"""Exercise programmes: one programme serves several conditions, each step has a picture and a dose."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from exercises.models import ExerciseIndexPage, ExerciseProgrammePage
from home.models import HomePage
from review.schedule import medical_page_models
from tests.factories import (
    make_condition,
    make_image,
    make_person,
    make_reference,
    make_site_tree,
    make_user,
    publish,
    treatment,
)


def step(name="Op de tenen staan", image=None, **extra):
    value = {
        "name": name,
        "image": image.pk,
        "alt_text": f"Tekening: {name.lower()}.",
        "instructions": "Ga rechtop staan.\nKom langzaam op uw tenen.",
        "repetitions": "15 keer",
        "sets": "3 series",
        "hold": "",
    }
    value.update(extra)
    return {"type": "step", "value": value}


def make_programme(home, steps, conditions=(), **fields):
    index = ExerciseIndexPage.objects.child_of(home).first() or publish(
        home, ExerciseIndexPage(title="Oefeningen", slug="oefeningen")
    )
    block = ExerciseProgrammePage._meta.get_field("steps").stream_block
    page = ExerciseProgrammePage(
        title=fields.pop("title", "Oefeningen voor de hiel"),
        goal="Uw kuit wordt sterker.",
        frequency="Om de dag",
        when_to_stop="Stop als de pijn de volgende ochtend erger is.",
        steps=block.to_python(list(steps)),
        **fields,
    )
    page.conditions = list(conditions)
    return publish(index, page)


def programme_form_data(image, author=None, sources=(), **overrides):
    """Admin form data for a programme with one step (the StreamField editor is JavaScript)."""
    data = {
        "title": "Oefeningen voor de hiel",
        "slug": "oefeningen-voor-de-hiel",
        "goal": "Sterker worden.",
        "frequency": "Om de dag",
        "when_to_stop": "Bij meer pijn.",
        "steps": streamfield(
            [
                (
                    "step",
                    {
                        "name": "Tenen",
                        "image": image.pk,
                        "alt_text": "Een voet.",
                        "instructions": "Kom op uw tenen.",
                        "repetitions": "15 keer",
                        "sets": "3 series",
                        "hold": "",
                    },
                )
            ]
        ),
        "video": streamfield([]),
        "sources": streamfield([("source", str(reference.pk)) for reference in sources]),
        "author": str(author.pk) if author else "",
        "review_interval": "12",
    }
    data.update(overrides)
    return nested_form_data(data)


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


class ExercisePageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home, cls.conditions = make_site_tree()
        cls.programme = make_programme(cls.home, [step(image=make_image())])
        cls.index = cls.programme.get_parent().specific

    def setUp(self):
        self.login()

    def test_programmes_live_under_their_index_under_home(self):
        self.assertAllowedParentPageTypes(ExerciseIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ExerciseIndexPage, {ExerciseProgrammePage})
        self.assertAllowedParentPageTypes(ExerciseProgrammePage, {ExerciseIndexPage})
        self.assertAllowedSubpageTypes(ExerciseProgrammePage, set())

    def test_index_and_programme_work_in_site_and_admin(self):
        data = programme_form_data(make_image(), slug=self.programme.slug)
        for page in (self.index, self.programme):
            with self.subTest(page=page):
                self.assertPageIsRoutable(page)
                self.assertPageIsRenderable(page)
        self.assertPageIsEditable(self.index)
        self.assertPageIsEditable(self.programme, post_data=data)
        self.assertPageIsPreviewable(self.programme, post_data=data)


def test_each_step_shows_its_picture_instructions_and_dose(client, site_tree):
    programme = make_programme(
        site_tree[0], [step("Op de tenen staan", make_image(), hold="3 tellen op"), step("Rekken", make_image())]
    )

    soup = soup_of(client.get(programme.url))
    steps = soup.select(".step")

    assert [s.select_one(".step__name").get_text(" ", strip=True) for s in steps] == [
        "1. Op de tenen staan",
        "2. Rekken",
    ]
    assert steps[0].img["alt"] == "Tekening: op de tenen staan."
    dose = {dt.get_text(): dt.find_next("dd").get_text() for dt in steps[0].select("dt")}
    assert dose == {"Herhalingen": "15 keer", "Series": "3 series", "Tempo": "3 tellen op"}
    assert "Stop als de pijn" in soup.select_one(".programme__stop").get_text()


def test_one_programme_serves_several_conditions(client, condition_index, site_tree):
    hiel = make_condition(condition_index, title="Hielspoor")
    pees = make_condition(condition_index, title="Achillespeesklachten")
    programme = make_programme(site_tree[0], [step(image=make_image())], conditions=[hiel, pees])

    links = [a["href"] for a in soup_of(client.get(programme.url)).select(".programme__for a")]

    assert links == [hiel.url, pees.url]


def test_a_condition_links_to_its_programme(client, condition_index, site_tree):
    programme = make_programme(site_tree[0], [step(image=make_image())])
    cta = {"label": "Bekijk de oefeningen", "page": programme.pk, "url": ""}
    condition = make_condition(condition_index, sections=[treatment("Oefentherapie", call_to_action=cta)])

    link = soup_of(client.get(condition.url)).select_one(".treatment__cta a")

    assert link["href"] == programme.url


def test_the_print_button_needs_javascript_so_it_starts_hidden(client, site_tree):
    programme = make_programme(site_tree[0], [step(image=make_image())])

    holder = soup_of(client.get(programme.url)).select_one("[data-print]")

    assert holder.has_attr("hidden")


def test_a_programme_needs_at_least_one_step(site_tree):
    block = ExerciseProgrammePage._meta.get_field("steps").stream_block

    with pytest.raises(ValidationError):
        block.clean(block.to_python([]))


def test_a_programme_shows_who_wrote_and_reviewed_it_and_its_sources(client, site_tree):
    reference = make_reference(title="Sterker worden met oefeningen")
    programme = make_programme(
        site_tree[0],
        [step(image=make_image())],
        author=make_person("Sanne de Wit"),
        reviewer=make_person("Joost Verhoeven"),
        last_reviewed=datetime.date(2026, 9, 15),
        sources=[("source", reference)],
    )
    soup = soup_of(client.get(programme.url))
    accountability = soup.select_one("section.accountability").get_text(" ", strip=True)
    assert "Sanne de Wit" in accountability and "Joost Verhoeven" in accountability
    assert "15 september 2026" in accountability
    assert "Sterker worden met oefeningen" in soup.get_text()


def test_submitting_a_programme_for_review_needs_a_source(client, site_tree):
    index = publish(site_tree[0], ExerciseIndexPage(title="Oefeningen", slug="oefeningen"))
    client.force_login(make_user("beheer", "Beheer"))
    data = programme_form_data(make_image(), author=make_person("Sanne de Wit"))
    url = f"/admin/pages/add/exercises/exerciseprogrammepage/{index.pk}/"
    refused = client.post(url, {**data, "action-submit": "1"})
    assert "Insturen ter controle kan nog niet. Dit ontbreekt: ten minste één bron." in refused.content.decode()
    data = programme_form_data(make_image(), author=make_person("Mila Jansen"), sources=[make_reference()])
    accepted = client.post(url, {**data, "action-submit": "1"})
    assert accepted.status_code == 302
    assert ExerciseProgrammePage.objects.get(slug="oefeningen-voor-de-hiel").current_workflow_state is not None


def test_programmes_are_on_the_review_schedule(db):
    assert ExerciseProgrammePage in medical_page_models()
