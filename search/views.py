"""A simple site search over every live, public page; the search issue makes it smarter."""

import re

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
WORDS = re.compile(r"[^\W_]+")


def search(request):
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    # Quotes and operators mean something to the database's full-text syntax (SQLite's FTS5
    # fails on an unmatched quote); patients search with words, so words are what we pass on.
    terms = " ".join(WORDS.findall(query))
    results = None
    message = ""
    if terms:
        found = Page.objects.live().public().specific().search(terms)
        paginator = Paginator(found, RESULTS_PER_PAGE)
        try:
            results = paginator.page(request.GET.get("page") or 1)
        except (PageNotAnInteger, EmptyPage):
            results = paginator.page(1) if paginator.count else None
            message = _("Die pagina met resultaten bestaat niet. U ziet de eerste resultaten.")
    return TemplateResponse(
        request,
        "search/search.html",
        {"query": query, "results": results, "message": message},
    )
