"""Demo text for the about page, in plain Dutch (B1)."""

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
