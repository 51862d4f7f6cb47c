"""Demo partners, from the example page: a clinic chain and the national sports federation's medical team.

The logos are simple drawn monograms, not the organisations' own logos.
"""

PARTNERS = [
    {
        "name": "Bergman Clinics",
        "description": "Onze artsen houden spreekuur op locaties van deze kliniek.",
        "url": "https://www.bergmanclinics.nl/",
        "monogram": "BC",
        "colour": "#1d5ea8",
    },
    {
        "name": "NOC*NSF",
        "description": "Een aantal van ons begeleidt sporters van TeamNL.",
        "url": "https://www.nocnsf.nl/",
        "monogram": "NL",
        "colour": "#a85a00",
    },
]
