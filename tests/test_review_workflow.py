"""A doctor submits a medical page, a second doctor approves or sends it back; news needs no review."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Page, Workflow, WorkflowState

from conditions.models import ConditionPage
from review.models import last_approval
from roles.groups import DOCTORS, EDITORS, MEDICAL_REVIEWERS
from tests.factories import (
    condition_form_data,
    make_condition,
    make_person,
    make_publication,
    make_reference,
    make_user,
    text_section,
)

TODAY = datetime.date(2026, 11, 25)


@pytest.fixture
def team(db):
    """Sanne writes; Joost reviews; both are doctors and both may review."""
    sanne, joost = make_person("Sanne de Wit"), make_person("Joost Verhoeven")
    return {
        "sanne": make_user("sanne", DOCTORS, MEDICAL_REVIEWERS, doctor=sanne),
        "joost": make_user("joost", DOCTORS, MEDICAL_REVIEWERS, doctor=joost),
        "sanne_page": sanne,
        "joost_page": joost,
    }


@pytest.fixture
def submitted(client, condition_index, team):
    """A new condition page that Sanne wrote and submitted for review."""
    client.force_login(team["sanne"])
    data = condition_form_data("Springersknie", team["sanne_page"], references=[make_reference()])
    response = client.post(
        f"/admin/pages/add/conditions/conditionpage/{condition_index.pk}/", {**data, "action-submit": "1"}
    )
    assert response.status_code == 302
    client.logout()
    return ConditionPage.objects.get(slug="springersknie")


def act(client, page, action, comment=""):
    state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, state.pk))
    return client.post(url, {"comment": comment})


def approve(client, page, team):
    client.force_login(team["joost"])
    act(client, page, "approve")


def resubmit(client, submitted, team):
    """Sanne changes the approved page's summary to "Nieuw." and submits it again; then Joost is logged in."""
    client.force_login(team["sanne"])
    data = condition_form_data(
        submitted.title, team["sanne_page"], references=[make_reference()], slug=submitted.slug, summary="Nieuw."
    )
    client.post(f"/admin/pages/{submitted.pk}/edit/", {**data, "action-submit": "1"})
    client.force_login(team["joost"])
    return ConditionPage.objects.get(pk=submitted.pk)


def test_medical_sections_are_under_medical_review_and_news_is_not(condition_index, publication_index):
    assert condition_index.get_workflow().name == "Medische review"
    assert publication_index.get_workflow() is None


def test_wagtails_starter_workflow_no_longer_covers_the_site(db):
    assert not Workflow.objects.filter(name="Moderators approval", active=True).exists()
    assert Page.objects.get(depth=1).get_workflow() is None


def test_a_submitted_page_waits_for_review_and_is_not_live(submitted):
    state = submitted.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.specific.name == "Medische controle door een tweede arts"
    assert not submitted.live


@time_machine.travel(datetime.datetime(2026, 11, 25, 10, 0, tzinfo=datetime.UTC))
def test_a_second_doctor_approves_and_the_page_goes_live_naming_them_and_today(client, submitted, team):
    client.force_login(team["joost"])
    response = act(client, submitted, "approve")
    assert response.status_code in (200, 302)
    submitted.refresh_from_db()
    assert submitted.live
    assert submitted.reviewer == team["joost_page"]
    assert submitted.last_reviewed == TODAY
    assert submitted.next_review == datetime.date(2027, 11, 25)
    assert submitted.current_workflow_state is None


def test_the_live_page_shows_the_reviewer_and_the_date(client, submitted, team):
    client.force_login(team["joost"])
    act(client, submitted, "approve")
    client.logout()
    html = client.get(submitted.url).content.decode()
    assert "Joost Verhoeven" in html
    assert "Laatst gecontroleerd" in html or "laatst gecontroleerd" in html


def test_the_author_cannot_approve_their_own_page(client, submitted, team):
    client.force_login(team["sanne"])
    response = act(client, submitted, "approve")
    assert response.status_code in (302, 403)
    submitted.refresh_from_db()
    assert not submitted.live
    assert submitted.reviewer is None
    assert submitted.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_the_author_sees_no_approve_button_only_send_back(submitted, team):
    task = submitted.current_workflow_task
    page = submitted.get_latest_revision_as_object()
    assert [name for name, *_ in task.get_actions(page, team["sanne"])] == ["reject"]
    assert "approve" in [name for name, *_ in task.get_actions(page, team["joost"])]


