"""From a condition page to the exercises, and the exercises as a printed A4 handout."""

import re

import pytest

from tests.browser.conftest import BROWSER_DB

pytestmark = [pytest.mark.browser, BROWSER_DB]

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
