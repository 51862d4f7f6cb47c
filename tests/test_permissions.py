"""Each role tries each action in the admin over HTTP and gets exactly what it may.

Allowed means the admin answers 200 (or, for publishing, the page really went live). Denied means
Wagtail's "no permission" answer: a redirect to the dashboard, or a 403.
"""

import datetime

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Site

from conditions.models import ConditionPage
from publications.models import PublicationPage
from roles.groups import DOCTORS, EDITORS, MANAGEMENT, MEDICAL_REVIEWERS
from tests.factories import (
    condition_form_data,
    make_condition,
    make_person,
    make_publication,
    make_publication_index,
    make_reference,
    make_site_tree,
    make_user,
    publication_form_data,
    publish,
    text_section,
)
from tests.layers import DatabaseLayer
from treatments.models import TreatmentIndexPage

ROLES = ("arts", "reviewer", "redactie", "beheer")
Y, N = True, False

# action: (arts, reviewer, redactie, beheer)
MATRIX = {
    "edit a condition page": (Y, Y, N, Y),
    "add a condition page": (Y, Y, N, Y),
    "edit the conditions section": (Y, Y, N, Y),
    "publish a condition page": (N, N, N, Y),
    "edit a news item": (N, N, Y, Y),
    "add a news item": (N, N, Y, Y),
    "publish a news item": (N, N, Y, Y),
    "edit the home page": (N, N, Y, Y),
    "edit the navigation": (N, N, Y, Y),
    "edit the partners": (N, N, Y, Y),
    "add a reference": (Y, Y, N, Y),
    "edit the price list": (N, N, Y, Y),
    "edit the practice's legal details": (N, N, Y, Y),
    "read contact requests": (N, N, N, Y),
    "manage user accounts": (N, N, N, Y),
    "read the site history": (N, N, N, Y),
}


def build_site_and_accounts():
    """A small site with a condition page and a news item, and one account in each role."""
    home, condition_index = make_site_tree()
    publication_index = make_publication_index(home)
    author, reviewer = make_person("Sanne de Wit"), make_person("Joost Verhoeven")
    reference = make_reference()
    condition = make_condition(
        condition_index,
        sections=[text_section(citations=[reference])],
        author=author,
        reviewer=reviewer,
        last_reviewed=datetime.date(2026, 3, 1),
    )
    site = {
        "home": home,
        "condition_index": condition_index,
        "condition": condition,
        "reference": reference,
        "author": author,
        "publication_index": publication_index,
        "news": make_publication(publication_index, title="Nieuwe locatie open", authors=[author]),
    }
    users = {
        "arts": make_user("arts", DOCTORS, doctor=make_person("Mila Jansen")),
        "reviewer": make_user("reviewer", MEDICAL_REVIEWERS, doctor=make_person("Daan Bakker")),
        "redactie": make_user("redactie", EDITORS),
        "beheer": make_user("beheer", MANAGEMENT),
    }
    return site, users


# The matrix asks the same site 56 questions: it is built once (tests/layers.py).
@pytest.fixture(scope="session")
def permissions_layer(request):
    yield from DatabaseLayer.built(request, build_site_and_accounts)


@pytest.fixture
def site_and_accounts(permissions_layer, db):
    return permissions_layer.fresh()


@pytest.fixture
def site(site_and_accounts):
    return site_and_accounts[0]


@pytest.fixture
def users(site_and_accounts):
    return site_and_accounts[1]


def answered(response):
    if response.status_code == 200:
        return True
    if response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/"):
        return False
    raise AssertionError(f"Neither allowed nor denied: {response.status_code} {response.get('Location')}")


def publish_condition(client, site):
    page = site["condition"]
    data = condition_form_data(page.title, site["author"], references=[site["reference"]], slug=page.slug)
    client.post(f"/admin/pages/{page.pk}/edit/", {**data, "summary": "Nieuwe samenvatting.", "action-publish": "1"})
    return ConditionPage.objects.get(pk=page.pk).summary == "Nieuwe samenvatting."


def publish_news(client, site):
    news = site["news"]
    data = publication_form_data("Nieuwe locatie in Noord", site["author"], slug=news.slug)
    client.post(f"/admin/pages/{news.pk}/edit/", {**data, "action-publish": "1"})
    return PublicationPage.objects.get(pk=news.pk).title == "Nieuwe locatie in Noord"


ACTIONS = {
    "edit a condition page": lambda c, s: answered(c.get(f"/admin/pages/{s['condition'].pk}/edit/")),
    "add a condition page": lambda c, s: answered(
        c.get(f"/admin/pages/add/conditions/conditionpage/{s['condition_index'].pk}/")
    ),
    "edit the conditions section": lambda c, s: answered(c.get(f"/admin/pages/{s['condition_index'].pk}/edit/")),
    "publish a condition page": publish_condition,
    "edit a news item": lambda c, s: answered(c.get(f"/admin/pages/{s['news'].pk}/edit/")),
    "add a news item": lambda c, s: answered(
        c.get(f"/admin/pages/add/publications/publicationpage/{s['publication_index'].pk}/")
    ),
    "publish a news item": publish_news,
    "edit the home page": lambda c, s: answered(c.get(f"/admin/pages/{s['home'].pk}/edit/")),
    "edit the navigation": lambda c, s: answered(
        c.get(f"/admin/settings/clinic/navigationsettings/{Site.objects.get(is_default_site=True).pk}/")
    ),
    "edit the partners": lambda c, s: answered(c.get("/admin/snippets/partners/partner/add/")),
    "add a reference": lambda c, s: answered(c.get("/admin/snippets/sources/reference/add/")),
    "edit the price list": lambda c, s: answered(c.get("/admin/snippets/practical/price/add/")),
    "edit the practice's legal details": lambda c, s: answered(
        c.get(f"/admin/settings/clinic/clinicsettings/{Site.objects.get(is_default_site=True).pk}/")
    ),
    "read contact requests": lambda c, s: answered(c.get("/admin/contactsubmission/")),
    "manage user accounts": lambda c, s: answered(c.get("/admin/users/")),
    "read the site history": lambda c, s: answered(c.get("/admin/reports/site-history/")),
}


@pytest.mark.parametrize("action", MATRIX)
@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_exactly_what_it_may(client, site, users, role, action):
    client.force_login(users[role])
    expected = MATRIX[action][ROLES.index(role)]
    assert ACTIONS[action](client, site) is expected


def test_the_four_roles_exist_after_migrating(db):
    names = set(Group.objects.values_list("name", flat=True))
    assert {DOCTORS, MEDICAL_REVIEWERS, EDITORS, MANAGEMENT} <= names
    assert not names & {"Moderators", "Editors"}


def test_the_site_history_is_not_in_the_menu_for_editors(client, users):
    client.force_login(users["redactie"])
    assert "/admin/reports/site-history/" not in client.get("/admin/").content.decode()


def test_management_finds_who_published_what_in_the_site_history(client, site, users):
    client.force_login(users["redactie"])
    publish_news(client, site)
    client.force_login(users["beheer"])
    history = client.get("/admin/reports/site-history/").content.decode()
    assert "Nieuwe locatie in Noord" in history
    assert "Redactie" in history or "redactie" in history


def test_a_new_medical_section_gets_the_doctors_rights_at_once(client, site, users):
    index = publish(site["home"], TreatmentIndexPage(title="Behandelingen", slug="behandelingen"))
    client.force_login(users["arts"])
    assert answered(client.get(f"/admin/pages/add/treatments/treatmentpage/{index.pk}/"))
    assert index.get_workflow().name == "Medische review"
