"""A patient who has decided to come finds, on a phone and within two clicks of the home page, the referral
rules, the prices, each location's waiting time, what to bring and the complaints procedure: the home page's
appointment section links each of them."""

import pytest

pytestmark = pytest.mark.browser


def appointment_section(page):
    return page.get_by_role("region", name="Een afspraak maken")


def test_the_menu_leads_to_the_practical_information(phone, demo_site):
    page = phone(demo_site + "/")

    page.get_by_role("button", name="Menu").click()
    page.locator("#hoofdmenu").get_by_role("link", name="Praktisch").click()

    page.wait_for_url("**/praktisch/")
    assert page.get_by_role("heading", level=1).inner_text() == "Praktische informatie"


def test_the_waiting_time_of_each_location_is_one_click_from_home(phone, demo_site, axe):
    page = phone(demo_site + "/")

    appointment_section(page).get_by_role("link", name="Wachttijden en alle praktische informatie").click()

    waiting = page.get_by_role("region", name="Wachttijden per locatie")
    assert waiting.get_by_role("heading", name="Sportpoli Amsterdam-West").is_visible()
    assert waiting.get_by_role("heading", name="Sportpoli Utrecht").is_visible()
    assert "langer dan de norm van 4 weken" in waiting.inner_text()
    assert axe(page) == []


@pytest.mark.parametrize(
    "topic, fact",
    [
        ("Verwijzing en verzekering", "eigen risico"),
        ("Kosten en vergoeding", "Prijzen in"),
        ("Uw eerste afspraak", "identiteitsbewijs"),
        ("Klachten", "klachtenfunctionaris"),
    ],
)
def test_each_practical_topic_is_one_click_from_home(phone, demo_site, axe, topic, fact):
    page = phone(demo_site + "/")

    appointment_section(page).get_by_role("link", name=topic).click()

    assert page.get_by_role("heading", level=1).inner_text() == topic
    assert fact in page.locator("main").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert axe(page) == []


def test_the_request_button_of_an_examination_opens_the_form_with_it_chosen(phone, demo_site):
    page = phone(demo_site + "/onderzoeken/duikkeuring/")

    page.get_by_role("link", name="Aanvragen").click()
    page.wait_for_url("**/contact/?onderzoek=duikkeuring")
    page.wait_for_load_state("domcontentloaded")

    assert page.get_by_label("Ik wil een sportmedisch onderzoek of een keuring aanvragen").is_checked()
    assert page.locator("#id_examination option:checked").inner_text() == "Duikkeuring"
    # The referral question belongs to an appointment for a complaint, not to an examination.
    assert not page.locator("#id_has_referral").is_visible()


def test_an_appointment_without_a_referral_gets_the_advice_to_ask_the_gp_first(phone, demo_site):
    page = phone(demo_site + "/contact/")
    advice = page.locator("[data-referral-advice]")

    page.get_by_label("Ik wil een afspraak maken voor een klacht").check()
    assert not advice.is_visible()
    page.locator("#id_has_referral").get_by_label("Nee").check()

    assert advice.is_visible()
    assert "huisarts" in advice.inner_text()
    assert not page.locator("#id_examination").is_visible()


def test_without_javascript_every_question_of_the_contact_form_is_shown(phone, demo_site):
    page = phone(demo_site + "/contact/", javascript=False)

    assert page.locator("#id_has_referral").is_visible()
    assert page.locator("#id_examination").is_visible()
