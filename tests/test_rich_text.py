"""Stored rich text is whitelisted, whatever path it came in by."""

from bs4 import BeautifulSoup

from clinic.rich_text import sanitise
from tests.factories import make_condition, text_section

FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


def tags(html):
    return BeautifulSoup(html, "html.parser")


def test_scripts_and_event_handlers_are_removed():
    soup = tags(sanitise('<p onclick="evil()">Hoi</p><script>alert(1)</script>', FEATURES))
    assert soup.find("script") is None
    assert "onclick" not in soup.p.attrs


def test_javascript_links_lose_their_target():
    soup = tags(sanitise('<p><a href="javascript:alert(1)">klik</a></p>', FEATURES))
    assert soup.a.get("href") is None


def test_internal_page_links_and_web_links_survive(condition_index):
    html = f'<p><a linktype="page" id="{condition_index.pk}">intern</a> <a href="https://example.org">extern</a></p>'
    links = tags(sanitise(html, FEATURES)).find_all("a")
    assert (links[0]["linktype"], links[0]["id"]) == ("page", str(condition_index.pk))
    assert links[1]["href"] == "https://example.org"


def test_features_that_are_not_allowed_are_flattened_to_paragraphs():
    soup = tags(sanitise("<h2>Kop</h2><p>Tekst</p>", FEATURES))
    assert soup.find("h2") is None
    assert [p.get_text() for p in soup.find_all("p")] == ["Kop", "Tekst"]


def test_a_second_pass_changes_nothing():
    once = sanitise("<p>Een <b>vette</b> zin.</p><ul><li>punt</li></ul>", FEATURES)
    assert sanitise(once, FEATURES) == once


def test_a_stream_built_from_raw_data_is_whitelisted_when_stored(client, condition_index):
    page = make_condition(
        condition_index, sections=[text_section(body='<p onclick="evil()">Hoi</p><script>x()</script>')]
    )

    stored = page.sections.raw_data[0]["value"]["body"]
    assert "<script" not in stored
    assert "onclick" not in stored
