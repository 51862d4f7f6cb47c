"""A result's excerpt: the sentence of the page that says most about the query, with those words marked."""

import html
import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.fields import StreamValue
from wagtail.search import index

from .site_search import term_matches
from .text import WORD, fold

SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
TAGS = re.compile(r"<[^>]+>")
EXCERPT_WORDS = 35


def stored_text(value):
    """The texts in a stored value. A StreamField is read as stored, so no source, image or page it
    chooses is loaded: a page of results then costs no query per hit. Texts without a space are left
    out: those are choices ('illustratie') and identifiers, not something a patient reads."""
    if isinstance(value, StreamValue):
        value = list(value.raw_data)
    if isinstance(value, dict):
        for key, item in value.items():
            # An image's description says what a picture shows, not what the page tells the patient.
            if key not in ("type", "id", "alt_text"):
                yield from stored_text(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from stored_text(item)
    elif isinstance(value, str) and " " in value.strip():
        yield value
    elif value is not None and not isinstance(value, str | int | float | bool):
        yield str(value)


def page_text(page):
    """The text Wagtail indexes for the page, title left out: summaries, sections, answers, ..."""
    parts = []
    for search_field in page.get_search_fields():
        if isinstance(search_field, index.SearchField) and search_field.field_name != "title":
            value = getattr(page, search_field.field_name, None)
            parts.extend(stored_text(value() if callable(value) else value))
    # Rich text arrives as HTML; the excerpt is plain text, escaped again below.
    return [" ".join(html.unescape(TAGS.sub(" ", part)).split()) for part in parts]


def sentences(parts):
    for part in parts:
        yield from (sentence for sentence in SENTENCE_END.split(part) if sentence)


def folded_words(text):
    return frozenset(WORD.findall(fold(text)))


def matching_terms(text_words, query_terms):
    return {term for term in query_terms if any(term_matches(term, word) for word in text_words)}


@dataclass
class PageText:
    """What a result's excerpt is chosen from: each sentence the page indexes, with its folded words and length,
    and the page's description. Worked out once per page; each query then only compares words."""

    sentences: list
    description: str

    @classmethod
    def of(cls, page):
        description = getattr(page, "get_meta_description", None)
        return cls(
            sentences=[(text, folded_words(text), len(text.split())) for text in sentences(page_text(page))],
            description=(description() if description else "") or page.search_description,
        )

    def best_sentence(self, query_terms):
        """The sentence with most of the query's words; of equals, the one that says most (up to 10 words)."""
        best, best_score = "", (0, 0)
        for text, text_words, length in self.sentences:
            score = (len(matching_terms(text_words, query_terms)), min(length, 10))
            if score[0] and score > best_score:
                best, best_score = text, score
        return best


def highlight(text, query_terms):
    """Escaped text with each word that matches the query inside <mark>."""
    pieces, last = [], 0
    for match in re.finditer(r"[^\W_]+", text):
        if any(term_matches(term, fold(match.group())) for term in query_terms):
            pieces.append(escape(text[last : match.start()]))
            pieces.append(f"<mark>{escape(match.group())}</mark>")
            last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 (every piece is escaped above)


def window(text, query_terms):
    """At most EXCERPT_WORDS words, starting a little before the first word that matches."""
    text_words = text.split()
    if len(text_words) <= EXCERPT_WORDS:
        return text
    first = next((i for i, word in enumerate(text_words) if matching_terms(folded_words(word), query_terms)), 0)
    start = max(0, min(first - 8, len(text_words) - EXCERPT_WORDS))
    shown = " ".join(text_words[start : start + EXCERPT_WORDS])
    return f"{'… ' if start else ''}{shown}{' …' if start + EXCERPT_WORDS < len(text_words) else ''}"


def excerpt(text, query_terms):
    """The best sentence of a PageText for the query, else its description, shortened and marked."""
    shown = text.best_sentence(query_terms) or text.description
    return highlight(window(shown, query_terms), query_terms) if shown else ""
