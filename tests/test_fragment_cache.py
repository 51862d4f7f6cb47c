"""Rendered parts of pages come from the cache for every visitor, look exactly as freshly drawn ones, and
never show something old: a change, a preview, a form with a visitor's own token or a filter each get
what they should."""

import re

import pytest
from django.core.cache import caches
from django.template import engines
from django.test import Client
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from wagtail.models import Page, PageViewRestriction

from conditions.models import ConditionPage
from publications.models import PublicationIndexPage
from serving import content_version, routing
from sources.models import Reference
from tests.demo_pages import PAGE_OF_EACH_TYPE
from tests.factories import make_publication


def fresh(client, url, settings):
    """The page as drawn with nothing kept."""
    settings.FRAGMENT_CACHE_SECONDS = 0
    try:
        return client.get(url)
    finally:
        settings.FRAGMENT_CACHE_SECONDS = 300


def without_token(response):
    # A form's security token is new on every page, cached or not.
    return re.sub(rb'(name="csrfmiddlewaretoken" value=)"[^"]+"', rb"\1", response.content)


@pytest.mark.parametrize("url", PAGE_OF_EACH_TYPE)
def test_every_page_type_looks_the_same_from_the_cache_as_freshly_drawn(client, demo, parts_kept, url):
    client.get(url)

    kept = client.get(url)

    drawn = fresh(client, url, parts_kept)
    assert kept.status_code == drawn.status_code == 200
    assert without_token(kept) == without_token(drawn)


def test_a_page_from_kept_parts_costs_one_query(client, demo, parts_kept, django_assert_num_queries):
    client.get("/aandoeningen/hielspoor/")

    # The page itself, with whether a view restriction lies on its way.
    with django_assert_num_queries(1):
        response = client.get("/aandoeningen/hielspoor/")

    assert "Hielspoor" in response.content.decode()


def test_a_published_change_shows_at_the_next_visit(client, demo, parts_kept):
    client.get("/aandoeningen/hielspoor/")
    hielspoor = ConditionPage.objects.get(slug="hielspoor")
    hielspoor.summary = "Een nieuwe samenvatting over pijn onder de hiel."

    hielspoor.save_revision().publish()

    assert "Een nieuwe samenvatting over pijn onder de hiel." in client.get("/aandoeningen/hielspoor/").content.decode()


def test_a_corrected_source_shows_on_the_pages_that_cite_it(client, demo, parts_kept):
    client.get("/aandoeningen/hielspoor/")
    reference = Reference.objects.get(doi="10.1111/sms.12313")
    reference.title = "Een verbeterde titel van de studie"

    reference.save()

    assert "Een verbeterde titel van de studie" in client.get("/aandoeningen/hielspoor/").content.decode()


def test_a_new_news_item_shows_in_the_carousel_of_other_pages(client, demo, parts_kept):
    client.get("/aandoeningen/hielspoor/")

    make_publication(PublicationIndexPage.objects.get(), title="Nieuw bericht over de hiel", date=timezone.localdate())

    assert "Nieuw bericht over de hiel" in client.get("/aandoeningen/hielspoor/").content.decode()


def test_a_page_made_private_is_closed_at_once(client, demo, parts_kept):
    client.get("/aandoeningen/hielspoor/")

    PageViewRestriction.objects.create(
        page=ConditionPage.objects.get(slug="hielspoor"), restriction_type=PageViewRestriction.LOGIN
    )

    response = client.get("/aandoeningen/hielspoor/")
    assert response.status_code == 302 and "/_util/login/" in response["Location"]


def test_a_preview_shows_the_draft_and_leaves_the_kept_page_alone(admin_client, demo, parts_kept):
    client = Client()
    client.get("/aandoeningen/hielspoor/")
    hielspoor = ConditionPage.objects.get(slug="hielspoor")
    hielspoor.summary = "Een conceptzin die nog niet gepubliceerd is."
    hielspoor.save_revision()

    preview = admin_client.get(f"/admin/pages/{hielspoor.pk}/revisions/{hielspoor.latest_revision_id}/view/")

    assert "Een conceptzin die nog niet gepubliceerd is." in preview.content.decode()
    assert "Een conceptzin die nog niet gepubliceerd is." not in client.get("/aandoeningen/hielspoor/").content.decode()


