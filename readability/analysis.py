"""How easy a medical page is to read for a patient at language level B1.

Scores each section with Flesch–Douma, the Dutch version of Flesch reading ease:

    206.835 − 0.93 × (words per sentence) − 77 × (syllables per word)

Syllables come from textstat with language "nl" (Dutch hyphenation), corrected where hyphenation
misses a one-letter syllable; words and sentences are counted here, so the sentences the doctor sees
listed are the ones the score was computed from.
"""

import html
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path

from django.utils.html import strip_tags
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail import blocks
from wagtail.rich_text import RichText

# B1: a score of 60 or more ("vrij makkelijk" and easier), sentences of 15 words on average, none over 25.
B1_MIN_SCORE = 60
B1_MAX_AVERAGE_SENTENCE = 15
LONG_SENTENCE = 25
# Words of four or more syllables slow a weak reader down, unless they are everyday words (behandeling,
# oefeningen): a long word is one that is long and uncommon (data/README.md).
LONG_WORD_SYLLABLES = 4
COMMON_WORDS = Path(__file__).resolve().parent / "data" / "common_words_nl.txt"

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@cache
def _textstat():
    from textstat.textstat import textstat

    textstat.set_lang("nl")
    return textstat


# Dutch vowel sounds written with more than one letter; each is one syllable.
_VOWEL_SOUNDS = sorted(
    ["aai", "ooi", "oei", "eeu", "ieu", "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ei", "ij", "ui", "ou", "au"],
    key=len,
    reverse=True,
)
_VOWELS = set("aeiouyàáâèéêìíîòóôùúû")
_DIAERESIS = set("äëïöü")  # always starts a new syllable: patiënt, ideeën


def vowel_groups(word):
    """Syllables counted from Dutch vowel sounds: o-ver-be-last 4, a-chil-les-pees 4, pa-ti-ënt 3."""
    word = word.lower()
    count = 0
    i = 0
    while i < len(word):
        letter = word[i]
        if letter in _DIAERESIS:
            count += 1
            i += 1
        elif letter in _VOWELS:
            count += 1
            sound = next((s for s in _VOWEL_SOUNDS if word.startswith(s, i)), letter)
            i += len(sound)
        else:
            i += 1
    return count


@cache
def common_words():
    return frozenset(COMMON_WORDS.read_text(encoding="utf-8").split())


def is_long_word(word, syllable_count):
    return syllable_count >= LONG_WORD_SYLLABLES and word.lower() not in common_words()


def syllables(word):
    # textstat's Dutch hyphenation (pyphen) never splits off a single first or last letter, so it
    # counts "overbelast" as 3 and "achillespees" as 3. The vowel sounds catch those.
    return max(1, _textstat().syllable_count(word), vowel_groups(word))


def words_of(text):
    return _WORD.findall(text)


def sentences_of(text):
    return [sentence for sentence in _SENTENCE_END.split(text.strip()) if words_of(sentence)]


def flesch_douma(word_count, sentence_count, syllable_count):
    if not word_count or not sentence_count:
        return None
    return 206.835 - 0.93 * (word_count / sentence_count) - 77 * (syllable_count / word_count)


