"""What a patient needs to become a patient: the practical pages, the price list, the waiting times against the
Treeknorm, the complaints procedure, who runs the site, and the warnings that keep the figures current."""

import datetime
import decimal
import re
import zoneinfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from clinic.models import ClinicSettings
from examinations.models import ExaminationPage
from locations.models import LocationPage
from people.models import DoctorPage
from practical.models import Price
from roles.groups import DOCTORS, EDITORS
from tests.factories import make_user

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def links(page):
    return {a["href"] for a in page.select("a[href]")}


def text(element):
    return " ".join(element.get_text(" ", strip=True).split())


# Within two clicks of the home page


def test_the_main_menu_leads_to_the_practical_information_and_the_examinations(client, demo):
    menu = soup(client.get("/")).select_one("header nav")

    assert {"/praktisch/", "/onderzoeken/"} <= links(menu)


def test_the_home_page_links_every_practical_topic_and_the_waiting_times(client, demo):
    section = soup(client.get("/")).select_one(".appointment")

    assert [text(a) for a in section.select(".appointment__links a")] == [
        "Uw eerste afspraak",
        "Verwijzing en verzekering",
        "Kosten en vergoeding",
        "Afspraak verzetten of afzeggen",
        "Klachten",
        "Wachttijden en alle praktische informatie",
    ]


def test_the_overview_leads_to_every_topic_and_shows_each_locations_waiting_time(client, demo):
    overview = soup(client.get("/praktisch/"))

    assert {
        "/praktisch/eerste-afspraak/",
        "/praktisch/verwijzing-en-verzekering/",
        "/praktisch/kosten/",
        "/praktisch/afspraak-afzeggen/",
        "/praktisch/klachten/",
    } <= links(overview.select_one("main"))
    locations = [text(heading) for heading in overview.select(".waiting-times__location")]
    assert locations == ["Sportpoli Amsterdam-West", "Sportpoli Utrecht"]


def test_the_first_visit_page_says_to_bring_an_id_also_for_children(client, demo):
    checklist = soup(client.get("/praktisch/eerste-afspraak/")).select_one(".checklist")

    items = [text(item) for item in checklist.select("li")]
    assert any("identiteitsbewijs" in item and "kinderen" in item for item in items)
    assert any("verwijzing" in item for item in items)


# Waiting times


def test_a_waiting_time_is_shown_against_the_treeknorm_in_words(client, demo):
    rows = soup(client.get("/locaties/utrecht/")).select(".waiting-times__row")

    shown = {text(row.dt): text(row.dd) for row in rows}
    assert shown["Eerste afspraak"] == "5 weken (langer dan de norm van 4 weken)"
    assert shown["Behandeling"] == "4 weken (binnen de norm van 7 weken)"
    assert "waiting-times__row--long" in rows[0]["class"]


def test_the_contact_page_shows_the_waiting_times_of_every_location(client, demo):
    page = soup(client.get("/contact/"))

    assert len(page.select(".waiting-times")) == 2


@pytest.mark.parametrize("weeks, message", [(105, "hoogstens 104 weken"), (-1, "niet negatief")])
def test_a_waiting_time_out_of_range_is_refused_with_a_clear_message(demo, weeks, message):
    location = LocationPage.objects.get(slug="utrecht")
    location.waiting_first_visit = weeks

    with pytest.raises(ValidationError) as refused:
        location.full_clean()

    assert message in " ".join(refused.value.message_dict["waiting_first_visit"])


def test_a_waiting_time_over_two_years_is_refused_in_the_admin_and_not_stored(admin_client, demo):
    location = LocationPage.objects.get(slug="utrecht")
    data = nested_form_data(
        {
            "title": location.title,
            "slug": location.slug,
            "street_address": location.street_address,
            "postal_code": location.postal_code,
            "city": location.city,
            "phone": location.phone,
            "opening_hours": inline_formset([]),
            "waiting_first_visit": "150",
            "waiting_measured_on": datetime.date.today().isoformat(),
        }
    )

    response = admin_client.post(f"/admin/pages/{location.pk}/edit/", data)

    assert response.status_code == 200
    assert "Vul een wachttijd in van hoogstens 104 weken." in response.context["form"].errors["waiting_first_visit"]
    assert LocationPage.objects.get(pk=location.pk).waiting_first_visit == 5


def test_waiting_times_without_the_day_they_were_measured_are_refused(demo):
    location = LocationPage.objects.get(slug="utrecht")
    location.waiting_measured_on = None

    with pytest.raises(ValidationError) as refused:
        location.full_clean()

    assert "waiting_measured_on" in refused.value.message_dict


# The price list


