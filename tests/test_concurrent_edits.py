"""Two people edit one page at once: the later save goes through, so nobody's typing is lost, and the
admin says that it was saved over a newer version, which stays in the page's history."""

import re

import pytest
from django.test import Client

from conditions.models import ConditionPage
from tests.factories import condition_form_data, make_condition, make_person, make_user

LOADED = re.compile(r'name="loaded_revision_id" value="(\d+)"')


@pytest.fixture
def page_and_editors(condition_index):
    author = make_person("Sanne de Wit")
    page = make_condition(condition_index, title="Achillespeesklachten", author=author)
    page.save_revision()
    editors = []
    for name in ("sanne", "joost"):
        client = Client()
        client.force_login(make_user(name, "Beheer", password="een-lang-wachtwoord"))
        editors.append(client)
    return page, author, editors


def opened(client, page):
    """The editor as a browser opens it, with the version it shows."""
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    return LOADED.search(html).group(1)


def save(client, page, author, summary, loaded):
    data = condition_form_data(page.title, author, slug=page.slug, summary=summary)
    return client.post(f"/admin/pages/{page.pk}/edit/", {**data, "loaded_revision_id": loaded}, follow=True)


def test_the_later_of_two_saves_is_kept_and_says_it_saved_over_a_newer_version(page_and_editors):
    page, author, (sanne, joost) = page_and_editors
    sanne_opened, joost_opened = opened(sanne, page), opened(joost, page)

    save(sanne, page, author, "Versie van Sanne.", sanne_opened)
    response = save(joost, page, author, "Versie van Joost.", joost_opened)

    messages = [str(message) for message in response.context["messages"]]
    assert any("nadat u hem opende" in message and "Sanne" in message for message in messages)
    summaries = [revision.as_object().summary for revision in page.revisions.order_by("created_at")]
    assert summaries[-2:] == ["Versie van Sanne.", "Versie van Joost."]
    assert ConditionPage.objects.get(pk=page.pk).get_latest_revision_as_object().summary == "Versie van Joost."


def test_a_save_from_the_newest_version_says_nothing_of_the_kind(page_and_editors):
    page, author, (sanne, _joost) = page_and_editors

    response = save(sanne, page, author, "Versie van Sanne.", opened(sanne, page))

    assert not any("nadat u hem opende" in str(message) for message in response.context["messages"])
