"""Demo exercise programme for the heel and the Achilles tendon, in our own words.

The steps follow the usual calf and foot strengthening exercises; the pictures
are drawn by load_demo_content (see draw_exercise there).
"""

import datetime

PROGRAMME = {
    "title": "Oefeningen voor hiel en achillespees",
    "slug": "hiel-en-achillespees",
    "goal": "Met deze oefeningen worden uw kuit, achillespees en de peesplaat onder uw voet sterker. "
    "Zo kunnen ze de belasting van lopen en sporten weer aan.",
    "frequency": "Om de dag, minstens 12 weken lang. Houd bij hoe het gaat.",
    "when_to_stop": "Een beetje pijn tijdens het oefenen mag. De pijn moet de volgende ochtend wel weer "
    "weg zijn.\nIs de pijn de volgende ochtend erger, of wordt uw voet dik, rood of warm? "
    "Stop dan met oefenen en neem contact met ons op.",
    "conditions": ["hielspoor", "achillespeesklachten"],
    # Doctors and sources by their keys in people/demo.py and conditions/demo.py.
    "author": "de_wit",
    "reviewer": "verhoeven",
    "last_reviewed": datetime.date(2026, 9, 15),
    "sources": ["rathleff_2015"],
    "steps": [
        {
            "name": "Op de tenen staan op twee benen",
            "pose": 1,
            "alt_text": "Tekening van iemand die op de tenen staat, met beide voeten op de grond.",
            "instructions": "Ga rechtop staan en houd u licht vast aan een stoel.\n"
            "Kom langzaam op uw tenen.\nZak daarna langzaam weer terug.",
            "repetitions": "15 keer",
            "sets": "3 series",
            "hold": "3 tellen op, 3 tellen neer",
        },
        {
            "name": "Op de tenen staan op één been",
            "pose": 2,
            "alt_text": "Tekening van iemand die op de tenen van één voet staat.",
            "instructions": "Doe hetzelfde als bij de eerste oefening, maar nu op één been.\n"
            "Lukt dat goed? Doe dan een rugzak met wat gewicht om.",
            "repetitions": "12 keer",
            "sets": "3 series",
            "hold": "3 tellen op, 3 tellen neer",
        },
        {
            "name": "Hiel laten zakken op een traptree",
            "pose": 3,
            "alt_text": "Tekening van iemand op de rand van een traptree, met de hiel lager dan de tenen.",
            "instructions": "Ga met de bal van uw voet op de rand van een traptree staan.\n"
            "Laat uw hiel langzaam zakken tot onder de rand.\nKom weer omhoog met twee benen.",
            "repetitions": "15 keer",
            "sets": "3 series",
            "hold": "4 tellen naar beneden",
        },
        {
            "name": "Tenen optrekken met een handdoek",
            "pose": 4,
            "alt_text": "Tekening van een voet op een handdoek op de vloer.",
            "instructions": "Ga zitten en leg een handdoek onder uw blote voet.\n"
            "Trek de handdoek met uw tenen naar u toe.\nLeg hem terug en begin opnieuw.",
            "repetitions": "10 keer",
            "sets": "2 series",
            "hold": "",
        },
        {
            "name": "Kuit rekken tegen de muur",
            "pose": 5,
            "alt_text": "Tekening van iemand die met de handen tegen een muur leunt, één been naar achteren.",
            "instructions": "Zet uw handen tegen de muur en zet één been naar achteren.\n"
            "Houd de hiel van het achterste been op de grond.\nLeun naar voren tot u rek voelt in uw kuit.",
            "repetitions": "3 keer per been",
            "sets": "1 serie",
            "hold": "30 tellen vasthouden",
        },
    ],
}
