"""The review cycle in the real admin: a doctor edits hielspoor and submits it, a second doctor sees what changed
and approves it."""

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


def test_a_doctor_submits_hielspoor_and_a_second_doctor_approves_it_after_seeing_the_changes(desktop, accounts):
    hielspoor = ConditionPage.objects.get(slug="hielspoor")
    edit_url = f"{accounts}/admin/pages/{hielspoor.pk}/edit/"

    doctor = desktop(f"{accounts}/admin/login/")
    log_in(doctor, accounts, "arts")
    doctor.goto(edit_url)
    doctor.fill("#id_summary", NEW_SUMMARY)
    # A doctor cannot publish: submitting is the primary action, in plain words.
    primary = doctor.locator("footer button[name='action-submit']")
    assert primary.is_visible() and primary.inner_text().strip() == "Insturen ter controle"
    screenshot(doctor, "review-cycle-doctor-editor-1280")
    primary.click()
    doctor.wait_for_load_state()
    hielspoor.refresh_from_db()
    assert hielspoor.current_workflow_state is not None
    assert hielspoor.summary != NEW_SUMMARY  # not live yet

    reviewer = desktop(f"{accounts}/admin/login/")
    log_in(reviewer, accounts, "reviewer")
    reviewer.goto(edit_url)
    # The demo page went live before the workflow: the reviewer compares with the published version.
    changes = reviewer.locator("[data-changes-since-approval] a", has_text="ten opzichte van de gepubliceerde versie")
    assert changes.count() == 1
    approve = "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"
    reviewer.locator("footer [data-w-dropdown-target='toggle']").first.click()
    assert reviewer.locator(approve).inner_text().strip() == "Goedkeuren en publiceren"
    screenshot(reviewer, "review-cycle-reviewer-editor-1280")

    # Approving without having seen the changes leads to the comparison instead.
    reviewer.locator(approve).click()
    reviewer.wait_for_url("**/revisions/compare/**")
    hielspoor.refresh_from_db()
    assert hielspoor.current_workflow_state is not None and hielspoor.summary != NEW_SUMMARY
    assert "Bekijk eerst wat er veranderd is" in reviewer.locator(".messages").inner_text()
    assert "Samenvatting" in reviewer.locator("table.listing").inner_text()
    screenshot(reviewer, "review-cycle-comparison-1280")

    reviewer.locator("[data-review-decision] button", has_text="Goedkeuren en publiceren").click()
    reviewer.wait_for_load_state()
    hielspoor.refresh_from_db()
    assert hielspoor.current_workflow_state is None
    assert hielspoor.summary == NEW_SUMMARY
    assert hielspoor.reviewer.title == "Joost Verhoeven"
    assert hielspoor.last_reviewed == timezone.localdate()

    public = desktop(f"{accounts}{hielspoor.url}")
    assert NEW_SUMMARY in public.locator(".lead").inner_text()
