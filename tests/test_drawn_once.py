"""What a cold page no longer draws or asks again and again: the filters of a picture tag, the carousel, the
header and footer, the archive's filters, a page's ancestors, the names the search ranks by, and cached
renditions written back to the cache."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.db import connection
from django.template import Context, RequestContext, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.images.models import Rendition

from publications.templatetags import publications_tags
from serving.cache import RenditionCache
from tests.factories import make_condition, make_image, make_publication

PICTURE = '{% load wagtailimages_tags pictures %}{% picture photo format-{avif,jpeg} width-{200,400} alt="x" %}'


def test_a_picture_tag_makes_its_filters_once_and_draws_what_wagtails_tag_draws(db):
    photo = make_image()
    ours = Template(PICTURE)
    wagtails = Template(PICTURE.replace(" pictures %}", " %}"))
    node = next(node for node in ours.nodelist if hasattr(node, "get_filters"))
    assert node.get_filters() is node.get_filters()
    assert ours.render(Context({"photo": photo})) == wagtails.render(Context({"photo": photo}))


@pytest.fixture
def carousel_request(publication_index, routes_remembered):
    return RequestFactory().get("/")


def test_the_carousel_is_drawn_once_per_content_version(carousel_request, publication_index, monkeypatch):
    make_publication(publication_index, title="Eerste bericht")
    drawn = []
    original = publications_tags.draw_carousel
    monkeypatch.setattr(publications_tags, "draw_carousel", lambda request: drawn.append(1) or original(request))
    first = publications_tags.recent_publications({"request": carousel_request})
    again = publications_tags.recent_publications({"request": RequestFactory().get("/aandoeningen/")})
    assert "Eerste bericht" in first and again == first and len(drawn) == 1


def test_a_new_item_shows_in_the_carousel_at_once(carousel_request, publication_index):
    publications_tags.recent_publications({"request": carousel_request})
    make_publication(publication_index, title="Nieuw bericht")
    assert "Nieuw bericht" in publications_tags.recent_publications({"request": RequestFactory().get("/")})


def test_an_item_leaves_the_carousel_at_its_expiry_moment(carousel_request, publication_index, settings):
    soon = timezone.now() + datetime.timedelta(minutes=5)
    make_publication(publication_index, title="Verloopt zo", expire_at=soon)
    assert "Verloopt zo" in publications_tags.recent_publications({"request": carousel_request})
    with time_machine.travel(soon + datetime.timedelta(seconds=1)):
        assert "Verloopt zo" not in publications_tags.recent_publications({"request": RequestFactory().get("/")})


def test_search_results_stay_fresh_with_the_names_read_once_per_version(client, condition_index, routes_remembered):
    make_condition(condition_index, "Hielspoor")
    assert "Hielspoor" in client.get("/zoeken/?q=hielspoor").content.decode()
    make_condition(condition_index, "Springersknie")
    assert "Springersknie" in client.get("/zoeken/?q=springersknie").content.decode()


def test_renditions_read_from_the_cache_are_not_written_back(db):
    cache = RenditionCache("redis://127.0.0.1:6379/15", {"KEY_PREFIX": "test-renditions"})
    cache.set("a-rendition", Rendition(filter_spec="width-200"))
    found = cache.get_many(["a-rendition"])
    assert found["a-rendition"]._from_cache is True
    cache.delete("a-rendition")


def test_a_query_asked_again_is_answered_without_searching_again(
    client, condition_index, routes_remembered, django_assert_max_num_queries
):
    make_condition(condition_index, "Hielspoor")
    client.get("/")  # the first visit makes the site's settings rows: a change, and a new version
    first = client.get("/zoeken/?q=hielspoor").content
    with django_assert_max_num_queries(2):  # was 15 the first time
        again = client.get("/zoeken/?q=hielspoor").content
    assert again == first


def drawn_templates(response):
    return {template.name for template in response.templates}


def current_menu_items(response):
    soup = BeautifulSoup(response.content, "html.parser")
    menus = soup.select("nav.main-nav")
    return {nav["id"]: [a.get_text(strip=True) for a in nav.select("a[aria-current]")] for nav in menus}


def test_the_header_and_footer_are_drawn_once_for_pages_in_the_same_menu_section(client, demo, routes_remembered):
    client.get("/")  # the first visit makes the site's settings rows: a change, and a new version
    first = client.get("/aandoeningen/hielspoor/")
    second = client.get("/aandoeningen/achillespeesklachten/")
    assert {"includes/header.html", "includes/footer.html"} <= drawn_templates(first)
    assert not {"includes/header.html", "includes/footer.html"} & drawn_templates(second)
    assert current_menu_items(second) == current_menu_items(first)


def test_a_drawn_menu_still_marks_the_section_of_each_page(client, demo, routes_remembered):
    client.get("/")
    client.get("/aandoeningen/hielspoor/")
    on_a_treatment = current_menu_items(client.get("/behandelingen/shockwave/"))
    on_a_condition = current_menu_items(client.get("/aandoeningen/achillespeesklachten/"))
    assert on_a_treatment == {"hoofdmenu": ["Behandelingen"], "menu-onderaan": ["Behandelingen"]}
    assert on_a_condition == {"hoofdmenu": ["Aandoeningen"], "menu-onderaan": ["Aandoeningen"]}


def test_a_part_drawn_with_the_visitors_form_token_is_drawn_again_for_the_next_visitor(db, routes_remembered):
    template = Template('{% load fragments %}{% sitepart "form" %}{% csrf_token %}{% endsitepart %}')
    drawn = [template.render(RequestContext(RequestFactory().get("/"))) for _ in range(2)]
    assert "csrfmiddlewaretoken" in drawn[0] and drawn[0] != drawn[1]


def test_an_expired_item_leaves_the_archive_filters_at_its_expiry_moment(client, publication_index, routes_remembered):
    soon = timezone.now() + datetime.timedelta(minutes=5)
    make_publication(publication_index, title="Oud bericht", date=datetime.date(2019, 5, 1), expire_at=soon)
    make_publication(publication_index, title="Nieuw bericht", date=datetime.date(2025, 5, 1))
    client.get("/")
    assert "2019" in archive_years(client.get(publication_index.url))
    with time_machine.travel(soon + datetime.timedelta(seconds=1)):
        assert archive_years(client.get(publication_index.url)) == ["2025"]


def archive_years(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in soup.select(".archive-filters .chips")[0].select("a")][1:]


def test_a_remembered_address_keeps_its_breadcrumb_trail_without_reading_the_ancestors(
    client, condition_index, routes_remembered
):
    make_condition(condition_index, "Hielspoor")
    client.get("/")
    client.get("/aandoeningen/hielspoor/")
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/aandoeningen/hielspoor/")
    crumbs = [a.get_text(strip=True) for a in BeautifulSoup(again.content, "html.parser").select(".breadcrumbs a")]
    assert crumbs == ["Sportartsen test", "Aandoeningen"]
    assert not any('"wagtailcore_page"."depth" > 1' in query["sql"] for query in queries)


def test_a_renamed_section_shows_in_the_breadcrumb_trail_at_once(client, condition_index, routes_remembered):
    make_condition(condition_index, "Hielspoor")
    client.get("/")
    client.get("/aandoeningen/hielspoor/")
    condition_index.title = "Klachten"
    condition_index.save_revision().publish()
    again = client.get("/aandoeningen/hielspoor/")
    crumbs = [a.get_text(strip=True) for a in BeautifulSoup(again.content, "html.parser").select(".breadcrumbs a")]
    assert crumbs == ["Sportartsen test", "Klachten"]


def test_a_list_of_news_does_not_read_the_messages_themselves(client, publication_index):
    make_publication(publication_index, title="Een bericht")
    with CaptureQueriesContext(connection) as queries:
        assert "Een bericht" in client.get(publication_index.url).content.decode()
    assert not any('"publications_publicationpage"."body"' in query["sql"] for query in queries)


def test_pages_chosen_in_a_stream_are_read_without_their_own_streams(client, demo):
    with CaptureQueriesContext(connection) as queries:
        body = client.get("/aandoeningen/hielspoor/").content.decode()
    assert "Lees meer over shockwave" in body
    assert not any('"treatments_treatmentpage"."sections"' in query["sql"] for query in queries)
