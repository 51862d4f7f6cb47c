"""The contact and appointment form: stored, announced to the clinic by mail, and hard to abuse."""

import smtplib
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.test import Client
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from contact.models import ContactPage, ContactSubmission, PrivacyPage
from examinations.models import ExaminationPage
from home.models import HomePage
from tests.factories import make_contact_page, make_location, make_privacy_page, make_site_tree


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    # The rate limit counts in the cache; every test starts with a clean count.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home(db):
    return make_site_tree()[0]


@pytest.fixture
def location(home):
    return make_location(home, title="Sportpoli West")


@pytest.fixture
def contact_page(home, location):
    return make_contact_page(home, privacy_page=make_privacy_page(home))


def valid_data(chosen_location=None, **overrides):
    data = {
        "kind": "afspraak",
        "name": "Fatima el Idrissi",
        "email": "fatima@example.nl",
        "phone": "06 12 34 56 78",
        "location": str(chosen_location.pk) if chosen_location else "",
        "has_referral": "ja",
        "message": "Sinds drie maanden pijn onder mijn hiel, vooral 's ochtends.",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def test_the_form_asks_for_everything_a_request_needs(client, contact_page):
    page = soup_of(client.get(contact_page.url))
    form = page.select_one("form.contact-form")
    names = {field["name"] for field in form.select("input, textarea") if field.get("name")}
    assert {"kind", "name", "email", "phone", "location", "has_referral", "message", "consent"} <= names
    for field_id in ("id_name", "id_email", "id_phone", "id_message", "id_consent"):
        assert page.select_one(f'label[for="{field_id}"]'), field_id
    assert [legend.get_text(strip=True) for legend in form.select("legend")] == [
        "Waarover gaat uw bericht?",
        "Voorkeur voor een locatie (niet verplicht)",
        "Hebt u een verwijzing van uw huisarts of een andere arts? (alleen bij een afspraak)",
    ]


def test_the_location_choice_offers_no_preference_and_every_live_location(client, contact_page, home):
    make_location(home, title="Sportpoli Oost")
    page = soup_of(client.get(contact_page.url))
    labels = [label.get_text(strip=True) for label in page.select("#id_location label")]
    assert labels == ["Geen voorkeur", "Sportpoli Oost", "Sportpoli West"]


def test_the_consent_links_to_the_privacy_statement(client, contact_page):
    page = soup_of(client.get(contact_page.url))
    assert page.select_one(".form-field--check a")["href"] == contact_page.privacy_page.url


def test_the_honeypot_is_out_of_sight_and_out_of_the_tab_order(client, contact_page):
    page = soup_of(client.get(contact_page.url))
    trap = page.select_one(".contact-form__trap input[name=website]")
    assert trap["tabindex"] == "-1"
    assert trap["autocomplete"] == "off"


def test_a_valid_request_is_stored(client, contact_page, location):
    client.post(contact_page.url, valid_data(location))
    submission = ContactSubmission.objects.get()
    assert submission.page.pk == contact_page.pk
    assert submission.kind == "afspraak"
    assert submission.name == "Fatima el Idrissi"
    assert submission.email == "fatima@example.nl"
    assert submission.phone == "06 12 34 56 78"
    assert submission.location.pk == location.pk
    assert submission.location_name == "Sportpoli West"
    assert submission.has_referral is True
    assert submission.message.startswith("Sinds drie maanden")
    assert submission.consent_given_at is not None
    assert submission.handled is False


def test_a_valid_request_leads_to_the_confirmation_page(client, contact_page, location):
    response = client.post(contact_page.url, valid_data(location), follow=True)
    assert response.redirect_chain == [(contact_page.url + "bedankt/", 302)]
    page = soup_of(response)
    assert page.h1.get_text(strip=True) == "Bedankt voor uw bericht"
    assert "Wij reageren binnen twee werkdagen." in page.get_text()
    assert page.select_one('meta[name="robots"]')["content"] == "noindex"


def test_a_valid_request_mails_the_clinic_without_the_health_details(client, contact_page, location):
    client.post(contact_page.url, valid_data(location))
    submission = ContactSubmission.objects.get()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["praktijk@example.org"]
    assert message.reply_to == ["fatima@example.nl"]
    assert message.subject == "Website: Afspraakverzoek van Fatima el Idrissi"
    assert "Sportpoli West" in message.body
    assert f"/admin/contactsubmission/inspect/{submission.pk}/" in message.body
    assert "hiel" not in message.body


def test_no_preference_for_a_location_is_stored_as_none(client, contact_page):
    client.post(contact_page.url, valid_data(None))
    submission = ContactSubmission.objects.get()
    assert submission.location is None
    assert submission.location_name == ""


def test_a_request_is_kept_when_the_mail_server_is_down(client, contact_page, location):
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=smtplib.SMTPException("down")):
        response = client.post(contact_page.url, valid_data(location))
    assert response.status_code == 302
    assert ContactSubmission.objects.count() == 1


