"""Demo treatment pages: shockwave and prolotherapie, in our own words.

Reference keys point at conditions.demo.REFERENCES; author keys at people.demo.DOCTORS.
"""

import datetime


def text(heading, body, citations=()):
    return {"type": "text", "value": {"heading": heading, "body": body, "citations": list(citations)}}


TREATMENTS = {
    "shockwave": {
        "title": "Shockwave",
        "slug": "shockwave",
        "summary": "Bij shockwave geeft een apparaat korte drukgolven op de pijnlijke plek. "
        "Dat zet het lichaam aan tot herstel van een overbelaste pees of peesplaat.",
        "sections": lambda refs: [
            text(
                "Hoe werkt het?",
                "<p>De arts zet de kop van het apparaat op de plek waar het pijn doet. Het apparaat geeft "
                "snel achter elkaar korte drukgolven. Die prikkelen het weefsel. Daardoor komt er meer "
                "doorbloeding en gaat het lichaam de pees herstellen.</p>",
            ),
            text(
                "Wat zegt onderzoek?",
                "<p>Bij hielspoor helpt shockwave veel mensen die na een paar maanden oefenen nog pijn "
                "hebben. Bij achillespeesklachten werkt het het best samen met oefeningen.</p>",
                citations=[refs["dizon_2013"]],
            ),
        ],
        "sessions": "Meestal 3 tot 5 keer, met een week ertussen.",
        "sensation": "Het tikt en kan gevoelig zijn. Zeg het als het te veel pijn doet: de arts zet de "
        "sterkte dan lager. Een behandeling duurt ongeveer tien minuten.",
        "aftercare": "U kunt daarna gewoon naar huis en naar uw werk. Doe twee dagen rustig aan met "
        "sporten. Ga daarna door met uw oefeningen.",
        "risks": "De huid kan een paar dagen rood of gevoelig zijn. Ernstige bijwerkingen zijn zeldzaam.",
        "author": "de_wit",
        "reviewer": "el_amrani",
        "last_reviewed": datetime.date(2026, 9, 1),
    },
    "prolotherapie": {
        "title": "Prolotherapie",
        "slug": "prolotherapie",
        "summary": "Bij prolotherapie krijgt u een injectie met een suikeroplossing op de plek waar een pees "
        "of peesplaat vastzit. Het doel is dat het weefsel sterker wordt en minder pijn doet.",
        "sections": lambda refs: [
            text(
                "Hoe werkt het?",
                "<p>De oplossing bevat glucose en een verdovend middel. Op de plek van de injectie geeft "
                "de glucose een kleine prikkel. Het lichaam reageert daarop met herstel: er komt nieuw, "
                "sterker weefsel.</p>",
            ),
            text(
                "Wat zegt onderzoek?",
                "<p>Bij hielspoor laten onderzoeken zien dat de pijn in de weken na de injecties minder "
                "wordt. Het effect is vergelijkbaar met andere injecties, maar houdt vaak langer aan.</p>",
                citations=[refs["fong_2023"], refs["chutumstid_2023"]],
            ),
        ],
        "sessions": "2 tot 4 injecties, met 4 tot 6 weken ertussen.",
        "sensation": "De prik zelf duurt kort. Na de verdoving kan de plek een paar dagen stijf en "
        "pijnlijk zijn. Dat hoort bij de reactie van het lichaam.",
        "aftercare": "Neem geen ontstekingsremmers zoals ibuprofen: die remmen juist het herstel. "
        "Paracetamol mag wel. Begin na een week weer met de oefeningen.",
        "risks": "Een blauwe plek of tijdelijk meer pijn. Een infectie is heel zeldzaam.",
        "author": "el_amrani",
        "reviewer": "de_wit",
        "last_reviewed": datetime.date(2026, 9, 1),
    },
}
