"""No view-restriction subqueries when no page has a view restriction (serving.routing.view_restrictions_exist).

Nearly always no page has a password or login. Then lists and routing leave out the subqueries that look for
one, and the answer is read once per content version. The moment a restriction is added, the version rises
and every list and route checks each page again.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from serving import content_version
from serving.routing import view_restrictions_exist
from tests.factories import make_condition

RESTRICTION_TABLE = PageViewRestriction._meta.db_table


@pytest.fixture
def conditions(condition_index, routes_remembered):
    open_page = make_condition(condition_index, "Hielspoor")
    closed = make_condition(condition_index, "Springersknie")
    return condition_index, open_page, closed


def restriction_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in captured.captured_queries if RESTRICTION_TABLE in query["sql"]]


def titles_listed(client, index):
    return client.get(index.url).content.decode()


def lists_query(sql):
    return "wagtailcore_page" in sql and RESTRICTION_TABLE in sql and "SUBSTR" in sql and "needs_view_check" not in sql


def test_without_restrictions_lists_leave_out_the_subqueries_and_ask_once_whether_any_exists(client, conditions):
    index, _open_page, _closed = conditions
    client.get(index.url)  # the first visit also makes the site's settings rows (a change, a new version)
    first = restriction_queries(client, index.url)
    assert [sql for sql in first if lists_query(sql)] == []
    assert [sql for sql in first if sql.startswith('SELECT 1 AS "a" FROM')] != []
    again = restriction_queries(client, index.url)
    # Only the route's own check of the page asked for remains: no list asks, and the flag is known.
    assert [sql for sql in again if lists_query(sql) or sql.startswith('SELECT 1 AS "a" FROM')] == []


def test_a_new_restriction_takes_effect_at_once_in_lists_and_routes(client, conditions):
    index, _open_page, closed = conditions
    assert "Springersknie" in titles_listed(client, index)
    PageViewRestriction.objects.create(page=closed, restriction_type=PageViewRestriction.PASSWORD, password="geheim")
    assert "Springersknie" not in titles_listed(client, index)
    assert "Hielspoor" in titles_listed(client, index)
    assert b'name="password"' in client.get(closed.url).content


def test_a_removed_restriction_opens_the_page_again(client, conditions):
    index, _open_page, closed = conditions
    restriction = PageViewRestriction.objects.create(
        page=closed, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    assert "Springersknie" not in titles_listed(client, index)
    restriction.delete()
    assert "Springersknie" in titles_listed(client, index)


def test_outside_a_request_every_page_is_checked(conditions):
    assert view_restrictions_exist() is True


def test_the_version_rises_again_when_a_restriction_is_committed(site_tree, django_capture_on_commit_callbacks):
    page = make_condition(site_tree[1], "Knieklachten")
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
        # Another process reading now sees the new version but not the restriction, which is not committed.
        during = content_version.current()
    assert content_version.current() > during
