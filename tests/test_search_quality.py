"""Search quality: what patients type, and the page that must come up, over the demo site.

The table runs on SQLite (FTS5) and on PostgreSQL (Dutch full-text search) alike: `make test`
runs it on both. A miss names the query, the page expected and the pages found instead.
"""

from wagtail.models import Page

from search.site_search import search

FIRST, TOP_THREE = 1, 3

# (what the patient types, the title of the page it must find, within how many places)
QUERIES = [
    ("hielspoor", "Hielspoor", FIRST),
    ("Hielspoor", "Hielspoor", FIRST),
    ("pijn onder de hiel", "Hielspoor", FIRST),
    ("ochtend pijn hiel", "Hielspoor", FIRST),
    ("fasciitis plantaris", "Hielspoor", FIRST),
    ("hielsproo", "Hielspoor", FIRST),
    ("nachtspalk", "Hielspoor", FIRST),
    ("peesplaat", "Hielspoor", TOP_THREE),
    ("prp injectie", "PRP-injectie", FIRST),
    ("prp hielspoor", "Hielspoor", FIRST),
    ("achillespeesklachten", "Achillespeesklachten", FIRST),
    ("achillespees", "Achillespeesklachten", FIRST),
    ("achilles", "Achillespeesklachten", FIRST),
    ("achilespees", "Achillespeesklachten", FIRST),
    ("achillodynie", "Achillespeesklachten", FIRST),
    # Peesklachten of the Achilles tendon and of the patellar tendon are both a tendinopathie.
    ("tendinopathie", "Achillespeesklachten", TOP_THREE),
    ("patellatendinopathie", "Springersknie", FIRST),
    ("shockwave", "Shockwave", FIRST),
    ("drukgolven", "Shockwave", FIRST),
    ("prolotherapie", "Prolotherapie", FIRST),
    ("glucose injectie", "Prolotherapie", FIRST),
    ("oefeningen hiel", "Oefeningen voor hiel en achillespees", FIRST),
    ("oefening achillespees", "Oefeningen voor hiel en achillespees", TOP_THREE),
    ("Sanne de Wit", "Sanne de Wit", FIRST),
    ("dokter de wit", "Sanne de Wit", FIRST),
    ("amsterdam", "Sportpoli Amsterdam-West", FIRST),
    ("sportarts utrecht", "Sportpoli Utrecht", FIRST),
    ("sporten met koorts", "Renner stapt uit de Tour met longontsteking: sport niet met koorts", FIRST),
    ("artrose vliegen", "Meer pijn door artrose tijdens het vliegen? Dit kunt u doen", FIRST),
    ("winterspelen", "Medische voorbereiding op de Winterspelen in Milaan en Cortina", FIRST),
    ("zwemmen in de seine", "Zwemmen in de Seine: hoe schoon moet het water zijn?", FIRST),
    ("knie weer", "Doet uw knie meer pijn als het weer omslaat?", FIRST),
    # A condition in every body region: by its lay name and by what a patient feels.
    ("pijn voor in de knie", "Pijn voor in de knie", FIRST),
    ("knie pijn bij traplopen", "Pijn voor in de knie", FIRST),
    ("springersknie", "Springersknie", FIRST),
    ("pijn onder de knieschijf bij springen", "Springersknie", TOP_THREE),
    ("liesblessure", "Liesklachten bij sporters", FIRST),
    ("pijn in de lies bij sprinten", "Liesklachten bij sporters", FIRST),
    ("spit", "Lage rugpijn", FIRST),
    ("pijn onder in de rug", "Lage rugpijn", FIRST),
    ("pijn in de schouder bij gooien", "Schouderpijn bij werpsporten", FIRST),
    ("tenniselleboog", "Tennisarm", FIRST),
    ("pijn aan de buitenkant van de elleboog", "Tennisarm", FIRST),
    ("shin splints", "Scheenbeenklachten", FIRST),
    ("pijn scheenbeen hardlopen", "Scheenbeenklachten", FIRST),
    ("verzwikte enkel", "Enkelverstuiking", FIRST),
    ("enkel verzwikt", "Enkelverstuiking", FIRST),
    ("oefeningen knie", "Oefeningen voor de knie", FIRST),
    ("brace", "Brace of tape", FIRST),
    # A complaint written onto a body part, as patients type it.
    ("knieklachten", "Pijn voor in de knie", FIRST),
    ("rugklachten", "Lage rugpijn", FIRST),
    ("schouderklachten", "Schouderpijn bij werpsporten", FIRST),
    ("hielpijn", "Hielspoor", FIRST),
    # What patients look up before and after a visit.
    ("duikkeuring", "Duikkeuring", FIRST),
    ("inspanningstest", "Sportmedisch onderzoek met inspanningstest", FIRST),
    ("kosten", "Kosten en vergoeding", FIRST),
    ("eigen risico", "Verwijzing en verzekering", TOP_THREE),
    ("verwijzing huisarts", "Verwijzing en verzekering", TOP_THREE),
    ("afspraak afzeggen", "Afspraak verzetten of afzeggen", FIRST),
    ("eerste afspraak", "Uw eerste afspraak", FIRST),
    ("klacht indienen", "Klachten", FIRST),
    ("veelgestelde vragen", "Veelgestelde vragen", FIRST),
    ("privacy", "Privacyverklaring", FIRST),
    ("wachttijd", "Sportpoli Amsterdam-West", TOP_THREE),
    ("wachttijd utrecht", "Sportpoli Utrecht", FIRST),
    ("openingstijden", "Sportpoli Amsterdam-West", TOP_THREE),
    ("parkeren utrecht", "Sportpoli Utrecht", FIRST),
    ("telefoonnummer utrecht", "Sportpoli Utrecht", FIRST),
]


def test_the_table_has_at_least_twenty_patient_queries():
    assert len(QUERIES) >= 20


def test_each_patient_query_finds_its_page_in_place(demo):
    titles = dict(Page.objects.values_list("pk", "title"))
    misses = []
    for query, expected, places in QUERIES:
        found = [titles[page_id] for page_id in search(query).page_ids[:places]]
        if expected not in found:
            misses.append(f"{query!r}: expected {expected!r} in the first {places}, found {found}")

    assert misses == []