def price_form(**overrides):
    return {
        "name": "Proefconsult",
        "category": "consult",
        "amount": "80,00",
        "included": "",
        "valid_from": "2026-01-01",
        "valid_until": "2026-12-31",
        "sort_order": "0",
        **overrides,
    }


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"amount": "-5"}, "amount", "Een prijs kan niet negatief zijn."),
        ({"amount": "vijf euro"}, "amount", "Vul een bedrag in, zoals 95 of 95,50."),
        ({"valid_until": "2025-12-31"}, "valid_until", "De einddatum ligt vóór de begindatum."),
    ],
)
def test_a_wrong_price_is_refused_in_the_admin_and_nothing_is_stored(admin_client, demo, overrides, field, message):
    response = admin_client.post("/admin/snippets/practical/price/add/", price_form(**overrides))

    assert response.status_code == 200
    assert message in response.context["form"].errors[field]
    assert not Price.objects.filter(name="Proefconsult").exists()


def test_changing_a_price_in_the_admin_changes_it_everywhere(admin_client, client, demo, parts_kept):
    for url in ("/onderzoeken/duikkeuring/", "/onderzoeken/", "/praktisch/kosten/"):
        client.get(url)  # their parts are kept now, with the old price
    price = Price.objects.get(name="Duikkeuring")
    form = price_form(
        name=price.name,
        category=price.category,
        amount="117,50",
        included=price.included,
        valid_from=price.valid_from.isoformat(),
        valid_until=price.valid_until.isoformat(),
    )

    response = admin_client.post(f"/admin/snippets/practical/price/edit/{price.pk}/", form)

    assert response.status_code == 302
    assert Price.objects.get(pk=price.pk).amount == decimal.Decimal("117.50")
    for url in ("/onderzoeken/duikkeuring/", "/onderzoeken/", "/praktisch/kosten/"):
        page = client.get(url).content.decode()
        assert "€&nbsp;117,50" in page or "€\xa0117,50" in page, url
        assert "€&nbsp;110" not in page and "€\xa0110" not in page, url


@pytest.mark.parametrize(
    "slug",
    [
        "basisonderzoek",
        "onderzoek-met-inspanningstest",
        "onderzoek-met-ademgasanalyse",
        "keuring-auto-en-motorsport",
        "duikkeuring",
        "keuring-sportopleiding",
    ],
)
def test_every_examination_shows_its_price_from_the_price_list(client, demo, slug):
    examination = ExaminationPage.objects.select_related("price").get(slug=slug)

    facts = text(soup(client.get(examination.url)).select_one(".examination-facts"))

    assert f"€ {examination.price.amount_text}" in facts.replace("\xa0", " ")


def test_the_overview_sets_the_packages_side_by_side_with_their_prices(client, demo):
    table = soup(client.get("/onderzoeken/")).select_one(".comparison__table")

    assert [text(th) for th in table.select("thead th")] == ["Basis", "Inspanning", "Uitgebreid"]
    rows = {text(row.th): [text(cell) for cell in row.select("td")] for row in table.select("tbody tr")}
    assert rows["Ademgasanalyse"] == ["– nee", "– nee", "✓ ja"]
    assert rows["Prijs"] == ["€ 125", "€ 225", "€ 325"]
    packages = ExaminationPage.objects.filter(slug__in=["basisonderzoek", "onderzoek-met-inspanningstest"])
    minutes = dict(packages.values_list("slug", "duration_minutes"))
    assert rows["Duur"][:2] == [f"{minutes['basisonderzoek']} min", f"{minutes['onderzoek-met-inspanningstest']} min"]
    cards = soup(client.get("/onderzoeken/")).select(".examination-card__facts")
    assert cards and all(re.match(r"Ongeveer \d+ minuten", text(facts)) for facts in cards)


def test_the_costs_page_shows_the_year_its_prices_hold_for(client, demo):
    captions = [text(caption) for caption in soup(client.get("/praktisch/kosten/")).select(".price-table__caption")]

    year = datetime.date.today().year
    assert captions and set(captions) == {f"Prijzen in {year}"}


def test_an_expired_price_is_no_longer_shown(client, demo):
    Price.objects.filter(name="Duikkeuring").update(valid_until=datetime.date(2020, 12, 31))

    page = soup(client.get("/onderzoeken/duikkeuring/"))

    assert "Bel ons voor de prijs" in text(page.select_one(".examination-facts"))


# The dashboard keeps the figures current


def dashboard_warning(client):
    return soup(client.get("/admin/")).select_one(
        "#outdated-practical-information-content, #outdated-practical-information"
    )


def test_the_dashboard_is_quiet_while_prices_and_waiting_times_are_current(admin_client, demo):
    assert dashboard_warning(admin_client) is None


def test_the_dashboard_warns_when_the_prices_have_expired(admin_client, admin_user, demo):
    next_year = datetime.datetime(datetime.date.today().year + 1, 1, 2, 10, 0, tzinfo=AMSTERDAM)
    with time_machine.travel(next_year, tick=False):
        admin_client.force_login(admin_user)
        warning = dashboard_warning(admin_client)

    assert warning is not None
    assert "Duikkeuring" in text(warning)
    assert "prijzen zijn verlopen" in text(warning)