def test_the_honeypot_rejects_the_post_and_stores_nothing(client, contact_page, location):
    response = client.post(contact_page.url, valid_data(location, website="http://spam.example"))
    assert response.status_code == 400
    assert ContactSubmission.objects.count() == 0
    assert mail.outbox == []
    assert "Uw bericht is niet verstuurd" in soup_of(response).get_text()


def test_without_consent_nothing_is_stored_and_the_form_keeps_what_was_typed(client, contact_page, location):
    data = valid_data(location)
    del data["consent"]
    response = client.post(contact_page.url, data)
    assert response.status_code == 200
    assert ContactSubmission.objects.count() == 0
    page = soup_of(response)
    assert "Zonder uw toestemming" in page.select_one(".notice--error").get_text()
    assert page.select_one("#id_name")["value"] == "Fatima el Idrissi"
    assert page.select_one("#id_message").get_text().strip().startswith("Sinds drie maanden")
    assert page.select_one("#id_consent")["aria-invalid"] == "true"
    assert page.title.get_text().startswith("Fout:")


def test_the_error_summary_links_to_each_field_in_error(client, contact_page):
    page = soup_of(client.post(contact_page.url, {"consent": "on", "kind": "afspraak"}))
    links = [a["href"] for a in page.select(".notice--error a")]
    # A radio group's link leads to its first choice, so the focus lands where the answer goes.
    assert links == ["#id_name", "#id_email", "#id_has_referral_0", "#id_message"]
    for href in links:
        assert page.select_one(href), href


@pytest.mark.parametrize(
    "overrides",
    [
        {"message": "x" * 2001},
        {"name": "y" * 101},
        {"name": "Fatima\r\nBcc: iedereen@example.org"},
        {"name": "Fatima\x00"},
        {"name": "<script>alert(1)</script>"},
        {"email": "geen-adres"},
        {"email": "a@example.org\nBcc: b@example.org"},
        {"phone": "bel me maar"},
        {"location": "abc"},
        {"location": "999999"},
        {"location": "1 OR 1=1"},
        {"kind": "iets anders"},
        {"has_referral": "misschien"},
        {"has_referral": ""},
        {"kind": "onderzoek"},
        {"kind": "onderzoek", "examination": "999999"},
        {"message": "   "},
    ],
    ids=lambda overrides: "+".join(f"{key}={value}" for key, value in overrides.items()),
)
def test_bad_values_get_a_form_error_and_store_nothing(client, contact_page, location, overrides):
    response = client.post(contact_page.url, valid_data(location, **overrides))
    assert response.status_code == 200
    assert soup_of(response).select(".form-field__error")
    assert ContactSubmission.objects.count() == 0
    assert mail.outbox == []


def test_a_draft_location_cannot_be_chosen(client, contact_page, home, location):
    draft = make_location(home, title="Sportpoli Noord")
    draft.unpublish()
    response = client.post(contact_page.url, valid_data(draft))
    assert "Kies een van de locaties" in soup_of(response).get_text()
    assert ContactSubmission.objects.count() == 0


@pytest.mark.parametrize(
    "body,content_type",
    [
        (b"", "application/x-www-form-urlencoded"),
        (b"name=%FF%FE&email=%C0", "application/x-www-form-urlencoded"),
        (b'{"name": "Fatima"}', "application/json"),
        (b'--grens\r\nContent-Disposition: form-data; name="name"\r\n\r\nA', "multipart/form-data; boundary=grens"),
        (b"&&&===&name", "application/x-www-form-urlencoded"),
    ],
    ids=["empty", "bad-bytes", "json", "broken-multipart", "garbled"],
)
def test_malformed_posts_never_give_a_server_error(client, contact_page, body, content_type):
    response = client.generic("POST", contact_page.url, body, content_type=content_type)
    assert 200 <= response.status_code < 500
    assert ContactSubmission.objects.count() == 0


def test_a_repeated_field_does_not_break_the_form(client, contact_page, location):
    data = valid_data(location)
    data["name"] = ["Fatima el Idrissi", "Iemand anders"]
    response = client.post(contact_page.url, data)
    assert response.status_code in (200, 302)
    assert ContactSubmission.objects.count() <= 1


