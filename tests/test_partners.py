"""Partners are entered once in the admin, with a logo, and shown in the footer and on the home and about pages."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test.utils import CaptureQueriesContext

from partners.models import Partner
from tests.factories import make_condition, make_image, make_site_tree


@pytest.fixture
def tree(db):
    return make_site_tree()


def partner(name, sort_order, **fields):
    return Partner.objects.create(name=name, sort_order=sort_order, **fields)


def footer_partners(client, url):
    page = BeautifulSoup(client.get(url).content, "html.parser")
    return [li.get_text(" ", strip=True) for li in page.select("footer .partners__list li")]


def test_the_footer_lists_the_partners_in_the_editors_order(client, tree):
    home, conditions = tree
    condition = make_condition(conditions)
    partner("Tweede Kliniek", 2)
    partner("Eerste Bond", 1, description="Wij begeleiden hun sporters.", url="https://bond.example.org/")
    assert footer_partners(client, condition.url) == ["Eerste Bond Wij begeleiden hun sporters.", "Tweede Kliniek"]


def test_a_partner_with_a_website_is_a_link(client, tree):
    home, conditions = tree
    partner("Eerste Bond", 1, url="https://bond.example.org/")
    page = BeautifulSoup(client.get(conditions.url).content, "html.parser")
    assert page.select_one("footer .partner a")["href"] == "https://bond.example.org/"


def test_a_logo_next_to_the_name_is_decorative_unless_it_says_more(client, tree):
    home, conditions = tree
    partner("Eerste Bond", 1, logo=make_image("Logo bond"))
    partner("Tweede Kliniek", 2, logo=make_image("Logo kliniek"), logo_alt="Tweede Kliniek, onderdeel van Zorggroep")
    page = BeautifulSoup(client.get(conditions.url).content, "html.parser")
    assert [img["alt"] for img in page.select("footer .partner__logo")] == [
        "",
        "Tweede Kliniek, onderdeel van Zorggroep",
    ]


def test_logo_text_without_a_logo_is_refused(db):
    with pytest.raises(ValidationError):
        Partner(name="Bond", logo_alt="Een logo").clean()


def test_the_partners_cost_one_query_however_many_have_logos(client, tree):
    home, conditions = tree
    for n in range(5):
        partner(f"Partner {n}", n, logo=make_image(f"Logo {n}"))
    client.get(conditions.url)
    with CaptureQueriesContext(connection) as captured:
        client.get(conditions.url)
    partner_sql = [q for q in captured.captured_queries if "partners_partner" in q["sql"] or "rendition" in q["sql"]]
    # The logos' renditions come from Wagtail's rendition cache once they have been made.
    assert len(partner_sql) == 1


BEFORE = [("clinic", "0001_initial"), ("partners", "0001_initial")]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_partners_from_the_old_footer_setting_become_partners_in_the_same_order():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    apps = executor.loader.project_state(BEFORE).apps
    Site = apps.get_model("wagtailcore", "Site")
    ClinicSettings = apps.get_model("clinic", "ClinicSettings")
    old_partners = [
        {"name": "Kliniek", "description": "Spreekuur", "url": "https://k.example.org/", "logo": None},
        {"name": "Bond", "description": "", "url": "", "logo": None},
    ]
    ClinicSettings.objects.create(
        site=Site.objects.get(is_default_site=True),
        partners=[{"type": "partner", "id": str(n), "value": value} for n, value in enumerate(old_partners)],
    )
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    assert list(Partner.objects.values_list("name", "description", "url")) == [
        ("Kliniek", "Spreekuur", "https://k.example.org/"),
        ("Bond", "", ""),
    ]