def test_an_account_without_a_doctor_page_cannot_approve(client, submitted):
    reviewer = make_user("assistent", MEDICAL_REVIEWERS)
    client.force_login(reviewer)
    act(client, submitted, "approve")
    submitted.refresh_from_db()
    assert not submitted.live


def test_a_doctor_outside_the_reviewers_cannot_act_on_the_task(client, submitted):
    doctor = make_user("arts", DOCTORS, doctor=make_person("Mila Jansen"))
    client.force_login(doctor)
    act(client, submitted, "approve")
    submitted.refresh_from_db()
    assert not submitted.live
    assert submitted.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_sending_back_keeps_the_page_offline_with_the_comment_for_the_author(client, submitted, team):
    client.force_login(team["joost"])
    act(client, submitted, "reject", comment="Noem de bron bij de tweede alinea.")
    submitted.refresh_from_db()
    state = WorkflowState.objects.get(object_id=str(submitted.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == "Noem de bron bij de tweede alinea."
    assert not submitted.live
    assert submitted.reviewer is None and submitted.last_reviewed is None


def test_an_ordinary_edit_and_publish_never_moves_the_review_date(client, condition_index, team):
    reference = make_reference()
    page = make_condition(
        condition_index,
        sections=[text_section(citations=[reference])],
        author=team["sanne_page"],
        reviewer=team["joost_page"],
        last_reviewed=datetime.date(2026, 3, 1),
    )
    beheer = make_user("beheer", "Beheer")
    client.force_login(beheer)
    data = condition_form_data(page.title, team["sanne_page"], references=[reference], slug=page.slug)
    client.post(f"/admin/pages/{page.pk}/edit/", {**data, "action-publish": "1"})
    page.refresh_from_db()
    assert page.last_reviewed == datetime.date(2026, 3, 1)
    assert page.reviewer == team["joost_page"]


def test_a_new_approval_after_changes_moves_the_date(client, submitted, team):
    with time_machine.travel(datetime.datetime(2026, 6, 1, 10, 0, tzinfo=datetime.UTC)):
        approve(client, submitted, team)
    page = resubmit(client, submitted, team)
    client.get(compare_url(page))  # the reviewer sees what changed since the first approval
    with time_machine.travel(datetime.datetime(2026, 11, 25, 10, 0, tzinfo=datetime.UTC)):
        act(client, page, "approve")
    page.refresh_from_db()
    assert (page.summary, page.last_reviewed) == ("Nieuw.", TODAY)


def test_the_reviewer_sees_what_changed_since_the_last_approval(client, submitted, team):
    client.force_login(team["joost"])
    act(client, submitted, "approve")
    approved_revision = last_approval(submitted).revision
    assert approved_revision.pk == ConditionPage.objects.get(pk=submitted.pk).live_revision_id

    client.force_login(team["sanne"])
    data = condition_form_data(
        submitted.title, team["sanne_page"], references=[make_reference()], slug=submitted.slug, summary="Nieuw."
    )
    client.post(f"/admin/pages/{submitted.pk}/edit/", {**data, "action-submit": "1"})

    client.force_login(team["joost"])
    editor = client.get(f"/admin/pages/{submitted.pk}/edit/").content.decode()
    compare = reverse("wagtailadmin_pages:revisions_compare", args=(submitted.pk, approved_revision.pk, "latest"))
    assert "Laatst goedgekeurd door Joost" in editor
    assert f'href="{compare}"' in editor
    diff = client.get(compare)
    assert diff.status_code == 200
    assert "Nieuw." in diff.content.decode()


def test_a_page_never_approved_asks_for_a_full_read(client, submitted, team):
    client.force_login(team["joost"])
    editor = client.get(f"/admin/pages/{submitted.pk}/edit/").content.decode()
    assert "Deze pagina is nog niet eerder goedgekeurd." in editor


def test_editors_publish_news_without_a_review_step(client, publication_index):
    editor = make_user("redacteur", EDITORS)
    item = make_publication(publication_index, title="Nieuwe locatie open", live=False)
    client.force_login(editor)
    edit = client.get(f"/admin/pages/{item.pk}/edit/")
    assert edit.status_code == 200
    assert "action-submit" not in edit.content.decode()
    assert item.get_workflow() is None


def test_a_live_page_approved_before_the_workflow_compares_with_the_published_version(client, condition_index, team):
    reference = make_reference()
    page = make_condition(
        condition_index,
        sections=[text_section(citations=[reference])],
        author=team["sanne_page"],
        reviewer=team["joost_page"],
        last_reviewed=datetime.date(2026, 3, 1),
    )
    client.force_login(team["sanne"])
    data = condition_form_data(page.title, team["sanne_page"], references=[reference], slug=page.slug, summary="Nieuw.")
    client.post(f"/admin/pages/{page.pk}/edit/", {**data, "action-submit": "1"})
    client.force_login(team["joost"])
    editor = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    compare = reverse("wagtailadmin_pages:revisions_compare", args=(page.pk, "live", "latest"))
    assert "Deze pagina is nog niet in de workflow goedgekeurd." in editor
    assert f'href="{compare}"' in editor


@pytest.fixture
def resubmitted(client, submitted, team):
    """Springersknie approved once, then changed by its author and submitted again."""
    approve(client, submitted, team)
    return resubmit(client, submitted, team)


def compare_url(page):
    return reverse("wagtailadmin_pages:revisions_compare", args=(page.pk, last_approval(page).revision_id, "latest"))


def test_approving_unseen_changes_leads_to_the_comparison_first(client, resubmitted):
    response = act(client, resubmitted, "approve")
    assert response.status_code == 302 and response["Location"] == compare_url(resubmitted)
    page = ConditionPage.objects.get(pk=resubmitted.pk)
    assert page.summary != "Nieuw." and page.current_workflow_state is not None


def test_after_the_comparison_the_reviewer_can_approve(client, resubmitted):
    comparison = client.get(compare_url(resubmitted)).content.decode()
    assert "Goedkeuren en publiceren" in comparison and "data-review-decision" in comparison
    act(client, resubmitted, "approve")
    assert ConditionPage.objects.get(pk=resubmitted.pk).summary == "Nieuw."


def test_approving_from_the_editor_without_the_comparison_leads_there_too(client, resubmitted, team):
    data = condition_form_data(
        resubmitted.title, team["sanne_page"], references=[make_reference()], slug=resubmitted.slug, summary="Nieuw."
    )
    response = client.post(
        f"/admin/pages/{resubmitted.pk}/edit/",
        {**data, "action-workflow-action": "true", "workflow-action-name": "approve"},
    )
    assert response.status_code == 302 and response["Location"] == compare_url(resubmitted)
    assert ConditionPage.objects.get(pk=resubmitted.pk).summary != "Nieuw."


def test_the_dashboards_approve_with_a_comment_opens_the_comparison(client, resubmitted):
    state = resubmitted.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(resubmitted.pk, "approve", state.pk))
    answer = client.get(url, headers={"x-requested-with": "XMLHttpRequest"}).json()
    assert (answer["step"], answer["redirect"]) == ("success", compare_url(resubmitted))


def test_a_comparison_of_other_revisions_does_not_count(client, resubmitted):
    client.get(reverse("wagtailadmin_pages:revisions_compare", args=(resubmitted.pk, "earliest", "latest")))
    assert act(client, resubmitted, "approve")["Location"] == compare_url(resubmitted)


def test_a_change_after_the_comparison_must_be_seen_again(client, resubmitted, team):
    client.get(compare_url(resubmitted))
    resubmitted.summary = "Nog nieuwer."
    resubmitted.save_revision(user=team["sanne"])
    assert act(client, resubmitted, "approve")["Location"] == compare_url(resubmitted)


def test_the_approve_actions_read_as_one_phrase(client, resubmitted):
    editor = BeautifulSoup(client.get(f"/admin/pages/{resubmitted.pk}/edit/").content, "html.parser")
    labels = {
        " ".join(button.get_text().split()) for button in editor.select("footer button[data-workflow-action-name]")
    }
    assert {"Goedkeuren en publiceren", "Goedkeuren met opmerking", "Terugsturen met opmerking"} <= labels
    assert not any("publiceren en publiceren" in label for label in labels)


def test_a_doctors_first_button_is_submitting_for_review(client, condition_index, team):
    page = make_condition(
        condition_index, author=team["sanne_page"], sections=[text_section(citations=[make_reference()])]
    )
    doctor = make_user("mila", DOCTORS, doctor=make_person("Mila Jansen"))
    client.force_login(doctor)
    editor = BeautifulSoup(client.get(f"/admin/pages/{page.pk}/edit/").content, "html.parser")
    first = editor.select_one("footer button")
    assert (first["name"], " ".join(first.get_text().split())) == ("action-submit", "Insturen ter controle")
