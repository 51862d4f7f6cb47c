"""The review cycle in the real admin: a doctor edits hielspoor and submits it, a second doctor approves it."""

import pytest
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from conditions.models import ConditionPage
from people.models import DoctorPage
from roles.groups import DOCTORS, MEDICAL_REVIEWERS
from tests.browser.conftest import log_in, screenshot
from tests.factories import make_user

pytestmark = pytest.mark.browser

NEW_SUMMARY = "Pijn onder de hiel bij de eerste stappen. Meestal gaat het vanzelf over, met rust en oefeningen."


@pytest.fixture
def accounts(demo_site):
    """Two doctors' accounts, each with an authenticator app already linked."""
    for user in (
        make_user("arts", DOCTORS, doctor=DoctorPage.objects.get(title="Sanne de Wit")),
        make_user("reviewer", DOCTORS, MEDICAL_REVIEWERS, doctor=DoctorPage.objects.get(title="Joost Verhoeven")),
    ):
        TOTPDevice.objects.create(user=user, name="Authenticator-app", confirmed=True)
    return demo_site


def footer_action(page, selector):
    """Click an action in the editor's footer, opening its menu when the action sits in it."""
    button = page.locator(selector)
    if not button.is_visible():
        page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    button.click()


def test_a_doctor_submits_hielspoor_and_a_second_doctor_approves_it(desktop, accounts):
    hielspoor = ConditionPage.objects.get(slug="hielspoor")
    edit_url = f"{accounts}/admin/pages/{hielspoor.pk}/edit/"

    doctor = desktop(f"{accounts}/admin/login/")
    log_in(doctor, accounts, "arts")
    doctor.goto(edit_url)
    doctor.fill("#id_summary", NEW_SUMMARY)
    footer_action(doctor, "button[name='action-submit']")
    doctor.wait_for_url(lambda url: "/edit/" not in url or "submitted" in url or url.endswith("/edit/"))
    hielspoor.refresh_from_db()
    assert hielspoor.current_workflow_state is not None
    assert hielspoor.summary != NEW_SUMMARY  # not live yet

    reviewer = desktop(f"{accounts}/admin/login/")
    log_in(reviewer, accounts, "reviewer")
    reviewer.goto(edit_url)
    # The demo page went live before the workflow: the reviewer compares with the published version.
    changes = reviewer.locator("[data-changes-since-approval] a", has_text="ten opzichte van de gepubliceerde versie")
    assert changes.count() == 1
    screenshot(reviewer, "review-cycle-reviewer-editor-1280")
    footer_action(reviewer, "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])")
    reviewer.wait_for_load_state()

    hielspoor.refresh_from_db()
    assert hielspoor.current_workflow_state is None
    assert hielspoor.summary == NEW_SUMMARY
    assert hielspoor.reviewer.title == "Joost Verhoeven"
    assert hielspoor.last_reviewed == timezone.localdate()

    public = desktop(f"{accounts}{hielspoor.url}")
    assert NEW_SUMMARY in public.locator(".lead").inner_text()
