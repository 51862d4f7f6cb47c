"""The contact form in a real browser: errors a screen reader can follow, and it works without JavaScript."""

import pytest
from django.core.cache import cache

from contact.models import ContactSubmission

pytestmark = pytest.mark.browser

CONTACT = "/contact/"


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()


def test_a_form_with_errors_has_no_accessibility_violations(phone, demo_site, axe):
    page = phone(demo_site + CONTACT)
    page.get_by_role("button", name="Verstuur mijn bericht").click()
    page.wait_for_selector(".notice--error")
    assert page.title().startswith("Fout:")
    assert axe(page) == []


def test_the_error_summary_takes_the_reader_to_the_field(phone, demo_site):
    page = phone(demo_site + CONTACT)
    page.get_by_label("Uw naam").fill("Fatima el Idrissi")
    page.get_by_role("button", name="Verstuur mijn bericht").click()
    page.locator(".notice--error a", has_text="Uw e-mailadres").click()
    assert page.evaluate("document.activeElement.id") == "id_email"
    assert page.get_by_label("Uw naam").input_value() == "Fatima el Idrissi"


def test_after_a_failed_post_the_error_summary_has_the_focus_and_reads_plainly(phone, demo_site):
    page = phone(demo_site + CONTACT)

    page.get_by_role("button", name="Verstuur mijn bericht").click()

    page.wait_for_function("document.activeElement.matches('[data-error-summary]')")
    messages = page.locator("[data-error-summary] li").all_inner_texts()
    assert "Kies of u een afspraak wilt maken, een onderzoek wilt aanvragen of een vraag hebt." in messages
    assert not any("?:" in message for message in messages)


def test_the_form_is_sent_without_javascript(phone, demo_site):
    page = phone(demo_site + CONTACT, javascript=False)
    page.get_by_label("Ik heb een vraag").check()
    page.get_by_label("Uw naam").fill("Karel Jansen")
    page.get_by_label("Uw e-mailadres").fill("karel@example.nl")
    page.get_by_role("group", name="Hebt u een verwijzing").get_by_label("Ja").check()
    page.get_by_label("Uw bericht").fill("Mag ik met een hartziekte hardlopen?")
    page.get_by_label("Ik geef het collectief toestemming").check()
    page.get_by_role("button", name="Verstuur mijn bericht").click()
    page.wait_for_url("**/contact/bedankt/")
    assert ContactSubmission.objects.get().kind == "vraag"
