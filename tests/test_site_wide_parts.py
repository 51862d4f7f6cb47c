"""The parts every page shows (menu, footer links, practice details, the text about the collective, partners,
the contact link) are read once per content version and web process, and a change to any of them shows at once."""

from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from clinic.models import FooterLink, NavigationSettings
from locations.models import LocationPage
from partners.models import Partner

SITE_WIDE_TABLES = (
    "clinic_mainmenuitem",
    "clinic_footerlink",
    "clinic_clinicsettings",
    "locations_practicedetails",
    "locations_openinghours",
    "partners_partner",
    "contact_contactpage",
)


def footer(client, url="/aandoeningen/achillespeesklachten/"):
    return BeautifulSoup(client.get(url).content, "html.parser").select_one("footer")


def test_a_second_page_does_not_read_the_site_wide_parts_again(client, demo, routes_remembered):
    client.get("/aandoeningen/hielspoor/")

    with CaptureQueriesContext(connection) as queries:
        assert client.get("/aandoeningen/achillespeesklachten/").status_code == 200

    read = [table for table in SITE_WIDE_TABLES if any(table in query["sql"] for query in queries)]
    assert read == []


def test_without_the_memo_every_page_reads_them(client, demo):
    client.get("/aandoeningen/hielspoor/")

    with CaptureQueriesContext(connection) as queries:
        client.get("/aandoeningen/achillespeesklachten/")

    assert any("clinic_footerlink" in query["sql"] for query in queries)


def test_a_new_footer_link_shows_on_the_next_page_at_once(client, demo, routes_remembered):
    footer(client)
    navigation = NavigationSettings.objects.get()
    FooterLink.objects.create(setting=navigation, url="https://www.thuisarts.nl/", label="Thuisarts.nl", sort_order=99)

    assert "Thuisarts.nl" in [a.get_text(strip=True) for a in footer(client).select(".site-footer__links a")]


def test_a_new_phone_number_of_the_main_location_shows_at_once(client, demo, routes_remembered):
    footer(client)
    location = LocationPage.objects.get(slug="amsterdam-west")
    location.phone = "088 000 00 99"
    location.save_revision().publish()

    assert footer(client).select_one(".practice__phone a").get_text(strip=True) == "Bel 088 000 00 99"


def test_a_new_partner_shows_at_once(client, demo, routes_remembered):
    footer(client)
    Partner.objects.create(name="Sportzorg Nederland", description="Een nieuwe partner.", sort_order=9)

    assert "Sportzorg Nederland" in footer(client).get_text()
