"""Searching as a patient does: on a phone, with suggestions by keyboard, and without JavaScript."""

import pytest

from tests.browser.conftest import screenshot

pytestmark = pytest.mark.browser


def type_in_search_box(page, text):
    box = page.get_by_role("combobox", name="Waar hebt u last van?")
    box.press_sequentially(text)
    page.get_by_role("listbox").wait_for()
    return box


def test_typing_shows_suggestions_that_the_arrow_keys_choose_and_enter_opens(phone, demo_site):
    page = phone(demo_site + "/")

    box = type_in_search_box(page, "hiel")

    options = page.get_by_role("option")
    assert options.first.inner_text().startswith("Hielspoor")
    assert box.get_attribute("aria-expanded") == "true"
    assert "suggesties" in page.locator(".search-form [role=status]").inner_text()
    screenshot(page, "search-suggestions-390")
    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == options.first.get_attribute("id")
    assert options.first.get_attribute("aria-selected") == "true"
    box.press("Enter")
    page.wait_for_url("**/aandoeningen/hielspoor/")


def test_escape_closes_the_suggestions_and_enter_then_searches(phone, demo_site):
    page = phone(demo_site + "/")
    box = type_in_search_box(page, "achilles")

    box.press("Escape")

    assert page.get_by_role("listbox").is_hidden()
    assert box.get_attribute("aria-expanded") == "false"
    box.press("Enter")
    page.wait_for_url("**/zoeken/?q=achilles")
    assert page.locator(".result__title a").first.inner_text() == "Achillespeesklachten"


def test_search_works_without_javascript_with_marked_excerpts(phone, demo_site):
    page = phone(demo_site + "/", javascript=False)
    box = page.get_by_role("searchbox", name="Waar hebt u last van?")

    box.fill("pijn onder de hiel")
    box.press("Enter")

    page.wait_for_url("**/zoeken/?q=pijn+onder+de+hiel")
    assert page.locator(".result__title a").first.inner_text() == "Hielspoor"
    assert page.locator(".result__excerpt mark").count() >= 2
    screenshot(page, "search-results-390")


@pytest.mark.parametrize("query", ["hiel", "hielsproo", "xyzzy"])
def test_a_results_page_has_no_accessibility_violations_on_a_phone(phone, demo_site, axe, query):
    page = phone(f"{demo_site}/zoeken/?q={query}")

    assert axe(page) == []
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_open_suggestions_have_no_accessibility_violations(desktop, demo_site, axe):
    page = desktop(demo_site + "/zoeken/?q=hiel")
    page.get_by_role("combobox", name="Waar hebt u last van?").fill("")
    type_in_search_box(page, "sho")

    assert axe(page) == []
    screenshot(page, "search-suggestions-1280")
