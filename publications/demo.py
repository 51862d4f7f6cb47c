"""Demo content for the news archive: ten items over two years.

The topics and dates follow the "recent publications" list of a real
sports-medicine collective; the titles and every sentence are our own.
The doctors are the demo's own (see conditions.demo.PEOPLE). A source links
to the outlet's home page, not to an article: the demo invents no articles
of real newspapers.
"""

import datetime


def paragraph(*sentences):
    return {"type": "paragraph", "value": "".join(f"<p>{text}</p>" for text in sentences)}


def quote(text, name, role=""):
    return {"type": "quote", "value": {"text": text, "name": name, "role": role}}


# Keys of PICTURES are drawn by load_demo_content (see draw_picture there).
PICTURES = {
    "fietswiel": {
        "title": "Wiel van een racefiets (illustratie)",
        "alt": "Tekening van het voorwiel van een racefiets op een lege weg.",
    },
    "atletiekbaan": {
        "title": "Atletiekbaan met banen (illustratie)",
        "alt": "Tekening van een rode atletiekbaan met witte lijnen.",
    },
    "bergen": {
        "title": "Besneeuwde bergen (illustratie)",
        "alt": "Tekening van besneeuwde bergtoppen onder een blauwe lucht.",
    },
    "vliegtuig": {
        "title": "Vleugel van een vliegtuig boven de wolken (illustratie)",
        "alt": "Tekening van een vliegtuigvleugel boven witte wolken.",
    },
}

