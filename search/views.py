"""The search page and the suggestions under the search box."""

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Page

from clinic import ratelimit
from serving.routing import VersionMemo

from . import site_search
from .excerpts import PageText, excerpt
from .text import terms

RESULTS_PER_PAGE = 10
SUGGESTIONS = 6
# Suggestions need at least this many letters; one letter matches half the site.
SUGGEST_MIN_LENGTH = 2


def type_label(page):
    return capfirst(page.specific_class._meta.verbose_name) if page.specific_class else ""


def pages_in_order(page_ids):
    pages = Page.objects.filter(pk__in=page_ids).specific().in_bulk()
    return [pages[page_id] for page_id in page_ids if page_id in pages]


# What a query found and what its results show, per web process until the content changes (any change a
# visitor could see raises the content version, search promotions and the glossary included): a query asked
# again, as popular ones are, costs neither the search nor the excerpts. Bounded: odd queries cannot fill it.
answers = VersionMemo(max_size=500)


def found(request, query):
    key = ("outcome", request.get_host(), query)
    outcome = answers.get(request, key)
    if outcome is None:
        outcome = site_search.search(query, request)
        answers.set(request, key, outcome)
    return outcome


def result_cards(request, page_ids):
    """What the list shows of each page but its excerpt: type, title, address and text. Kept per page until
    the content changes, so a new query reads only the pages that no earlier query showed."""
    host = request.get_host()
    cards = {page_id: answers.get(request, ("result", host, page_id)) for page_id in page_ids}
    for page in pages_in_order([page_id for page_id, card in cards.items() if card is None]):
        cards[page.pk] = {
            "type": type_label(page),
            "title": page.title,
            "url": page.get_url(request),
            "text": PageText.of(page),
        }
        answers.set(request, ("result", host, page.pk), cards[page.pk])
    return [cards[page_id] for page_id in page_ids if cards[page_id] is not None]


def result_hits(request, outcome, results):
    """Each result as the list shows it: its type, title, address and excerpt."""
    key = ("hits", request.get_host(), outcome.query, results.number)
    hits = answers.get(request, key)
    if hits is None:
        hits = [
            {**card, "excerpt": excerpt(card["text"], outcome.terms)}
            for card in result_cards(request, list(results.object_list))
        ]
        answers.set(request, key, hits)
    return hits


@require_GET
def search(request):
    outcome = found(request, site_search.clean_query(request.GET.get("q", "")))
    message = ""
    results = None
    if outcome.page_ids:
        paginator = Paginator(outcome.page_ids, RESULTS_PER_PAGE)
        try:
            results = paginator.page(request.GET.get("page") or 1)
        except (PageNotAnInteger, EmptyPage, ValueError):
            results = paginator.page(1)
            message = _("Die pagina met resultaten bestaat niet. U ziet de eerste resultaten.")
    hits = result_hits(request, outcome, results) if results else []
    first_page = results is None or results.number == 1
    promotions = [promotion for promotion in outcome.promotions if promotion.page_id is None or promotion.page.live]
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "query": outcome.query,
            "outcome": outcome,
            "results": results,
            "hits": hits,
            "page_range": results.paginator.get_elided_page_range(results.number, on_each_side=1, on_ends=1)
            if results
            else [],
            "promotions": promotions if first_page else [],
            "message": message,
            "breadcrumb_tail": [(_("Zoeken"), request.path)],
        },
    )


@require_GET
def suggest(request):
    """A few page titles for the search box while the patient types (JSON; the box works without it)."""
    if not ratelimit.allow(request, "suggest", settings.SEARCH_SUGGEST_RATE_LIMIT, settings.SEARCH_SUGGEST_RATE_WINDOW):
        response = JsonResponse({"error": _("Te veel verzoeken. Probeer het zo weer.")}, status=429)
        response["Retry-After"] = str(settings.SEARCH_SUGGEST_RATE_WINDOW)
        return response
    query = site_search.clean_query(request.GET.get("q", ""))
    words = " ".join(terms(query))
    key = ("suggestions", request.get_host(), words)
    suggestions = answers.get(request, key) if len(words) >= SUGGEST_MIN_LENGTH else []
    if suggestions is None:
        found = list(site_search.searchable_pages().autocomplete(words)[: SUGGESTIONS * 3])
        ranks = {model: rank for rank, model in enumerate(site_search.page_models())}
        found.sort(key=lambda page: ranks.get(page.specific_class, len(ranks)))
        suggestions = [
            {"title": page.title, "url": page.get_url(request), "type": type_label(page)}
            for page in found[:SUGGESTIONS]
        ]
        answers.set(request, key, suggestions)
    # The query is not echoed: the script knows what it asked, and nothing typed comes back as markup.
    response = JsonResponse({"suggestions": suggestions})
    # Titles change rarely; a short browser cache spares the server a request per keystroke going back.
    response["Cache-Control"] = "max-age=60"
    return response
