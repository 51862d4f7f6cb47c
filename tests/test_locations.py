"""Locations: address, opening hours, a route link, and the doctors who work there (chosen on the doctors' pages)."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from home.models import HomePage
from locations.models import LocationIndexPage, LocationPage, OpeningHours
from tests.factories import make_location, make_person, make_site_tree


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


class LocationPageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home, _ = make_site_tree()
        cls.location = make_location(cls.home)
        cls.index = cls.location.get_parent().specific

    def setUp(self):
        self.login()

    def test_locations_live_under_their_index_under_home(self):
        self.assertAllowedParentPageTypes(LocationIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(LocationIndexPage, {LocationPage})
        self.assertAllowedParentPageTypes(LocationPage, {LocationIndexPage})
        self.assertAllowedSubpageTypes(LocationPage, set())

    def test_index_and_location_work_in_site_and_admin(self):
        data = nested_form_data(
            {
                "title": "Sportpoli West",
                "slug": self.location.slug,
                "street_address": "Sportlaan 1",
                "postal_code": "1000 AA",
                "city": "Amsterdam",
                "phone": "088 000 00 01",
                "email": "",
                "opening_hours": inline_formset([{"weekday": "1", "opens": "08:30", "closes": "17:00"}]),
                "directions": "",
                "route_url": "",
            }
        )
        for page in (self.index, self.location):
            with self.subTest(page=page):
                self.assertPageIsRoutable(page)
                self.assertPageIsRenderable(page)
        self.assertPageIsEditable(self.index)
        self.assertPageIsEditable(self.location, post_data=data)
        self.assertPageIsPreviewable(self.location, post_data=data)


def test_a_location_lists_the_live_doctors_who_work_there(client, site_tree):
    location = make_location(site_tree[0])
    make_person(name="Sanne de Wit", locations=[location])
    make_person(name="Elders Werkzaam")
    away = make_person(name="Niet Online", locations=[location])
    away.unpublish()

    names = [a.get_text() for a in soup_of(client.get(location.url)).select(".location__body ul a")]

    assert names == ["dr. Sanne de Wit"]


def test_opening_hours_route_and_phone_are_shown(client, site_tree):
    location = make_location(
        site_tree[0], hours=[(1, datetime.time(8, 30), datetime.time(17, 0)), (4, datetime.time(9), datetime.time(20))]
    )

    soup = soup_of(client.get(location.url))

    hours = [div.get_text(" ", strip=True) for div in soup.select(".opening-hours div")]
    assert hours == ["Maandag 08:30 – 17:00", "Donderdag 09:00 – 20:00"]
    route = next(a for a in soup.select(".location__contact a") if "Plan uw route" in a.get_text())
    assert route["href"].startswith("https://www.google.com/maps/dir/?api=1&destination=Sportlaan+1")
    assert soup.select_one('a[href^="tel:"]')["href"] == "tel:0880000001"


@pytest.mark.django_db
class TestLocationValidation:
    def test_a_dutch_postal_code_is_required(self, site_tree):
        location = make_location(site_tree[0])
        location.postal_code = "12345"
        with pytest.raises(ValidationError) as error:
            location.full_clean()
        assert "postal_code" in error.value.message_dict

    def test_closing_time_comes_after_opening_time(self):
        with pytest.raises(ValidationError):
            OpeningHours(weekday=1, opens=datetime.time(17), closes=datetime.time(9)).clean()
