"""The carousel, the archive and a news item in a real browser: by mouse, by keyboard, without JavaScript."""

import pytest

from tests.browser.conftest import screenshot

pytestmark = pytest.mark.browser

ARCHIVE = "/publicaties/"
ITEM = "/publicaties/sporten-met-koorts/"

# Which cards lie fully inside the carousel's visible part, as 1-based positions.
CARDS_IN_VIEW = """() => {
    const track = document.querySelector('[data-carousel-track]');
    const box = track.getBoundingClientRect();
    return Array.from(track.querySelectorAll('[data-carousel-item]'))
        .map((item, index) => [item.getBoundingClientRect(), index + 1])
        .filter(([r]) => r.left >= box.left - 2 && r.right <= box.right + 2)
        .map(([, position]) => position);
}"""


def wait_until_settled(page):
    """The carousel writes its status line once a move has come to rest."""
    page.wait_for_function("document.querySelector('[data-carousel-status]').textContent !== ''")


def clear_status(page):
    page.evaluate("document.querySelector('[data-carousel-status]').textContent = ''")


def carousel_button(page, name):
    return page.get_by_role("region", name="Recente publicaties").get_by_role("button", name=name)


def test_the_next_button_moves_the_carousel_on_a_phone(phone, demo_site):
    page = phone(demo_site + "/")
    previous, next_ = carousel_button(page, "Vorige publicaties"), carousel_button(page, "Volgende publicaties")
    assert page.evaluate(CARDS_IN_VIEW) == [1]
    assert previous.get_attribute("aria-disabled") == "true"

    next_.click()

    page.wait_for_function("document.querySelector('[data-carousel-track]').scrollLeft > 0")
    wait_until_settled(page)
    assert page.evaluate(CARDS_IN_VIEW) == [2]
    assert page.locator("[data-carousel-status]").text_content() == "U ziet publicatie 2 van 10."
    assert previous.get_attribute("aria-disabled") == "false"


def test_after_paging_the_tab_key_goes_to_the_first_card_in_view(desktop, demo_site):
    page = desktop(demo_site + "/aandoeningen/hielspoor/")
    next_ = carousel_button(page, "Volgende publicaties")
    next_.click()
    wait_until_settled(page)
    assert page.locator("[data-carousel-status]").text_content() == "U ziet publicatie 5 tot en met 8 van 10."

    next_.focus()
    page.keyboard.press("Tab")

    focused_card = page.evaluate(
        "[...document.querySelectorAll('[data-carousel-item]')]"
        ".findIndex(item => item.contains(document.activeElement))"
    )
    assert focused_card == 4  # the fifth card, the first in view


def test_the_next_button_moves_a_screenful_on_a_desktop(desktop, demo_site):
    page = desktop(demo_site + "/aandoeningen/hielspoor/")
    assert page.evaluate(CARDS_IN_VIEW) == [1, 2, 3, 4]

    carousel_button(page, "Volgende publicaties").click()

    wait_until_settled(page)
    assert page.evaluate(CARDS_IN_VIEW) == [5, 6, 7, 8]


def test_the_carousel_scrolls_smoothly_when_motion_is_welcome(phone, demo_site):
    page = phone(demo_site + "/", reduced_motion="no-preference")

    carousel_button(page, "Volgende publicaties").click()

    wait_until_settled(page)
    assert page.evaluate(CARDS_IN_VIEW) == [2]


def test_the_last_card_disables_the_next_button(phone, demo_site):
    page = phone(demo_site + "/")
    next_ = carousel_button(page, "Volgende publicaties")

    for _ in range(9):
        next_.click()
        wait_until_settled(page)
        clear_status(page)

    assert page.evaluate(CARDS_IN_VIEW) == [10]
    assert next_.get_attribute("aria-disabled") == "true"
    # It stays focusable (aria-disabled, not disabled), so keyboard users keep their place; it just does nothing.
    next_.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.hasAttribute('data-carousel-next')")
    assert page.evaluate(CARDS_IN_VIEW) == [10]


