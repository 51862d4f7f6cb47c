"""Pictures come as AVIF and WebP for browsers that read them, with a JPEG (PNG for logos) for the rest,
always with their size, and those below the top of the page only when a visitor scrolls near them."""

import pytest
from bs4 import BeautifulSoup

from conditions.blocks import FigureBlock, FigureValue


def pictures(client, url):
    return BeautifulSoup(client.get(url).content, "html.parser").select("picture")


def formats(picture):
    return [source["type"] for source in picture.select("source")]


@pytest.mark.parametrize(
    "url,selector",
    [
        ("/aandoeningen/hielspoor/", ".figure picture"),
        ("/publicaties/", ".archive-item picture"),
        ("/team/", ".doctor-card picture"),
        ("/oefeningen/hiel-en-achillespees/", ".step__card picture"),
    ],
)
def test_a_picture_further_down_offers_modern_formats_and_waits_to_load(client, demo, url, selector):
    picture = BeautifulSoup(client.get(url).content, "html.parser").select_one(selector)

    image = picture.select_one("img")
    assert formats(picture) == ["image/avif", "image/webp"]
    assert image["src"].endswith(".jpg")
    assert image["width"] and image["height"] and "alt" in image.attrs
    assert image["loading"] == "lazy"


def test_a_figure_offers_each_format_in_two_widths(client, demo):
    picture = BeautifulSoup(client.get("/aandoeningen/hielspoor/").content, "html.parser").select_one(".figure picture")

    for source in picture.select("source"):
        assert [candidate.split()[1] for candidate in source["srcset"].split(", ")] == ["800w", "1200w"]
        assert source["sizes"] == "(min-width: 50rem) 46rem, 100vw"


def test_the_photo_at_the_top_of_a_news_item_loads_at_once(client, demo):
    picture = BeautifulSoup(client.get("/publicaties/sporten-met-koorts/").content, "html.parser").select_one(
        ".figure--lead picture"
    )

    image = picture.select_one("img")
    assert formats(picture) == ["image/avif", "image/webp"]
    assert "loading" not in image.attrs and image["fetchpriority"] == "high"


def test_a_logo_keeps_its_transparency(client, demo):
    logo = BeautifulSoup(client.get("/").content, "html.parser").select_one(".partner picture")

    assert formats(logo) == ["image/avif", "image/webp"]
    assert logo.select_one("img")["src"].endswith(".png")


def test_every_format_is_served_with_its_own_type(client, demo):
    picture = BeautifulSoup(client.get("/aandoeningen/hielspoor/").content, "html.parser").select_one(".figure picture")
    addresses = {source["type"]: source["srcset"].split()[0] for source in picture.select("source")}
    addresses["image/jpeg"] = picture.select_one("img")["src"]

    for kind, address in addresses.items():
        response = client.get(address)
        assert response.status_code == 200 and response["Content-Type"] == kind


def test_the_partner_logos_cost_no_query_in_any_format_once_made(client, demo, django_assert_max_num_queries):
    from partners.models import Partner

    client.get("/")
    with django_assert_max_num_queries(1):
        partners = list(Partner.objects.for_display())
        for partner in partners:
            partner.logo.get_renditions("format-avif|max-240x80", "format-webp|max-240x80", "format-png|max-240x80")
    assert partners and all(partner.logo for partner in partners)


@pytest.mark.parametrize(
    "kind, line",
    [("foto", "Foto: Anna Jansen"), ("beeld", "Beeld: Anna Jansen"), ("illustratie", "Illustratie: Anna Jansen")],
)
def test_a_figure_names_its_maker_after_the_kind_of_picture(kind, line):
    figure = FigureBlock()
    value = FigureValue(figure, [("credit", "Anna Jansen"), ("credit_kind", kind)])

    assert value.credit_line() == line