def test_the_feedback_thanks_only_the_visitor_who_answered(client, demo, parts_kept):
    client.get("/aandoeningen/hielspoor/")

    thanked = client.get("/aandoeningen/hielspoor/?reactie=bedankt").content.decode()
    asked = client.get("/aandoeningen/hielspoor/").content.decode()

    assert "Dank u wel voor uw reactie" in thanked and "Was deze pagina nuttig?" not in thanked
    assert "Was deze pagina nuttig?" in asked and "Dank u wel voor uw reactie" not in asked


def token(response):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode()).group(1)


def test_the_contact_form_carries_each_visitors_own_security_token(demo, parts_kept):
    first, second = Client(), Client()

    assert token(first.get("/contact/")) != token(second.get("/contact/"))


def test_each_view_of_the_archive_is_kept_on_its_own(client, demo, parts_kept):
    everything = client.get("/publicaties/").content.decode()
    client.get("/publicaties/?onderwerp=hardlopen")

    filtered = client.get("/publicaties/?onderwerp=hardlopen")

    assert filtered.content == fresh(client, "/publicaties/?onderwerp=hardlopen", parts_kept).content
    assert filtered.content.decode() != everything


def kept_parts():
    return [key for key in caches["pages"]._cache if ":fragment:" in key]


def test_a_mistake_in_the_archive_address_is_answered_but_not_kept(client, demo, parts_kept):
    response = client.get("/publicaties/?year=abc")

    assert response.status_code == 404
    assert kept_parts() == []


def test_an_editor_sees_the_user_bar_on_a_page_from_kept_parts(admin_client, demo, parts_kept):
    Client().get("/aandoeningen/hielspoor/")

    response = admin_client.get("/aandoeningen/hielspoor/")

    assert "wagtail-userbar" in response.content.decode()
    assert "wagtail-userbar" not in Client().get("/aandoeningen/hielspoor/").content.decode()


def test_search_results_are_never_kept(client, demo, parts_kept):
    client.get("/zoeken/?q=hiel")

    assert kept_parts() == []


def test_a_private_page_keeps_nothing_of_what_a_signed_in_visitor_saw(admin_client, demo, parts_kept):
    PageViewRestriction.objects.create(
        page=ConditionPage.objects.get(slug="hielspoor"), restriction_type=PageViewRestriction.LOGIN
    )

    assert admin_client.get("/aandoeningen/hielspoor/").status_code == 200
    assert kept_parts() == []


def test_a_deploy_draws_every_part_afresh(client, demo, parts_kept, monkeypatch):
    client.get("/aandoeningen/hielspoor/")
    before = set(kept_parts())

    monkeypatch.setenv("RELEASE", "volgende-release")
    content_version.release.cache_clear()
    try:
        client.get("/aandoeningen/hielspoor/")
        after = set(kept_parts()) - before
    finally:
        monkeypatch.delenv("RELEASE")
        content_version.release.cache_clear()

    assert len(before) == len(after) == 2


@pytest.mark.parametrize("inside", ["{% csrf_token %}", "{{ request.csp_nonce }}"])
def test_a_part_that_asks_for_a_token_or_nonce_is_shown_but_not_kept(rf, demo, parts_kept, inside):
    request = rf.get("/aandoeningen/hielspoor/")
    request._wagtail_site = routing.find_site(request)
    page, _args, _kwargs = Page.route_for_request(request, "/aandoeningen/hielspoor/")
    # As django-csp gives it: worked out, and remembered on the request, when a template first reads it.
    request.csp_nonce = SimpleLazyObject(lambda: request.__dict__.setdefault("_csp_nonce", "een-nonce"))
    part = engines["django"].from_string(
        f'{{% load fragments %}}{{% fragment "body" %}}<p>{inside}</p>{{% endfragment %}}'
    )

    html = part.render({"page": page}, request)

    assert html != "<p></p>"
    assert kept_parts() == []
