"""The weekly check of cited sources: a retraction, an expression of concern or a DOI Crossref no longer knows
reaches the dashboard, the doctors' mail and the page's editor, and makes the page due for review at once.

Crossref is the recorded server of tests/source_services.py; the clock is moved with time_machine.
"""

import datetime
import io

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command

from conditions.models import ConditionPage
from review.forms import MedicalPageForm
from review.schedule import due_reviews, source_warnings
from sources.models import Reference, SourceCheck
from sources.watch import SourceWatch, finding_for
from tests.factories import condition_form_data, make_condition, make_person, make_reference, text_section

TODAY = datetime.date(2026, 11, 24)
LAST_REVIEWED = datetime.date(2026, 3, 1)


def at(day):
    return time_machine.travel(datetime.datetime.combine(day, datetime.time(9, 0)), tick=False)


@pytest.fixture
def cited(condition_index, source_services):
    """A condition page citing five sources: a sound one, a retracted one, one with an expression of concern,
    one whose DOI Crossref does not know, and one without a DOI."""
    references = {
        "sound": make_reference(doi="10.1111/sms.12313"),
        "retracted": make_reference(doi="10.5555/retracted.1"),
        "concern": make_reference(doi="10.5555/concern.1"),
        "unknown": make_reference(doi="10.5555/gone.1"),
        "no_doi": make_reference(),
    }
    author = make_person("Sanne de Wit", user=get_user_model().objects.create_user("sanne", "sanne@example.org"))
    reviewer = make_person("Joost Verhoeven", user=get_user_model().objects.create_user("joost", "joost@example.org"))
    page = make_condition(
        condition_index,
        sections=[text_section(citations=list(references.values()))],
        author=author,
        reviewer=reviewer,
        last_reviewed=LAST_REVIEWED,
    )
    return page, references


def check(day=TODAY, **kwargs):
    with at(day):
        return SourceWatch().run(**kwargs)


def fresh(reference):
    return Reference.objects.get(pk=reference.pk)


def test_a_retracted_source_is_flagged_with_its_notice(cited):
    _page, references = cited
    report = check()
    retracted = fresh(references["retracted"])
    assert retracted.check_status == SourceCheck.RETRACTED
    assert (retracted.notice_doi, retracted.notice_date) == ("10.5555/retraction-notice.1", datetime.date(2024, 3, 12))
    assert (retracted.checked_on, retracted.warning_since) == (TODAY, TODAY)
    assert retracted in report.new_warnings


def test_each_source_gets_what_crossref_says_of_it(cited):
    _page, references = cited
    check()
    assert {name: fresh(reference).check_status for name, reference in references.items()} == {
        "sound": SourceCheck.FINE,
        "retracted": SourceCheck.RETRACTED,
        "concern": SourceCheck.CONCERN,
        "unknown": SourceCheck.NOT_FOUND,
        "no_doi": SourceCheck.NO_DOI,
    }
    assert fresh(references["concern"]).notice_date == datetime.date(2025, 6, 1)


def test_the_most_serious_notice_on_a_work_wins():
    work = {
        "updated-by": [
            {"type": "correction", "DOI": "10.5555/c", "updated": {"date-parts": [[2025, 1, 1]]}},
            {"type": "retraction", "DOI": "10.5555/r", "updated": {"date-parts": [[2020, 1, 1]]}},
            {"type": "new_version", "DOI": "10.5555/v"},
            "not a notice",
        ]
    }
    assert (finding_for(work).status, finding_for(work).notice_doi) == (SourceCheck.RETRACTED, "10.5555/r")
    assert finding_for({"updated-by": "garbled"}).status == SourceCheck.FINE


def test_a_warning_makes_the_citing_page_due_for_review_at_once(cited):
    page, _references = cited
    assert page.next_review == datetime.date(2027, 3, 1)
    check()
    assert ConditionPage.objects.get(pk=page.pk).next_review == TODAY
    assert page.pk in {item.page.pk for item in due_reviews(today=TODAY, within=datetime.timedelta(0))}


def test_the_dashboard_lists_the_warnings_with_the_pages_that_cite_them(cited, admin_client):
    page, references = cited
    check()
    with at(TODAY):
        soup = BeautifulSoup(admin_client.get("/admin/").content, "html.parser")
    panel = soup.select_one("#source-warnings") or soup.select_one("#source-warnings-content")
    rows = panel.select("tbody tr")
    assert [row.select_one("td.title a").get_text(strip=True) for row in rows].count(
        references["retracted"].short_citation
    ) == 1
    assert len(rows) == 3  # retracted, concern, unknown DOI
    assert f"/admin/pages/{page.pk}/edit/" in str(rows[0])
    assert "https://doi.org/10.5555/retraction-notice.1" in str(panel)
    assert "1 geciteerde bron heeft geen DOI en is dus niet te controleren." in panel.get_text(" ", strip=True)


