"""The readability check scores Dutch text per section against B1, worked out by hand below."""

import pytest
from textstat.textstat import textstat
from wagtail.models import Page

from readability.analysis import (
    analyse,
    flesch_douma,
    page_sections,
    score_text,
    shown,
    syllables,
)
from readability.models import GlossaryTerm
from tests.factories import condition_form_data, make_condition, make_reference, make_user, text_section

# 3 sentences, 17 words. Syllables: Bij 1, hiel-spoor 2, is 1, de 1, pees-plaat 2, on-der 2, uw 1, voet 1,
# o-ver-be-last 4 (15); Rust 1, helpt 1, vaak 1 (3); Doe 1, el-ke 2, dag 1, de 1, oe-fe-nin-gen 4 (9): 27.
# 206.835 − 0.93 × 17/3 − 77 × 27/17 = 206.835 − 5.27 − 122.2941 = 79.2709
EASY = "Bij hielspoor is de peesplaat onder uw voet overbelast. Rust helpt vaak. Doe elke dag de oefeningen."

# 1 sentence, 16 words. Syllables: Bij 1, een 1, chro-ni-sche 3, ten-di-no-pa-thie 5, van 1, de 1,
# a-chil-les-pees 4, ad-vi-se-ren 4, be-han-de-laars 4, door-gaans 2, ex-cen-tri-sche 4,
# be-las-tings-oe-fe-nin-gen 7, ge-du-ren-de 4, mi-ni-maal 3, twaalf 1, we-ken 2: 47.
# 206.835 − 0.93 × 16 − 77 × 47/16 = 206.835 − 14.88 − 226.1875 = −34.2325
HARD = (
    "Bij een chronische tendinopathie van de achillespees adviseren behandelaars doorgaans "
    "excentrische belastingsoefeningen gedurende minimaal twaalf weken."
)


def test_the_formula_is_flesch_douma():
    # 2 sentences, 7 words of one syllable: 206.835 − 0.93 × 3.5 − 77 × 1 = 126.58
    assert flesch_douma(7, 2, 7) == pytest.approx(126.58)


def test_an_easy_text_scores_as_worked_out_by_hand():
    section = score_text("Wat is het?", EASY)
    assert (section.words, section.sentences, section.syllables) == (17, 3, 27)
    assert section.score == pytest.approx(79.2709, abs=0.001)
    assert section.average_sentence_length == pytest.approx(5.667, abs=0.001)
    assert section.within_b1
    assert section.verdict == "binnen B1"


def test_a_hard_text_scores_as_worked_out_by_hand():
    section = score_text("Behandeling", HARD)
    assert (section.words, section.sentences, section.syllables) == (16, 1, 47)
    assert section.score == pytest.approx(-34.2325, abs=0.001)
    assert (
        section.verdict
        == "niet binnen B1: Flesch–Douma -34 is lager dan 60; gemiddeld 16,0 woorden per zin, meer dan 15"
    )


def test_long_words_have_four_or_more_syllables_are_uncommon_and_are_listed_once():
    section = score_text("x", HARD + " Tendinopathie komt vaak voor.")
    # adviseren and gedurende have four syllables too, but every reader knows them.
    assert section.long_words == [
        "achillespees",
        "behandelaars",
        "belastingsoefeningen",
        "excentrische",
        "tendinopathie",
    ]


@pytest.mark.parametrize(("word", "long"), [("behandeling", False), ("oefeningen", False), ("fasciopathie", True)])
def test_an_everyday_word_is_not_a_long_word_and_a_medical_term_is(word, long):
    assert (word in score_text("x", f"Het gaat om {word}.").long_words) is long


def test_a_page_with_one_long_sentence_says_that_is_why_it_is_not_b1():
    sentence = " ".join(["Rust"] + ["en"] * 25 + ["dan."])
    section = score_text("x", f"{EASY} {EASY} {EASY} {sentence}")

    assert section.score >= 60 and section.average_sentence_length <= 15
    assert section.verdict == "niet binnen B1: 1 zin van meer dan 25 woorden"
    assert section.long_sentences == [sentence]


