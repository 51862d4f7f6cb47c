"""A doctor adds a source in the real admin by pasting its DOI and pressing 'Opzoeken' (Crossref and PubMed are
the recorded server on 127.0.0.1), checks the filled-in fields and saves."""

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from roles.groups import DOCTORS
from sources.models import Reference
from tests.browser.conftest import log_in
from tests.factories import make_user

pytestmark = pytest.mark.browser


def test_a_doctor_fills_in_a_source_from_its_doi_and_saves_it(desktop, demo_site, source_services):
    user = make_user("bronnen-arts", DOCTORS)
    TOTPDevice.objects.create(user=user, name="Authenticator-app", confirmed=True)
    Reference.objects.filter(doi="10.1111/sms.12313").update(doi="", pmid="")  # the demo cites this study already
    page = desktop(f"{demo_site}/admin/login/")
    log_in(page, demo_site, "bronnen-arts")
    page.goto(f"{demo_site}/admin/snippets/sources/reference/add/")

    page.get_by_role("textbox", name="Opzoeken met DOI of PubMed-ID").fill("https://doi.org/10.1111/sms.12313")
    page.get_by_role("button", name="Opzoeken").click()

    page.wait_for_load_state("domcontentloaded")
    assert "Gevonden" in page.locator(".messages").inner_text()
    assert page.get_by_role("textbox", name="Titel").input_value().startswith("High-load strength training")
    assert page.locator("#id_pmid").input_value() == "25145882"
    page.get_by_role("textbox", name="Titel").fill("High-load strength training improves outcome in plantar fasciitis")
    page.get_by_role("button", name="Opslaan", exact=True).click()

    page.wait_for_url(f"{demo_site}/admin/snippets/sources/reference/")
    saved = Reference.objects.get(doi="10.1111/sms.12313")
    assert (saved.title, saved.pmid, saved.year) == (
        "High-load strength training improves outcome in plantar fasciitis",
        "25145882",
        2015,
    )
