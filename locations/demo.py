"""Demo locations: invented addresses and phone numbers, so no patient calls a real practice by mistake."""

import datetime

LOCATIONS = {
    "amsterdam": {
        "title": "Sportpoli Amsterdam-West",
        "slug": "amsterdam-west",
        "street_address": "Sportparklaan 12",
        "postal_code": "1000 AA",
        "city": "Amsterdam",
        "phone": "088 000 00 01",
        "directions": "Gratis parkeren voor de deur. Tram 7 stopt op vijf minuten lopen. De ingang en de "
        "behandelkamers zijn zonder drempels.",
        "hours": [(day, datetime.time(8, 30), datetime.time(17, 0)) for day in range(1, 6)],
    },
    "utrecht": {
        "title": "Sportpoli Utrecht",
        "slug": "utrecht",
        "street_address": "Stadionweg 3",
        "postal_code": "3500 AA",
        "city": "Utrecht",
        "phone": "088 000 00 02",
        "directions": "Vanaf station Utrecht Centraal tien minuten met de bus. Er is een lift naar de "
        "eerste verdieping.",
        "hours": [(2, datetime.time(9, 0), datetime.time(17, 0)), (4, datetime.time(9, 0), datetime.time(20, 0))],
    },
}
