"""A condition page for a reader in pain: the care cards first, then 'Op deze pagina', then the sections."""

from bs4 import BeautifulSoup

from tests.factories import build_condition, faq, make_condition, make_reference, text_section, treatment_overview


def card(heading, urgency, *signs):
    return {"type": "contact_doctor", "value": {"heading": heading, "urgency": urgency, "signs": list(signs)}}


def test_the_contents_name_the_care_cards_each_section_and_the_sources_in_reading_order(db):
    page = build_condition(
        sections=[
            text_section("Wat is hielspoor?", citations=[make_reference()]),
            card("Wanneer maakt u een afspraak?", "routine", "Het wordt niet beter."),
            text_section("Hoe ontstaat het?"),
            treatment_overview(),
            faq(("Een vraag?", "<p>Een antwoord.</p>")),
        ]
    )

    assert page.contents == [
        ("wanneer-naar-de-arts", "Wanneer naar de arts?"),
        ("wat-is-hielspoor", "Wat is hielspoor?"),
        ("hoe-ontstaat-het", "Hoe ontstaat het?"),
        ("behandelopties", "Welke behandelingen zijn er?"),
        ("veelgestelde-vragen", "Veelgestelde vragen"),
        ("bronnen", "Bronnen"),
    ]


def test_two_sections_with_the_same_heading_get_anchors_of_their_own(db):
    page = build_condition(sections=[text_section("Wat is het?"), text_section("Wat is het?")])

    assert [section["anchor"] for section in page.reading_sections] == ["wat-is-het", "wat-is-het-2"]


def test_blocks_without_a_heading_belong_to_the_section_before_them(db):
    page = build_condition(
        sections=[
            text_section("Wat is het?"),
            {"type": "treatment", "value": {"name": "Oefenen", "category": "exercise", "body": "<p>Doe het.</p>"}},
            faq(("Een vraag?", "<p>Een antwoord.</p>")),
        ]
    )

    assert [[block.block_type for block in section["blocks"]] for section in page.reading_sections] == [
        ["text", "treatment"],
        ["faq"],
    ]


def test_the_care_cards_come_first_the_most_urgent_on_top(client, condition_index):
    page = make_condition(
        condition_index,
        sections=[
            text_section("Wat is het?"),
            card("Wanneer maakt u een afspraak?", "routine", "Het wordt niet beter."),
            card("Wanneer belt u 112?", "emergency", "U kunt uw been niet meer bewegen."),
            card("Wanneer belt u dezelfde dag?", "urgent", "Uw hiel is rood en warm."),
        ],
    )

    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    cards = soup.select(".care-card")
    assert [c["class"][1] for c in cards] == ["care-card--emergency", "care-card--urgent", "care-card--routine"]
    assert [c.select_one(".care-card__level").get_text(strip=True) for c in cards] == [
        "Spoed:",
        "Dringend:",
        "Niet dringend:",
    ]
    # Before the first section, whatever their place in the stream.
    assert str(soup).index("care-card--routine") < str(soup).index('id="wat-is-het"')


def test_each_urgency_is_said_in_words_not_only_in_colour(client, condition_index):
    page = make_condition(condition_index, sections=[card("Wanneer belt u dezelfde dag?", "urgent", "Koorts.")])

    action = BeautifulSoup(client.get(page.url).content, "html.parser").select_one(".care-card__action")

    assert action.get_text(" ", strip=True).startswith("Bel dezelfde dag uw huisarts of de huisartsenpost")


def test_every_section_with_a_heading_has_a_way_back_to_the_contents(client, condition_index):
    page = make_condition(condition_index, sections=[text_section("Wat is het?"), text_section("Hoe ontstaat het?")])

    soup = BeautifulSoup(client.get(page.url).content, "html.parser")

    assert [a["href"] for a in soup.select(".page-section .back-to-contents a")] == ["#op-deze-pagina"] * 2
    assert soup.select_one("nav#op-deze-pagina") is not None