def shown(value, places=0):
    """A number as the panel shows it (Django's floatformat rounds half up): 59.5 is 60, 15.04 is 15.0."""
    return Decimal(str(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


@dataclass
class SectionScore:
    label: str
    text: str
    words: int = 0
    sentences: int = 0
    syllables: int = 0
    score: float | None = None
    long_sentences: list = field(default_factory=list)
    long_words: list = field(default_factory=list)
    unexplained_terms: list = field(default_factory=list)
    # (sentence, words, syllables) for each sentence, to point at the one a rule fails on.
    sentence_counts: list = field(default_factory=list)

    @property
    def longest_sentence(self):
        return max(self.sentence_counts, key=lambda counts: counts[1])[0] if self.sentence_counts else ""

    @property
    def hardest_sentence(self):
        """The sentence with the lowest Flesch–Douma of its own (of three words or more: a heading-like
        phrase of one long word says little)."""
        candidates = [counts for counts in self.sentence_counts if counts[1] >= 3] or self.sentence_counts
        if not candidates:
            return ""
        return min(candidates, key=lambda counts: flesch_douma(counts[1], 1, counts[2]))[0]

    @property
    def average_sentence_length(self):
        return self.words / self.sentences if self.sentences else 0

    @property
    def within_b1(self):
        return self.score is not None and not self.failed_rules

    @property
    def failures(self):
        """Each B1 rule the text breaks, with the number that breaks it, and the sentence to start with: the
        hardest for the score, the longest for the average, the first too long one for the longest."""
        if self.score is None:
            return []
        failed = []
        # The rules judge the numbers as the panel shows them: a score of 59.7 is shown, and counts, as 60.
        if shown(self.score) < B1_MIN_SCORE:
            failed.append(
                (
                    _("Flesch–Douma %(score)s is lager dan %(target)s")
                    % {"score": shown(self.score), "target": B1_MIN_SCORE},
                    self.hardest_sentence,
                )
            )
        if shown(self.average_sentence_length, 1) > B1_MAX_AVERAGE_SENTENCE:
            failed.append(
                (
                    _("gemiddeld %(average)s woorden per zin, meer dan %(target)s")
                    % {
                        "average": str(shown(self.average_sentence_length, 1)).replace(".", ","),
                        "target": B1_MAX_AVERAGE_SENTENCE,
                    },
                    self.longest_sentence,
                )
            )
        if self.long_sentences:
            failed.append(
                (
                    ngettext(
                        "%(count)d zin van meer dan %(limit)d woorden",
                        "%(count)d zinnen van meer dan %(limit)d woorden",
                        len(self.long_sentences),
                    )
                    % {"count": len(self.long_sentences), "limit": LONG_SENTENCE},
                    self.long_sentences[0],
                )
            )
        return failed

    @property
    def failed_rules(self):
        return [rule for rule, _sentence in self.failures]

    @property
    def verdict(self):
        """Follows from the numbers alone: within B1 when no rule fails, otherwise the rules that fail."""
        if self.score is None:
            return _("te weinig tekst")
        failed = self.failed_rules
        if not failed:
            return _("binnen B1")
        return _("niet binnen B1: %(rules)s") % {"rules": "; ".join(failed)}


def score_text(label, text, glossary=()):
    section = SectionScore(label=label, text=text)
    sentences = sentences_of(text)
    long_words = {}
    for sentence in sentences:
        words = words_of(sentence)
        section.sentences += 1
        section.words += len(words)
        if len(words) > LONG_SENTENCE:
            section.long_sentences.append(sentence)
        sentence_syllables = 0
        for word in words:
            count = syllables(word)
            sentence_syllables += count
            if is_long_word(word, count):
                long_words.setdefault(word.lower(), word)
        section.syllables += sentence_syllables
        section.sentence_counts.append((sentence, len(words), sentence_syllables))
    section.score = flesch_douma(section.words, section.sentences, section.syllables)
    section.long_words = sorted(long_words.values(), key=str.lower)
    section.unexplained_terms = unexplained_terms(text, glossary)
    return section


def unexplained_terms(text, glossary):
    """Glossary terms in the text without their plain words nearby (the same section) or a "(…)" after them."""
    lowered = text.lower()
    found = []
    for term in glossary:
        # Also the inflected forms a Dutch sentence gives a term: chronisch → chronische, orthese → ortheses.
        pattern = re.compile(rf"\b{re.escape(term.term.lower())}(?:e|en|s)?\b(\s*\()?")
        matches = list(pattern.finditer(lowered))
        if not matches:
            continue
        explained = term.explanation.lower() in lowered or any(match.group(1) for match in matches)
        if not explained:
            found.append(term)
    return found


# Reading the text out of a StreamField ---------------------------------------------------------------

# Struct fields that name a part rather than say something: they label the section instead.
LABEL_FIELDS = ("heading", "title", "name")


def _as_sentence(text):
    text = " ".join(text.split())
    if text and text[-1] not in ".!?:;":
        text += "."  # a list item or a label-less phrase counts as one sentence
    return text


def _plain(rich_text):
    source = rich_text.source if isinstance(rich_text, RichText) else str(rich_text)
    # Block elements end a sentence-like unit; a list item without a full stop is still one.
    source = re.sub(r"</(p|li|h\d)>", "\n", source)
    parts = [html.unescape(strip_tags(part)) for part in source.split("\n")]
    return " ".join(_as_sentence(part) for part in parts if part.strip())


def text_of(block, value):
    """All the prose a block shows, as plain sentences; links, choices and references are left out."""
    if value is None:
        return ""
    if isinstance(block, blocks.RichTextBlock):
        return _plain(value)
    if isinstance(block, (blocks.ChoiceBlock, blocks.URLBlock, blocks.EmailBlock, blocks.ChooserBlock)):
        return ""
    if isinstance(block, (blocks.TextBlock, blocks.CharBlock)):
        return _as_sentence(str(value))
    if isinstance(block, blocks.StructBlock):
        return " ".join(
            filter(
                None,
                (
                    text_of(child, value.get(name))
                    for name, child in block.child_blocks.items()
                    if name not in LABEL_FIELDS
                ),
            )
        )
    if isinstance(block, blocks.ListBlock):
        return " ".join(filter(None, (text_of(block.child_block, item) for item in value)))
    if isinstance(block, blocks.StreamBlock):
        return " ".join(filter(None, (text_of(child.block, child.value) for child in value)))
    return ""


def _label_of(child):
    value = child.value
    if isinstance(value, blocks.StructValue):
        for name in LABEL_FIELDS:
            if value.get(name):
                return str(value[name])
    return capfirst(str(child.block.label))


def page_sections(page):
    """(label, text) for the page's plain text fields and each top-level block of its main StreamField."""
    parts = []
    for name in getattr(page, "readable_text_fields", ("summary",)):
        value = getattr(page, name, "")
        if value:
            parts.append((capfirst(page._meta.get_field(name).verbose_name), _as_sentence(value)))
    stream_name = getattr(page, "readability_field", None) or getattr(page, "citation_field", None)
    stream = getattr(page, stream_name, None) if stream_name else None
    for child in stream or []:
        text = text_of(child.block, child.value)
        if text.strip():
            parts.append((_label_of(child), text))
    return parts


def analyse(page):
    """A score for the whole page first, then one per section."""
    from .models import GlossaryTerm

    glossary = list(GlossaryTerm.objects.all())
    sections = [score_text(label, text, glossary) for label, text in page_sections(page)]
    whole = score_text(_("Hele pagina"), " ".join(section.text for section in sections), glossary)
    return whole, sections


def targets():
    """The B1 targets by the names the panel's templates use."""
    return {"b1_min_score": B1_MIN_SCORE, "b1_max_average": B1_MAX_AVERAGE_SENTENCE, "long_sentence": LONG_SENTENCE}
