"""What a cold page no longer draws or asks again and again: the filters of a picture tag, the carousel, the
names the search ranks by, and cached renditions written back to the cache."""

import datetime

import pytest
import time_machine
from django.template import Context, Template
from django.test import RequestFactory
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
