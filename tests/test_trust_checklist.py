"""A medical page goes live only with an author, a second doctor as reviewer, a source, review dates and a summary."""

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


def test_a_complete_page_is_published(admin, condition_index, people):
    author, reviewer = people
    data = condition_form_data("Springersknie", author, reviewer=reviewer, references=[make_reference()])
    response = add(admin, condition_index, data, "action-publish")
    assert response.status_code == 302
    assert ConditionPage.objects.get(slug="springersknie").live


def test_publishing_names_everything_that_is_missing_at_once(admin, condition_index, people):
    author, _reviewer = people
    response = add(admin, condition_index, condition_form_data("Springersknie", author), "action-publish")
    assert response.status_code == 200
    text = errors_of(response)
    assert "Publiceren kan nog niet. Dit ontbreekt: ten minste één bron, wie de tekst controleerde." in text
    assert not ConditionPage.objects.filter(slug="springersknie").exists()


def test_the_reviewer_must_be_another_doctor_than_the_author(admin, condition_index, people):
    author, _reviewer = people
    data = condition_form_data("Springersknie", author, reviewer=author, references=[make_reference()])
    response = add(admin, condition_index, data, "action-publish")
    assert "De controle doet een andere arts dan wie de tekst schreef." in errors_of(response)
    assert not ConditionPage.objects.filter(slug="springersknie").exists()


def test_publishing_needs_the_date_of_the_last_review(admin, condition_index, people):
    author, reviewer = people
    data = condition_form_data(
        "Springersknie", author, reviewer=reviewer, references=[make_reference()], last_reviewed=""
    )
    response = add(admin, condition_index, data, "action-publish")
    assert "de datum van de laatste controle" in errors_of(response)


def test_publishing_needs_an_author(admin, condition_index, people):
    _author, reviewer = people
    data = condition_form_data("Springersknie", None, reviewer=reviewer, references=[make_reference()])
    response = add(admin, condition_index, data, "action-publish")
    assert "Dit ontbreekt: wie de tekst schreef." in errors_of(response)


def test_an_incomplete_draft_can_still_be_saved(admin, condition_index):
    data = condition_form_data("Springersknie", None, last_reviewed="")
    response = add(admin, condition_index, data, "action-save")
    assert response.status_code == 302
    page = ConditionPage.objects.get(slug="springersknie")
    assert not page.live


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


def test_editing_a_live_page_into_an_incomplete_state_cannot_be_published(admin, condition_index, people):
    author, reviewer = people
    reference = make_reference()
    page = make_condition(condition_index, sections=[text_section(citations=[reference])], author=author)
    revisions = page.revisions.count()
    data = condition_form_data(page.title, author, reviewer=None, references=[reference], slug=page.slug)
    response = admin.post(f"/admin/pages/{page.pk}/edit/", {**data, "action-publish": "action-publish"})
    assert response.status_code == 200
    assert "wie de tekst controleerde" in errors_of(response)
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
