"""`load_demo_content` builds a complete demo site, and running it twice changes nothing."""

import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, Revision

from clinic.models import ClinicSettings, FooterLink, MainMenuItem
from conditions.models import ConditionPage
from contact.models import ContactPage
from home.models import FeaturedCondition
from partners.models import Partner
from people.models import DoctorPage
from publications.models import PublicationPage
from roles.groups import DOCTORS, EDITORS, MANAGEMENT, MEDICAL_REVIEWERS
from sources.models import Reference

EXAMPLE_TREATMENTS = [
    "Oefentherapie",
    "Shockwave",
    "Therapiezool",
    "Nachtspalk",
    "Botox",
    "Plaatjesrijk plasma (PRP of ACP)",
    "Prolotherapie",
    "Corticosteroïden",
    "Operatie",
]
SECTION_TYPES = {
    "text",
    "figure",
    "risk_factors",
    "symptoms",
    "diagnosis",
    "self_care",
    "contact_doctor",
    "treatment_overview",
    "treatment",
    "treatment_group",
    "faq",
}


@pytest.fixture
def demo(demo):
    return ConditionPage.objects.get(slug="hielspoor")


def snapshot():
    return {
        "pages": list(Page.objects.order_by("path").values_list("path", "title", "latest_revision_id", "live")),
        "revisions": Revision.objects.count(),
        "log_entries": PageLogEntry.objects.count(),
        "references": list(Reference.objects.order_by("pk").values()),
        "doctors": list(DoctorPage.objects.order_by("pk").values("pk", "title", "photo", "latest_revision")),
        "images": list(get_image_model().objects.order_by("pk").values_list("pk", "file")),
        "settings": list(ClinicSettings.objects.values_list("pk", "about_text")),
        "partners": list(Partner.objects.order_by("pk").values()),
        "menu": list(MainMenuItem.objects.order_by("pk").values()),
        "footer_links": list(FooterLink.objects.order_by("pk").values()),
        "featured": list(FeaturedCondition.objects.order_by("pk").values()),
        "tags": list(Tag.objects.order_by("pk").values_list("pk", "name")),
        "publication_links": list(
            PublicationPage.objects.order_by("pk").values_list(
                "pk", "tagged_items__tag", "authors__doctor", "related_conditions"
            )
        ),
    }


def test_running_the_command_twice_changes_nothing(demo):
    before = snapshot()
    call_command("load_demo_content", stdout=io.StringIO())
    assert snapshot() == before


def test_the_hielspoor_page_uses_every_section_type(demo):
    assert {block.block_type for block in demo.sections} == SECTION_TYPES


def test_the_hielspoor_page_has_all_nine_treatments_of_the_example(demo):
    names = [child["name"] for entry in demo.treatment_navigation for child in (entry["children"] or [entry])]
    assert names == EXAMPLE_TREATMENTS


