"""Demo text for the contact page and the privacy statement, in plain Dutch (B1)."""

import datetime

CONTACT_INTRO = (
    "<p>Wilt u een afspraak maken, of hebt u een vraag? Vul dan dit formulier in. Wij reageren binnen "
    "twee werkdagen. Stuur ons via dit formulier geen foto's of uitslagen; die bespreken we op het spreekuur.</p>"
)

THANK_YOU_TEXT = (
    "<p>Wij hebben uw bericht goed ontvangen. Binnen twee werkdagen hoort u van ons, per e-mail of "
    "telefoon.</p>"
    "<ul><li>Wilt u een afspraak? Dan stellen wij een dag en tijd voor.</li>"
    "<li>Hebt u een vraag? Dan krijgt u antwoord van een van onze artsen of assistenten.</li></ul>"
    "<p>Worden uw klachten in de tussentijd veel erger? Bel dan uw huisarts.</p>"
)

CLINIC_EMAIL = "praktijk@example.org"

PRIVACY_INTRO = (
    "<p>Wij gaan zorgvuldig om met uw gegevens. Hier leest u welke gegevens wij via deze website krijgen, "
    "wat wij ermee doen en welke rechten u hebt. Wij houden ons aan de Algemene verordening "
    "gegevensbescherming (AVG).</p>"
)

PRIVACY_UPDATED = datetime.date(2026, 11, 1)

PRIVACY_SECTIONS = [
    {
        "type": "section",
        "value": {
            "heading": "Wie is verantwoordelijk",
            "body": "<p>Het Sportartsen Collectief is verantwoordelijk voor de gegevens die u via deze site "
            "stuurt. Voor vragen over privacy mailt u naar privacy@example.org.</p>",
        },
    },
    {
        "type": "section",
        "value": {
            "heading": "Waarvoor wij uw gegevens gebruiken",
            "body": "<p>Wij gebruiken wat u invult alleen om uw vraag te beantwoorden of een afspraak met u "
            "te maken. Wij verkopen uw gegevens niet en delen ze niet met anderen. Wij sturen u geen "
            "reclame.</p>",
        },
    },
    {
        "type": "section",
        "value": {
            "heading": "Cookies",
            "body": "<p>Deze site plaatst geen cookies om u te volgen. Als u een formulier verstuurt, zet de "
            "site een klein bestand dat nodig is voor de beveiliging van dat formulier. Daar is geen "
            "toestemming voor nodig.</p>",
        },
    },
    {
        "type": "section",
        "value": {
            "heading": "Uw rechten",
            "body": "<p>U mag altijd vragen welke gegevens wij van u hebben. U mag ook vragen om ze te "
            "verbeteren of te wissen. Mail daarvoor naar privacy@example.org. Wij antwoorden binnen een "
            "maand.</p><p>Bent u het niet eens met hoe wij met uw gegevens omgaan? Dan kunt u een klacht "
            "indienen bij de Autoriteit Persoonsgegevens.</p>",
        },
    },
]
