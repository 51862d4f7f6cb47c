"""Every address finds its page as Wagtail would, in a few queries: who may see a page is always read
fresh, and what a web process remembers of the site and the address never outlives a change."""

import pytest
from django.test import Client
from wagtail.models import Page, PageViewRestriction, Site

from conditions.models import ConditionPage
from home.models import HomePage
from serving import routing
from tests.demo_pages import PAGE_OF_EACH_TYPE
from tests.factories import make_condition, make_publication, make_publication_index


def route(rf, path):
    """The page for an address, as the site middleware and Wagtail's serve view find it."""
    request = rf.get(path)
    request._wagtail_site = routing.find_site(request)
    return Page.route_for_request(request, path)


def test_a_page_is_found_in_three_queries_whatever_its_depth(rf, condition_index, django_assert_num_queries):
    make_condition(condition_index, "Hielspoor")

    # The site; the page and its ancestors by address; the page's own row, with whether a view
    # restriction lies on its way. Wagtail's own walk takes eight.
    with django_assert_num_queries(3):
        page, _args, _kwargs = route(rf, "/aandoeningen/hielspoor/")

    assert isinstance(page, ConditionPage) and page.title == "Hielspoor"
    assert [ancestor.title for ancestor in page.route_ancestors] == ["Sportartsen test", "Aandoeningen"]


def test_a_remembered_address_costs_only_the_read_of_the_page(
    rf, condition_index, routes_remembered, django_assert_num_queries
):
    make_condition(condition_index, "Hielspoor")
    route(rf, "/aandoeningen/hielspoor/")

    with django_assert_num_queries(1):
        page, _args, _kwargs = route(rf, "/aandoeningen/hielspoor/")

    assert page.title == "Hielspoor"


def test_an_address_that_is_not_a_page_is_not_found(client, condition_index):
    make_condition(condition_index, "Hielspoor")

    assert client.get("/aandoeningen/bestaat-niet/").status_code == 404
    assert client.get("/aandoeningen/hielspoor/verder/").status_code == 404
    assert client.get("/bestaat-niet/hielspoor/").status_code == 404


def test_a_draft_is_not_found_but_a_live_page_below_a_draft_is(client, condition_index):
    make_condition(condition_index, "Hielspoor", live=False)
    condition_index.unpublish()
    make_condition(ConditionPage.objects.get(slug="hielspoor").get_parent(), "Knieklachten")

    assert client.get("/aandoeningen/hielspoor/").status_code == 404
    assert client.get("/aandoeningen/").status_code == 404
    assert client.get("/aandoeningen/knieklachten/").status_code == 200


def test_a_page_in_a_private_section_asks_for_a_login(client, condition_index):
    make_condition(condition_index, "Hielspoor")
    PageViewRestriction.objects.create(page=condition_index, restriction_type=PageViewRestriction.LOGIN)

    response = client.get("/aandoeningen/hielspoor/")

    assert response.status_code == 302 and "/_util/login/" in response["Location"]


def test_a_password_protected_page_asks_for_its_password(client, condition_index):
    page = make_condition(condition_index, "Hielspoor")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim")

    response = client.get("/aandoeningen/hielspoor/")

    assert response.status_code == 200 and 'name="password"' in response.content.decode()
    assert "Korte uitleg over hielspoor" not in response.content.decode()


def test_an_alias_of_a_private_page_is_private_too(client, site_tree):
    home, index = site_tree
    private = make_condition(index, "Hielspoor")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    other_index = index.copy(to=home, update_attrs={"title": "Klachten", "slug": "klachten"}, keep_live=True)
    private.create_alias(parent=other_index, update_slug="hielspoor-kopie")

    response = client.get("/klachten/hielspoor-kopie/")

    assert response.status_code == 302 and "/_util/login/" in response["Location"]


def test_a_page_made_private_is_closed_although_its_address_was_remembered(client, condition_index, routes_remembered):
    page = make_condition(condition_index, "Hielspoor")
    client.get("/aandoeningen/hielspoor/")

    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    assert client.get("/aandoeningen/hielspoor/").status_code == 302


def test_a_restriction_made_behind_the_caches_back_still_counts(client, condition_index, routes_remembered):
    """A restriction written without signals (a script, a data migration) is read fresh too."""
    page = make_condition(condition_index, "Hielspoor")
    client.get("/aandoeningen/hielspoor/")

    PageViewRestriction.objects.bulk_create([PageViewRestriction(page=page, restriction_type="login")])

    assert client.get("/aandoeningen/hielspoor/").status_code == 302


