"""The header on a phone: the name, search and a menu button, so the page's own title is in the first screen."""

import pytest

pytestmark = pytest.mark.browser

HIELSPOOR = "/aandoeningen/hielspoor/"


def test_on_a_phone_the_menu_is_folded_behind_a_button_that_opens_it(phone, demo_site):
    page = phone(demo_site + HIELSPOOR)
    menu = page.locator("#hoofdmenu")
    button = page.get_by_role("button", name="Menu")
    assert not menu.is_visible()
    assert button.get_attribute("aria-expanded") == "false"

    button.click()

    assert button.get_attribute("aria-expanded") == "true"
    assert menu.get_by_role("link", name="Aandoeningen").is_visible()
    page.keyboard.press("Escape")
    assert not menu.is_visible()


def test_on_a_phone_the_page_title_is_in_the_first_screen(phone, demo_site):
    page = phone(demo_site + HIELSPOOR)

    header_height = page.evaluate("document.querySelector('.site-header').getBoundingClientRect().height")
    title_bottom = page.evaluate("document.querySelector('h1').getBoundingClientRect().bottom")

    assert header_height <= 80
    assert title_bottom < page.viewport_size["height"] / 2


def test_without_javascript_the_menu_button_leads_to_the_menu_at_the_bottom(phone, demo_site):
    page = phone(demo_site + HIELSPOOR, javascript=False)

    page.get_by_role("link", name="Menu").click()

    page.wait_for_function("location.hash === '#menu-onderaan'")
    assert page.locator("#menu-onderaan").get_by_role("link", name="Aandoeningen").is_visible()


def test_on_a_desktop_the_menu_and_the_appointment_link_are_shown_as_they_are(desktop, demo_site):
    page = desktop(demo_site + HIELSPOOR)

    assert page.locator("#hoofdmenu").get_by_role("link", name="Aandoeningen").is_visible()
    assert page.locator("header").get_by_role("link", name="Afspraak maken").is_visible()
    assert not page.locator("[data-menu-button]").is_visible()
    assert not page.locator("#menu-onderaan").is_visible()
