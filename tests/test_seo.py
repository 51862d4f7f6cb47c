"""What search engines and shared links read: sitemap, robots.txt, canonical link, previews, breadcrumbs, redirects."""

import io
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.utils import timezone
from PIL import Image
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, PageViewRestriction

from conditions.models import ConditionIndexPage, ConditionPage
from people.models import DoctorPage
from publications.models import PublicationPage
from tests.factories import make_condition, make_image, make_publications, make_user

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
# The demo's home page is called after the collective.
HOME = "Sportartsen Collectief"


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def meta(soup, name):
    tag = soup.select_one(f'meta[property="{name}"], meta[name="{name}"]')
    return tag["content"] if tag else None


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {url.find(f"{SITEMAP}loc").text: url.find(f"{SITEMAP}lastmod").text for url in root.iter(f"{SITEMAP}url")}


@pytest.fixture
def draft_and_private(demo):
    index = ConditionIndexPage.objects.get()
    draft = make_condition(index, title="Knie in concept", slug="knie-concept", live=False)
    private = make_condition(index, title="Knie voor artsen", slug="knie-artsen")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    return draft, private


def test_the_sitemap_lists_every_live_page_with_its_last_publication_date(client, draft_and_private):
    draft, private = draft_and_private
    live = [page for page in Page.objects.filter(depth__gte=2, live=True) if page.pk != private.pk]

    entries = sitemap_entries(client)

    assert set(entries) == {page.full_url for page in live}
    hielspoor = ConditionPage.objects.get(slug="hielspoor")
    assert entries[hielspoor.full_url] == timezone.localdate(hielspoor.last_published_at).isoformat()


def test_the_sitemap_leaves_out_drafts_and_private_pages(client, draft_and_private):
    draft, private = draft_and_private

    entries = sitemap_entries(client)

    assert draft.full_url not in entries
    assert private.full_url not in entries


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_points_to_the_sitemap(client, site_tree):
    response = client.get("/robots.txt")

    lines = response.content.decode().splitlines()
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines and "Disallow: /django-admin/" in lines
    assert f"Sitemap: {site_tree[0].get_site().root_url}/sitemap.xml" in lines
    assert client.post("/robots.txt").status_code == 405


def test_a_page_names_its_canonical_address_and_describes_itself_with_its_summary(client, demo):
    hielspoor = ConditionPage.objects.get(slug="hielspoor")

    soup = soup_of(client.get("/aandoeningen/hielspoor/?utm_source=nieuwsbrief"))

    assert soup.select_one("link[rel=canonical]")["href"] == hielspoor.full_url
    assert meta(soup, "description") == hielspoor.summary
    assert meta(soup, "og:description") == hielspoor.summary
    assert meta(soup, "og:url") == hielspoor.full_url
    assert meta(soup, "og:title") == "Hielspoor"
    assert meta(soup, "og:locale") == "nl_NL"


def test_a_shared_condition_page_shows_its_first_picture_cropped_for_a_preview(client, demo):
    hielspoor = ConditionPage.objects.get(slug="hielspoor")
    figure = next(child.value for child in hielspoor.sections if child.block_type == "figure")

    soup = soup_of(client.get(hielspoor.url))

    rendition = figure["image"].get_rendition("fill-1200x630|format-jpeg|jpegquality-80")
    assert meta(soup, "og:image") == hielspoor.get_site().root_url + rendition.url
    assert (meta(soup, "og:image:width"), meta(soup, "og:image:height")) == ("1200", "630")
    assert meta(soup, "og:image:alt") == figure["alt_text"]
    assert meta(soup, "twitter:card") == "summary_large_image"
    assert meta(soup, "twitter:image") == meta(soup, "og:image")


def test_a_page_without_a_picture_shares_the_collectives_default_image(client, demo):
    soup = soup_of(client.get("/privacy/"))

    image = meta(soup, "og:image")
    assert image.endswith("/static/images/social-default.png")
    assert finders.find("images/social-default.png")
    assert meta(soup, "og:image:alt") == "Sportartsen Collectief"


def test_a_news_item_is_shared_as_an_article_with_its_date(client, demo):
    item = PublicationPage.objects.get(slug="sporten-met-koorts")

    soup = soup_of(client.get(item.url))

    assert meta(soup, "og:type") == "article"
    assert meta(soup, "article:published_time") == item.publication_date.isoformat()
    assert meta(soup, "og:description") == item.intro


def test_the_second_archive_page_is_its_own_canonical_address(client, publication_index):
    make_publications(publication_index, 13)

    soup = soup_of(client.get("/publicaties/?page=2"))

    assert soup.select_one("link[rel=canonical]")["href"] == publication_index.full_url + "?page=2"


def test_the_search_page_has_no_canonical_address_and_is_not_indexed(client, demo):
    soup = soup_of(client.get("/zoeken/?q=hiel"))

    assert soup.select_one("link[rel=canonical]") is None
    assert meta(soup, "robots") == "noindex, follow"


