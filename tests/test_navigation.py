"""The main menu and the footer links come from the admin's navigation settings, never from a list in a template."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from clinic.models import FooterLink, MainMenuItem, NavigationSettings
from locations.models import LocationIndexPage
from people.models import TeamIndexPage
from tests.factories import add_page, make_site_tree, publish


@pytest.fixture
def tree(db):
    home, conditions = make_site_tree()
    team = publish(home, TeamIndexPage(title="Ons team", slug="team", show_in_menus=True))
    return home, conditions, team


def navigation():
    return NavigationSettings.for_site(Site.objects.get(is_default_site=True))


def menu_links(client, url="/"):
    page = BeautifulSoup(client.get(url).content, "html.parser")
    return [(a.get_text(strip=True), a["href"]) for a in page.select("#hoofdmenu a")]


def footer_links(client, url="/"):
    page = BeautifulSoup(client.get(url).content, "html.parser")
    return [(a.get_text(strip=True), a["href"]) for a in page.select(".site-footer__links a")]


def test_without_settings_the_menu_shows_the_pages_marked_for_menus(client, tree):
    assert menu_links(client) == [("Aandoeningen", "/aandoeningen/"), ("Ons team", "/team/")]


def test_the_menu_follows_the_editors_order_and_labels(client, tree):
    home, conditions, team = tree
    settings = navigation()
    settings.main_menu_items = [MainMenuItem(page=team, label="Artsen"), MainMenuItem(page=conditions)]
    settings.save()
    assert menu_links(client) == [("Artsen", "/team/"), ("Aandoeningen", "/aandoeningen/")]


def test_the_menu_leaves_out_drafts_and_private_pages(client, tree):
    home, conditions, team = tree
    draft = add_page(home, LocationIndexPage(title="Locaties", slug="locaties"), live=False)
    PageViewRestriction.objects.create(page=team, restriction_type=PageViewRestriction.LOGIN)
    settings = navigation()
    settings.main_menu_items = [MainMenuItem(page=p) for p in (conditions, draft, team)]
    settings.save()
    assert menu_links(client) == [("Aandoeningen", "/aandoeningen/")]


def test_the_menu_marks_the_current_section(client, tree):
    home, conditions, team = tree
    settings = navigation()
    settings.main_menu_items = [MainMenuItem(page=conditions), MainMenuItem(page=team)]
    settings.save()
    page = BeautifulSoup(client.get("/team/").content, "html.parser")
    assert page.select_one('#hoofdmenu a[aria-current="page"]').get_text(strip=True) == "Ons team"


def test_footer_links_hold_pages_and_addresses_elsewhere(client, tree):
    home, conditions, team = tree
    settings = navigation()
    settings.footer_links = [
        FooterLink(page=team),
        FooterLink(url="https://www.sportzorg.nl/", label="Sportzorg.nl"),
    ]
    settings.save()
    assert footer_links(client) == [("Ons team", "/team/"), ("Sportzorg.nl", "https://www.sportzorg.nl/")]


def test_a_footer_link_needs_a_page_or_an_address_but_not_both(tree):
    home, conditions, team = tree
    with pytest.raises(ValidationError):
        FooterLink(label="Leeg").clean()
    with pytest.raises(ValidationError):
        FooterLink(page=team, url="https://example.org/").clean()


def test_a_footer_link_elsewhere_needs_a_text(tree):
    with pytest.raises(ValidationError) as error:
        FooterLink(url="https://example.org/").clean()
    assert "label" in error.value.message_dict


def test_the_menu_costs_one_query_however_long_it_is(client, tree):
    home, conditions, team = tree
    settings = navigation()
    settings.main_menu_items = [MainMenuItem(page=conditions), MainMenuItem(page=team)] * 4
    settings.save()
    client.get("/")
    with CaptureQueriesContext(connection) as captured:
        client.get("/")
    assert len([q for q in captured.captured_queries if "clinic_mainmenuitem" in q["sql"]]) == 1


def test_an_editor_sets_the_menu_and_footer_links_in_the_admin(client, tree, django_user_model):
    home, conditions, team = tree
    client.force_login(django_user_model.objects.create_superuser("beheer", "b@example.org", "geheim-wachtwoord"))
    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/clinic/navigationsettings/{site.pk}/"
    assert client.get(url).status_code == 200
    data = nested_form_data(
        {
            "main_menu_items": inline_formset(
                [{"page": team.pk, "label": "Artsen"}, {"page": conditions.pk, "label": ""}]
            ),
            "footer_links": inline_formset([{"page": "", "url": "https://www.sportzorg.nl/", "label": "Sportzorg.nl"}]),
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302
    assert menu_links(client) == [("Artsen", "/team/"), ("Aandoeningen", "/aandoeningen/")]
    assert footer_links(client) == [("Sportzorg.nl", "https://www.sportzorg.nl/")]


def test_the_admin_refuses_a_footer_link_without_a_text(client, tree, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("beheer", "b@example.org", "geheim-wachtwoord"))
    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/clinic/navigationsettings/{site.pk}/"
    data = nested_form_data(
        {
            "main_menu_items": inline_formset([]),
            "footer_links": inline_formset([{"page": "", "url": "https://www.sportzorg.nl/", "label": ""}]),
        }
    )
    response = client.post(url, data)
    assert response.status_code == 200
    assert FooterLink.objects.count() == 0


def test_the_menu_is_also_at_the_bottom_of_the_page_where_the_phones_menu_button_leads(client, tree):
    page = BeautifulSoup(client.get("/").content, "html.parser")

    button = page.select_one("[data-menu-button]")
    assert button["href"] == "#menu-onderaan"
    bottom = page.select_one("footer nav#menu-onderaan")
    assert [a.get_text(strip=True) for a in bottom.select("a")] == ["Aandoeningen", "Ons team"]
    # Two menus, each with a name of its own for screen readers.
    assert {nav["aria-label"] for nav in page.select(".main-nav")} == {"Hoofdmenu", "Menu"}
