"""The site search: Wagtail's full-text search, with names first and a second try for a typing error.

Wagtail's backend finds the pages and ranks them by their text (titles and other names weigh
more, see search_fields). On top of that, a page whose name or also-known-as name is what the
patient typed comes first on both databases: 'achillespees' is part of 'Achillespeesklachten',
a word that no stemmer splits. A complaint glued to a body part that no name on the site has
('knieklachten', 'hielpijn') is searched as the body part: the texts say 'klachten aan de knie', and
'klachten' on its own would lead to the complaints procedure. Without a hit for all words, pages with
some of them are shown, and without any hit a close spelling from the names on the site is tried
('hielsproo').
"""

import difflib
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from clinic.visibility import publicly_listed, searchable
from readability.models import GlossaryTerm
from serving.routing import site_wide

from .text import body_part, stem, terms, words

MAX_QUERY_LENGTH = 200
# The site is small; ranking every hit of a query stays cheap and keeps the order stable over pages.
MAX_CANDIDATES = 300

# What patients search for, in the order that breaks a tie between equally good names.
SEARCHABLE_PAGE_TYPES = (
    "conditions.ConditionPage",
    "treatments.TreatmentPage",
    "exercises.ExerciseProgrammePage",
    "examinations.ExaminationPage",
    "practical.PracticalPage",
    "practical.ComplaintsPage",
    "faq.FAQPage",
    "people.DoctorPage",
    "locations.LocationPage",
    "contact.ContactPage",
    "about.AboutPage",
    "publications.PublicationPage",
    "contact.PrivacyPage",
    "about.AccessibilityStatementPage",
)
# Other names a page is known by: (model, page field, name field).
ALSO_KNOWN_AS = (("conditions.ConditionSynonym", "page_id", "name"),)

EXACT_NAME, NAME_HAS_ALL_TERMS, QUERY_HAS_NAME, NAME_HAS_SOME_TERMS = 4, 3, 2, 1


