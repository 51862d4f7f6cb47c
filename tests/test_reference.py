"""A reference validates its identifiers, exists once, and knows how and where it is cited."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from sources.models import Reference
from tests.factories import make_condition, make_reference, text_section


def reference(**fields):
    defaults = {"authors": "van Leeuwen KDB, Rogers J", "title": "Titel", "journal": "Br J Sports Med", "year": 2016}
    return Reference(**{**defaults, **fields})


@pytest.mark.django_db
def test_a_doi_pasted_as_a_link_is_stored_as_the_bare_identifier():
    ref = reference(doi="https://doi.org/10.1136/bjsports-2015-094695")
    ref.full_clean()
    assert ref.doi == "10.1136/bjsports-2015-094695"
    assert ref.doi_url == "https://doi.org/10.1136/bjsports-2015-094695"


@pytest.mark.django_db
def test_a_malformed_doi_is_refused_with_a_clear_message():
    with pytest.raises(ValidationError) as error:
        reference(doi="bjsports-2015-094695").full_clean()
    assert "10." in str(error.value.message_dict["doi"])


@pytest.mark.django_db
def test_a_pubmed_id_must_be_digits():
    with pytest.raises(ValidationError) as error:
        reference(pmid="PMID 26644427").full_clean()
    assert "pmid" in error.value.message_dict


def test_a_pubmed_id_links_to_pubmed():
    assert reference(pmid="26644427").pubmed_url == "https://pubmed.ncbi.nlm.nih.gov/26644427/"


def test_the_short_citation_keeps_a_surname_prefix_and_adds_et_al_for_several_authors():
    assert reference().short_citation == "van Leeuwen et al. (2016)"
    assert reference(authors="Monto RR", year=2014).short_citation == "Monto (2014)"


def test_source_details_follow_the_vancouver_style():
    ref = reference(journal="Scand J Med Sci Sports", year=2015, volume="25", issue="3", pages="e292-e300")
    assert ref.source_details == "Scand J Med Sci Sports. 2015;25(3):e292-e300"


@pytest.mark.django_db
def test_a_second_reference_with_the_same_doi_is_refused_and_named():
    existing = make_reference(doi="10.1111/sms.12313")
    duplicate = reference(doi="https://doi.org/10.1111/SMS.12313")
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    message = " ".join(error.value.message_dict["doi"])
    assert str(existing) in message
    assert f"nummer {existing.pk}" in message


@pytest.mark.django_db
def test_a_second_reference_with_the_same_pubmed_id_is_refused():
    make_reference(pmid="25557059")
    with pytest.raises(ValidationError) as error:
        reference(pmid=" 25557059 ").full_clean()
    assert "pmid" in error.value.message_dict


@pytest.mark.django_db
def test_saving_a_reference_again_is_not_a_duplicate_of_itself():
    existing = make_reference(doi="10.1111/sms.12313", pmid="25557059")
    existing.full_clean()


@pytest.fixture
def admin(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("beheer", "b@example.org", "geheim-wachtwoord"))
    return client


@pytest.fixture
def cited_and_uncited(condition_index):
    cited = make_reference(title="Een geciteerd onderzoek")
    uncited = make_reference(title="Een vergeten onderzoek")
    page = make_condition(condition_index, sections=[text_section(citations=[cited])])
    return cited, uncited, page


def listed_titles(admin, query=""):
    soup = BeautifulSoup(admin.get("/admin/snippets/sources/reference/" + query).content, "html.parser")
    return [cell.get_text(" ", strip=True) for cell in soup.select("table.listing tbody tr td:nth-of-type(3)")]


def test_the_admin_lists_the_references_no_page_cites(admin, cited_and_uncited):
    assert listed_titles(admin, "?is_cited=false") == ["Een vergeten onderzoek"]
    assert listed_titles(admin, "?is_cited=true") == ["Een geciteerd onderzoek"]


def test_a_references_admin_view_lists_the_pages_that_cite_it(admin, cited_and_uncited):
    cited, uncited, page = cited_and_uncited
    soup = BeautifulSoup(admin.get(f"/admin/snippets/sources/reference/inspect/{cited.pk}/").content, "html.parser")
    assert [a.get_text(strip=True) for a in soup.select("main dd ul a")] == [page.title]
    soup = BeautifulSoup(admin.get(f"/admin/snippets/sources/reference/inspect/{uncited.pk}/").content, "html.parser")
    assert "Geen enkele pagina" in soup.get_text()
