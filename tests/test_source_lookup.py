"""A doctor fills in a source from its DOI or PubMed ID: Crossref and PubMed, answered by the recorded server on
127.0.0.1 (tests/source_services.py), never the internet."""

import pytest
from bs4 import BeautifulSoup

from roles.groups import DOCTORS
from sources.lookup import SourceLookup, SourceLookupError, parse_identifier
from sources.models import Reference
from tests.factories import make_reference, make_user
from tests.source_services import SHORT_TIMEOUT

RATHLEFF = {
    "authors": "Rathleff MS, Mølgaard CM, Fredberg U, Kaalund S, Andersen KB, Jensen TT, et al.",
    "title": (
        "High-load strength training improves outcome in patients with plantar fasciitis: A randomized "
        "controlled trial with 12-month follow-up"
    ),
    "journal": "Scand J Med Sci Sports",
    "year": 2015,
    "volume": "25",
    "issue": "3",
    "doi": "10.1111/sms.12313",
    "pmid": "25145882",
}
ADD = "/admin/snippets/sources/reference/add/"


# What a doctor pastes


@pytest.mark.parametrize(
    "pasted, expected",
    [
        ("10.1111/sms.12313", ("doi", "10.1111/sms.12313")),
        (" doi: 10.1111/sms.12313 ", ("doi", "10.1111/sms.12313")),
        ("https://doi.org/10.1111/sms.12313", ("doi", "10.1111/sms.12313")),
        ("https://dx.doi.org/10.1111/sms.12313", ("doi", "10.1111/sms.12313")),
        ("doi.org/10.1111/sms.12313", ("doi", "10.1111/sms.12313")),
        ("25145882", ("pmid", "25145882")),
        ("PMID: 25145882", ("pmid", "25145882")),
        ("https://pubmed.ncbi.nlm.nih.gov/25145882/", ("pmid", "25145882")),
        ("https://www.ncbi.nlm.nih.gov/pubmed/25145882", ("pmid", "25145882")),
    ],
)
def test_an_identifier_is_read_however_it_is_pasted(pasted, expected):
    assert parse_identifier(pasted) == expected


@pytest.mark.parametrize(
    "pasted, message",
    [
        ("", "Vul een DOI of een PubMed-ID in."),
        ("12345abc", "Een PubMed-ID bestaat alleen uit cijfers."),
        ("plantar fasciitis", "Dit is geen DOI of PubMed-ID."),
        ("https://www.example.com/10.1111/sms.12313", "Deze link is geen DOI- of PubMed-link."),
        ("10." + "x" * 400, "te lang"),
    ],
)
def test_what_is_not_an_identifier_gets_a_clear_message(pasted, message):
    with pytest.raises(SourceLookupError) as refused:
        parse_identifier(pasted)

    assert message in str(refused.value)


# The services


def test_a_doi_fills_every_field_from_crossref_and_finds_the_pubmed_id(source_services):
    found = SourceLookup().look_up("https://doi.org/10.1111/sms.12313")

    assert {name: found[name] for name in RATHLEFF} == RATHLEFF
    assert found["pages"] == "e292-e300"


def test_a_pubmed_id_fills_every_field_from_pubmed_and_finds_the_doi(source_services):
    found = SourceLookup().look_up("25145882")

    assert {name: found[name] for name in RATHLEFF} == RATHLEFF
    assert found["pages"] == "e292-300"


def test_the_services_are_asked_with_their_polite_parameters(source_services):
    SourceLookup().look_up("25145882")
    SourceLookup().look_up("10.1111/sms.12313")

    asked = dict(source_services.requests)
    assert asked["/eutils/esummary.fcgi"]["tool"] == "sportartsen-collectief-website"
    assert asked["/eutils/esummary.fcgi"]["email"] == "bronnen@example.org"
    assert asked["/crossref/works/10.1111/sms.12313"]["mailto"] == "bronnen@example.org"


def test_pubmed_is_asked_no_more_than_three_times_a_second_without_a_key(source_services):
    SourceLookup().look_up("25145882")
    SourceLookup().look_up("25145882")

    # The second summary (the first asks nothing before it) waits out the rest of a third of a second.
    assert source_services.waits == [pytest.approx(1 / 3)]


def test_markup_in_a_returned_title_is_cleaned(source_services):
    found = SourceLookup().look_up("10.5555/markup.1")

    assert found["title"] == "Achilles tendinopathy & loadalert(1)"
    assert found["authors"] == "de Vries A"


