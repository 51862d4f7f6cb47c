"""A reference validates its identifiers and knows how it is cited."""

import pytest
from django.core.exceptions import ValidationError

from conditions.models import Reference


def reference(**fields):
    defaults = {"authors": "van Leeuwen KDB, Rogers J", "title": "Titel", "journal": "Br J Sports Med", "year": 2016}
    return Reference(**{**defaults, **fields})


def test_a_doi_pasted_as_a_link_is_stored_as_the_bare_identifier():
    ref = reference(doi="https://doi.org/10.1136/bjsports-2015-094695")
    ref.full_clean()
    assert ref.doi == "10.1136/bjsports-2015-094695"
    assert ref.doi_url == "https://doi.org/10.1136/bjsports-2015-094695"


def test_a_malformed_doi_is_refused_with_a_clear_message():
    with pytest.raises(ValidationError) as error:
        reference(doi="bjsports-2015-094695").full_clean()
    assert "10." in str(error.value.message_dict["doi"])


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
