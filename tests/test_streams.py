"""A stream of blocks reads each kind of chosen object once, and gives the same values as Wagtail's own
block-by-block reading."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.blocks import StreamValue

from conditions.models import ConditionPage, Reference
from tests.factories import faq, make_condition, make_reference, text_section, treatment_group, treatment_value


def test_a_condition_page_reads_its_sources_in_one_query_wherever_they_are_cited(demo):
    hielspoor = ConditionPage.objects.get(slug="hielspoor")

    with CaptureQueriesContext(connection) as captured:
        list(hielspoor.sections)

    tables = [query["sql"].split(" FROM ")[1].split()[0].strip('"') for query in captured.captured_queries]
    assert tables.count("conditions_reference") == 1
    assert tables.count("wagtailimages_image") <= 1
    assert len(tables) <= 4  # sources, pictures, and linked pages (their base rows and treatment pages)


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