def test_the_dashboard_warns_when_waiting_times_are_over_four_weeks_old(admin_client, demo):
    LocationPage.objects.filter(slug="utrecht").update(
        waiting_measured_on=datetime.date.today() - datetime.timedelta(days=29)
    )

    warning = dashboard_warning(admin_client)

    assert "Sportpoli Utrecht" in text(warning)
    assert "Sportpoli Amsterdam-West" not in text(warning)


def test_editors_see_the_warning_and_doctors_do_not(client, demo):
    LocationPage.objects.filter(slug="utrecht").update(waiting_measured_on=None)
    editor, doctor = make_user("redactie-2", EDITORS), make_user("arts-2", DOCTORS)

    client.force_login(editor)
    assert dashboard_warning(client) is not None
    client.force_login(doctor)
    assert dashboard_warning(client) is None


# Complaints and who runs the site


def test_the_complaints_page_names_the_officer_the_six_weeks_and_the_disputes_body(client, demo):
    page = soup(client.get("/praktisch/klachten/"))
    body = text(page.select_one("main"))

    assert "klachten@sportartsencollectief.example" in links(page) or any(
        href == "mailto:klachten@sportartsencollectief.example" for href in links(page)
    )
    assert "binnen 6 weken" in body
    assert "gratis" in body
    assert "https://www.degeschillencommissiezorg.nl/" in links(page)


def test_every_page_says_who_runs_the_site(client, demo):
    identity = text(soup(client.get("/aandoeningen/hielspoor/")).select_one(".site-footer__identity"))

    assert "Sportartsen Collectief B.V." in identity
    assert "KvK 12345678" in identity
    assert "Sportparklaan 12, 1000 AA Amsterdam" in identity
    assert "sport- en bewegingsarts" in identity
    assert "Vereniging voor Sportgeneeskunde" in identity


@pytest.mark.parametrize(
    "field, value, message",
    [("kvk_number", "1234", "8 cijfers"), ("vat_number", "NL12345", "NL123456789B01")],
)
def test_a_malformed_registration_number_of_the_practice_is_refused(demo, field, value, message):
    settings = ClinicSettings.objects.first()
    setattr(settings, field, value)

    with pytest.raises(ValidationError) as refused:
        settings.full_clean()

    assert message in " ".join(refused.value.message_dict[field])


# Doctors' registrations


def test_a_doctor_page_links_the_big_number_to_the_register_and_shows_the_specialist_registration(client, demo):
    page = soup(client.get("/team/sanne-de-wit/"))

    assert "19000000003" in text(page.select_one(".doctor__big"))
    assert page.select_one(".doctor__big a")["href"] == "https://zoeken.bigregister.nl/"
    assert "geregistreerd sinds" in text(page.select_one(".doctor__registration"))


def test_a_big_number_that_is_not_eleven_digits_is_refused(demo):
    doctor = DoctorPage.objects.get(slug="sanne-de-wit")
    doctor.big_number = "1234567890"

    with pytest.raises(ValidationError) as refused:
        doctor.full_clean()

    assert refused.value.message_dict["big_number"] == ["Een BIG-nummer bestaat uit 11 cijfers."]


def test_a_doctor_edits_the_registrations_on_their_own_page_only(client, demo):
    own = DoctorPage.objects.get(slug="sanne-de-wit")
    other = DoctorPage.objects.get(slug="joost-verhoeven")
    doctor = make_user("sanne", DOCTORS, doctor=own)
    client.force_login(doctor)

    editor = client.get(f"/admin/pages/{own.pk}/edit/")
    assert editor.status_code == 200
    assert "big_number" in editor.context["form"].fields
    assert client.get(f"/admin/pages/{other.pk}/edit/").status_code in (302, 403)


def test_editors_keep_the_doctor_pages_but_not_the_registrations_on_them(client, demo):
    doctor = DoctorPage.objects.get(slug="sanne-de-wit")
    client.force_login(make_user("redactie-3", EDITORS))

    editor = client.get(f"/admin/pages/{doctor.pk}/edit/")

    assert editor.status_code == 200
    assert "big_number" not in editor.context["form"].fields
    assert "specialist_registration" not in editor.context["form"].fields


def test_the_roles_hold_the_rights_for_practical_information_after_migrating(db):
    editors = set(Group.objects.get(name=EDITORS).permissions.values_list("codename", flat=True))
    doctors = set(Group.objects.get(name=DOCTORS).permissions.values_list("codename", flat=True))

    assert {"add_price", "change_price", "delete_price", "change_examinationpart"} <= editors
    assert "change_registration" not in editors
    assert "change_registration" in doctors