def test_a_huge_post_is_refused_with_a_400(client, contact_page, location):
    response = client.post(contact_page.url, valid_data(location, message="x" * 3_000_000))
    assert response.status_code == 400
    assert ContactSubmission.objects.count() == 0


def test_a_post_without_its_security_token_gets_a_dutch_explanation(contact_page, location):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(contact_page.url, valid_data(location))
    assert response.status_code == 403
    assert "Uw formulier is niet verstuurd" in response.content.decode()
    assert ContactSubmission.objects.count() == 0


def test_the_rate_limit_refuses_more_posts_from_one_address_and_keeps_what_was_typed(
    client, contact_page, location, settings
):
    settings.CONTACT_RATE_LIMIT = 2
    for _ in range(2):
        assert client.post(contact_page.url, valid_data(location)).status_code == 302
    response = client.post(contact_page.url, valid_data(location, name="Derde Poging"))
    assert response.status_code == 429
    assert response["Retry-After"] == str(settings.CONTACT_RATE_WINDOW)
    assert ContactSubmission.objects.count() == 2
    page = soup_of(response)
    assert "Uw bericht is nog niet verstuurd" in page.get_text()
    assert page.select_one("#id_name")["value"] == "Derde Poging"


def test_the_rate_limit_counts_each_address_on_its_own(client, contact_page, location, settings):
    settings.CONTACT_RATE_LIMIT = 1
    assert client.post(contact_page.url, valid_data(location), REMOTE_ADDR="192.0.2.1").status_code == 302
    assert client.post(contact_page.url, valid_data(location), REMOTE_ADDR="192.0.2.1").status_code == 429
    assert client.post(contact_page.url, valid_data(location), REMOTE_ADDR="192.0.2.2").status_code == 302


def test_a_forged_forwarded_for_header_does_not_dodge_the_rate_limit(client, contact_page, location, settings):
    settings.CONTACT_RATE_LIMIT = 1
    settings.TRUSTED_PROXY_COUNT = 0
    client.post(contact_page.url, valid_data(location), HTTP_X_FORWARDED_FOR="198.51.100.1")
    response = client.post(contact_page.url, valid_data(location), HTTP_X_FORWARDED_FOR="198.51.100.2")
    assert response.status_code == 429


def test_behind_a_trusted_proxy_the_visitors_own_address_is_counted(client, contact_page, location, settings):
    settings.CONTACT_RATE_LIMIT = 1
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    assert (
        client.post(contact_page.url, valid_data(location), HTTP_X_FORWARDED_FOR="192.0.2.1", **proxy).status_code
        == 302
    )
    assert (
        client.post(contact_page.url, valid_data(location), HTTP_X_FORWARDED_FOR="192.0.2.2", **proxy).status_code
        == 302
    )
    assert (
        client.post(contact_page.url, valid_data(location), HTTP_X_FORWARDED_FOR="192.0.2.1", **proxy).status_code
        == 429
    )


@pytest.fixture
def admin_client_logged_in(client, db):
    user = get_user_model().objects.create_superuser("beheer", "beheer@example.org", "geheim-wachtwoord")
    client.force_login(user)
    return client


def test_staff_see_requests_in_the_admin(admin_client_logged_in, contact_page, location):
    Client().post(contact_page.url, valid_data(location))
    submission = ContactSubmission.objects.get()
    listing = admin_client_logged_in.get("/admin/contactsubmission/")
    assert listing.status_code == 200
    assert "Fatima el Idrissi" in listing.content.decode()
    detail = admin_client_logged_in.get(f"/admin/contactsubmission/inspect/{submission.pk}/")
    assert "Sinds drie maanden pijn onder mijn hiel" in detail.content.decode()


def test_staff_can_mark_a_request_as_handled_but_not_change_what_was_sent(
    admin_client_logged_in, contact_page, location
):
    Client().post(contact_page.url, valid_data(location))
    submission = ContactSubmission.objects.get()
    admin_client_logged_in.post(
        f"/admin/contactsubmission/edit/{submission.pk}/", {"handled": "on", "message": "Veranderd", "name": "X"}
    )
    submission.refresh_from_db()
    assert submission.handled is True
    assert submission.name == "Fatima el Idrissi"
    assert submission.message.startswith("Sinds drie maanden")


def test_nobody_adds_a_request_by_hand_in_the_admin(admin_client_logged_in, contact_page):
    response = admin_client_logged_in.get("/admin/contactsubmission/new/")
    assert response.status_code in (302, 403)
    assert ContactSubmission.objects.count() == 0


class ContactAndPrivacyPageAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home, _ = make_site_tree()

    def setUp(self):
        self.login()

    def test_the_contact_and_privacy_pages_sit_once_under_the_home_page(self):
        for page_type in (ContactPage, PrivacyPage):
            with self.subTest(page_type=page_type):
                self.assertAllowedParentPageTypes(page_type, {HomePage})
                self.assertAllowedSubpageTypes(page_type, set())

    def test_an_editor_can_create_the_privacy_page_and_then_the_contact_page(self):
        privacy = nested_form_data(
            {
                "title": "Privacyverklaring",
                "slug": "privacy",
                "intro": rich_text("<p>Zo gaan wij met uw gegevens om.</p>"),
                "last_updated": "2026-11-01",
                "body": streamfield([]),
            }
        )
        self.assertCanCreate(self.home, PrivacyPage, privacy)
        privacy_page = PrivacyPage.objects.get()
        contact = nested_form_data(
            {
                "title": "Contact",
                "slug": "contact",
                "intro": rich_text("<p>Stel uw vraag.</p>"),
                "recipient_email": "praktijk@example.org",
                "privacy_page": str(privacy_page.pk),
                "thank_you_heading": "Bedankt",
                "thank_you_text": rich_text("<p>Wij reageren snel.</p>"),
            }
        )
        self.assertCanCreate(self.home, ContactPage, contact)
        contact_page = ContactPage.objects.get()
        for page, data in ((privacy_page, privacy), (contact_page, contact)):
            with self.subTest(page=page):
                self.assertPageIsRoutable(page)
                self.assertPageIsRenderable(page)
                self.assertPageIsEditable(page, post_data=data)
                self.assertPageIsPreviewable(page, post_data=data)

    def test_the_confirmation_is_a_route_of_the_contact_page(self):
        page = make_contact_page(self.home)
        self.assertPageIsRoutable(page, "bedankt/")
        self.assertPageIsRenderable(page, "bedankt/")


def test_the_admin_dashboard_lists_open_requests_oldest_first(admin_client_logged_in, contact_page, location):
    for name in ("Eerste Patiënt", "Tweede Patiënt", "Derde Patiënt"):
        Client().post(contact_page.url, valid_data(location, name=name))
    ContactSubmission.objects.filter(name="Tweede Patiënt").update(handled=True)
    page = soup_of(admin_client_logged_in.get("/admin/"))
    panel = page.select_one("#open-contact-requests-content") or page.select_one("#open-contact-requests")
    assert [a.get_text(strip=True) for a in panel.select("td.title a")] == ["Eerste Patiënt", "Derde Patiënt"]
    assert "Er staan 2 verzoeken open." in panel.get_text()


# The kinds of message: an appointment asks about a referral, an examination request names the examination.


def test_the_referral_question_explains_what_follows_from_each_answer(client, contact_page):
    help_text = soup_of(client.get(contact_page.url)).select_one("#id_has_referral_helptext").get_text(" ", strip=True)

    assert "eigen risico" in help_text
    assert "Vraag die eerst aan uw huisarts" in help_text
    assert "onderzoek of een keuring hebt u geen verwijzing nodig" in help_text


def test_a_question_is_stored_without_an_answer_about_a_referral(client, contact_page, location):
    client.post(contact_page.url, valid_data(location, kind="vraag", has_referral="ja"))

    assert ContactSubmission.objects.get().has_referral is None


def test_the_request_button_of_an_examination_chooses_it_on_the_form(client, demo):
    page = soup_of(client.get("/onderzoeken/duikkeuring/"))
    request_url = page.select_one("a.button[href*='onderzoek=']")["href"]

    form = soup_of(client.get(request_url)).select_one("form.contact-form")

    assert form.select_one('input[name="kind"][value="onderzoek"]').has_attr("checked")
    assert form.select_one('select[name="examination"] option[selected]').get_text(strip=True) == "Duikkeuring"


def test_an_unknown_examination_in_the_address_chooses_nothing(client, demo):
    form = soup_of(client.get("/contact/?onderzoek=bestaat-niet")).select_one("form.contact-form")

    assert not form.select('input[name="kind"][checked]')
    assert not form.select('select[name="examination"] option[selected][value]:not([value=""])')


def test_an_examination_request_is_stored_with_the_examination_and_without_a_referral(client, demo):
    diving = ExaminationPage.objects.get(slug="duikkeuring")
    response = client.post("/contact/", valid_data(kind="onderzoek", examination=str(diving.pk), has_referral=""))

    assert response.status_code == 302
    submission = ContactSubmission.objects.get()
    assert submission.get_kind_display() == "Aanvraag onderzoek of keuring"
    assert (submission.examination, submission.examination_name, submission.has_referral) == (
        diving,
        "Duikkeuring",
        None,
    )