def test_the_hielspoor_page_is_served_at_its_expected_address(client, demo):
    response = client.get("/aandoeningen/hielspoor/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Hielspoor"


def test_the_hielspoor_page_shows_who_wrote_and_reviewed_it(client, demo):
    content = client.get(demo.url).content.decode()
    assert demo.author.title in content
    assert demo.reviewer.title in content
    assert "Laatst gecontroleerd" in content


def test_the_illustration_has_alt_text_and_credit(client, demo):
    soup = BeautifulSoup(client.get(demo.url).content, "html.parser")
    figure = soup.select_one("figure.figure")
    assert figure.img["alt"].startswith("Tekening van een voet")
    assert "Illustratie:" in figure.figcaption.get_text()


def test_the_demo_has_at_least_three_questions_on_hielspoor(demo):
    faq = next(block for block in demo.sections if block.block_type == "faq")
    assert len(faq.value["questions"]) >= 3


def test_achillespeesklachten_shares_references_with_hielspoor(demo):
    achilles = ConditionPage.objects.get(slug="achillespeesklachten")
    shared = {ref.pk for ref in demo.references} & {ref.pk for ref in achilles.references}
    assert len(shared) >= 2


def test_every_reference_the_example_cites_is_in_the_reference_list(demo):
    surnames = [ref.first_author for ref in demo.references]
    for expected in ["van Leeuwen", "Rathleff", "Dizon", "Berbrayer", "Monto", "Herber", "Fong", "Chutumstid", "Ang"]:
        assert expected in surnames


def test_the_footer_shows_the_collective_its_links_and_its_partners(client, demo):
    soup = BeautifulSoup(client.get(demo.url).content, "html.parser")
    footer = soup.select_one("footer")
    assert "Over het collectief" in footer.get_text()
    assert [a.get_text(strip=True) for a in footer.select(".site-footer__links a")][:6] == [
        "Praktische informatie",
        "Klachten",
        "Over het collectief",
        "Publicaties",
        "Veelgestelde vragen",
        "Privacyverklaring",
    ]
    assert [li.get_text(" ", strip=True).split(" ")[0] for li in footer.select(".partners__list li")] == [
        "Bergman",
        "NOC*NSF",
    ]


def test_the_demo_has_two_partners_with_logos(demo):
    assert [(p.name, bool(p.logo)) for p in Partner.objects.all()] == [("Bergman Clinics", True), ("NOC*NSF", True)]


def test_the_demo_menu_reaches_every_section_and_the_contact_page(client, demo):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert [a.get_text(strip=True) for a in soup.select("#hoofdmenu a")] == [
        "Aandoeningen",
        "Behandelingen",
        "Oefeningen",
        "Keuringen",
        "Praktisch",
        "Ons team",
        "Locaties",
        "Contact",
    ]


def test_the_demo_home_page_features_six_conditions_and_introduces_the_collective(client, demo):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert [h3.get_text(strip=True) for h3 in soup.select(".featured h3")] == [
        "Hielspoor",
        "Pijn voor in de knie",
        "Lage rugpijn",
        "Achillespeesklachten",
        "Schouderpijn bij werpsporten",
        "Tennisarm",
    ]
    assert soup.select_one(".about-teaser a")["href"] == "/over-ons/"


def test_the_demo_contact_form_links_to_the_privacy_statement(client, demo):
    contact = ContactPage.objects.get()
    assert contact.privacy_page.live
    soup = BeautifulSoup(client.get(contact.url).content, "html.parser")
    assert soup.select_one(".form-field--check a")["href"] == "/privacy/"


def test_the_demo_has_seventeen_publications_over_three_years(demo):
    publications = PublicationPage.objects.live()
    assert publications.count() == 17
    assert {p.publication_date.year for p in publications} == {2024, 2025, 2026}


def test_demo_publications_have_authors_and_topics_and_some_have_photos(demo):
    publications = PublicationPage.objects.live()
    assert all(p.authors.exists() for p in publications)
    assert all(p.tags.exists() for p in publications)
    with_photos = [p for p in publications if p.listing_image]
    assert len(with_photos) >= 3
    assert all(p.listing_image_alt for p in with_photos)


@pytest.mark.parametrize("url", ["/", "/aandoeningen/hielspoor/"])
def test_the_carousel_shows_the_ten_newest_demo_publications(client, demo, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    cards = soup.select("[data-carousel] .publication-card")
    assert len(cards) == 10
    assert cards[0].time.get_text(strip=True) == "10 november 2026"


def test_hielspoor_shows_its_related_news(client, demo):
    soup = BeautifulSoup(client.get(demo.url).content, "html.parser")
    assert soup.select(".related-publications .publication-card")


def test_the_demo_has_five_doctors_with_portraits_roles_and_expertise(demo):
    doctors = DoctorPage.objects.live()
    assert doctors.count() == 5
    for doctor in doctors:
        assert doctor.photo and doctor.photo_alt
        assert doctor.roles.exists()
        assert doctor.expertise.exists()


def test_author_and_reviewer_names_link_to_their_doctor_pages(client, demo):
    soup = BeautifulSoup(client.get(demo.url).content, "html.parser")
    links = {a.get_text(strip=True): a["href"] for a in soup.select(".accountability--compact a")}
    assert links == {demo.author.display_name: demo.author.url, demo.reviewer.display_name: demo.reviewer.url}


def test_the_demo_treatment_pages_know_where_they_are_used(client, demo):
    from treatments.models import TreatmentPage

    pages = {page.slug: page for page in TreatmentPage.objects.live()}
    assert set(pages) == {
        "brace-of-tape",
        "injectie-met-corticosteroiden",
        "oefentherapie",
        "prolotherapie",
        "prp-injectie",
        "shockwave",
        "steunzolen",
    }
    assert [c.slug for c in pages["shockwave"].used_for] == [
        "achillespeesklachten",
        "hielspoor",
        "scheenbeenklachten",
        "schouderpijn-bij-werpsporten",
        "springersknie",
    ]
    assert [c.slug for c in pages["prolotherapie"].used_for] == ["hielspoor"]
    assert len(pages["oefentherapie"].used_for) == 10
    assert all(page.references for page in pages.values())


def test_the_demo_heel_programme_has_five_steps_and_serves_both_conditions(client, demo):
    from exercises.models import ExerciseProgrammePage

    programme = ExerciseProgrammePage.objects.live().get(slug="hiel-en-achillespees")
    assert len(programme.steps) >= 5
    assert sorted(c.slug for c in programme.conditions.all()) == ["achillespeesklachten", "hielspoor"]
    for slug in ("hielspoor", "achillespeesklachten"):
        soup = BeautifulSoup(client.get(f"/aandoeningen/{slug}/").content, "html.parser")
        hrefs = [a["href"] for a in soup.find_all("a", string="Bekijk de oefeningen")]
        assert hrefs == [programme.url]


def test_the_demo_has_two_locations_with_their_doctors(client, demo):
    from locations.models import LocationPage

    locations = LocationPage.objects.live()
    assert locations.count() == 2
    for location in locations:
        assert location.opening_hours.exists()
        soup = BeautifulSoup(client.get(location.url).content, "html.parser")
        assert soup.select(".location__body ul a")


def test_the_faq_page_gathers_general_and_condition_questions(client, demo):
    soup = BeautifulSoup(client.get("/vragen/").content, "html.parser")
    questions = [summary.get_text() for summary in soup.select("summary")]
    assert "Kan ik bij een sportarts komen als ik niet sport?" in questions
    assert soup.select_one("#over-hielspoor") is not None
    assert soup.select_one("#over-achillespeesklachten") is not None


@pytest.fixture
def demo_with_accounts(demo, settings):
    """The demo site, then `make run`'s accounts added to it (the pages are built once per session)."""
    settings.DEBUG = True
    call_command("load_demo_content", "--dev-admin", stdout=io.StringIO())


def test_development_demo_has_one_account_per_role(demo_with_accounts):
    User = get_user_model()
    roles = {user.username: sorted(user.groups.values_list("name", flat=True)) for user in User.objects.all()}
    assert roles["arts"] == [DOCTORS]
    assert roles["reviewer"] == sorted([DOCTORS, MEDICAL_REVIEWERS])
    assert roles["redactie"] == [EDITORS]
    assert roles["beheer"] == [MANAGEMENT]
    assert User.objects.get(username="reviewer").check_password("reviewer")


def test_the_demo_doctor_accounts_belong_to_the_writer_and_the_reviewer_of_hielspoor(demo_with_accounts):
    hielspoor = ConditionPage.objects.get(slug="hielspoor")
    assert hielspoor.author.user.username == "arts"
    assert hielspoor.reviewer.user.username == "reviewer"
    # Also in the revision the editor opens, so a later edit keeps the link.
    assert hielspoor.author.get_latest_revision_as_object().user.username == "arts"


def test_running_the_demo_with_accounts_twice_changes_nothing(demo_with_accounts):
    before = (snapshot(), list(get_user_model().objects.order_by("pk").values_list("username", "password")))
    call_command("load_demo_content", "--dev-admin", stdout=io.StringIO())
    assert (snapshot(), list(get_user_model().objects.order_by("pk").values_list("username", "password"))) == before


def test_demo_accounts_are_refused_without_debug(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("load_demo_content", "--dev-admin", stdout=io.StringIO())
    assert not get_user_model().objects.exists()
