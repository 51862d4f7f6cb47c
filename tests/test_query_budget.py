"""Each page type stays within a fixed number of SQL queries, however many blocks it has.

Two budgets per address, both with the whole-page cache off (a visitor with a session, or an address the
page cache has not seen):

- first: the first visit after a change. Nothing is remembered or kept (serving/content_version.py makes
  all of it out of date at once); only Wagtail's own caches of renditions and site addresses are warm.
  Every page pays 3 to find it (the site; the address with the pages on the way, which also make the
  breadcrumb trail; the page with who may see it), 4 for what the layout shares (menu, footer settings
  and links, partners; the partners' logos come from Wagtail's rendition cache), 1 for the contact
  button on medical pages and 2 for the carousel where it is shown.
- kept: every later visit, with the site and the address remembered and the parts of the page kept
  (serving/routing.py, serving/templatetags/fragments.py): one query, the page itself with who may see
  it. Pages that show something of the visitor's own (the contact form's token, the archive's filters,
  the feed) draw that part afresh; a search asked before is answered from what was kept for it.
"""

import pytest

BUDGETS = {
    # address: (first, kept). Every page with the site's header and footer reads the practice details: the main
    # location with its hours (two queries), for the phone number, address and today's hours in the footer.
    # The news on a condition page (its own and the carousel) shows each item's photo: the renditions of each
    # list in one query.
    "/aandoeningen/hielspoor/": (20, 1),
    # With its figure, like hielspoor: the figure's picture is one query of its own.
    "/aandoeningen/achillespeesklachten/": (20, 1),
    "/aandoeningen/": (11, 1),
    # The parts of the body with conditions, for the tiles.
    # Its JSON-LD names every location with its hours, and the doctors: three queries; the practical topics one.
    "/": (20, 1),
    # The archive checks its filters and page number before it answers (a 404 for a mistake).
    "/publicaties/": (14, 4),
    "/publicaties/?year=2024&onderwerp=topsport": (14, 4),
    "/publicaties/sporten-met-koorts/": (16, 1),
    "/publicaties/feed/": (8, 6),
    "/team/": (11, 1),
    "/team/sanne-de-wit/": (16, 1),
    "/behandelingen/": (10, 1),
    # With its figure, like a condition page.
    "/behandelingen/shockwave/": (15, 1),
    "/oefeningen/": (11, 1),
    # Author and reviewer cost one query, the sources another, as on a treatment page.
    "/oefeningen/hiel-en-achillespees/": (14, 1),
    "/locaties/": (10, 1),
    "/locaties/amsterdam-west/": (11, 1),
    # Promotions, names, the search itself and the hits by type; excerpts come from stored text, no query per hit.
    # Asked again, the answer is kept for the content version (search/views.py).
    "/zoeken/?q=hiel": (17, 1),
    "/vragen/": (10, 1),
    "/over-ons/": (11, 1),
    # The examinations to choose from cost one query.
    "/contact/": (13, 12),
    # The topics, and the locations with their waiting times.
    "/praktisch/": (13, 1),
    # Its four price lists share one read of today's prices.
    "/praktisch/kosten/": (11, 1),
    "/praktisch/klachten/": (10, 1),
    # Examinations with their prices in one query, their parts in one more.
    "/onderzoeken/": (11, 1),
    # The price, the parts, the sports bodies and the page for 'Aanvragen'.
    "/onderzoeken/duikkeuring/": (13, 1),
    "/contact/bedankt/": (9, 1),
    "/privacy/": (9, 1),
}


@pytest.mark.parametrize("url,budget", [(url, first) for url, (first, _kept) in BUDGETS.items()])
def test_the_first_visit_after_a_change_stays_within_its_query_budget(
    client, demo, django_assert_max_num_queries, url, budget
):
    client.get(url)  # renditions are made on the first view
    with django_assert_max_num_queries(budget):
        response = client.get(url)
    assert response.status_code == 200


@pytest.mark.parametrize("url,budget", [(url, kept) for url, (_first, kept) in BUDGETS.items()])
def test_a_later_visit_stays_within_its_query_budget(
    client, demo, parts_kept, django_assert_max_num_queries, url, budget
):
    client.get(url)
    with django_assert_max_num_queries(budget):
        response = client.get(url)
    assert response.status_code == 200


def test_citations_do_not_cost_a_query_each(client, demo, django_assert_max_num_queries):
    """Hielspoor cites nine references in twelve places, read in one query for the whole page."""
    client.get("/aandoeningen/hielspoor/")
    with django_assert_max_num_queries(BUDGETS["/aandoeningen/hielspoor/"][0]) as captured:
        client.get("/aandoeningen/hielspoor/")
    reference_queries = [q for q in captured.captured_queries if "sources_reference" in q["sql"]]
    assert len(reference_queries) == 1
