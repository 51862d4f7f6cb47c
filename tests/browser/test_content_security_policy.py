"""Under the Content-Security-Policy the site still works: the browser blocks nothing on the public pages,
in the editor or in its preview."""

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from conditions.models import ConditionPage
from tests.browser.test_review_cycle import log_in
from tests.factories import make_user

pytestmark = pytest.mark.browser

PUBLIC_PAGES = [
    "/",
    "/aandoeningen/hielspoor/",
    "/oefeningen/hiel-en-achillespees/",
    "/publicaties/",
    "/contact/",
    "/zoeken/?q=hiel",
]


@pytest.fixture
def blocked(browser, server_requests):
    """A page whose blocked scripts, styles, frames and images are collected as the browser reports them."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    page = context.new_page()
    violations = []
    page.on("console", lambda message: "Content Security Policy" in message.text and violations.append(message.text))
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => console.error("
        "'Content Security Policy: ' + e.violatedDirective + ' ' + e.blockedURI));"
    )
    yield page, violations
    context.close()
    server_requests.wait_until_idle()


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_the_browser_blocks_nothing_on_a_public_page(blocked, demo_site, path):
    page, violations = blocked

    response = page.goto(demo_site + path)
    page.wait_for_load_state("load")

    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert violations == []


def test_the_search_suggestions_run_under_the_policy(blocked, demo_site):
    page, violations = blocked
    page.goto(demo_site + "/")

    page.get_by_role("combobox", name="Waar hebt u last van?").press_sequentially("hiel")
    page.get_by_role("listbox").wait_for()

    assert violations == []


def test_the_editor_and_its_preview_work_under_the_policy(blocked, demo_site):
    page, violations = blocked
    user = make_user("beheerder", "Beheer")
    TOTPDevice.objects.create(user=user, name="Authenticator-app", confirmed=True)
    hielspoor = ConditionPage.objects.get(slug="hielspoor")

    log_in(page, demo_site, "beheerder")
    page.goto(f"{demo_site}/admin/pages/{hielspoor.pk}/edit/")
    page.locator("#id_summary").fill("Pijn onder de hiel, vooral bij de eerste stappen.")
    # The page chooser for the author is one of the widgets that starts with an inline script.
    page.locator("[data-side-panel-toggle=preview]").click()
    preview = page.frame_locator("#w-preview-iframe")
    preview.locator("h1").wait_for()

    assert preview.locator("h1").inner_text() == "Hielspoor"
    assert violations == []


def test_a_signed_in_editor_sees_the_public_page_and_its_user_bar_under_the_policy(blocked, demo_site):
    page, violations = blocked
    user = make_user("redacteur", "Beheer")
    TOTPDevice.objects.create(user=user, name="Authenticator-app", confirmed=True)

    log_in(page, demo_site, "redacteur")
    page.goto(demo_site + "/aandoeningen/hielspoor/")
    page.locator("wagtail-userbar").wait_for(state="attached")
    page.wait_for_load_state("load")

    assert violations == []
