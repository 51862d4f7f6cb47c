"""The hielspoor page as a patient uses it: on a phone, by keyboard, with and without JavaScript."""

import pytest

from tests.browser.conftest import screenshot
from tests.demo_pages import MEDICAL_PAGES

pytestmark = pytest.mark.browser

HIELSPOOR = "/aandoeningen/hielspoor/"


def in_viewport(page, selector):
    return page.evaluate(
        """(selector) => {
            const r = document.querySelector(selector).getBoundingClientRect();
            return r.top >= 0 && r.top < window.innerHeight && r.bottom > 0;
        }""",
        selector,
    )


def test_following_a_treatment_link_on_a_phone_brings_the_treatment_into_view(phone, demo_site):
    page = phone(demo_site + HIELSPOOR)
    target = "#behandeling-prolotherapie"
    assert not in_viewport(page, target)

    page.get_by_role("navigation", name="Kies een behandeling om meer te lezen").get_by_role(
        "link", name="Prolotherapie"
    ).click()

    page.wait_for_function("location.hash === '#behandeling-prolotherapie'")
    page.wait_for_function(
        "() => { const r = document.querySelector('#behandeling-prolotherapie').getBoundingClientRect();"
        " return r.top >= 0 && r.top < window.innerHeight; }"
    )
    assert in_viewport(page, target)
    assert page.locator(f"{target} h4").inner_text() == "Prolotherapie"


def test_every_treatment_link_works_without_javascript(phone, demo_site):
    page = phone(demo_site + HIELSPOOR, javascript=False)
    links = page.locator(".topic-nav a")
    assert links.count() == 10  # nine treatments and the injections group
    links.filter(has_text="Operatie").click()
    assert in_viewport(page, "#behandeling-operatie")


def test_the_skip_link_is_the_first_stop_for_keyboard_users(phone, demo_site):
    page = phone(demo_site + HIELSPOOR)
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Direct naar de inhoud"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    page.wait_for_function("location.hash === '#inhoud'")


def test_a_question_opens_with_the_keyboard(phone, demo_site):
    page = phone(demo_site + HIELSPOOR)
    question = page.locator("summary", has_text="Ik sport niet")
    question.focus()
    page.keyboard.press("Enter")
    assert page.locator("details", has=question).evaluate("d => d.open")


def test_a_citation_mark_leads_to_its_reference(phone, demo_site):
    page = phone(demo_site + HIELSPOOR)
    page.locator("sup.cite a").first.click()
    page.wait_for_function("location.hash === '#bron-1'")
    assert in_viewport(page, "#bron-1")
    assert "van Leeuwen" in page.locator("#bron-1").inner_text()


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/aandoeningen/",
        HIELSPOOR,
        "/aandoeningen/achillespeesklachten/",
        "/team/",
        "/team/sanne-de-wit/",
        "/behandelingen/",
        "/behandelingen/shockwave/",
        "/zoeken/?q=hiel",
        "/locaties/",
        "/locaties/amsterdam-west/",
        "/vragen/",
        "/oefeningen/hiel-en-achillespees/",
        "/zoeken/?q=xyzzy",
        "/bestaat-niet/",
        "/over-ons/",
        "/contact/",
        "/privacy/",
    ],
)
def test_pages_have_no_accessibility_violations_on_a_phone(phone, demo_site, axe, path):
    page = phone(demo_site + path)
    assert axe(page) == []


@pytest.mark.parametrize(
    "path",
    ["/", "/aandoeningen/", HIELSPOOR, "/team/", "/team/sanne-de-wit/", "/behandelingen/prolotherapie/", "/contact/"],
)
def test_pages_have_no_accessibility_violations_on_a_desktop(desktop, demo_site, axe, path):
    page = desktop(demo_site + path)
    assert axe(page) == []


def test_the_phone_layout_never_scrolls_sideways(phone, demo_site):
    for path in ["/", "/aandoeningen/", HIELSPOOR, "/team/", "/team/sanne-de-wit/", "/contact/", "/over-ons/"]:
        page = phone(demo_site + path)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), path


