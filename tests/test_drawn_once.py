"""What a cold page no longer draws or asks again and again: the filters of a picture tag, the carousel, the
header and footer, the archive's filters, a page's ancestors, the names the search ranks by, its promotions and
the pages it showed before, and cached renditions written back to the cache."""

import datetime
from types import SimpleNamespace

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.cache import caches
from django.db import connection
from django.template import Context, RequestContext, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.images.models import Image, Rendition
from wagtail.models import Site

from publications.templatetags import publications_tags
from seo import schema
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


def test_a_new_query_reads_no_page_that_an_earlier_query_showed(client, condition_index, routes_remembered):
    make_condition(condition_index, "Hielspoor", summary="Pijn onder de hiel, vooral in de ochtend.")
    client.get("/")
    client.get("/zoeken/?q=hielspoor")
    with CaptureQueriesContext(connection) as queries:
        page = BeautifulSoup(client.get("/zoeken/?q=ochtend").content, "html.parser")
    assert [a.get_text(strip=True) for a in page.select(".result__title a")] == ["Hielspoor"]
    # The result is drawn for the new query: its excerpt marks the new word.
    assert page.select_one(".result__excerpt mark").get_text() == "ochtend"
    assert not any("conditions_conditionpage" in query["sql"] for query in queries)


def test_a_new_promotion_shows_at_once_with_the_promotions_read_once_per_version(
    client, condition_index, routes_remembered
):
    hielspoor = make_condition(condition_index, "Hielspoor")
    make_condition(condition_index, "Steunzolen", summary="Zolen die de hiel ontlasten.")
    client.get("/")
    client.get("/zoeken/?q=hiel")
    with CaptureQueriesContext(connection) as queries:
        client.get("/zoeken/?q=steunzolen")
    assert not any("wagtailsearchpromotions" in query["sql"] for query in queries)

    SearchPromotion.objects.create(query=Query.get("zolen"), page=hielspoor, sort_order=0)

    promoted = BeautifulSoup(client.get("/zoeken/?q=zolen").content, "html.parser")
    assert [a.get_text() for a in promoted.select(".promotions a")] == ["Hielspoor"]


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


def test_a_shared_pages_picture_is_read_from_the_cache_without_being_written_back(settings, db, monkeypatch):
    settings.CACHES = {
        **settings.CACHES,
        "renditions": {
            "BACKEND": "serving.cache.RenditionCache",
            "LOCATION": "redis://127.0.0.1:6379/15",
            "KEY_PREFIX": "test-social-image",
        },
    }
    photo = make_image()
    schema.social_image(SimpleNamespace(pk=1, social_image=lambda: (photo, "Een foto")), RequestFactory().get("/"))
    written = []
    monkeypatch.setattr(RenditionCache, "set", lambda self, *args, **kwargs: written.append(args))
    monkeypatch.setattr(RenditionCache, "set_many", lambda self, *args, **kwargs: written.append(args))
    again = Image.objects.get(pk=photo.pk)
    shared = schema.social_image(
        SimpleNamespace(pk=1, social_image=lambda: (again, "Een foto")), RequestFactory().get("/")
    )
    assert shared["own"] and shared["url"].endswith(".jpg") and written == []
    caches["renditions"].clear()


def test_the_addresses_of_the_sites_are_read_once_per_content_version(
    client, condition_index, routes_remembered, monkeypatch
):
    make_condition(condition_index, "Hielspoor")
    client.get("/")
    read = []
    original = Site.get_site_root_paths
    monkeypatch.setattr(Site, "get_site_root_paths", staticmethod(lambda: read.append(1) or original()))
    client.get("/aandoeningen/hielspoor/")
    client.get("/aandoeningen/")
    assert len(read) == 1


@pytest.fixture
def conditions_in_the_news(condition_index, publication_index):
    """Two conditions: five items about the first, two about the second, one of them about both."""
    heel, knee = make_condition(condition_index, "Hielspoor"), make_condition(condition_index, "Springersknie")
    for day in range(1, 5):
        make_publication(publication_index, title=f"Hiel {day}", date=datetime.date(2025, 3, day), conditions=[heel])
    make_publication(publication_index, title="Beide", date=datetime.date(2025, 3, 2), conditions=[heel, knee])
    make_publication(publication_index, title="Knie", date=datetime.date(2024, 1, 1), conditions=[knee])
    return heel, knee


def news_titles(condition):
    return [item.title for item in publications_tags.news_about(RequestFactory().get("/"), condition)]


def test_the_news_about_each_condition_is_the_same_read_for_all_at_once_as_on_its_own(conditions_in_the_news, settings):
    heel, knee = conditions_in_the_news
    own = [news_titles(heel), news_titles(knee)]
    settings.ROUTING_MEMO = True
    assert [news_titles(heel), news_titles(knee)] == own
    assert own == [["Hiel 4", "Hiel 3", "Beide", "Hiel 2"], ["Beide", "Knie"]]


def test_a_second_condition_page_does_not_read_the_news_again(client, conditions_in_the_news, routes_remembered):
    client.get("/")
    client.get("/aandoeningen/hielspoor/")
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/aandoeningen/springersknie/").content.decode()
    assert "Knie" in page and not any("related_conditions" in query["sql"] for query in queries)


def test_an_expired_item_leaves_the_news_about_its_condition_at_its_expiry_moment(
    conditions_in_the_news, publication_index, routes_remembered
):
    heel, _knee = conditions_in_the_news
    soon = timezone.now() + datetime.timedelta(minutes=5)
    make_publication(
        publication_index, title="Verloopt zo", date=datetime.date(2025, 4, 1), conditions=[heel], expire_at=soon
    )
    assert news_titles(heel)[0] == "Verloopt zo"
    with time_machine.travel(soon + datetime.timedelta(seconds=1)):
        assert news_titles(heel) == ["Hiel 4", "Hiel 3", "Beide", "Hiel 2"]


def test_the_partners_on_the_home_and_about_pages_are_drawn_once_for_both(client, demo, routes_remembered):
    client.get("/aandoeningen/")
    home = client.get("/")
    about = client.get("/over-ons/")
    assert "components/partner_section.html" in drawn_templates(home)
    assert "components/partner_section.html" not in drawn_templates(about)
    partners = [
        BeautifulSoup(page.content, "html.parser").select_one(".partners__list--page") for page in (home, about)
    ]
    assert partners[0] is not None and str(partners[0]) == str(partners[1])
