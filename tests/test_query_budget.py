"""Each page type stays within a fixed number of SQL queries, however many blocks it has.

Measured on the demo content with a warm rendition cache; the production
issue brings these down further with caching. Every page pays 4 for what
the layout shares: the menu, the footer links and the partners with their logos;
medical pages pay one more for the link to the contact page.
"""

import pytest

BUDGETS = {
    "/aandoeningen/hielspoor/": 29,
    "/aandoeningen/achillespeesklachten/": 24,
    "/aandoeningen/": 14,
    "/": 15,
    "/publicaties/": 17,
    "/publicaties/?year=2024&onderwerp=topsport": 17,
    "/publicaties/sporten-met-koorts/": 20,
    "/publicaties/feed/": 11,
    "/team/": 14,
    "/team/sanne-de-wit/": 20,
    "/behandelingen/": 13,
    "/behandelingen/shockwave/": 20,
    "/oefeningen/": 14,
    # Author, reviewer and sources cost three queries, as on a treatment page.
    "/oefeningen/hiel-en-achillespees/": 20,
    "/locaties/": 13,
    "/locaties/amsterdam-west/": 16,
    # Promotions, names, the search itself and the hits by type; excerpts come from stored text, no query per hit.
    "/zoeken/?q=hiel": 16,
    "/vragen/": 13,
    "/over-ons/": 17,
    "/contact/": 15,
    "/contact/bedankt/": 12,
    "/privacy/": 12,
}


@pytest.mark.parametrize("url,budget", BUDGETS.items())
def test_page_stays_within_its_query_budget(client, demo, django_assert_max_num_queries, url, budget):
    client.get(url)  # renditions are made on the first view
    with django_assert_max_num_queries(budget):
        response = client.get(url)
    assert response.status_code == 200


def test_citations_do_not_cost_a_query_each(client, demo, django_assert_max_num_queries):
    """Hielspoor cites nine references in twelve places, fetched in one query per kind of block."""
    client.get("/aandoeningen/hielspoor/")
    with django_assert_max_num_queries(BUDGETS["/aandoeningen/hielspoor/"]) as captured:
        client.get("/aandoeningen/hielspoor/")
    reference_queries = [q for q in captured.captured_queries if "conditions_reference" in q["sql"]]
    assert len(reference_queries) <= 4