def test_the_verdict_agrees_with_the_numbers_on_every_demo_page(demo):
    for page in Page.objects.live().specific():
        if not hasattr(page, "citation_field"):
            continue
        whole, sections = analyse(page)
        for section in [whole, *sections]:
            if section.score is None:
                continue
            rules = {
                # As the panel shows them: the score rounded, the average to one decimal.
                "Flesch–Douma": shown(section.score) < 60,
                "woorden per zin": shown(section.average_sentence_length, 1) > 15,
                "van meer dan 25 woorden": bool(section.long_sentences),
            }
            assert section.verdict.startswith("binnen B1") is not any(rules.values()), (page.title, section.label)
            for words, broken in rules.items():
                assert (words in section.verdict) is broken, (page.title, section.label, section.verdict)


@pytest.mark.parametrize(
    ("word", "count"),
    [("overbelast", 4), ("achillespees", 4), ("patiënt", 3), ("ideeën", 3), ("peesplaat", 2), ("hielspoor", 2)],
)
def test_dutch_syllables_include_a_one_letter_syllable_that_hyphenation_skips(word, count):
    assert syllables(word) == count


def test_the_score_agrees_with_textstat_where_its_hyphenation_is_right():
    text = "De hiel doet pijn. Rust helpt vaak. Doe de oefeningen elke dag."
    textstat.set_lang("nl")
    assert score_text("x", text).score == pytest.approx(textstat.flesch_reading_ease(text), abs=0.01)


def test_sentences_over_twenty_five_words_are_listed_and_twenty_five_is_not():
    twenty_five = " ".join(["woord"] * 24) + " eind."
    twenty_six = " ".join(["lang"] * 25) + " eind."
    section = score_text("x", f"{twenty_five} {twenty_six}")
    assert section.long_sentences == [twenty_six]
    assert not section.within_b1


def test_an_average_over_fifteen_words_per_sentence_is_not_b1_even_with_short_words():
    text = " ".join(["Ik loop elke dag een stuk met de hond in het bos bij ons huis en dan weer"] * 2) + "."
    section = score_text("x", text)
    assert section.score >= 60
    assert not section.within_b1


@pytest.fixture
def glossary(db):
    return [GlossaryTerm.objects.get(term="fasciitis plantaris")]


def test_the_starter_glossary_is_there_after_migrating(glossary):
    assert glossary[0].explanation == "ontsteking van de peesplaat"


def test_a_term_without_explanation_is_named_with_its_plain_words(glossary):
    section = score_text("x", "U heeft fasciitis plantaris. Dat gaat vaak vanzelf over.", glossary)
    assert section.unexplained_terms == glossary


def test_a_term_with_its_plain_words_in_the_same_section_is_fine(glossary):
    text = "U heeft een ontsteking van de peesplaat. Artsen noemen dat fasciitis plantaris."
    assert score_text("x", text, glossary).unexplained_terms == []


def test_a_term_explained_in_brackets_is_fine(glossary):
    text = "U heeft Fasciitis plantaris (een pijnlijke peesplaat onder de voet)."
    assert score_text("x", text, glossary).unexplained_terms == []


def test_a_term_inside_another_word_does_not_count(db):
    term = GlossaryTerm.objects.get(term="prognose")
    assert score_text("x", "De prognosefase duurt kort.", [term]).unexplained_terms == []


def test_each_section_of_a_condition_page_is_scored_under_its_own_heading(condition_index):
    page = make_condition(
        condition_index,
        summary="Pijn onder de hiel.",
        sections=[
            text_section("Wat is het?", "<p>De peesplaat is overbelast.</p><ul><li>pijn bij opstaan</li></ul>"),
            text_section("Wat kunt u doen?", "<p>Rust helpt.</p>", citations=[make_reference()]),
        ],
    )
    assert page_sections(page) == [
        ("Samenvatting", "Pijn onder de hiel."),
        ("Wat is het?", "De peesplaat is overbelast. pijn bij opstaan."),
        ("Wat kunt u doen?", "Rust helpt."),
    ]
    whole, sections = analyse(page)
    assert [section.label for section in sections] == ["Samenvatting", "Wat is het?", "Wat kunt u doen?"]
    assert whole.words == sum(section.words for section in sections)


def test_the_editor_has_a_readability_tab_for_the_saved_page(client, condition_index):
    page = make_condition(condition_index, sections=[text_section("Wat is het?", f"<p>{HARD}</p>")])
    client.force_login(make_user("beheer", "Beheer"))
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Leesbaarheid" in html
    assert "niet binnen B1: Flesch–Douma -34 is lager dan 60" in html
    assert "belastingsoefeningen" in html