def clean_query(raw):
    """One line of at most MAX_QUERY_LENGTH characters, without control characters."""
    text = "".join(char if char.isprintable() else " " for char in raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def page_models():
    return [apps.get_model(label) for label in SEARCHABLE_PAGE_TYPES]


def searchable_pages():
    return searchable(Page.objects.type(*page_models()))


def term_matches(term, word):
    """'hiel' matches 'hielspoor'; a longer term also matches inside a compound ('tendinopathie')."""
    if word.startswith(stem(term)):
        return True
    return len(term) >= 5 and term in word


@dataclass
class Names:
    """Every searchable page's names (title and also-known-as), folded, and its type's rank."""

    by_page: dict = field(default_factory=dict)
    type_rank: dict = field(default_factory=dict)
    # The words of the names and the glossary, worked out when a query first needs them.
    known_words: set | None = None

    @classmethod
    def load(cls):
        names = cls()
        models = page_models()
        # Not a search, so one subquery can leave out private pages (Wagtail's public() costs a query more).
        listed = publicly_listed(Page.objects.type(*models))
        for page_id, title, content_type_id in listed.values_list("id", "title", "content_type_id"):
            names.by_page[page_id] = [title]
            # get_for_id is served from Django's content type cache after the first page of a type.
            names.type_rank[page_id] = models.index(ContentType.objects.get_for_id(content_type_id).model_class())
        for label, page_field, name_field in ALSO_KNOWN_AS:
            model = apps.get_model(label)
            rows = model.objects.filter(**{f"{page_field}__in": names.by_page}).values_list(page_field, name_field)
            for page_id, name in rows:
                names.by_page[page_id].append(name)
        return names

    def score(self, page_id, query_terms, partial=False):
        """How well one of the page's names fits the query; some words count only when no page has all."""
        best = 0
        for name in self.by_page.get(page_id, ()):
            name_words = words(name)
            name_terms = terms(name)
            if name_terms == query_terms:
                return EXACT_NAME
            matched = [term for term in query_terms if any(term_matches(term, word) for word in name_words)]
            if len(matched) == len(query_terms):
                best = max(best, NAME_HAS_ALL_TERMS)
            elif len(name_terms) <= 3 and set(name_terms) <= set(query_terms):
                best = max(best, QUERY_HAS_NAME)
            elif partial and matched:
                best = max(best, NAME_HAS_SOME_TERMS)
        return best

    def scores(self, query_terms, partial=False):
        scored = {page_id: self.score(page_id, query_terms, partial) for page_id in self.by_page}
        return {page_id: score for page_id, score in scored.items() if score}

    def vocabulary(self):
        if self.known_words is None:
            found = {word for names in self.by_page.values() for name in names for word in words(name)}
            for term in GlossaryTerm.objects.values_list("term", flat=True):
                found.update(words(term))
            self.known_words = {word for word in found if len(word) >= 4}
        return self.known_words

    def body_parts(self, query_terms):
        """Each complaint glued to a body part ('rugklachten') as the body part, unless a name has the word."""
        searched = []
        for term in query_terms:
            part = body_part(term)
            searched.append(part if part and term not in self.vocabulary() else term)
        return searched


@dataclass
class Outcome:
    query: str = ""
    # The words searched for, which the excerpts mark: the query's, or its body parts, or the correction's.
    terms: list = field(default_factory=list)
    page_ids: list = field(default_factory=list)
    # Not every word was found; these pages have some of them.
    partial: bool = False
    # Nothing was found for the query, so this spelling was searched instead.
    corrected: str = ""
    promotions: list = field(default_factory=list)


def ranked_page_ids(query_terms, names):
    text = " ".join(query_terms)
    partial = False
    found = [page.pk for page in searchable_pages().search(text, operator="and")[:MAX_CANDIDATES]]
    by_name = names.scores(query_terms)
    if not found and not by_name and len(query_terms) > 1:
        found = [page.pk for page in searchable_pages().search(text, operator="or")[:MAX_CANDIDATES]]
        partial = bool(found)
        by_name = names.scores(query_terms, partial=True)
    position = {page_id: index for index, page_id in enumerate(found)}
    candidates = set(found) | set(by_name)

    def order(page_id):
        score = by_name.get(page_id, 0)
        tie_break = names.type_rank.get(page_id, 99) if score else 0
        return (-score, tie_break, position.get(page_id, len(found)))

    return sorted(candidates, key=order), partial


def correction(query_terms, vocabulary):
    """The query with each unknown word replaced by the closest name on the site, or '' if none is close."""
    corrected = []
    for term in query_terms:
        known = term in vocabulary or any(word.startswith(term) for word in vocabulary)
        close = [] if known else difflib.get_close_matches(term, vocabulary, n=1, cutoff=0.75)
        corrected.append(close[0] if close else term)
    return " ".join(corrected) if corrected != query_terms else ""


def read_promotions():
    """Every search promotion by the query it is for, in the editors' order."""
    by_query = {}
    for promotion in SearchPromotion.objects.select_related("query", "page").order_by("sort_order"):
        by_query.setdefault(promotion.query.query_string, []).append(promotion)
    return by_query


def promotions(query, request=None):
    """What editors chose to show first for exactly this query (Wagtail's search promotions). Editors keep a
    handful, so all of them are read once per content version (a change to one raises it)."""
    return site_wide(request, "search-promotions", read_promotions).get(normalise_query_string(query), [])


def search(query, request=None):
    outcome = Outcome(query=clean_query(query))
    if not terms(outcome.query):
        return outcome
    outcome.promotions = promotions(outcome.query, request)
    # The same for every query until something changes: read once per content version and web process.
    names = site_wide(request, "search-names", Names.load)
    outcome.terms = names.body_parts(terms(outcome.query))
    outcome.page_ids, outcome.partial = ranked_page_ids(outcome.terms, names)
    if not outcome.page_ids:
        suggestion = correction(outcome.terms, names.vocabulary())
        if suggestion:
            outcome.page_ids, outcome.partial = ranked_page_ids(suggestion.split(), names)
            if outcome.page_ids:
                outcome.corrected, outcome.terms = suggestion, suggestion.split()
    promoted = {promotion.page_id for promotion in outcome.promotions if promotion.page_id}
    outcome.page_ids = [page_id for page_id in outcome.page_ids if page_id not in promoted]
    return outcome
