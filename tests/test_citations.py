"""References are numbered by first citation, once per page, and listed with links."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import faq, make_condition, make_reference, text_section, treatment


@pytest.fixture
def refs(db):
    return {
        "a": make_reference(
            authors="Rathleff MS, Mølgaard CM", title="Sterker door kracht", doi="10.1111/sms.12313", pmid="25145882"
        ),
        "b": make_reference(authors="Dizon JN", title="Shockwave werkt", doi="", pmid=""),
        "c": make_reference(authors="Ang TWA", title="Injecties", doi="", pmid="26311907"),
    }


def render(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_references_are_numbered_in_the_order_they_are_first_cited(condition_index, refs):
    page = make_condition(
        condition_index,
        sections=[
            text_section(citations=[refs["b"]]),
            treatment("Oefentherapie", citations=[refs["c"], refs["a"]]),
        ],
    )
    assert [ref.pk for ref in page.references] == [refs["b"].pk, refs["c"].pk, refs["a"].pk]
    assert page.citation_numbers == {refs["b"].pk: 1, refs["c"].pk: 2, refs["a"].pk: 3}


def test_a_reference_cited_twice_gets_one_number(condition_index, refs):
    page = make_condition(
        condition_index,
        sections=[
            treatment("Oefentherapie", citations=[refs["a"]]),
            treatment("Shockwave", citations=[refs["b"]]),
            treatment("Operatie", citations=[refs["a"]]),
        ],
    )
    assert page.citation_numbers == {refs["a"].pk: 1, refs["b"].pk: 2}


def test_the_reference_list_shows_each_reference_once(client, condition_index, refs):
    page = make_condition(
        condition_index,
        sections=[treatment("Oefentherapie", citations=[refs["a"]]), treatment("Operatie", citations=[refs["a"]])],
    )
    items = render(client, page).select(".references__list > li")
    assert [item["id"] for item in items] == ["bron-1"]


def test_each_citation_shows_its_number_and_links_to_the_reference(client, condition_index, refs):
    page = make_condition(
        condition_index,
        sections=[
            text_section(heading="Oorzaak", citations=[refs["b"]]),
            treatment("Oefentherapie", citations=[refs["b"], refs["a"]]),
        ],
    )
    soup = render(client, page)
    marks = soup.select("sup.cite")
    assert [mark.get_text() for mark in marks] == ["[1]", "[1, 2]"]
    assert [a["href"] for a in marks[1].select("a")] == ["#bron-1", "#bron-2"]


def test_the_citation_mark_sits_inside_the_last_paragraph_of_the_text(client, condition_index, refs):
    page = make_condition(
        condition_index, sections=[text_section(body="<p>Eerste.</p><p>Laatste zin.</p>", citations=[refs["a"]])]
    )
    paragraphs = render(client, page).select(".section .rich-text p")
    assert paragraphs[-1].select_one("sup.cite") is not None
    assert paragraphs[0].select_one("sup.cite") is None


def test_references_link_to_doi_and_pubmed_where_an_identifier_exists(client, condition_index, refs):
    page = make_condition(condition_index, sections=[text_section(citations=[refs["a"], refs["b"], refs["c"]])])
    soup = render(client, page)
    hrefs = {item["id"]: [a["href"] for a in item.select("a")] for item in soup.select(".references__list > li")}
    assert hrefs["bron-1"] == ["https://doi.org/10.1111/sms.12313", "https://pubmed.ncbi.nlm.nih.gov/25145882/"]
    assert hrefs["bron-2"] == []
    assert hrefs["bron-3"] == ["https://pubmed.ncbi.nlm.nih.gov/26311907/"]


def test_citations_in_faq_answers_are_numbered_too(client, condition_index, refs):
    page = make_condition(condition_index, sections=[faq(("Vraag?", "<p>Antwoord.</p>"))])
    page.sections[0].value["questions"][0]["citations"] = [refs["c"]]
    page.save_revision().publish()
    page.refresh_from_db()
    soup = render(client, page)
    assert soup.select_one(".faq__answer sup.cite").get_text() == "[1]"


def test_a_page_without_citations_has_no_reference_list(client, condition_index):
    page = make_condition(condition_index, sections=[text_section()])
    assert render(client, page).select_one(".references") is None


def test_a_deleted_reference_drops_out_of_the_numbering(client, condition_index, refs):
    page = make_condition(condition_index, sections=[text_section(citations=[refs["a"], refs["b"]])])
    refs["a"].delete()
    page = type(page).objects.get(pk=page.pk)
    assert page.citation_numbers == {refs["b"].pk: 1}
    assert render(client, page).select_one("sup.cite").get_text() == "[1]"