def test_a_new_page_asks_to_be_saved_first(client, condition_index):
    client.force_login(make_user("beheer", "Beheer"))
    html = client.get(f"/admin/pages/add/conditions/conditionpage/{condition_index.pk}/").content.decode()
    assert "Sla de pagina eerst op" in html


def test_saving_from_the_editor_still_works_with_the_extra_tab(client, condition_index):
    client.force_login(make_user("beheer", "Beheer"))
    data = condition_form_data("Springersknie", None, references=[make_reference()])
    response = client.post(
        f"/admin/pages/add/conditions/conditionpage/{condition_index.pk}/", {**data, "action-save": "1"}
    )
    assert response.status_code == 302


def test_a_section_without_a_heading_is_named_after_its_block_type(condition_index):
    page = make_condition(condition_index, sections=[{"type": "figure", "value": {"caption": "Een voet van opzij."}}])
    assert page_sections(page)[-1] == ("Afbeelding met onderschrift", "Een voet van opzij.")


def test_an_inflected_term_counts_too(db):
    term = GlossaryTerm.objects.get(term="chronisch")
    assert score_text("x", "Bij chronische pijn helpt rust niet.", [term]).unexplained_terms == [term]
    explained = "Bij chronische (langdurige) pijn helpt rust niet."
    assert score_text("x", explained, [term]).unexplained_terms == []


@pytest.mark.parametrize(
    ("value", "places", "expected"), [(59.5, 0, 60), (59.49, 0, 59), (15.05, 1, 15.1), (15.04, 1, 15.0)]
)
def test_the_rules_judge_the_numbers_as_shown(value, places, expected):
    assert float(shown(value, places)) == expected


def test_a_low_score_names_the_hardest_sentence():
    section = score_text("x", f"{EASY} {HARD}")
    assert section.failures == [("Flesch–Douma 26 is lager dan 60", HARD)]


def test_a_high_average_names_the_longest_sentence():
    long = " ".join(["Rust"] * 30) + "."
    section = score_text("x", f"Rust helpt. {long}")
    assert section.failures == [
        ("gemiddeld 16,0 woorden per zin, meer dan 15", long),
        ("1 zin van meer dan 25 woorden", long),
    ]


@pytest.fixture
def doctor_editing(client, condition_index):
    page = make_condition(condition_index, sections=[text_section("Wat is het?", f"<p>{EASY}</p>")])
    client.force_login(make_user("beheer", "Beheer"))
    return page


def live(client, page, **overrides):
    data = condition_form_data(page.title, None, references=[make_reference()], slug=page.slug, **overrides)
    return client.post(f"/admin/leesbaarheid/{page.pk}/", data)


def test_the_scores_follow_the_form_as_it_is_now(client, doctor_editing):
    answer = live(client, doctor_editing, summary=HARD).json()
    assert answer["ok"]
    assert 'data-failing-section="Samenvatting"' in answer["summary"]
    assert "niet binnen B1: Flesch–Douma" in answer["summary"]
    assert "tendinopathie" in answer["summary"]  # the sentence to start with
    assert 'data-section="Samenvatting"' in answer["scores"]


def test_reading_the_form_saves_nothing(client, doctor_editing):
    revisions = doctor_editing.revisions.count()
    live(client, doctor_editing, summary=HARD)
    doctor_editing.refresh_from_db()
    assert doctor_editing.revisions.count() == revisions
    assert doctor_editing.summary != HARD


def test_a_form_that_cannot_be_read_gets_a_message_not_an_error(client, doctor_editing):
    answer = live(client, doctor_editing, review_interval="nooit").json()
    assert answer == {
        "ok": False,
        "message": "De scores kunnen nu niet worden bijgewerkt: een veld is niet goed ingevuld.",
    }


def test_only_someone_who_may_edit_the_page_gets_its_scores(client, doctor_editing):
    client.force_login(make_user("redacteur", "Redactie"))
    response = live(client, doctor_editing, summary=HARD)
    # Wagtail answers a refusal in its admin with a redirect to the dashboard and a message.
    assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_the_editor_shows_the_verdict_above_the_content(client, doctor_editing):
    html = client.get(f"/admin/pages/{doctor_editing.pk}/edit/").content.decode()
    assert "data-readability-summary" in html
    assert f'data-readability-live="/admin/leesbaarheid/{doctor_editing.pk}/"' in html
