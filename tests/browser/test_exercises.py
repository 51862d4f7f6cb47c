"""From a condition page to the exercises, and the exercises as a printed A4 handout."""

import re

import pytest
from django.core import mail
from django.core.cache import cache

from contact.models import ContactSubmission

pytestmark = pytest.mark.browser

PROGRAMME = "/oefeningen/hiel-en-achillespees/"


def test_a_patient_goes_from_hielspoor_to_the_exercises(phone, demo_site):
    page = phone(demo_site + "/aandoeningen/hielspoor/")

    page.get_by_role("link", name="Bekijk de oefeningen").click()

    page.wait_for_url("**" + PROGRAMME)
    assert page.get_by_role("heading", level=1).inner_text() == "Oefeningen voor hiel en achillespees"
    assert page.locator(".step").count() >= 5


def test_the_print_handout_leaves_out_the_site_around_the_exercises(desktop, demo_site):
    page = desktop(demo_site + PROGRAMME)
    assert page.get_by_role("button", name="Print deze oefeningen").is_visible()

    page.emulate_media(media="print")

    for hidden in [".site-header", ".site-footer", ".breadcrumbs", ".programme__print", ".carousel"]:
        assert page.locator(hidden).evaluate_all("els => els.every(e => getComputedStyle(e).display === 'none')")
    assert page.locator(".step").first.is_visible()
    pdf = page.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 1 <= pages <= 3


def test_the_programme_has_no_accessibility_violations(phone, demo_site, axe):
    assert axe(phone(demo_site + PROGRAMME)) == []
    assert axe(phone(demo_site + "/oefeningen/")) == []


def test_a_patient_goes_from_hielspoor_via_the_exercises_to_an_appointment_request(phone, demo_site):
    cache.clear()  # the contact form's rate limit counts in the cache
    page = phone(demo_site + "/aandoeningen/hielspoor/")
    page.get_by_role("link", name="Bekijk de oefeningen").click()
    page.wait_for_url("**" + PROGRAMME)

    page.get_by_role("link", name="Maak een afspraak of stel een vraag").click()
    page.wait_for_url("**/contact/")
    page.get_by_label("Ik wil een afspraak maken").check()
    page.get_by_label("Uw naam").fill("Fatima el Idrissi")
    page.get_by_label("Uw e-mailadres").fill("fatima@example.nl")
    page.get_by_label("Sportpoli Utrecht").check()
    page.get_by_role("group", name="Hebt u een verwijzing").get_by_label("Nee").check()
    page.get_by_label("Uw bericht").fill("Ik heb de oefeningen zes weken gedaan, maar mijn hiel doet nog pijn.")
    page.get_by_label("Ik geef het collectief toestemming").check()
    page.get_by_role("button", name="Verstuur mijn bericht").click()

    page.wait_for_url("**/contact/bedankt/")
    assert page.get_by_role("heading", level=1).inner_text() == "Bedankt voor uw bericht"
    submission = ContactSubmission.objects.get()
    assert (submission.name, submission.location_name, submission.has_referral) == (
        "Fatima el Idrissi",
        "Sportpoli Utrecht",
        False,
    )
    assert len(mail.outbox) == 1