def test_screenshots_of_the_hielspoor_page_for_review(phone, desktop, demo_site):
    """Keeps full-page screenshots in test-artifacts/ for people to look at."""
    small = phone(demo_site + HIELSPOOR)
    small.wait_for_load_state("networkidle")
    screenshot(small, "hielspoor-390")
    large = desktop(demo_site + HIELSPOOR)
    large.wait_for_load_state("networkidle")
    screenshot(large, "hielspoor-1280")
    # The figure is further down the page and loads when a reader scrolls near it.
    small.locator("figure img").scroll_into_view_if_needed()
    small.wait_for_function(
        "() => { const img = document.querySelector('figure img'); return img.complete && img.naturalWidth > 0; }"
    )


CONDITIONS = [path for path in MEDICAL_PAGES if path.startswith("/aandoeningen/")]


def test_the_contents_list_takes_a_reader_to_a_section_and_back(phone, demo_site):
    page = phone(demo_site + HIELSPOOR)
    contents = page.get_by_role("navigation", name="Op deze pagina")

    contents.get_by_role("link", name="Wat kunt u zelf doen?").click()

    page.wait_for_function("location.hash === '#wat-kunt-u-zelf-doen'")
    assert in_viewport(page, "#wat-kunt-u-zelf-doen h2")
    page.locator("#wat-kunt-u-zelf-doen").get_by_role("link", name="Terug naar: op deze pagina").click()
    page.wait_for_function("location.hash === '#op-deze-pagina'")
    assert in_viewport(page, "#op-deze-pagina h2")


def test_every_entry_of_every_contents_list_leads_to_a_heading(phone, demo_site):
    broken = {}
    for path in CONDITIONS:
        page = phone(demo_site + path, javascript=False)
        missing_targets = page.evaluate(
            """() => [...document.querySelectorAll('#op-deze-pagina a')]
                .map(a => a.getAttribute('href').slice(1))
                .filter(id => !document.getElementById(id) || !document.getElementById(id).querySelector('h2'))"""
        )
        if missing_targets:
            broken[path] = missing_targets
        page.context.close()
    assert broken == {}


@pytest.mark.parametrize("phone_or_desktop", ["phone", "desktop"])
def test_the_care_cards_come_before_the_first_section_the_most_urgent_first(request, demo_site, phone_or_desktop):
    open_at = request.getfixturevalue(phone_or_desktop)
    for path in CONDITIONS:
        page = open_at(demo_site + path, javascript=False)
        cards = page.evaluate(
            """() => [...document.querySelectorAll('.care-card')].map(card => [
                card.className.match(/care-card--(\\w+)/)[1], card.getBoundingClientRect().top + scrollY])"""
        )
        first_section = page.evaluate("document.querySelector('.page-section').getBoundingClientRect().top + scrollY")
        assert cards and all(top < first_section for _urgency, top in cards), path
        urgencies = [urgency for urgency, _top in cards]
        assert urgencies == sorted(urgencies, key=["emergency", "urgent", "routine"].index), path
        page.context.close()


@pytest.mark.parametrize("phone_or_desktop", ["phone", "desktop"])
def test_the_self_care_marks_sit_inside_their_box_beside_their_text(request, demo_site, phone_or_desktop):
    page = request.getfixturevalue(phone_or_desktop)(demo_site + HIELSPOOR)
    misplaced = page.evaluate(
        """() => [...document.querySelectorAll('.self-care__icon')].filter(mark => {
            const box = mark.closest('.self-care__list').getBoundingClientRect();
            const m = mark.getBoundingClientRect();
            const text = mark.nextElementSibling.getBoundingClientRect();
            const inside = m.left >= box.left + 4 && m.right <= box.right && m.top >= box.top && m.bottom <= box.bottom;
            const beside = m.right <= text.left && Math.abs(m.top - text.top) < m.height;
            return !(inside && beside);
        }).map(mark => mark.parentElement.textContent.trim())"""
    )
    assert page.locator(".self-care__icon").count() >= 8
    assert misplaced == []