def test_a_moved_page_answers_at_its_new_address_only(client, site_tree, routes_remembered):
    home, index = site_tree
    make_condition(index, "Hielspoor")
    client.get("/aandoeningen/hielspoor/")
    other_index = index.copy(to=home, update_attrs={"title": "Klachten", "slug": "klachten"}, keep_live=True)

    ConditionPage.objects.get(url_path__endswith="/aandoeningen/hielspoor/").move(other_index, pos="last-child")

    assert client.get("/klachten/hielspoor/").status_code == 200
    assert client.get("/aandoeningen/hielspoor/").status_code in (301, 404)


def test_a_page_moved_behind_the_caches_back_is_not_served_at_its_old_address(client, site_tree, routes_remembered):
    """A remembered address is a hint only: the page read fresh must still live there."""
    _home, index = site_tree
    page = make_condition(index, "Hielspoor")
    client.get("/aandoeningen/hielspoor/")

    Page.objects.filter(pk=page.pk).update(url_path=page.url_path.replace("hielspoor", "hielpijn"), slug="hielpijn")

    assert client.get("/aandoeningen/hielspoor/").status_code == 404
    assert client.get("/aandoeningen/hielpijn/").status_code == 200


def test_a_deleted_page_is_gone_although_its_address_was_remembered(client, condition_index, routes_remembered):
    page = make_condition(condition_index, "Hielspoor")
    client.get("/aandoeningen/hielspoor/")

    Page.objects.filter(pk=page.pk).delete()

    assert client.get("/aandoeningen/hielspoor/").status_code == 404


def test_routes_of_a_page_still_work(client, site_tree):
    home, _index = site_tree
    index = make_publication_index(home)
    make_publication(index, title="Sporten met koorts", slug="sporten-met-koorts")

    assert client.get("/publicaties/").status_code == 200
    assert client.get("/publicaties/feed/")["Content-Type"].startswith("application/rss+xml")
    assert client.get("/publicaties/sporten-met-koorts/").status_code == 200
    assert client.get("/publicaties/bestaat-niet/").status_code == 404


def test_a_renamed_site_shows_its_new_name_at_once(condition_index, routes_remembered):
    client = Client()
    client.get("/aandoeningen/")
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Sportartsen Noord"

    site.save()

    assert "Sportartsen Noord" in client.get("/aandoeningen/").content.decode()


def test_the_home_page_is_read_fresh_with_who_may_see_it(rf, condition_index, routes_remembered):
    route(rf, "/")
    HomePage.objects.filter(pk=condition_index.get_parent().pk).update(title="Welkom")

    page, _args, _kwargs = route(rf, "/")

    assert page.title == "Welkom" and page.known_view_restrictions is not None


def test_each_request_gets_a_home_page_of_its_own(condition_index, routes_remembered, rf):
    first, second = routing.find_site(rf.get("/")), routing.find_site(rf.get("/"))

    assert isinstance(first.root_page, HomePage)
    assert first.root_page is not second.root_page and first is not second


def test_odd_host_names_do_not_fill_the_memory(condition_index, routes_remembered, rf, settings):
    settings.ALLOWED_HOSTS = ["*"]
    for number in range(routing.sites.max_size + 50):
        routing.find_site(rf.get("/", HTTP_HOST=f"host-{number}.example"))

    assert len(routing.sites.items) <= routing.sites.max_size


@pytest.mark.parametrize("url", [url for url in PAGE_OF_EACH_TYPE if url != "/"])
def test_the_pages_read_on_the_way_are_the_pages_ancestors(rf, demo, url):
    page, _args, _kwargs = route(rf, url)

    expected = [ancestor.pk for ancestor in page.get_ancestors().filter(depth__gt=1)]
    assert [ancestor.pk for ancestor in page.route_ancestors] == expected


@pytest.mark.parametrize("url", PAGE_OF_EACH_TYPE)
def test_a_page_read_by_its_built_query_holds_what_the_orm_reads(rf, demo, url):
    page, _args, _kwargs = route(rf, url)

    read = type(page).objects.get(pk=page.pk)
    fields = [field.attname for field in type(page)._meta.concrete_fields]
    assert [page.__dict__[name] for name in fields] == [getattr(read, name) for name in fields]
    assert not page.needs_view_check
