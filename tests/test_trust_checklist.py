"""A medical page goes live only with an author, a summary, a source and a second doctor's approval."""

import datetime

import pytest
from bs4 import BeautifulSoup

from conditions.models import ConditionPage
from tests.factories import (
    condition_form_data,
    make_condition,
    make_person,
    make_reference,
    publish,
    text_section,
)
from treatments.models import TreatmentIndexPage, TreatmentPage


@pytest.fixture
def people(db):
    return make_person("Sanne de Wit"), make_person("Joost Verhoeven")


@pytest.fixture
def admin(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("beheer", "b@example.org", "geheim-wachtwoord"))
    return client


def add(admin, index, data, action):
    data = {**data, action: action}
    return admin.post(f"/admin/pages/add/conditions/conditionpage/{index.pk}/", data)


def errors_of(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(soup.get_text(" ", strip=True).split())


def approved_page(condition_index, author, reviewer, reference):
    """A live page that a second doctor approved earlier."""
    return make_condition(
        condition_index,
        sections=[text_section(citations=[reference])],
        author=author,
        reviewer=reviewer,
        last_reviewed=datetime.date(2026, 3, 1),
    )


def test_a_new_page_cannot_be_published_without_a_second_doctors_approval(admin, condition_index, people):
    author, _reviewer = people
    data = condition_form_data("Springersknie", author, references=[make_reference()])
    response = add(admin, condition_index, data, "action-publish")
    assert response.status_code == 200
    assert "de goedkeuring van een tweede arts (stuur de pagina in ter controle)" in errors_of(response)
    assert not ConditionPage.objects.filter(slug="springersknie").exists()


def test_publishing_names_everything_that_is_missing_at_once(admin, condition_index, people):
    response = add(admin, condition_index, condition_form_data("Springersknie", None), "action-publish")
    assert (
        "Publiceren kan nog niet. Dit ontbreekt: wie de tekst schreef, ten minste één bron, "
        "de goedkeuring van een tweede arts (stuur de pagina in ter controle), de datum van de laatste controle."
    ) in errors_of(response)


def test_the_editor_cannot_set_the_reviewer_or_the_review_date(admin, condition_index, people):
    author, reviewer = people
    data = condition_form_data(
        "Springersknie", author, references=[make_reference()], reviewer=str(reviewer.pk), last_reviewed="2026-03-01"
    )
    add(admin, condition_index, data, "action-save")
    draft = ConditionPage.objects.get(slug="springersknie").get_latest_revision_as_object()
    assert (draft.reviewer, draft.last_reviewed) == (None, None)


def test_an_approved_page_can_be_published_again_and_keeps_its_review_date(admin, condition_index, people):
    author, reviewer = people
    reference = make_reference()
    page = approved_page(condition_index, author, reviewer, reference)
    data = condition_form_data("Hielspoor", author, references=[reference], slug=page.slug, summary="Nieuw.")
    response = admin.post(f"/admin/pages/{page.pk}/edit/", {**data, "action-publish": "action-publish"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert (page.summary, page.reviewer, page.last_reviewed) == ("Nieuw.", reviewer, datetime.date(2026, 3, 1))


def test_the_reviewer_must_be_another_doctor_than_the_author(admin, condition_index, people):
    author, reviewer = people
    reference = make_reference()
    page = approved_page(condition_index, author, reviewer, reference)
    data = condition_form_data(page.title, reviewer, references=[reference], slug=page.slug)
    response = admin.post(f"/admin/pages/{page.pk}/edit/", {**data, "action-publish": "action-publish"})
    assert "Dit ontbreekt: een tweede arts die de tekst controleerde." in errors_of(response)
    page.refresh_from_db()
    assert page.author == author


def test_an_incomplete_draft_can_still_be_saved(admin, condition_index):
    response = add(admin, condition_index, condition_form_data("Springersknie", None), "action-save")
    assert response.status_code == 302
    assert not ConditionPage.objects.get(slug="springersknie").live


def test_submitting_for_review_needs_a_source_but_not_yet_a_reviewer(admin, condition_index, people):
    author, _reviewer = people
    refused = add(admin, condition_index, condition_form_data("Springersknie", author), "action-submit")
    assert "Insturen ter controle kan nog niet. Dit ontbreekt: ten minste één bron." in errors_of(refused)
    data = condition_form_data("Springersknie", author, references=[make_reference()])
    accepted = add(admin, condition_index, data, "action-submit")
    assert accepted.status_code == 302
    page = ConditionPage.objects.get(slug="springersknie")
    assert page.current_workflow_state is not None
    assert not page.live


def test_removing_the_last_source_from_a_live_page_cannot_be_published(admin, condition_index, people):
    author, reviewer = people
    page = approved_page(condition_index, author, reviewer, make_reference())
    revisions = page.revisions.count()
    data = condition_form_data(page.title, author, references=[], slug=page.slug)
    response = admin.post(f"/admin/pages/{page.pk}/edit/", {**data, "action-publish": "action-publish"})
    assert response.status_code == 200
    assert "Dit ontbreekt: ten minste één bron." in errors_of(response)
    assert page.revisions.count() == revisions


@pytest.mark.parametrize("path", ["condition", "treatment"])
def test_every_medical_page_says_it_does_not_replace_a_consultation(client, condition_index, people, path):
    if path == "condition":
        page = make_condition(condition_index)
    else:
        home = condition_index.get_parent()
        index = publish(home, TreatmentIndexPage(title="Behandelingen", slug="behandelingen"))
        page = publish(index, TreatmentPage(title="Shockwave", summary="Drukgolven."))
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    assert "vervangt geen gesprek met een arts" in soup.select_one(".disclaimer").get_text()
