"""Pages are compressed for browsers that accept it, except answers that carry a secret (BREACH)."""

import gzip

import brotli

HIELSPOOR = "/aandoeningen/hielspoor/"


def test_a_page_is_sent_with_brotli_to_a_browser_that_accepts_it(client, demo):
    plain = client.get(HIELSPOOR)
    compressed = client.get(HIELSPOOR, headers={"accept-encoding": "gzip, deflate, br, zstd"})

    assert compressed["Content-Encoding"] == "br"
    assert brotli.decompress(compressed.content) == plain.content
    assert len(compressed.content) < len(plain.content) / 3


def test_a_page_is_sent_with_gzip_where_brotli_is_not_accepted(client, demo):
    plain = client.get(HIELSPOOR)
    compressed = client.get(HIELSPOOR, headers={"accept-encoding": "gzip"})

    assert compressed["Content-Encoding"] == "gzip"
    assert gzip.decompress(compressed.content) == plain.content
    assert compressed["Content-Length"] == str(len(compressed.content))


def test_a_browser_that_accepts_no_compression_gets_the_page_as_it_is(client, demo):
    response = client.get(HIELSPOOR)

    assert not response.has_header("Content-Encoding")
    assert "Accept-Encoding" in response["Vary"]


def test_the_feed_and_the_suggestions_are_compressed_too(client, demo):
    assert client.get("/publicaties/feed/", headers={"accept-encoding": "gzip"})["Content-Encoding"] == "gzip"


def test_a_page_with_a_form_token_is_never_compressed(client, demo):
    response = client.get("/contact/", headers={"accept-encoding": "gzip, br"})

    assert b"csrfmiddlewaretoken" in response.content
    assert not response.has_header("Content-Encoding")


def test_the_admin_is_never_compressed(admin_client, demo):
    response = admin_client.get("/admin/", headers={"accept-encoding": "gzip, br"})

    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")


def test_a_kept_page_is_compressed_for_one_browser_and_plain_for_another(client, demo, settings):
    settings.PAGE_CACHE_SECONDS = 300
    client.get(HIELSPOOR)  # kept now

    compressed = client.get(HIELSPOOR, headers={"accept-encoding": "br"})
    plain = client.get(HIELSPOOR)

    assert compressed["Content-Encoding"] == "br"
    assert not plain.has_header("Content-Encoding")
    assert brotli.decompress(compressed.content) == plain.content