def test_the_buttons_work_from_the_keyboard(phone, demo_site):
    page = phone(demo_site + "/")
    page.get_by_role("link", name="Bekijk alle publicaties").focus()

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.replace(/\\s+/g, ' ').trim()") == "← Vorige publicaties"
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    wait_until_settled(page)
    assert page.evaluate(CARDS_IN_VIEW) == [2]

    clear_status(page)
    page.keyboard.press("Space")
    wait_until_settled(page)
    assert page.evaluate(CARDS_IN_VIEW) == [3]


def test_tabbing_through_the_cards_brings_each_into_view_with_a_visible_focus(phone, demo_site):
    page = phone(demo_site + "/")
    carousel_button(page, "Volgende publicaties").focus()

    for position in range(1, 6):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "() => { const item = document.activeElement.closest('[data-carousel-item]');"
            " return item ? Array.from(item.parentNode.children).indexOf(item) + 1 : null; }"
        )
        assert focused == position
        page.wait_for_function(f"({CARDS_IN_VIEW})().includes({position})")
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline != "none"


def test_without_javascript_the_carousel_is_a_scrollable_list(phone, demo_site):
    page = phone(demo_site + "/", javascript=False)
    region = page.get_by_role("region", name="Recente publicaties")

    assert region.get_by_role("button").count() == 0  # hidden: they need the script
    assert region.get_by_role("listitem").count() == 10
    assert page.evaluate("(t => t.scrollWidth > t.clientWidth)(document.querySelector('[data-carousel-track]'))")
    assert page.evaluate("getComputedStyle(document.querySelector('[data-carousel-track]')).scrollSnapType") == (
        "x mandatory"
    )


def test_a_year_filter_works_without_javascript(phone, demo_site):
    page = phone(demo_site + ARCHIVE, javascript=False)

    page.get_by_role("navigation", name="Publicaties filteren").get_by_role("link", name="2024").click()

    page.wait_for_url("**/publicaties/?year=2024")
    dates = page.locator(".archive-item time").all_text_contents()
    assert dates and all(date.endswith("2024") for date in dates)
    assert page.get_by_role("link", name="2024").get_attribute("aria-current") == "true"


def test_a_bad_page_number_gives_a_helpful_page(phone, demo_site):
    page = phone(demo_site + ARCHIVE + "?page=abc")

    assert page.get_by_role("alert").inner_text().startswith("Deze pagina bestaat niet")
    page.get_by_role("alert").get_by_role("link", name="Bekijk alle publicaties").click()
    page.wait_for_url("**/publicaties/")
    assert page.locator(".archive-item").count() == 12  # the first page of seventeen items


@pytest.mark.parametrize("path", [ARCHIVE, ITEM, ARCHIVE + "?page=abc", "/publicaties/op-weg-naar-de-winterspelen/"])
def test_publication_pages_have_no_accessibility_violations_on_a_phone(phone, demo_site, axe, path):
    assert axe(phone(demo_site + path)) == []


@pytest.mark.parametrize("path", [ARCHIVE, ITEM])
def test_publication_pages_have_no_accessibility_violations_on_a_desktop(desktop, demo_site, axe, path):
    assert axe(desktop(demo_site + path)) == []


def test_publication_pages_never_scroll_sideways_on_a_phone(phone, demo_site):
    for path in [ARCHIVE, ITEM, "/"]:
        page = phone(demo_site + path)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), path


def test_screenshots_of_the_news_pages_for_review(phone, desktop, demo_site):
    """Keeps full-page screenshots in test-artifacts/ for people to look at."""
    for name, path in [("archief", ARCHIVE), ("publicatie", ITEM), ("start", "/")]:
        for size, opener in (("390", phone), ("1280", desktop)):
            page = opener(demo_site + path)
            # Lazy images load when they come near the viewport: pass each one by, then check they all arrived.
            for image in page.locator("img").all():
                image.scroll_into_view_if_needed()
            page.wait_for_function("Array.from(document.images).every(img => img.complete && img.naturalWidth > 0)")
            screenshot(page, f"{name}-{size}")
