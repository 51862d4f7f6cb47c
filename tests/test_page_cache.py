"""Whole public pages come from the cache for visitors without a session, and never show something old
after a change: publishing, unpublishing, a cited source, the menu or a news item refreshes them."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache, caches
from django.test import Client
from django.utils import timezone
from wagtail.models import PageViewRestriction

from clinic.models import MainMenuItem, NavigationSettings
from conditions.models import ConditionPage
from publications.models import PublicationIndexPage
from serving import content_version, page_cache
from sources.models import Reference
from tests.factories import make_publication


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


def test_a_second_visit_comes_from_the_cache_without_a_query(client, demo, django_assert_num_queries):
    first = client.get("/aandoeningen/hielspoor/")

    with django_assert_num_queries(0):
        second = client.get("/aandoeningen/hielspoor/")

    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    assert "Content-Security-Policy" in second and "Permissions-Policy" in second


def test_a_published_change_shows_at_the_next_visit(client, demo):
    client.get("/aandoeningen/hielspoor/")
    hielspoor = ConditionPage.objects.get(slug="hielspoor")
    hielspoor.summary = "Een nieuwe samenvatting over pijn onder de hiel."

    hielspoor.save_revision().publish()

    response = client.get("/aandoeningen/hielspoor/")
    assert response["X-Page-Cache"] == "miss"
    assert "Een nieuwe samenvatting over pijn onder de hiel." in response.content.decode()


def test_an_unpublished_page_is_gone_at_once(client, demo):
    client.get("/aandoeningen/hielspoor/")

    ConditionPage.objects.get(slug="hielspoor").unpublish()

    assert client.get("/aandoeningen/hielspoor/").status_code == 404


def test_a_corrected_source_shows_on_the_pages_that_cite_it(client, demo):
    client.get("/aandoeningen/hielspoor/")
    reference = Reference.objects.get(doi="10.1111/sms.12313")
    reference.title = "Een verbeterde titel van de studie"

    reference.save()

    assert "Een verbeterde titel van de studie" in client.get("/aandoeningen/hielspoor/").content.decode()


def test_a_new_news_item_shows_in_the_carousel_at_once(client, demo):
    client.get("/")

    make_publication(PublicationIndexPage.objects.get(), title="Nieuw bericht over de knie", date=timezone.localdate())

    assert "Nieuw bericht over de knie" in client.get("/").content.decode()


def test_a_changed_menu_shows_at_once(client, demo):
    client.get("/")
    navigation = NavigationSettings.objects.get()
    first = navigation.main_menu_items.first()

    MainMenuItem.objects.filter(pk=first.pk).update(label="Klachten")
    navigation.save()

    assert "Klachten" in client.get("/").content.decode()


def test_an_editor_with_a_session_always_gets_a_fresh_page(admin_client, demo):
    admin_client.get("/aandoeningen/hielspoor/")

    response = admin_client.get("/aandoeningen/hielspoor/")

    assert "X-Page-Cache" not in response


@pytest.mark.parametrize("url", ["/contact/", "/zoeken/?q=hiel", "/admin/login/"])
def test_pages_with_a_form_token_search_results_and_the_admin_are_never_cached(client, demo, url):
    client.get(url)

    assert "X-Page-Cache" not in client.get(url)


def test_each_address_is_cached_on_its_own(client, demo):
    client.get("/publicaties/")

    assert client.get("/publicaties/?year=2024")["X-Page-Cache"] == "miss"
    assert client.get("/publicaties/?year=2024")["X-Page-Cache"] == "hit"


def test_a_shared_link_with_tracking_parameters_gets_the_page_of_the_plain_address(client, demo):
    client.get("/aandoeningen/hielspoor/")

    response = client.get("/aandoeningen/hielspoor/?utm_source=nieuwsbrief&utm_medium=email&fbclid=IwAR0abc")

    assert response["X-Page-Cache"] == "hit"


def test_the_order_of_the_parameters_does_not_make_a_new_address(client, demo):
    client.get("/publicaties/?year=2024&onderwerp=topsport")

    assert client.get("/publicaties/?onderwerp=topsport&year=2024")["X-Page-Cache"] == "hit"


def test_a_parameter_a_page_reads_still_makes_its_own_address(client, demo):
    client.get("/aandoeningen/hielspoor/")

    thanked = client.get("/aandoeningen/hielspoor/?reactie=bedankt&utm_source=x")

    assert thanked["X-Page-Cache"] == "miss"
    assert "Dank u wel voor uw reactie" in thanked.content.decode()


@pytest.fixture
def deploy(monkeypatch):
    """Start serving another release, as a new container image does."""

    def next_release():
        monkeypatch.setenv("RELEASE", "volgende-release")
        content_version.release.cache_clear()

    yield next_release
    monkeypatch.delenv("RELEASE", raising=False)
    content_version.release.cache_clear()


def test_a_deploy_serves_no_page_the_release_before_drew(client, demo, deploy):
    client.get("/aandoeningen/hielspoor/")

    deploy()

    assert client.get("/aandoeningen/hielspoor/")["X-Page-Cache"] == "miss"


def test_a_post_is_never_answered_from_the_cache(client, demo):
    client.get("/aandoeningen/hielspoor/")
    hielspoor = ConditionPage.objects.get(slug="hielspoor")

    response = client.post(f"/reactie/{hielspoor.pk}/", {"helpful": "ja"})

    assert response.status_code == 302 and "X-Page-Cache" not in response


def test_the_feedback_form_works_from_a_cached_page_without_a_security_token(demo):
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get("/aandoeningen/hielspoor/")
    hielspoor = ConditionPage.objects.get(slug="hielspoor")

    response = visitor.post(f"/reactie/{hielspoor.pk}/", {"helpful": "ja"})

    assert b"csrfmiddlewaretoken" not in page.content
    assert response.status_code == 302


def test_static_files_are_left_to_their_own_caching(client, demo):
    response = client.get("/static/css/site.css")

    assert response.status_code == 200 and "X-Page-Cache" not in response


def kept_pages():
    return [key for key in caches["pages"]._cache if ":page-cache:" in key]


def test_a_script_prefix_files_no_page_under_another_address(client, demo):
    # As gunicorn hands on /aandoeningen/?p=7 with a SCRIPT_NAME header of /aandoeningen: Django routes
    # "/", the home page, which must not be kept as the conditions page.
    client.get("/?p=7", SCRIPT_NAME="/aandoeningen")

    response = client.get("/aandoeningen/?p=7")

    assert "Aandoeningen" in BeautifulSoup(response.content, "html.parser").h1.get_text()


def test_odd_parameters_make_no_new_entries(client, demo):
    client.get("/aandoeningen/hielspoor/")
    before = len(kept_pages())

    answers = [client.get(f"/aandoeningen/hielspoor/?r{number}=1") for number in range(200)]

    assert {answer["X-Page-Cache"] for answer in answers} == {"hit"}
    assert len(kept_pages()) == before


def test_a_value_that_changes_nothing_is_served_the_plain_page(client, demo):
    client.get("/aandoeningen/hielspoor/")

    assert client.get("/aandoeningen/hielspoor/?reactie=iets-anders")["X-Page-Cache"] == "hit"


def test_an_archive_has_one_entry_per_page_it_can_show(client, demo):
    for query in ("", "?year=2024", "?year=2024&page=1&ongeldig=1", "?year=2024&x=y", "?year=abc", "?page=999"):
        client.get("/publicaties/" + query)

    # The plain archive and 2024, with and without page=1; a mistake answers 404 and is not kept.
    assert len(kept_pages()) == 3
    assert client.get("/publicaties/?zzz=1&year=2024")["X-Page-Cache"] == "hit"


def test_a_page_that_reads_a_parameter_it_does_not_name_is_not_kept(client, demo, monkeypatch):
    monkeypatch.setattr(ConditionPage, "cache_parameters", {})

    client.get("/aandoeningen/hielspoor/?reactie=bedankt")

    assert kept_pages() == []


def test_page_entries_cannot_push_out_the_rate_limit_counts(settings):
    assert settings.CACHES["pages"] is not settings.CACHES["default"]
    assert caches["pages"] is not caches["default"]


def someone_is_redrawing(rf, path):
    """Another visitor has started drawing this page afresh (they hold its redraw lock)."""
    key = page_cache.redraw_key(page_cache.page_key(rf.get(path), []))
    assert content_version.kept().add(key, 1, 30)
    return key


def test_while_one_visitor_redraws_a_changed_page_the_others_get_the_copy_from_before(client, demo, rf):
    client.get("/aandoeningen/hielspoor/")
    hielspoor = ConditionPage.objects.get(slug="hielspoor")
    hielspoor.summary = "Een nieuwe samenvatting over pijn onder de hiel."
    hielspoor.save_revision().publish()
    lock = someone_is_redrawing(rf, "/aandoeningen/hielspoor/")

    meanwhile = client.get("/aandoeningen/hielspoor/")

    assert meanwhile["X-Page-Cache"] == "stale"
    assert "max-age=0" in meanwhile["Cache-Control"]
    assert "Een nieuwe samenvatting" not in meanwhile.content.decode()
    content_version.kept().delete(lock)  # the redraw is done
    assert "Een nieuwe samenvatting" in client.get("/aandoeningen/hielspoor/").content.decode()


def test_the_first_visitor_after_a_change_redraws_and_keeps_the_page(client, demo):
    client.get("/aandoeningen/hielspoor/")
    ConditionPage.objects.get(slug="hielspoor").save_revision().publish()

    assert client.get("/aandoeningen/hielspoor/")["X-Page-Cache"] == "miss"
    assert client.get("/aandoeningen/hielspoor/")["X-Page-Cache"] == "hit"


def test_no_copy_from_before_an_unpublish_is_served_while_redrawing(client, demo, rf):
    client.get("/aandoeningen/")
    ConditionPage.objects.get(slug="hielspoor").unpublish()
    someone_is_redrawing(rf, "/aandoeningen/")

    response = client.get("/aandoeningen/")

    assert response["X-Page-Cache"] == "miss"
    assert "/aandoeningen/hielspoor/" not in response.content.decode()


def test_no_copy_from_before_a_view_restriction_is_served_while_redrawing(client, demo, rf):
    client.get("/aandoeningen/hielspoor/")
    PageViewRestriction.objects.create(
        page=ConditionPage.objects.get(slug="hielspoor"), restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    someone_is_redrawing(rf, "/aandoeningen/hielspoor/")

    response = client.get("/aandoeningen/hielspoor/")

    assert response.get("X-Page-Cache") != "stale"
    assert b'name="password"' in response.content
