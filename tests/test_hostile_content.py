"""Hostile content that reaches the site through its own forms is stored or shown harmless.

Script through the editor's rich text, a video address or a provider's answer that carries script,
markup in the title or file name of an upload, and markup a visitor typed into the contact form: each
is cleaned when stored, or escaped when shown, in the admin and on the public site.
"""

import io
import json

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.test.utils.form_data import streamfield

from contact.models import ContactSubmission
from publications.models import PublicationPage
from tests.factories import make_embed, make_person, make_publication, publication_form_data

SCRIPT = "<script>alert(1)</script>"


def content_state(text, link):
    """What Draftail sends: a paragraph whose first word links to `link`."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1b2c",
                    "text": text,
                    "type": "unstyled",
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 4, "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": link}}},
        }
    )


@pytest.fixture
def add_news(admin_client, publication_index):
    author = make_person("Sanne de Wit")

    def post(slug, **overrides):
        data = publication_form_data("Nieuw bericht", author, slug=slug, **overrides)
        return admin_client.post(
            f"/admin/pages/add/publications/publicationpage/{publication_index.pk}/", {**data, "action-publish": "1"}
        )

    return post


def test_script_typed_into_the_editor_is_shown_as_text_and_a_javascript_link_is_dropped(client, add_news):
    body = streamfield([("paragraph", content_state(f"klik {SCRIPT} hier", "javascript:alert(2)"))])

    add_news("script-in-tekst", body=body)

    page = PublicationPage.objects.get(slug="script-in-tekst")
    html = client.get(page.url).content.decode()
    paragraph = BeautifulSoup(html, "html.parser").select_one(".publication__body p")
    assert SCRIPT not in html and "javascript:alert(2)" not in html
    assert paragraph.get_text() == f"klik {SCRIPT} hier"
    assert paragraph.find("a") is None


@pytest.mark.parametrize("address", ["javascript:alert(1)", "https://aanvaller.example/speler"])
def test_a_video_address_that_is_no_known_player_is_refused(add_news, address):
    body = streamfield([("video", {"video": address, "title": "Uitleg", "caption": ""})])

    response = add_news("video-elders", body=body)

    assert response.status_code == 200
    assert not PublicationPage.objects.filter(slug="video-elders").exists()


def test_script_in_a_providers_answer_never_reaches_the_page(client, publication_index):
    url = "https://www.youtube.com/watch?v=besmet"
    make_embed(
        url,
        '<iframe src="https://www.youtube-nocookie.com/embed/besmet" style="border:0" onload="alert(1)"></iframe>'
        f'{SCRIPT}<iframe src="https://aanvaller.example/"></iframe>',
    )
    item = make_publication(
        publication_index, body=[{"type": "video", "value": {"video": url, "title": "Kuitoefeningen", "caption": ""}}]
    )

    frame = BeautifulSoup(client.get(item.url).content, "html.parser").select_one(".video__frame")

    assert str(frame).count("<iframe") == 1
    assert frame.iframe["src"] == "https://www.youtube-nocookie.com/embed/besmet"
    assert not {"style", "onload"} & set(frame.iframe.attrs)
    assert frame.find("script") is None


def picture():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "#88aacc").save(buffer, format="PNG")
    return buffer.getvalue()


def test_markup_in_an_uploads_title_and_file_name_is_shown_escaped(admin_client, db):
    admin_client.post(
        "/admin/images/add/",
        {
            "title": f"Knie {SCRIPT}",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile('"><img src=x onerror=alert(1)>.png', picture(), content_type="image/png"),
        },
    )
    image = get_image_model().objects.get()

    for address in ("/admin/images/", f"/admin/images/{image.pk}/", "/admin/images/chooser/"):
        html = admin_client.get(address).content.decode()
        assert SCRIPT not in html and "<img src=x onerror" not in html, address
    assert "&lt;script&gt;" in admin_client.get("/admin/images/").content.decode()


def test_a_contact_request_is_shown_escaped_to_the_staff(admin_client, db):
    request = ContactSubmission.objects.create(
        kind=ContactSubmission.QUESTION,
        name=f"Aanvaller {SCRIPT}",
        email="aanvaller@example.nl",
        location_name='"><img src=x onerror=alert(1)>',
        has_referral=False,
        message="<img src=x onerror=alert(3)> Heeft u tijd?",
        consent_given_at=timezone.now(),
    )

    for address in ("/admin/contactsubmission/", f"/admin/contactsubmission/inspect/{request.pk}/", "/admin/"):
        html = admin_client.get(address).content.decode()
        assert SCRIPT not in html and "<img src=x onerror" not in html, address
    assert (
        "&lt;img src=x onerror=alert(3)&gt;"
        in admin_client.get(f"/admin/contactsubmission/inspect/{request.pk}/").content.decode()
    )
