"""Hostile and malformed input against every public address and form of the demo site.

Whatever comes in (odd or huge query strings, wrong methods, broken multipart bodies, bytes that are
not UTF-8, script in every field, path traversal in file names), the answer is a page or a 4xx, never
a 500; what is echoed is escaped; and nothing is stored or written that should not be.
"""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile

from conditions.models import ConditionPage
from contact.models import ContactSubmission
from feedback.models import PageFeedback
from tests.demo_pages import MACHINE_READABLE, PAGES

SCRIPT = "<script>alert(1)</script>"
# Queries are added by the tests themselves.
PUBLIC_URLS = [url.split("?")[0] for url in PAGES + MACHINE_READABLE]
QUERY_STRINGS = [
    f"?q={SCRIPT}&page=../../etc/passwd&year=%00&onderwerp=%27%22",
    "?q=" + "hiel" * 3000,
    "?q=%ff%fe%fd&page=%c0%af",
    "?" + "&".join(f"page={number}" for number in range(500)),
    "?year=99999999999999999999&page=-1&q[]=x&q[x]=y",
]


@pytest.fixture(autouse=True)
def no_rate_limits_between_tests():
    cache.clear()


def assert_safe(response):
    assert response.status_code < 500, response.status_code
    assert SCRIPT.encode() not in response.content


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_odd_and_huge_query_strings_get_an_answer_never_a_server_error(client, demo, url):
    for query in QUERY_STRINGS:
        assert_safe(client.get(url + query))


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_wrong_methods_and_broken_bodies_get_a_4xx_or_a_page(client, demo, url):
    for method in ("PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE", "PROPFIND"):
        assert_safe(client.generic(method, url, data=b"\xff\xfe garbage", content_type="application/octet-stream"))
    assert_safe(client.post(url, data=b"--x\r\nbroken", content_type="multipart/form-data; boundary=x"))
    assert_safe(client.post(url, data=b"q=\xff\xfe&page=%ff", content_type="application/x-www-form-urlencoded"))
    assert_safe(client.post(url, data=b"{not json", content_type="application/json"))


def contact_data(**overrides):
    data = {
        "kind": "vraag",
        "name": "Jan de Vries",
        "email": "jan@example.nl",
        "phone": "",
        "location": "",
        "has_referral": "nee",
        "message": "Mag ik met pijn in mijn hiel blijven hardlopen?",
        "consent": "on",
        "website": "",
    }
    return {**data, **overrides}


def test_script_in_a_contact_message_is_stored_as_text_and_shown_escaped_to_staff(client, admin_client, demo):
    response = client.post("/contact/", contact_data(message=f"Pijn in mijn hiel. {SCRIPT}"))

    stored = ContactSubmission.objects.get()
    detail = admin_client.get(f"/admin/contactsubmission/inspect/{stored.pk}/")
    assert response.status_code == 302
    assert stored.message == f"Pijn in mijn hiel. {SCRIPT}"
    assert SCRIPT.encode() not in detail.content
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in detail.content


@pytest.mark.parametrize("field", ["name", "phone"])
def test_script_in_a_name_or_phone_number_is_refused_and_shown_back_escaped(client, demo, field):
    response = client.post("/contact/", contact_data(**{field: SCRIPT}))

    assert response.status_code == 200
    assert ContactSubmission.objects.count() == 0
    assert SCRIPT.encode() not in response.content
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in response.content


def test_a_hostile_email_address_or_choice_is_refused_and_nothing_is_stored(client, demo):
    for overrides in ({"email": f"{SCRIPT}@x"}, {"kind": SCRIPT}, {"location": "../../1"}, {"has_referral": "\x00"}):
        assert_safe(client.post("/contact/", contact_data(**overrides)))

    assert ContactSubmission.objects.count() == 0


def test_script_in_a_feedback_comment_is_shown_escaped_to_doctors(client, admin_client, demo):
    page = ConditionPage.objects.get(slug="hielspoor")

    client.post(f"/reactie/{page.pk}/", {"helpful": "nee", "comment": SCRIPT})

    listing = admin_client.get("/admin/pagefeedback/")
    assert PageFeedback.objects.get().comment == SCRIPT
    assert SCRIPT.encode() not in listing.content


def files_under(folder):
    return {path for path in Path(folder).rglob("*") if path.is_file()}


@pytest.mark.parametrize("name", ["../../../../tmp/evil.html", "..\\..\\evil.html", "/etc/passwd", "evil\x00.html"])
def test_a_file_sent_to_a_form_is_never_written_anywhere(client, demo, tmp_path, name):
    page = ConditionPage.objects.get(slug="hielspoor")
    media_before = files_under(settings.MEDIA_ROOT)
    upload = SimpleUploadedFile(name, SCRIPT.encode(), content_type="text/html")

    for url, data in (("/contact/", contact_data()), (f"/reactie/{page.pk}/", {"helpful": "ja"})):
        assert_safe(client.post(url, {**data, "attachment": upload}))
        upload.seek(0)

    assert files_under(settings.MEDIA_ROOT) == media_before
    assert not Path("/tmp/evil.html").exists()
