"""Quality gates over every page type and every medical page of the demo site, in Chromium: no WCAG 2.2 AA
violation (axe-core), no HTML error (the Nu HTML Checker), nothing wider than a phone, and a condition page
that prints cleanly."""

import json
import shutil
import subprocess
import urllib.request
from pathlib import Path

import pytest

from tests.browser.conftest import missing, screenshot
from tests.demo_pages import CHECKED_PAGES

pytestmark = pytest.mark.browser

VNU_JAR = Path(__file__).resolve().parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def sticking_out(page):
    """What reaches past the right edge of the screen. Sticking out counts only where nothing clips it: a
    scrolling carousel or a visually hidden text sits inside a box that fits and hides the rest."""
    return page.evaluate(
        """() => {
            const edge = document.documentElement.clientWidth + 1;
            const clipped = el => {
                for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
                    if (getComputedStyle(box).overflowX !== 'visible' && box.getBoundingClientRect().right <= edge) {
                        return true;
                    }
                }
                return false;
            };
            return [...document.querySelectorAll('body *')]
                .filter(el => el.getBoundingClientRect().right > edge && !clipped(el))
                .map(el => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : ''));
        }"""
    )


@pytest.mark.parametrize("path", CHECKED_PAGES)
def test_no_accessibility_violations_and_nothing_wider_than_a_phone(phone, demo_site, axe, path):
    page = phone(demo_site + path)

    assert axe(page) == []
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert sticking_out(page) == []


def test_nothing_is_wider_than_the_narrowest_screen_on_any_page(narrow_phone, demo_site):
    """WCAG 1.4.10 (reflow): at 320 CSS pixels nothing scrolls sideways, with this machine's fonts."""
    too_wide = {}
    for path in CHECKED_PAGES:
        page = narrow_phone(demo_site + path)
        found = sticking_out(page)
        if found or not page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"):
            too_wide[path] = found
        page.context.close()
    assert too_wide == {}


def test_the_nu_html_checker_finds_no_error_on_any_page(demo_site, tmp_path):
    java = shutil.which("java")
    if not java:
        missing("Java is not installed: the Nu HTML Checker needs it")
    if not VNU_JAR.exists():
        missing("vnu-jar is not installed: run `npm ci` (make test does)")
    files = []
    for number, path in enumerate(CHECKED_PAGES):
        try:
            html = urllib.request.urlopen(demo_site + path, timeout=30).read()
        except urllib.error.HTTPError as error:  # the not-found page is checked too
            html = error.read()
        files.append(tmp_path / f"{number:02d}.html")
        files[-1].write_bytes(html)

    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )

    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [
        f"{CHECKED_PAGES[int(Path(m['url']).stem)]}:{m.get('lastLine')}: {m['message']} {m.get('extract', '')!r}"
        for m in messages
    ]
    assert errors == []


def test_a_condition_page_prints_without_navigation_and_with_the_addresses_of_its_sources(phone, demo_site):
    page = phone(demo_site + "/aandoeningen/hielspoor/")

    page.emulate_media(media="print")

    hidden = page.evaluate(
        """() => ['.site-header', '.site-footer', '.breadcrumbs', '.topic-nav', '.feedback', '.carousel']
            .filter(selector => document.querySelector(selector))
            .filter(selector => getComputedStyle(document.querySelector(selector)).display !== 'none')"""
    )
    assert hidden == []
    written_out = page.evaluate(
        """() => [...document.querySelectorAll('.reference__links a')]
            .map(a => [a.href, getComputedStyle(a, '::after').content])"""
    )
    assert written_out and all(href in content for href, content in written_out)
    answers_open = page.evaluate(
        """() => [...document.querySelectorAll('.faq__answer')].every(answer => answer.getClientRects().length > 0)"""
    )
    assert answers_open
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
    screenshot(page, "hielspoor-print-390")
