"""Readability while writing: the scores in the editor follow what a doctor types, before anything is saved."""

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from conditions.models import ConditionPage
from people.models import DoctorPage
from roles.groups import DOCTORS
from tests.browser.conftest import log_in, screenshot
from tests.factories import make_user

pytestmark = pytest.mark.browser

HARD = (
    "Bij een chronische tendinopathie van de achillespees adviseren behandelaars doorgaans "
    "excentrische belastingsoefeningen gedurende minimaal twaalf weken."
)


def test_the_verdict_follows_what_the_doctor_types(desktop, demo_site):
    user = make_user("arts", DOCTORS, doctor=DoctorPage.objects.get(title="Sanne de Wit"))
    TOTPDevice.objects.create(user=user, name="Authenticator-app", confirmed=True)
    hielspoor = ConditionPage.objects.get(slug="hielspoor")
    page = desktop(f"{demo_site}/admin/login/")
    log_in(page, demo_site, "arts")
    page.goto(f"{demo_site}/admin/pages/{hielspoor.pk}/edit/")
    summary = page.locator("[data-readability-summary]")
    expect(summary.locator("[data-verdict]")).to_have_text("binnen B1")
    expect(summary.locator("[data-failing-section='Samenvatting']")).to_have_count(0)

    page.fill("#id_summary", HARD)
    failing = summary.locator("[data-failing-section='Samenvatting']")
    expect(failing).to_contain_text("niet binnen B1: Flesch–Douma", timeout=10_000)
    expect(failing.locator("[data-failing-sentence]")).to_contain_text("tendinopathie")
    screenshot(page, "readability-live-summary-1280")

    page.get_by_role("tab", name="Leesbaarheid").click()
    expect(page.locator("[data-readability-scores] [data-section='Samenvatting'] [data-verdict]")).to_contain_text(
        "niet binnen B1"
    )
    expect(page.locator("[data-readability-status]")).to_contain_text("nog niet opgeslagen")
    screenshot(page, "readability-live-tab-1280")
    assert ConditionPage.objects.get(pk=hielspoor.pk).summary != HARD