def test_the_reminder_mail_tells_both_responsible_doctors(cited):
    check()
    with at(TODAY):
        call_command("send_review_reminders", stdout=io.StringIO(), stderr=io.StringIO())
    assert sorted(message.to[0] for message in mail.outbox) == ["joost@example.org", "sanne@example.org"]
    message = mail.outbox[0]
    assert message.subject == "Waarschuwing over een bron: 1 pagina om na te kijken"
    assert "teruggetrokken (bericht van 12 maart 2024)" in message.body
    assert "https://doi.org/10.5555/retraction-notice.1" in message.body


def test_the_citing_pages_editor_shows_the_warning(cited, admin_client):
    page, references = cited
    check()
    soup = BeautifulSoup(admin_client.get(f"/admin/pages/{page.pk}/edit/").content, "html.parser")
    warning = soup.select_one("[data-cited-source-warnings]")
    assert warning is not None
    text = warning.get_text(" ", strip=True)
    assert f"[2] {references['retracted'].short_citation}: teruggetrokken" in text
    assert references["sound"].short_citation not in text


def test_the_editor_shows_no_warning_box_when_every_source_is_sound(condition_index, admin_client):
    page = make_condition(condition_index, sections=[text_section(citations=[make_reference()])])
    soup = BeautifulSoup(admin_client.get(f"/admin/pages/{page.pk}/edit/").content, "html.parser")
    assert soup.select_one("[data-cited-source-warnings]") is None


def test_a_review_after_the_warning_settles_an_expression_of_concern_but_not_a_retraction(cited):
    page, references = cited
    check()
    page = ConditionPage.objects.get(pk=page.pk)
    page.last_reviewed = TODAY + datetime.timedelta(days=2)
    page.save()
    with at(TODAY + datetime.timedelta(days=2)):
        left = {warning.reference.pk for warning in source_warnings()}
    assert left == {references["retracted"].pk}
    assert page.next_review == datetime.date(2027, 11, 26)


def test_a_page_citing_a_retracted_source_cannot_be_submitted_for_review(cited, admin_user):
    page, references = cited
    check()
    page = ConditionPage.objects.get(pk=page.pk)
    form_class = ConditionPage.get_edit_handler().get_form_class()
    assert issubclass(form_class, MedicalPageForm)
    data = condition_form_data(page.title, author=page.author, references=list(references.values()))
    form = form_class(data, instance=page, for_user=admin_user)
    assert not form.is_valid()
    assert f"Insturen ter controle kan niet: {references['retracted'].short_citation} is teruggetrokken." in str(
        form.non_field_errors()
    )


def test_each_source_is_checked_once_a_week(cited, source_services):
    check(only_due=True)
    source_services.requests.clear()
    check(TODAY + datetime.timedelta(days=6), only_due=True)
    assert source_services.requests == []
    check(TODAY + datetime.timedelta(days=7), only_due=True)
    assert len(source_services.requests) == 4  # every source with a DOI


def test_a_warning_found_again_keeps_its_first_date(cited):
    _page, references = cited
    check()
    report = check(TODAY + datetime.timedelta(days=7))
    assert fresh(references["retracted"]).warning_since == TODAY
    assert report.new_warnings == []


def cite(condition_index, *dois):
    references = [make_reference(doi=doi) for doi in dois]
    make_condition(condition_index, "Knieklachten", sections=[text_section(citations=references)])
    return references


def test_when_crossref_is_down_the_round_stops_and_the_rest_waits(condition_index, source_services):
    down, sound = cite(condition_index, "10.5555/down.1", "10.1111/sms.12313")
    report = check()
    assert [path for path, _query in source_services.requests] == ["/crossref/works/10.5555/down.1"]
    assert [reference for reference, _error in report.failed] == [down, sound]
    assert fresh(sound).check_status == SourceCheck.UNCHECKED and fresh(sound).checked_on is None


def test_an_unreadable_answer_for_one_source_does_not_stop_the_others(condition_index, source_services):
    garbled, sound = cite(condition_index, "10.5555/garbled.1", "10.1111/sms.12313")
    report = check()
    assert [reference for reference, _error in report.failed] == [garbled]
    assert fresh(sound).check_status == SourceCheck.FINE


def test_the_scheduler_runs_the_check(cited, source_services):
    with at(TODAY):
        call_command("run_scheduler", "--once", stdout=io.StringIO(), stderr=io.StringIO())
    assert len(source_services.requests) == 4
    assert fresh(cited[1]["retracted"]).check_status == SourceCheck.RETRACTED


def test_another_doi_clears_what_was_found_for_the_old_one(cited):
    _page, references = cited
    check()
    reference = fresh(references["retracted"])
    reference.doi = "10.5555/another.1"
    reference.full_clean()
    reference.save()
    assert (fresh(reference).check_status, fresh(reference).warning_since) == (SourceCheck.UNCHECKED, None)
