"""The demo site at the size of a real practice: a condition in every body region, complete and readable.

Every medical page of the demo is held to what the site asks of a doctor's page: the trust checklist,
plain Dutch at B1, and sources. The content itself lives in demo/content/ (tests/test_demo_loader.py
tests the loader).
"""

import re
from collections import defaultdict

import pytest
from bs4 import BeautifulSoup

from conditions.models import BodyRegion, ConditionPage
from exercises.models import ExerciseProgrammePage
from readability.analysis import B1_MIN_SCORE, analyse
from review.forms import trust_gaps
from treatments.models import TreatmentPage

MEDICAL_PAGE_TYPES = (ConditionPage, TreatmentPage, ExerciseProgrammePage)
# The regions the conditions index groups by; "algemeen" collects what fits no part of the body.
BODY_REGIONS = [value for value in BodyRegion.values if value != BodyRegion.GENERAL]
CONDITION_SECTIONS = {"text", "figure", "risk_factors", "symptoms", "diagnosis", "self_care", "contact_doctor", "faq"}


@pytest.fixture
def medical_pages(demo):
    return [page for model in MEDICAL_PAGE_TYPES for page in model.objects.live().order_by("path")]


@pytest.fixture
def conditions(demo):
    return list(ConditionPage.objects.live().order_by("path"))


def test_the_conditions_index_shows_every_body_region_with_a_condition(client, demo):
    soup = BeautifulSoup(client.get("/aandoeningen/").content, "html.parser")
    shown = {heading.get_text(strip=True) for heading in soup.select("main h2")}
    assert {str(label) for value, label in BodyRegion.choices if value in BODY_REGIONS} <= shown


def test_every_body_region_has_a_condition(conditions):
    assert {page.body_region for page in conditions} >= set(BODY_REGIONS)


def test_every_condition_page_has_every_part_a_patient_needs(conditions):
    for page in conditions:
        kinds = {block.block_type for block in page.sections}
        assert kinds >= CONDITION_SECTIONS, (page.title, CONDITION_SECTIONS - kinds)
        assert list(page.treatments()), page.title
        assert page.summary and page.other_names, page.title


def test_every_condition_page_answers_at_least_three_questions(conditions):
    for page in conditions:
        assert len(list(page.questions())) >= 3, page.title


def test_every_condition_page_rests_on_at_least_two_sources(conditions):
    for page in conditions:
        assert len(page.references) >= 2, page.title


def test_every_demo_medical_page_passes_the_trust_checklist(medical_pages):
    for page in medical_pages:
        gaps = trust_gaps(
            author=page.author,
            summary=getattr(page, page.summary_field),
            stream=getattr(page, page.citation_field),
            reviewer_id=page.reviewer_id,
            last_reviewed=page.last_reviewed,
            publishing=True,
        )
        assert gaps == [], (page.title, [str(gap) for gap in gaps])


def test_every_demo_medical_page_reads_at_b1(medical_pages):
    for page in medical_pages:
        whole, sections = analyse(page)
        assert whole.score >= B1_MIN_SCORE, (page.title, round(whole.score, 1))
        long_sentences = [sentence for section in sections for sentence in section.long_sentences]
        assert long_sentences == [], (page.title, long_sentences)


def test_every_glossary_term_on_a_demo_medical_page_is_explained(medical_pages):
    for page in medical_pages:
        _whole, sections = analyse(page)
        unexplained = {section.label: [term.term for term in section.unexplained_terms] for section in sections}
        assert not any(unexplained.values()), (page.title, unexplained)


def test_a_treatment_that_two_conditions_use_has_a_page_of_its_own(conditions):
    """Named alike ("Plaatjesrijk plasma (PRP)", "Plaatjesrijk plasma (PRP of ACP)"), it links to that page."""
    uses = defaultdict(list)
    for page in conditions:
        for treatment in page.treatments():
            uses[re.sub(r"\s*\(.*\)$", "", treatment["name"]).lower()].append((page.title, treatment))
    shared = {name: found for name, found in uses.items() if len({title for title, _ in found}) >= 2}
    assert {
        "oefentherapie",
        "shockwave",
        "corticosteroïden",
        "plaatjesrijk plasma",
        "brace of tape",
        "steunzolen",
    } <= set(shared)
    for name, found in shared.items():
        if name == "operatie":
            continue  # a referral to a surgeon, not a treatment the collective gives
        without_page = [title for title, treatment in found if treatment["treatment_page"] is None]
        assert without_page == [], (name, without_page)


def test_there_is_an_exercise_programme_for_the_knee_the_back_and_the_shoulder(demo):
    regions = {
        condition.body_region
        for programme in ExerciseProgrammePage.objects.live()
        for condition in programme.live_conditions()
    }
    assert {"knie", "rug", "schouder"} <= regions


def test_every_condition_shows_the_news_about_it(client, conditions):
    for page in conditions:
        soup = BeautifulSoup(client.get(page.url).content, "html.parser")
        assert soup.select(".related-publications .publication-card"), page.title
