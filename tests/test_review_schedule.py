"""Every medical page has a review interval; the admin lists what is due and doctors get a reminder for what is late."""

import datetime
import io

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command

from conditions.models import ConditionPage
from review.models import add_months
from tests.factories import make_condition, make_person

TODAY = datetime.date(2026, 11, 24)


@pytest.fixture(autouse=True)
def frozen_today():
    with time_machine.travel(datetime.datetime(2026, 11, 24, 9, 0), tick=False):
        yield


def doctor_with_account(name, email):
    user = get_user_model().objects.create_user(name.split()[0].lower(), email, "geheim-wachtwoord")
    return make_person(name, user=user)


@pytest.mark.parametrize(
    "day,months,expected",
    [
        (datetime.date(2026, 1, 31), 1, datetime.date(2026, 2, 28)),
        (datetime.date(2028, 1, 31), 1, datetime.date(2028, 2, 29)),
        (datetime.date(2026, 12, 15), 1, datetime.date(2027, 1, 15)),
        (datetime.date(2026, 9, 15), 12, datetime.date(2027, 9, 15)),
        (datetime.date(2026, 8, 31), 6, datetime.date(2027, 2, 28)),
        (datetime.date(2026, 3, 1), 24, datetime.date(2028, 3, 1)),
    ],
)
def test_months_are_added_on_the_calendar(day, months, expected):
    assert add_months(day, months) == expected


def test_the_next_review_follows_the_last_review_and_the_interval(condition_index):
    page = make_condition(condition_index, last_reviewed=datetime.date(2026, 3, 1), review_interval=6)
    assert page.next_review == datetime.date(2026, 9, 1)
    page.review_interval = 24
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.next_review == datetime.date(2028, 3, 1)


def test_a_page_never_reviewed_has_no_next_review(condition_index):
    assert make_condition(condition_index, last_reviewed=None).next_review is None


def test_the_default_interval_is_twelve_months(condition_index):
    page = make_condition(condition_index, last_reviewed=datetime.date(2026, 3, 1))
    assert (page.review_interval, page.next_review) == (12, datetime.date(2027, 3, 1))


def test_editors_choose_the_interval_but_cannot_type_the_next_review_date():
    form_fields = ConditionPage.get_edit_handler().get_form_class().base_fields
    assert "review_interval" in form_fields
    assert "next_review" not in form_fields


def test_the_public_page_shows_the_last_and_the_next_review(client, condition_index):
    page = make_condition(condition_index, last_reviewed=datetime.date(2026, 3, 1), review_interval=6)
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    dates = [time["datetime"] for time in soup.select(".accountability time")]
    assert "2026-03-01" in dates
    assert "2026-09-01" in dates


@pytest.fixture
def schedule(condition_index):
    """Five pages: never reviewed, long overdue, just overdue, due within a month, and one not yet due."""
    sanne = doctor_with_account("Sanne de Wit", "sanne@example.org")
    joost = make_person("Joost Verhoeven")
    pages = {
        "nooit": make_condition(condition_index, "Nooit bekeken", last_reviewed=None, author=sanne),
        "lang": make_condition(condition_index, "Lang geleden", last_reviewed=datetime.date(2025, 1, 5), author=joost),
        "net": make_condition(condition_index, "Net te laat", last_reviewed=datetime.date(2025, 11, 1), author=sanne),
        "binnenkort": make_condition(
            condition_index, "Binnenkort", last_reviewed=datetime.date(2025, 12, 10), author=sanne
        ),
        "later": make_condition(condition_index, "Pas later", last_reviewed=datetime.date(2026, 10, 1), author=sanne),
    }
    return pages, sanne, joost


def test_the_dashboard_lists_due_and_overdue_pages_oldest_first(client, schedule, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("beheer", "b@example.org", "geheim-wachtwoord"))
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    rows = soup.select("#due-reviews-content tbody tr") or soup.select("#due-reviews tbody tr")
    assert [row.select_one("td.title").get_text(strip=True) for row in rows] == [
        "Nooit bekeken",
        "Lang geleden",
        "Net te laat",
        "Binnenkort",
    ]
    assert "te laat" in rows[1].get_text()
    assert "binnenkort" in rows[3].get_text()


def test_the_reminder_mails_each_doctor_only_their_overdue_pages(schedule):
    pages, sanne, joost = schedule
    out, err = io.StringIO(), io.StringIO()
    call_command("send_review_reminders", stdout=out, stderr=err)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["sanne@example.org"]
    assert message.subject == "2 pagina's wachten op uw controle"
    assert "Nooit bekeken" in message.body
    assert "Net te laat" in message.body
    assert f"/admin/pages/{pages['net'].pk}/edit/" in message.body
    assert "Binnenkort" not in message.body
    assert "Pas later" not in message.body


def test_a_doctor_without_an_account_is_reported_instead_of_mailed(schedule):
    err = io.StringIO()
    call_command("send_review_reminders", stdout=io.StringIO(), stderr=err)
    assert "Joost Verhoeven: geen account met e-mailadres; 1 pagina('s) niet gemeld." in err.getvalue()


def test_a_dry_run_mails_nobody(schedule):
    out = io.StringIO()
    call_command("send_review_reminders", "--dry-run", stdout=out, stderr=io.StringIO())
    assert mail.outbox == []
    assert "1 herinnering(en) zou(den) worden verstuurd." in out.getvalue()
