"""Demo doctors: invented people, so the demo claims nothing about real ones.

Keys are used by the condition and publication demo content for authors and
reviewers. BIG numbers stay empty: an invented number could belong to a
real doctor in the register.
"""

DOCTORS = {
    "de_wit": {
        "honorific": "dr.",
        "name": "Sanne de Wit",
        "profession": "sport- en bewegingsarts",
        "short_bio": "Sanne helpt mensen met pijn aan voet, enkel en achillespees. "
        "Ze begeleidt ook sporters van het Nederlandse team.",
        "bio": "<p>Sanne werkt al vijftien jaar als sport- en bewegingsarts. Ze promoveerde op onderzoek naar "
        "peesklachten bij hardlopers.</p><p>In haar spreekuur neemt ze de tijd om uit te leggen wat er aan de "
        "hand is. Samen met u kiest ze een aanpak die past bij uw leven, of u nu topsporter bent of vooral "
        "weer pijnvrij wilt wandelen.</p>",
        "roles": [("Sport- en bewegingsarts", "Bergman Clinics"), ("Lid medische staf", "TeamNL")],
        "expertise": ["hielspoor", "achillespeesklachten"],
        "works_at": ["amsterdam", "utrecht"],
        "initials": "SW",
        "colour": "#00565f",
    },
    "verhoeven": {
        "honorific": "",
        "name": "Joost Verhoeven",
        "profession": "sport- en bewegingsarts",
        "short_bio": "Joost is gespecialiseerd in klachten door overbelasting bij mensen die weer willen gaan bewegen.",
        "bio": "<p>Joost werkte eerst als huisarts en koos daarna voor de sportgeneeskunde. Hij ziet veel "
        "mensen die na een lange pauze weer gaan sporten.</p><p>Hij legt graag uit hoe u uw training "
        "opbouwt zonder dat uw pezen overbelast raken.</p>",
        "roles": [("Sport- en bewegingsarts", "Bergman Clinics")],
        "expertise": ["achillespeesklachten"],
        "works_at": ["amsterdam"],
        "initials": "JV",
        "colour": "#1d5ea8",
    },
    "el_amrani": {
        "honorific": "",
        "name": "Yasmina el Amrani",
        "profession": "sport- en bewegingsarts",
        "short_bio": "Yasmina behandelt klachten aan voet en onderbeen, en geeft injecties onder echo.",
        "bio": "<p>Yasmina doet echo-onderzoek en geeft injecties onder echo. Zo ziet ze precies waar de "
        "naald komt.</p><p>Daarnaast geeft ze les aan artsen in opleiding.</p>",
        "roles": [("Sport- en bewegingsarts", "Bergman Clinics"), ("Docent echografie", "")],
        "expertise": ["hielspoor"],
        "works_at": ["utrecht"],
        "initials": "YA",
        "colour": "#8a4b00",
    },
}
