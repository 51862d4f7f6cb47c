"""An alias shows its original's title and summary: with a password on the original, no list names it.

Every list of pages uses one rule (clinic.visibility): the conditions and treatment sections, the FAQ,
a treatment's "used for" list, a doctor's page, the carousel, the archive and its feed, search and its
suggestions, and the sitemap.
"""

import pytest
from wagtail.models import Page, PageViewRestriction

from conditions.models import ConditionPage
from publications.models import PublicationPage

LISTS = [
    "/aandoeningen/",
    "/vragen/",
    "/behandelingen/shockwave/",
    "/team/sanne-de-wit/",
    "/zoeken/?q=hielspoor",
    "/zoeken/suggesties/?q=hiel",
    "/sitemap.xml",
]
NEWS_LISTS = ["/", "/publicaties/", "/publicaties/feed/", "/aandoeningen/achillespeesklachten/"]


def alias_behind_a_password(original, slug):
    alias = original.create_alias(parent=original.get_parent(), update_slug=slug)
    PageViewRestriction.objects.create(
        page=original, restriction_type=PageViewRestriction.PASSWORD, password="alleen-voor-ons"
    )
    return Page.objects.get(pk=alias.pk)


@pytest.fixture
def hielspoor_alias(demo):
    return alias_behind_a_password(ConditionPage.objects.get(slug="hielspoor"), "hielspoor-kopie")


@pytest.mark.parametrize("url", LISTS)
def test_no_list_names_the_alias_of_a_page_behind_a_password(client, hielspoor_alias, url):
    assert "hielspoor-kopie" not in client.get(url).content.decode()


def test_the_alias_itself_asks_for_the_password(client, hielspoor_alias):
    response = client.get(hielspoor_alias.url)

    assert 'name="password"' in response.content.decode()
    assert ConditionPage.objects.get(slug="hielspoor").summary not in response.content.decode()


@pytest.fixture
def news_alias(demo):
    original = PublicationPage.objects.get(slug="sporten-met-koorts")
    return alias_behind_a_password(original, "sporten-met-koorts-kopie")


@pytest.mark.parametrize("url", NEWS_LISTS)
def test_no_news_list_names_the_alias_of_an_item_behind_a_password(client, news_alias, url):
    assert "sporten-met-koorts-kopie" not in client.get(url).content.decode()


def test_an_alias_of_a_public_page_is_listed_as_before(client, demo):
    original = ConditionPage.objects.get(slug="hielspoor")
    original.create_alias(parent=original.get_parent(), update_slug="hielspoor-kopie")

    assert "hielspoor-kopie" in client.get("/aandoeningen/").content.decode()
