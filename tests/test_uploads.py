"""Uploads in the admin: too big, too many pixels, the wrong kind or a disguise is refused with a clear
message, and nothing is stored."""

import io
import struct
import zlib

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection


def png(size, noise=False):
    buffer = io.BytesIO()
    image = PILImage.effect_noise(size, 100).convert("RGB") if noise else PILImage.new("RGB", size, "#88aacc")
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def add_image(admin_client):
    def post(name, content, content_type="image/png"):
        return admin_client.post(
            "/admin/images/add/",
            {
                "title": "Proef",
                "collection": Collection.get_first_root_node().pk,
                "file": SimpleUploadedFile(name, content, content_type=content_type),
            },
        )

    return post


def file_errors(response):
    return " ".join(str(error) for error in response.context["form"].errors.get("file", []))


def test_the_limits_are_ten_megabytes_and_forty_megapixels():
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 10 * 1024 * 1024


def test_a_normal_photo_is_stored(add_image, db):
    response = add_image("knie.png", png((800, 600)))

    assert response.status_code == 302
    assert get_image_model().objects.filter(title="Proef").exists()


def test_an_image_over_the_size_limit_is_refused_with_the_limit_named(add_image, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 50 * 1024

    response = add_image("groot.png", png((400, 400), noise=True))

    assert response.status_code == 200
    assert file_errors(response).startswith("Dit bestand is te groot")
    assert "50,0\xa0KB" in file_errors(response)
    assert not get_image_model().objects.exists()


def test_an_image_with_too_many_pixels_is_refused(add_image, db):
    # 8000 × 6000 of one colour: a small file that would take 190 MB of memory to open.
    response = add_image("enorm.png", png((8000, 6000)))

    assert response.status_code == 200
    assert "pixels" in file_errors(response)
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize(
    "name,content,content_type",
    [
        ("tekening.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "image/svg+xml"),
        ("foto.jpg", b"<html><script>alert(1)</script></html>", "image/jpeg"),
        ("foto.php", png((10, 10)), "image/png"),
    ],
)
def test_a_file_that_is_no_image_of_an_allowed_kind_is_refused(add_image, db, name, content, content_type):
    response = add_image(name, content, content_type)

    assert response.status_code == 200
    assert file_errors(response)
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize("name,allowed", [("folder.pdf", True), ("script.html", False), ("programma.exe", False)])
def test_documents_are_limited_to_their_kinds(admin_client, db, name, allowed):
    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "Proef",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, b"%PDF-1.4 proef", content_type="application/octet-stream"),
        },
    )

    assert get_document_model().objects.filter(title="Proef").exists() == allowed
    assert response.status_code == (302 if allowed else 200)


def bomb_png(width, height):
    """A PNG that says it is width × height pixels: a few hundred bytes that would take gigabytes to open."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * 4096, 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")


def test_a_decompression_bomb_is_refused_with_the_pixel_message(add_image, db):
    content = bomb_png(100_000, 100_000)
    assert len(content) < 1000

    response = add_image("bom.png", content)

    assert response.status_code == 200
    assert "pixels" in file_errors(response)
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize(
    "payload",
    [
        b"<html><body><script>alert(1)</script></body></html>",
        b"<?php system($_GET['c']); ?>",
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    ],
)
def test_a_picture_with_a_web_page_or_script_in_it_is_refused(add_image, db, payload):
    # A real PNG, with the payload after its end: every image program opens it as a picture.
    response = add_image("foto.png", png((40, 30)) + payload)

    assert response.status_code == 200
    assert file_errors(response).startswith("Dit bestand bevat behalve een afbeelding ook code")
    assert not get_image_model().objects.exists()


def test_a_picture_with_markup_is_refused_by_the_upload_of_several_at_once_too(admin_client, db):
    response = admin_client.post(
        "/admin/images/multiple/add/",
        {
            "collection": Collection.get_first_root_node().pk,
            "files[]": SimpleUploadedFile("foto.png", png((40, 30)) + b"<script>alert(1)</script>", "image/png"),
        },
    )

    assert response.json()["success"] is False
    assert "code of een webpagina" in response.json()["error_message"]
    assert not get_image_model().objects.exists()
