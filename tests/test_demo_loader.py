"""The demo content is data (demo/content/*.yaml): how the files are read, and what a mistake in one says."""

import datetime
import textwrap

import pytest
from bs4 import BeautifulSoup

from conditions.models import ConditionPage
from demo.content import ContentError, paragraphs, read
from demo.loader import DemoSite

SITE = """
home:
  type: home.HomePage
  title: Proefsite
  slug: proef
sections:
- aandoeningen
"""
INDEX = """
type: conditions.ConditionIndexPage
title: Aandoeningen
"""


def content_tree(tmp_path, condition, pictures=""):
    """A small content folder: a home page, the conditions index and one condition page."""
    files = {
        "site.yaml": SITE,
        "pages/aandoeningen.yaml": INDEX,
        "pages/aandoeningen/proef.yaml": condition,
        "pictures.yaml": pictures,
        "references.yaml": "bron:\n  authors: Jansen A\n  title: Een proef\n  year: 2020\n",
    }
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return tmp_path


CONDITION = """
type: conditions.ConditionPage
title: Proefklacht
summary: Een korte samenvatting.
body_region: knie
synonyms:
- andere naam
sections:
- text:
    heading: Wat is het?
    body: |-
      Eerste alinea, over twee
      regels geschreven.

      Tweede alinea.
    citations:
    - bron
"""


def test_paragraphs_are_separated_by_a_blank_line_and_their_lines_joined():
    assert paragraphs("Een zin\nop twee regels.\n\nNog een.") == "<p>Een zin op twee regels.</p><p>Nog een.</p>"


def test_lines_that_start_with_a_dash_are_a_bulleted_list():
    assert paragraphs("- een\n- twee") == "<ul><li>een</li><li>twee</li></ul>"


def test_rich_text_written_as_markup_is_kept_as_it_is():
    assert paragraphs("<p>Al <b>opgemaakt</b>.</p>") == "<p>Al <b>opgemaakt</b>.</p>"


def test_times_and_words_such_as_no_stay_text_and_dates_are_dates(tmp_path):
    (tmp_path / "x.yaml").write_text("opens: 17:00\nanswer: no\nday: 2026-09-15\n", encoding="utf-8")
    assert read("x.yaml", tmp_path) == {"opens": "17:00", "answer": "no", "day": datetime.date(2026, 9, 15)}


def test_a_page_file_builds_its_page_with_its_blocks_other_names_and_sources(db, tmp_path):
    DemoSite(content_tree(tmp_path, CONDITION)).build()
    page = ConditionPage.objects.get(slug="proef")
    assert page.live and page.url_path.endswith("/aandoeningen/proef/")
    paragraphs_stored = BeautifulSoup(page.sections[0].value["body"].source, "html.parser").find_all("p")
    assert [p.get_text() for p in paragraphs_stored] == [
        "Eerste alinea, over twee regels geschreven.",
        "Tweede alinea.",
    ]
    assert [ref.title for ref in page.references] == ["Een proef"]
    assert [synonym.name for synonym in page.synonyms.all()] == ["andere naam"]


@pytest.mark.parametrize(
    "mistake, message",
    [
        ("body_regio: knie\n", "pages/aandoeningen/proef.yaml: ConditionPage has no field 'body_regio'"),
        ("sections:\n- tekst:\n    heading: Kop\n", "no block 'tekst' here"),
        ("sections:\n- figure:\n    image: onbekend\n    alt_text: Iets\n", "no picture 'onbekend' in pictures.yaml"),
        ("sections:\n- text:\n    heading: Kop\n    kop: Kop\n", "has no field kop"),
        ("sections:\n- text:\n    heading: Kop\n    body: Tekst.\n    citations: [onbekend]\n", "no source 'onbekend'"),
        ("sections:\n- text:\n    heading: Kop\n", "sections: /0/body: "),
    ],
)
def test_a_mistake_in_a_file_is_named_with_the_file(db, tmp_path, mistake, message):
    condition = CONDITION.split("sections:")[0] + mistake if mistake.startswith("sections") else CONDITION + mistake
    with pytest.raises(ContentError, match=message):
        DemoSite(content_tree(tmp_path, condition)).build()


def test_a_page_that_names_a_page_that_never_comes_is_an_error(db, tmp_path):
    doctor_first = CONDITION + "author: team/niemand\n"
    with pytest.raises(ContentError, match="author names a page that does not exist: team/niemand"):
        DemoSite(content_tree(tmp_path, doctor_first)).build()