@pytest.mark.parametrize(
    "identifier, message",
    [
        ("10.5555/unknown.1", "Crossref kent geen publicatie met de DOI 10.5555/unknown.1."),
        ("999999999", "PubMed kent geen publicatie met het ID 999999999."),
        ("10.5555/garbled.1", "Het antwoord van Crossref was onleesbaar."),
        ("10.5555/incomplete.1", "De gevonden gegevens zijn onvolledig"),
        ("10.5555/busy.1", "Crossref krijgt nu te veel vragen."),
    ],
)
def test_every_failure_gets_a_dutch_message(source_services, identifier, message):
    with pytest.raises(SourceLookupError) as failed:
        SourceLookup().look_up(identifier)

    assert message in str(failed.value)


def test_a_service_that_does_not_answer_in_time_gets_a_dutch_message(source_services, settings):
    settings.SOURCE_LOOKUP_TIMEOUT = SHORT_TIMEOUT

    with pytest.raises(SourceLookupError) as failed:
        SourceLookup().look_up("10.5555/slow.1")

    assert "Crossref antwoordt niet op tijd." in str(failed.value)


def test_a_short_retry_after_is_waited_for_once_and_then_the_work_is_found(source_services):
    found = SourceLookup().look_up("10.5555/once-busy.1")

    assert found["title"].startswith("High-load strength training")
    assert 1.0 in source_services.waits


def test_a_long_retry_after_is_not_waited_for(source_services):
    with pytest.raises(SourceLookupError):
        SourceLookup().look_up("10.5555/busy.1")

    assert 120.0 not in source_services.waits


def test_no_network_gets_a_message_too(settings, source_services):
    settings.CROSSREF_API_URL = "http://127.0.0.1:9/crossref"

    with pytest.raises(SourceLookupError) as failed:
        SourceLookup().look_up("10.1111/sms.12313")

    assert "Crossref is nu niet te bereiken" in str(failed.value)


# In the admin's Reference form


@pytest.fixture
def doctor_client(client, db):
    client.force_login(make_user("arts", DOCTORS))
    return client


def form_fields(response):
    form = BeautifulSoup(response.content, "html.parser").select_one("form:has(input[name=title])")
    fields = {field["name"]: field.get("value", "") for field in form.select("input[name]")}
    fields.pop("lookup", None)
    return fields


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


@pytest.mark.parametrize("identifier", ["10.1111/sms.12313", "25145882"])
def test_a_doctor_looks_up_a_source_checks_it_and_saves_it_complete(doctor_client, source_services, identifier):
    looked_up = doctor_client.post(ADD, {"lookup": "1", "lookup_identifier": identifier})

    assert looked_up.status_code == 200
    assert not Reference.objects.exists()  # nothing is saved before the doctor has seen it
    assert "Gevonden. Controleer de gegevens hieronder en klik op Opslaan." in messages_of(looked_up)
    shown = form_fields(looked_up)
    assert shown["title"] == RATHLEFF["title"]

    saved = doctor_client.post(ADD, shown)

    assert saved.status_code == 302
    reference = Reference.objects.get()
    assert {name: getattr(reference, name) for name in RATHLEFF} == RATHLEFF


def test_a_lookup_keeps_what_the_doctor_typed_where_nothing_was_found(doctor_client, source_services):
    response = doctor_client.post(
        ADD, {"lookup": "1", "lookup_identifier": "10.5555/unknown.1", "url": "https://example.org/a"}
    )

    assert messages_of(response) == ["Crossref kent geen publicatie met de DOI 10.5555/unknown.1."]
    assert form_fields(response)["url"] == "https://example.org/a"
    assert not Reference.objects.exists()


def test_a_looked_up_source_that_is_already_listed_is_refused_when_saved(doctor_client, source_services):
    existing = make_reference(doi="10.1111/sms.12313", pmid="")
    shown = form_fields(doctor_client.post(ADD, {"lookup": "1", "lookup_identifier": "10.1111/sms.12313"}))

    response = doctor_client.post(ADD, shown)

    assert response.status_code == 200
    assert "hoort al bij de bron" in " ".join(response.context["form"].errors["doi"])
    assert list(Reference.objects.all()) == [existing]


def test_a_lookup_on_an_existing_reference_fills_its_form_without_saving(doctor_client, source_services):
    reference = make_reference(title="Eigen titel", doi="", pmid="")
    edit = f"/admin/snippets/sources/reference/edit/{reference.pk}/"

    response = doctor_client.post(edit, {"lookup": "1", "lookup_identifier": "25145882", "title": "Eigen titel"})

    assert form_fields(response)["doi"] == "10.1111/sms.12313"
    assert Reference.objects.get(pk=reference.pk).title == "Eigen titel"


def test_enter_in_a_field_with_nothing_to_look_up_saves_the_form(doctor_client, source_services):
    typed = {"authors": "Jansen A", "title": "Een eigen bron", "year": "2020", "lookup": "1", "lookup_identifier": ""}

    response = doctor_client.post(ADD, typed)

    assert response.status_code == 302
    assert Reference.objects.get().title == "Een eigen bron"
    assert source_services.requests == []
