"""A stream of blocks reads each kind of chosen object once, and gives the same values as Wagtail's own
block-by-block reading."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.blocks import StreamValue

from conditions.models import ConditionPage
from sources.models import Reference
from tests.factories import faq, make_condition, make_reference, text_section, treatment_group, treatment_value
from treatments.models import TreatmentPage


def test_a_condition_page_reads_its_sources_in_one_query_wherever_they_are_cited(demo):
    hielspoor = ConditionPage.objects.get(slug="hielspoor")

    with CaptureQueriesContext(connection) as captured:
        list(hielspoor.sections)

    tables = [query["sql"].split(" FROM ")[1].split()[0].strip('"') for query in captured.captured_queries]
    assert tables.count("sources_reference") == 1
    assert tables.count("wagtailimages_image") <= 1
    assert tables.count("wagtailcore_page") == 1  # linked pages of any type: a button's, a treatment's
    assert len(tables) == 3


def test_the_values_are_those_wagtail_reads_block_by_block(demo):
    hielspoor = ConditionPage.objects.get(slug="hielspoor")
    raw = list(hielspoor.sections.raw_data)

    prefetched = hielspoor.sections
    plain = StreamValue(prefetched.stream_block, raw, is_lazy=True)

    assert [child.block_type for child in prefetched] == [child.block_type for child in plain]
    assert prefetched.get_prep_value() == plain.get_prep_value()
    assert hielspoor.references == [Reference.objects.get(pk=ref.pk) for ref in hielspoor.references]


def test_a_source_cited_twice_is_two_objects_as_wagtail_gives_them(condition_index):
    reference = make_reference()
    page = make_condition(
        condition_index,
        sections=[
            text_section(citations=[reference]),
            treatment_group("Injecties", [treatment_value("PRP", citations=[reference])]),
            faq(("Is het erg?", "<p>Nee.</p>")),
        ],
    )
    sections = ConditionPage.objects.get(pk=page.pk).sections

    in_text = sections[0].value["citations"][0]
    in_group = sections[1].value["treatments"][0]["citations"][0]

    assert in_text == in_group == reference
    assert in_text is not in_group


def test_a_deleted_source_leaves_an_empty_place_as_before(condition_index):
    reference = make_reference()
    page = make_condition(condition_index, sections=[text_section(citations=[reference])])
    Reference.objects.filter(pk=reference.pk).delete()

    sections = ConditionPage.objects.get(pk=page.pk).sections

    assert list(sections[0].value["citations"]) == [None]


def test_a_treatment_links_to_its_own_page_read_with_the_other_linked_pages(demo):
    hielspoor = ConditionPage.objects.get(slug="hielspoor")

    linked = [
        treatment["treatment_page"]
        for section in hielspoor.sections
        if section.block_type == "treatment_group"
        for treatment in section.value["treatments"]
        if treatment["treatment_page"] is not None
    ]

    assert linked and all(isinstance(page, TreatmentPage) for page in linked)
    assert [(page.title, page.url) for page in linked] == [
        (page.title, page.url) for page in (TreatmentPage.objects.get(pk=page.pk) for page in linked)
    ]


def test_a_page_of_another_type_chosen_as_a_treatment_page_leaves_it_empty_as_in_wagtail(condition_index):
    page = make_condition(
        condition_index,
        sections=[
            treatment_group(
                "Injecties",
                [
                    treatment_value(
                        "PRP",
                        treatment_page=condition_index.pk,
                        call_to_action={"label": "Alle aandoeningen", "page": condition_index.pk, "url": ""},
                    )
                ],
            )
        ],
    )

    treatment = ConditionPage.objects.get(pk=page.pk).sections[0].value["treatments"][0]

    assert treatment["treatment_page"] is None
    assert treatment["call_to_action"]["page"].pk == condition_index.pk
