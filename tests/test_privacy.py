"""The privacy statement says what the contact form keeps and for how long, and a command keeps that promise."""

import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone

from contact.models import ContactSubmission
from tests.factories import make_privacy_page, make_site_tree


@pytest.fixture
def privacy_page(db):
    return make_privacy_page(make_site_tree()[0], last_updated=datetime.date(2026, 11, 1))


def submission(days_old, **fields):
    created = timezone.now() - datetime.timedelta(days=days_old)
    defaults = {
        "kind": ContactSubmission.QUESTION,
        "name": f"Patiënt {days_old}",
        "email": "patient@example.nl",
        "has_referral": False,
        "message": "Een vraag.",
        "consent_given_at": created,
        "created_at": created,
    }
    return ContactSubmission.objects.create(**{**defaults, **fields})


def test_the_privacy_page_states_the_configured_retention_period(client, privacy_page, settings):
    settings.CONTACT_RETENTION_DAYS = 90
    text = BeautifulSoup(client.get(privacy_page.url).content, "html.parser").get_text(" ", strip=True)
    assert "Wij bewaren uw bericht 90 dagen." in text


def test_the_privacy_page_lists_every_field_the_form_stores(client, privacy_page):
    page = BeautifulSoup(client.get(privacy_page.url).content, "html.parser")
    stored = [li.get_text(strip=True) for li in page.select("#formulier-kop ~ ul li")]
    assert stored == [
        "Soort",
        "Naam",
        "E-mailadres",
        "Telefoonnummer",
        "Voorkeurslocatie",
        "Heeft een verwijzing",
        "Onderzoek of keuring",
        "Bericht",
        "Toestemming gegeven op",
        "Ontvangen op",
    ]


def test_the_privacy_page_says_when_it_was_last_updated(client, privacy_page):
    page = BeautifulSoup(client.get(privacy_page.url).content, "html.parser")
    assert page.select_one("time")["datetime"] == "2026-11-01"


def test_the_retention_command_deletes_only_requests_past_the_period(db, settings):
    settings.CONTACT_RETENTION_DAYS = 30
    old, recent = submission(31), submission(29)
    out = io.StringIO()
    call_command("delete_old_contact_requests", stdout=out)
    assert list(ContactSubmission.objects.values_list("pk", flat=True)) == [recent.pk]
    assert not ContactSubmission.objects.filter(pk=old.pk).exists()
    assert "1 contactverzoek(en) ouder dan 30 dagen gewist." in out.getvalue()


def test_the_retention_command_can_count_without_deleting(db, settings):
    settings.CONTACT_RETENTION_DAYS = 30
    submission(45)
    submission(40)
    out = io.StringIO()
    call_command("delete_old_contact_requests", "--dry-run", stdout=out)
    assert ContactSubmission.objects.count() == 2
    assert out.getvalue().startswith("2 ")


def test_the_scheduler_also_deletes_requests_past_the_period(db, settings):
    settings.CONTACT_RETENTION_DAYS = 30
    submission(31)
    kept = submission(1)
    call_command("run_scheduler", "--once", stdout=io.StringIO())
    assert list(ContactSubmission.objects.values_list("pk", flat=True)) == [kept.pk]
