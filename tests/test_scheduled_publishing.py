"""An editor schedules a news item: it appears in the archive, the carousel and the feed from that moment on.

Wagtail publishes scheduled pages when its `publish_scheduled` command runs
(every minute from cron or the scheduler service). These tests move the
clock with time-machine and run that same command.
"""

import datetime
import io
import re

import feedparser
import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone

from roles.groups import EDITORS
from tests.factories import build_publication, make_person, make_publication, make_user, publication_form_data

GO_LIVE = timezone.make_aware(datetime.datetime(2030, 3, 2, 9, 0))


@pytest.fixture
def scheduled(publication_index):
    make_publication(publication_index, title="Al online", date=datetime.date(2030, 3, 1))
    page = build_publication(title="Ingepland bericht", date=datetime.date(2030, 3, 2))
    publication_index.add_child(instance=page)
    page.go_live_at = GO_LIVE
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def visible_everywhere(client, home, archive, page):
    """Where the item shows up for a visitor: archive, carousel, feed, its own address."""
    archive_soup = BeautifulSoup(client.get(archive.url).content, "html.parser")
    home_soup = BeautifulSoup(client.get(home.url).content, "html.parser")
    feed = feedparser.parse(client.get(archive.url + "feed/").content)
    return {
        "archive": page.title in [h.get_text(strip=True) for h in archive_soup.select(".archive-item__title")],
        "carousel": page.title in [a.get_text(strip=True) for a in home_soup.select(".carousel .publication-card a")],
        "feed": page.title in [entry.title for entry in feed.entries],
        "own_page": client.get(f"{archive.url}{page.slug}/").status_code == 200,
    }


NOWHERE = {"archive": False, "carousel": False, "feed": False, "own_page": False}
EVERYWHERE = {"archive": True, "carousel": True, "feed": True, "own_page": True}


def run_scheduler():
    call_command("publish_scheduled", stdout=io.StringIO())


def test_a_scheduled_item_is_not_live_before_its_moment(scheduled):
    assert scheduled.live is False
    assert scheduled.go_live_at == GO_LIVE


def test_a_scheduled_item_is_hidden_until_its_moment(client, site_tree, publication_index, scheduled):
    with time_machine.travel(GO_LIVE - datetime.timedelta(minutes=1), tick=False):
        run_scheduler()
        assert visible_everywhere(client, site_tree[0], publication_index, scheduled) == NOWHERE


def test_a_scheduled_item_appears_everywhere_once_its_moment_has_come(client, site_tree, publication_index, scheduled):
    with time_machine.travel(GO_LIVE + datetime.timedelta(minutes=1), tick=False):
        run_scheduler()
        assert visible_everywhere(client, site_tree[0], publication_index, scheduled) == EVERYWHERE


def test_an_item_with_an_expiry_moment_leaves_the_lists_at_that_moment(client, site_tree, publication_index):
    expires = timezone.now() + datetime.timedelta(days=1)
    page = make_publication(publication_index, title="Tijdelijk bericht", expire_at=expires)
    home = site_tree[0]

    assert visible_everywhere(client, home, publication_index, page)["archive"] is True
    with time_machine.travel(expires + datetime.timedelta(minutes=1), tick=False):
        # Even before the scheduler has run, the lists leave it out.
        seen = visible_everywhere(client, home, publication_index, page)
        assert (seen["archive"], seen["carousel"], seen["feed"]) == (False, False, False)


def test_the_scheduler_command_publishes_what_is_due(client, site_tree, publication_index, scheduled):
    with time_machine.travel(GO_LIVE + datetime.timedelta(minutes=1), tick=False):
        call_command("run_scheduler", "--once", stdout=io.StringIO())
        scheduled.refresh_from_db()
        assert scheduled.live is True


@pytest.fixture
def editor(client, db):
    client.force_login(make_user("redacteur", EDITORS))
    return client


def test_the_schedule_dialog_schedules_in_one_action_with_the_browsers_date_fields(editor, publication_index):
    item = make_publication(publication_index, title="Nieuw bericht", live=False)
    html = editor.get(f"/admin/pages/{item.pk}/edit/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("input", attrs={"name": "go_live_at"})["type"] == "datetime-local"
    assert soup.find("input", attrs={"name": "expire_at"})["type"] == "datetime-local"
    button = soup.find("button", attrs={"data-schedule-now": True})
    assert button["name"] == "action-publish"
    # Wagtail's icon markup confuses the HTML parser inside the button: read its label from the source.
    assert re.search(r"data-schedule-now>.*?<em[^>]*>Inplannen</em>", html, re.S)


def test_inplannen_schedules_the_item_at_the_chosen_moment(editor, publication_index, site_tree):

    item = make_publication(publication_index, title="Nieuw bericht", live=False)
    author = make_person("Sanne de Wit")
    data = publication_form_data(item.title, author, slug=item.slug, go_live_at="2030-03-02T09:00")
    response = editor.post(f"/admin/pages/{item.pk}/edit/", {**data, "action-publish": "action-publish"})
    assert response.status_code == 302
    item.refresh_from_db()
    assert not item.live
    assert item.scheduled_revision.approved_go_live_at == GO_LIVE
    with time_machine.travel(GO_LIVE + datetime.timedelta(minutes=1)):
        call_command("publish_scheduled", stdout=io.StringIO())
    item.refresh_from_db()
    assert item.live