@pytest.mark.parametrize(
    "url,trail",
    [
        ("/aandoeningen/hielspoor/", [HOME, "Aandoeningen", "Hielspoor"]),
        ("/team/", [HOME, "Ons team"]),
        ("/contact/bedankt/", [HOME, "Contact en afspraak maken", "Bedankt voor uw bericht"]),
        ("/zoeken/?q=hiel", [HOME, "Zoeken"]),
    ],
)
def test_a_page_shows_where_it_is_in_the_site(client, demo, url, trail):
    soup = soup_of(client.get(url))

    crumbs = soup.select("nav.breadcrumbs li")

    assert [crumb.get_text(strip=True) for crumb in crumbs] == trail
    assert crumbs[-1].select_one("[aria-current=page]") is not None


def test_every_page_but_the_home_page_has_breadcrumbs(client, demo):
    home = Page.objects.get(depth=2)
    pages = Page.objects.filter(depth__gt=2, live=True)

    missing = [page.url for page in pages if not soup_of(client.get(page.url)).select_one("nav.breadcrumbs")]

    assert missing == []
    assert soup_of(client.get(home.url)).select_one("nav.breadcrumbs") is None


def test_a_renamed_page_keeps_its_old_address_as_a_redirect(client, demo, django_capture_on_commit_callbacks):
    hielspoor = ConditionPage.objects.get(slug="hielspoor")
    old_url = hielspoor.url

    hielspoor.slug = "hielspoor-fasciitis-plantaris"
    # Wagtail makes the redirect once the rename is committed.
    with django_capture_on_commit_callbacks(execute=True):
        hielspoor.save_revision().publish()

    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"].endswith("/aandoeningen/hielspoor-fasciitis-plantaris/")
    assert client.get(response["Location"]).status_code == 200


def test_a_redirect_made_in_the_admin_sends_visitors_on(client, demo):
    hielspoor = ConditionPage.objects.get(slug="hielspoor")
    Redirect.objects.create(old_path="/hielpijn", redirect_page=hielspoor)

    response = client.get("/hielpijn/")

    assert response.status_code == 301
    assert response["Location"] == hielspoor.url


@pytest.mark.parametrize("admin_url", ["/admin/redirects/", "/admin/redirects/add/", "/admin/searchpicks/add/"])
def test_editors_manage_redirects_and_promoted_search_results(client, demo, admin_url):
    client.force_login(make_user("redacteur", "Redactie"))

    assert client.get(admin_url).status_code == 200


def test_doctors_do_not_manage_redirects(client, demo):
    client.force_login(make_user("dokter", "Artsen"))

    assert client.get("/admin/redirects/").status_code in (302, 403)


def test_the_logo_and_the_default_share_image_are_real_images():
    with (
        Image.open(finders.find("images/logo.png")) as logo,
        Image.open(finders.find("images/social-default.png")) as share,
    ):
        assert logo.size == (512, 512)
        assert share.size == (1200, 630)


def test_a_picture_of_its_own_is_used_for_a_doctor(client, demo):
    doctor = DoctorPage.objects.get(slug="sanne-de-wit")
    doctor.photo, doctor.photo_alt = make_image("Portret"), "Portret van Sanne de Wit."
    doctor.save_revision().publish()

    soup = soup_of(client.get(doctor.url))

    assert ".fill-1200x630" in meta(soup, "og:image")
    assert meta(soup, "og:image:alt") == "Portret van Sanne de Wit."


def test_every_public_page_of_the_demo_has_a_description_a_canonical_link_and_a_preview(client, demo):
    missing = {}
    for page in Page.objects.live().public().filter(depth__gt=1).specific():
        soup = soup_of(client.get(page.url))
        description = soup.select_one('meta[name="description"]')
        canonical = soup.select_one('link[rel="canonical"]')
        og_url = soup.select_one('meta[property="og:url"]')
        problems = [
            name
            for name, fine in (
                ("description", description is not None and description["content"].strip()),
                ("canonical", canonical is not None and canonical["href"].startswith("http://127.0.0.1:8000/")),
                ("og:url", og_url is not None and canonical is not None and og_url["content"] == canonical["href"]),
            )
            if not fine
        ]
        if problems:
            missing[page.url] = problems
    assert missing == {}


def test_the_site_names_itself_by_the_address_it_is_served_on(client, demo):
    call_command("load_demo_content", "--base-url", "http://127.0.0.1:8123", stdout=io.StringIO())

    assert "<loc>http://127.0.0.1:8123/aandoeningen/hielspoor/</loc>" in client.get("/sitemap.xml").content.decode()
    assert "Sitemap: http://127.0.0.1:8123/sitemap.xml" in client.get("/robots.txt").content.decode()
    canonical = soup_of(client.get("/aandoeningen/hielspoor/")).select_one('link[rel="canonical"]')["href"]
    assert canonical == "http://127.0.0.1:8123/aandoeningen/hielspoor/"