PUBLICATIONS = [
    {
        "slug": "sporten-met-koorts",
        "title": "Renner stapt uit de Tour met longontsteking: sport niet met koorts",
        "date": datetime.date(2025, 7, 22),
        "intro": "Een bekende wielrenner moest de Tour de France verlaten door een longontsteking. "
        "Wat betekent dat voor gewone sporters? Onze sportarts legt uit waarom u beter rust als u koorts hebt.",
        "authors": ["de_wit"],
        "tags": ["infecties", "wielrennen"],
        "picture": "fietswiel",
        "source": ("NOS", "https://nos.nl/"),
        "body": [
            paragraph(
                "Koorts is een teken dat uw lichaam een infectie bestrijdt. Uw hart werkt dan al harder dan normaal. "
                "Gaat u ook nog sporten, dan vraagt u nog meer van uw hart.",
                "Bij een virus kan de hartspier zelf ontstoken raken. Dat merkt u niet altijd. "
                "Zware inspanning kan dan gevaarlijk zijn.",
            ),
            quote(
                "Hebt u koorts, dan is de regel simpel: niet sporten. Ook niet een klein rondje.",
                "dr. Sanne de Wit",
                "sport- en bewegingsarts",
            ),
            paragraph(
                "Hebt u alleen een loopneus, zonder koorts? Dan kunt u meestal rustig bewegen. "
                "Bouw daarna langzaam op. Na koorts neemt u minstens een paar dagen zonder klachten voordat u weer "
                "hard traint.",
            ),
        ],
    },
    {
        "slug": "hardlopen-en-uw-hersenen",
        "title": "Hardlopen is ook goed voor uw hersenen",
        "date": datetime.date(2025, 6, 12),
        "intro": "Wie regelmatig hardloopt, kan zich vaak beter concentreren en slaapt beter. "
        "Wat weten we daarover, en hoe begint u veilig?",
        "authors": ["verhoeven"],
        "tags": ["hardlopen", "gezond bewegen"],
        "picture": "atletiekbaan",
        "related": ["hielspoor"],
        "body": [
            paragraph(
                "Bij hardlopen stroomt er meer bloed naar uw hersenen. Onderzoek laat zien dat mensen die vaak "
                "bewegen, zich beter kunnen concentreren. Ze onthouden dingen ook beter.",
                "U hoeft daarvoor geen marathon te lopen. Drie keer per week een half uur is al genoeg.",
            ),
            paragraph(
                "Begint u net? Wissel dan lopen en wandelen af. Verhoog de afstand elke week maar een klein beetje. "
                "Zo geeft u uw pezen de tijd om te wennen. Pijn onder de hiel of in de achillespees is een "
                "teken dat u te snel gaat.",
            ),
        ],
    },
    {
        "slug": "op-weg-naar-de-winterspelen",
        "title": "Medische voorbereiding op de Winterspelen in Milaan en Cortina",
        "date": datetime.date(2025, 4, 5),
        "intro": "Nog minder dan een jaar tot de Olympische Winterspelen in Italië. "
        "Hoe zorgt het medische team dat de sporters fit aan de start komen?",
        "authors": ["de_wit", "verhoeven"],
        "tags": ["topsport", "Olympische Spelen"],
        "picture": "bergen",
        "source": ("TeamNL", "https://www.teamnl.org/"),
        "link_to_source": True,
        "body": [
            paragraph(
                "Een jaar voor de Spelen begint het medische werk al. Artsen en fysiotherapeuten kijken welke "
                "sporters een oude blessure hebben. Samen met de coach maken ze een plan.",
                "Ook de reis telt mee. Kou, hoogte en een ander eten vragen om een goede voorbereiding.",
            ),
        ],
    },
    {
        "slug": "vliegen-met-artrose",
        "title": "Meer pijn door artrose tijdens het vliegen? Dit kunt u doen",
        "date": datetime.date(2025, 1, 28),
        "intro": "Lang stilzitten in een vliegtuig kan pijn bij artrose erger maken. "
        "Met een paar eenvoudige tips komt u beter aan op uw bestemming.",
        "authors": ["verhoeven"],
        "tags": ["artrose", "reizen"],
        "picture": "vliegtuig",
        "body": [
            paragraph(
                "In een vliegtuig zit u lang in dezelfde houding. Uw gewrichten worden daar stijf van. "
                "Bij artrose kan dat meer pijn geven.",
            ),
            paragraph(
                "Sta elk uur even op en loop door het gangpad. Beweeg uw enkels en knieën als u zit. "
                "Drink genoeg water. Vraag bij het boeken een stoel aan het gangpad.",
                "Gebruikt u pijnstillers? Neem ze dan in uw handbagage mee.",
            ),
        ],
    },
    {
        "slug": "meer-sporters-meer-blessures",
        "title": "Meer mensen sporten elke week, en dat geeft ook meer blessures",
        "date": datetime.date(2024, 12, 20),
        "intro": "Steeds meer Nederlanders sporten elke week. Dat is goed nieuws. "
        "Maar het aantal blessures stijgt ook. Hoe voorkomt u dat u uitvalt?",
        "authors": ["de_wit"],
        "tags": ["blessures", "gezond bewegen"],
        "related": ["hielspoor", "achillespeesklachten"],
        "body": [
            paragraph(
                "Veel blessures ontstaan doordat mensen te snel te veel doen. Spieren worden snel sterker, "
                "maar pezen hebben meer tijd nodig.",
            ),
            paragraph(
                "Bouw uw training rustig op. Neem rustdagen. Hebt u pijn die na een paar dagen rust niet weggaat? "
                "Laat u dan onderzoeken. Hoe eerder u hulp vraagt, hoe sneller u weer kunt sporten.",
            ),
        ],
    },
    {
        "slug": "beloop-van-achillespeesklachten",
        "title": "Achillespeesklachten: hoe gaat het als u niets doet?",
        "date": datetime.date(2024, 11, 28),
        "intro": "Nieuw onderzoek volgde mensen met pijn in de achillespees. Bij veel van hen werden de "
        "klachten vanzelf minder, maar dat duurde vaak lang.",
        "authors": ["verhoeven", "de_wit"],
        "tags": ["achillespees", "onderzoek"],
        "related": ["achillespeesklachten"],
        "body": [
            paragraph(
                "Onderzoekers volgden een groep mensen met achillespeesklachten die geen behandeling kregen. "
                "Bij een deel van hen werd de pijn na een paar maanden minder.",
                "Toch hadden veel mensen na een jaar nog last. Oefeningen om de pees sterker te maken helpen "
                "de meeste mensen sneller.",
            ),
            quote(
                "Afwachten mag, maar de oefeningen zijn de basis. Ze kosten weinig en helpen veel mensen.",
                "Joost Verhoeven",
                "sport- en bewegingsarts",
            ),
        ],
    },
    {
        "slug": "weer-en-knieslijtage",
        "title": "Doet uw knie meer pijn als het weer omslaat?",
        "date": datetime.date(2024, 11, 7),
        "intro": "Veel mensen met knieslijtage zeggen dat ze het weer voelen. Wat zegt onderzoek daarover?",
        "authors": ["de_wit"],
        "tags": ["artrose", "knie"],
        "source": ("AD", "https://www.ad.nl/"),
        "body": [
            paragraph(
                "Mensen met artrose in de knie merken vaak dat de pijn verandert met het weer. "
                "Vooral bij kou en vocht voelen ze meer stijfheid.",
                "Onderzoek vindt een klein verband, maar niet bij iedereen. Blijf in elk geval bewegen. "
                "Dat houdt de knie soepel, ook als het buiten guur is.",
            ),
        ],
    },
    {
        "slug": "zwemmen-in-de-seine",
        "title": "Zwemmen in de Seine: hoe schoon moet het water zijn?",
        "date": datetime.date(2024, 8, 12),
        "intro": "Tijdens de Spelen in Parijs zwommen triatleten in de Seine. "
        "Wat betekent vuil water voor de gezondheid van sporters?",
        "authors": ["verhoeven"],
        "tags": ["Olympische Spelen", "infecties", "topsport"],
        "body": [
            paragraph(
                "In rivierwater kunnen bacteriën zitten. Wie daarin zwemt, kan buikklachten krijgen. "
                "Daarom wordt het water vóór een wedstrijd getest.",
                "Zwemt u zelf in open water? Kies een plek die officieel is goedgekeurd, en slik zo min mogelijk "
                "water in.",
            ),
        ],
    },
    {
        "slug": "sportarts-op-weg-naar-parijs",
        "title": "In gesprek met onze sportarts op weg naar Parijs",
        "date": datetime.date(2024, 7, 17),
        "intro": "Dr. Sanne de Wit gaat mee met het Nederlandse team naar de Olympische Spelen. "
        "We vroegen haar hoe zo'n voorbereiding eruitziet.",
        "authors": ["de_wit"],
        "tags": ["Olympische Spelen", "topsport"],
        "body": [
            paragraph(
                "Al maanden is het medische team bezig met de Spelen. Er zijn lijsten met medicijnen, "
                "plannen voor hitte en afspraken met ziekenhuizen in de buurt.",
            ),
            quote(
                "Het mooiste is als je als arts niets hoeft te doen. Dan is de voorbereiding goed geweest.",
                "dr. Sanne de Wit",
                "sport- en bewegingsarts",
            ),
        ],
    },
    {
        "slug": "boks-in-plaats-van-hand",
        "title": "Geen hand maar een boks: zo blijven sporters gezond op de Spelen",
        "date": datetime.date(2024, 7, 10),
        "intro": "Een verkoudheid vlak voor de finale: daar zit geen sporter op te wachten. "
        "Daarom geven de Nederlandse sporters elkaar in Parijs geen hand.",
        "authors": ["verhoeven"],
        "tags": ["infecties", "Olympische Spelen"],
        "body": [
            paragraph(
                "In het olympisch dorp wonen duizenden mensen dicht bij elkaar. Een virus verspreidt zich daar snel.",
                "Een boks in plaats van een hand helpt al. Net als vaak handen wassen en niet samen uit één "
                "bidon drinken. Die tips werken ook thuis, bijvoorbeeld in het griepseizoen.",
            ),
        ],
    },
]
