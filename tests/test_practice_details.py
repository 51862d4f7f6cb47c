"""Where patients look for the practice: the phone number, the address and today's hours in every footer, and
'Afspraak maken' in every header, read from the location page the practice details point at."""

import datetime
import zoneinfo

import pytest
import time_machine
from bs4 import BeautifulSoup

from locations.models import LocationPage, PracticeDetails

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
A_MONDAY = datetime.datetime(2026, 12, 7, 10, 0, tzinfo=AMSTERDAM)
A_SUNDAY = datetime.datetime(2026, 12, 6, 10, 0, tzinfo=AMSTERDAM)


def footer_practice(client, url="/aandoeningen/hielspoor/"):
    return BeautifulSoup(client.get(url).content, "html.parser").select_one("footer .practice")


def test_every_footer_shows_the_main_locations_phone_and_address(client, demo):
    practice = footer_practice(client)

    phone = practice.select_one(".practice__phone a")
    assert phone["href"] == "tel:0880000001"
    assert phone.get_text(strip=True) == "Bel 088 000 00 01"
    assert practice.select_one("address").get_text(" ", strip=True) == "Sportparklaan 12 1000 AA Amsterdam"


@pytest.mark.parametrize("moment, today", [(A_MONDAY, "Vandaag open: 08:30–17:00"), (A_SUNDAY, "Vandaag gesloten")])
def test_the_footer_says_whether_the_practice_is_open_today(client, demo, moment, today):
    with time_machine.travel(moment, tick=False):
        assert footer_practice(client).select_one(".practice__today").get_text(strip=True) == today


def test_the_header_leads_to_the_appointment_page(client, demo):
    soup = BeautifulSoup(client.get("/aandoeningen/hielspoor/").content, "html.parser")

    link = soup.select_one("header .site-header__appointment")
    assert (link.get_text(strip=True), link["href"]) == ("Afspraak maken", "/contact/")


def test_a_phone_number_changed_on_the_location_page_changes_in_every_footer(client, demo):
    location = LocationPage.objects.get(slug="amsterdam-west")
    location.phone = "088 000 00 09"
    location.save_revision().publish()

    assert footer_practice(client, "/").select_one(".practice__phone a")["href"] == "tel:0880000009"


def test_without_practice_details_the_footer_and_header_leave_them_out(client, demo):
    PracticeDetails.objects.all().delete()

    soup = BeautifulSoup(client.get("/").content, "html.parser")

    assert soup.select_one("footer .practice") is None
    assert soup.select_one("header .site-header__appointment") is None


def test_a_location_taken_offline_is_not_shown(client, demo):
    LocationPage.objects.get(slug="amsterdam-west").unpublish()

    assert footer_practice(client, "/") is None
