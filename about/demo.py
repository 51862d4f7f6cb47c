"""Demo text for the about page, in plain Dutch (B1)."""

import datetime

INTRO = (
    "<p>Wij zijn een groep sport- en bewegingsartsen. We werken samen, maar ieder heeft een eigen "
    "vakgebied. Zo vindt u bij ons altijd een arts die veel weet van uw klacht.</p>"
)

SECTIONS = [
    {
        "type": "section",
        "value": {
            "heading": "Wat een sport- en bewegingsarts doet",
            "body": "<p>Een sport- en bewegingsarts is een medisch specialist. Wij kijken naar klachten van "
            "spieren, pezen en gewrichten die komen door bewegen, of juist door te weinig bewegen. We zoeken "
            "uit waar de pijn vandaan komt. Daarna maken we samen met u een plan, zodat u weer kunt doen wat "
            "u wilt: sporten, werken of gewoon een eind wandelen.</p>",
        },
    },
    {
        "type": "section",
        "value": {
            "heading": "Ook als u geen sporter bent",
            "body": "<p>Bij ons komen topsporters, maar vooral heel gewone mensen. Iemand die veel staat op "
            "het werk, iemand die na een blessure weer wil beginnen, of iemand die wil weten hoeveel bewegen "
            "goed is met een hartziekte. U bent welkom, hoe fit u ook bent.</p>",
        },
    },
    {
        "type": "section",
        "value": {
            "heading": "Hoe wij werken",
            "body": "<ul><li>We nemen de tijd voor uw verhaal en voor het onderzoek.</li>"
            "<li>We kiezen eerst voor een behandeling zonder operatie, als dat kan.</li>"
            "<li>We leggen uit wat onderzoek zegt over een behandeling, ook als het bewijs nog mager is.</li>"
            "<li>Is een operatie beter voor u? Dan verwijzen we u naar een chirurg met wie we vaak "
            "samenwerken.</li></ul>",
        },
    },
    {
        "type": "section",
        "value": {
            "heading": "Kennis uit de topsport",
            "body": "<p>Een aantal van ons begeleidt sporters op het hoogste niveau. Wat we daar leren over "
            "belasten en herstellen, gebruiken we ook voor u.</p>",
        },
    },
]

ACCESSIBILITY_INTRO = (
    "<p>Iedereen moet deze website kunnen gebruiken. Ook als u slecht ziet, alleen een toetsenbord "
    "gebruikt of de tekst laat voorlezen. Hier leest u hoe wij daarvoor zorgen.</p>"
)

ACCESSIBILITY_CHECKED = datetime.date(2026, 11, 25)

ACCESSIBILITY_SECTIONS = [
    {
        "type": "section",
        "value": {
            "heading": "Hoe wij de site controleren",
            "body": "<p>Elke keer als wij iets aan de site veranderen, testen computers alle soorten pagina's "
            "in een echte browser. Dat doen zij op het scherm van een telefoon en van een computer.</p>"
            "<ul><li>Het programma axe-core zoekt naar fouten tegen de regels van WCAG 2.2, niveau AA.</li>"
            "<li>De HTML-controle van W3C (de Nu HTML Checker) kijkt of de code van elke pagina klopt.</li>"
            "<li>Wij testen of u alles met het toetsenbord kunt doen, en of de pagina's ook zonder "
            "JavaScript werken.</li>"
            "<li>Op een smal scherm hoeft u nooit opzij te schuiven om een tekst te lezen.</li></ul>"
            "<p>Een computer vindt niet alles. Daarom kijken wij ook zelf, met een voorleesprogramma en met "
            "grote letters.</p>",
        },
    },
    {
        "type": "section",
        "value": {
            "heading": "Wat nog niet goed is",
            "body": "<p>Op dit moment kennen wij geen problemen op de pagina's voor patiënten. Het beheer van "
            "de site, waar onze artsen en redacteuren werken, valt niet onder deze verklaring.</p>",
        },
    },
    {
        "type": "section",
        "value": {
            "heading": "Teksten in gewone taal",
            "body": "<p>Onze artsen schrijven in eenvoudige woorden (taalniveau B1). Een moeilijk woord leggen "
            "zij uit. Bij elke medische pagina staat wie de tekst schreef en wie hem controleerde.</p>",
        },
    },
]
