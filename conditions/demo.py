"""Demo content for the condition pages: references, hielspoor and achillespeesklachten.

The structure and the facts follow a real condition page of a sports-medicine
collective; every sentence is our own. A DOI or PubMed ID is filled in only
where it was checked against the publication itself: an empty field beats a
guessed identifier on a medical site.
"""

import datetime

# key -> fields of conditions.Reference
REFERENCES = {
    "van_leeuwen_2016": {
        "authors": "van Leeuwen KDB, Rogers J, Winzenberg T, van Middelkoop M",
        "title": "Higher body mass index is associated with plantar fasciopathy/'plantar fasciitis': "
        "systematic review and meta-analysis of various clinical and imaging risk factors",
        "journal": "Br J Sports Med",
        "year": 2016,
        "volume": "50",
        "issue": "16",
        "pages": "972-981",
        "doi": "10.1136/bjsports-2015-094695",
        "pmid": "26644427",
    },
    "rathleff_2015": {
        "authors": "Rathleff MS, Mølgaard CM, Fredberg U, Kaalund S, Andersen KB, Jensen TT, Aaskov S, Olesen JL",
        "title": "High-load strength training improves outcome in patients with plantar fasciitis: "
        "a randomized controlled trial with 12-month follow-up",
        "journal": "Scand J Med Sci Sports",
        "year": 2015,
        "volume": "25",
        "issue": "3",
        "pages": "e292-e300",
        "doi": "10.1111/sms.12313",
        "pmid": "25145882",
    },
    "dizon_2013": {
        "authors": "Dizon JN, Gonzalez-Suarez C, Zamora MT, Gambito ED",
        "title": "Effectiveness of extracorporeal shock wave therapy in chronic plantar fasciitis: a meta-analysis",
        "journal": "Am J Phys Med Rehabil",
        "year": 2013,
        "volume": "92",
        "issue": "7",
        "pages": "606-620",
    },
    "berbrayer_2014": {
        "authors": "Berbrayer D, Fredericson M",
        "title": "Update on evidence-based treatments for plantar fasciopathy",
        "journal": "PM R",
        "year": 2014,
        "volume": "6",
        "issue": "2",
        "pages": "159-169",
    },
    "monto_2014": {
        "authors": "Monto RR",
        "title": "Platelet-rich plasma efficacy versus corticosteroid injection treatment for chronic severe "
        "plantar fasciitis",
        "journal": "Foot Ankle Int",
        "year": 2014,
        "volume": "35",
        "issue": "4",
        "pages": "313-318",
    },
    "herber_2024": {
        "authors": "Herber A, Covarrubias O, Daher M, Tung WS, Gianakos AL",
        "title": "Platelet rich plasma therapy versus other modalities for treatment of plantar fasciitis: "
        "a systematic review and meta-analysis",
        "journal": "Foot Ankle Surg",
        "year": 2024,
    },
    "fong_2023": {
        "authors": "Fong HPY, Zhu MT, Rabago DP, Reeves KD, Chung VCH, Sit RWS",
        "title": "Effectiveness of hypertonic dextrose injection (prolotherapy) in plantar fasciopathy: "
        "a systematic review and meta-analysis of randomized controlled trials",
        "journal": "Arch Phys Med Rehabil",
        "year": 2023,
        "volume": "104",
        "issue": "11",
        "pages": "1941-1953.e9",
        "doi": "10.1016/j.apmr.2023.03.027",
    },
    "chutumstid_2023": {
        "authors": "Chutumstid T, Susantitaphong P, Koonalinthip N",
        "title": "Effectiveness of dextrose prolotherapy for the treatment of chronic plantar fasciitis: "
        "a systematic review and meta-analysis of randomized controlled trials",
        "journal": "PM R",
        "year": 2023,
        "doi": "10.1002/pmrj.12807",
    },
    "ang_2015": {
        "authors": "Ang TWA",
        "title": "The effectiveness of corticosteroid injection in the treatment of plantar fasciitis",
        "journal": "Singapore Med J",
        "year": 2015,
        "volume": "56",
        "issue": "8",
        "pages": "423-432",
        "doi": "10.11622/smedj.2015118",
        "pmid": "26311907",
    },
    "de_vos_2010": {
        "authors": "de Vos RJ, Weir A, van Schie HTM, Bierma-Zeinstra SMA, Verhaar JAN, Weinans H, Tol JL",
        "title": "Platelet-rich plasma injection for chronic Achilles tendinopathy: a randomized controlled trial",
        "journal": "JAMA",
        "year": 2010,
        "volume": "303",
        "issue": "2",
        "pages": "144-149",
        "doi": "10.1001/jama.2009.1986",
    },
    "kearney_2021": {
        "authors": "Kearney RS, Ji C, Warwick J, Parsons N, Brown J, Harrison P, Young J, Costa ML",
        "title": "Effect of platelet-rich plasma injection vs sham injection on tendon dysfunction in patients "
        "with chronic midportion Achilles tendinopathy: a randomized clinical trial",
        "journal": "JAMA",
        "year": 2021,
        "volume": "326",
        "issue": "2",
        "pages": "137-144",
        "doi": "10.1001/jama.2021.6986",
        "pmid": "34255009",
    },
}


def section(block_type, **value):
    return {"type": block_type, "value": value}


def treatment(
    name,
    category,
    body,
    citations=(),
    sessions="",
    sensation="",
    aftercare="",
    risks="",
    illustration=(),
    cta=None,
    page=None,
):
    return {
        "name": name,
        "category": category,
        "body": body,
        "what_to_expect": {"sessions": sessions, "sensation": sensation, "aftercare": aftercare},
        "risks": risks,
        "illustration": list(illustration),
        "call_to_action": cta or {"label": "", "page": None, "url": ""},
        "treatment_page": page,
        "citations": list(citations),
    }


def question(text, answer, citations=()):
    return {"question": text, "answer": answer, "citations": list(citations)}


def hielspoor(refs, illustration_id, exercises_page_id, treatment_pages):
    """The hielspoor page: every section type, all nine treatments of the example."""
    r = refs
    return {
        "title": "Hielspoor",
        "slug": "hielspoor",
        "summary": "Hielspoor geeft pijn onder de hiel, vooral bij de eerste stappen na rust. "
        "De peesplaat onder uw voet is dan overbelast. Bijna iedereen wordt beter zonder operatie.",
        "body_region": "voet-enkel",
        "synonyms": ["fasciitis plantaris", "fasciopathie plantaris"],
        "author": "de_wit",
        "reviewer": "verhoeven",
        "last_reviewed": datetime.date(2026, 9, 15),
        "sections": [
            section(
                "text",
                heading="Wat is hielspoor?",
                body="<p>Onder uw voet ligt een stevige plaat van peesweefsel: de peesplaat. Die loopt van "
                "het hielbeen naar de basis van uw tenen. De peesplaat houdt het gewelf van uw voet "
                "op zijn plek. Zonder die plaat zou uw voet plat worden.</p>"
                "<p>Bij elke stap vangt de peesplaat een flink deel van uw gewicht op. Is dat lange tijd "
                "te veel, dan wordt het weefsel zwakker. Dat gaat meestal langzaam. Op een dag kan de "
                "peesplaat de kracht niet goed meer aan. Dan voelt u pijn onder uw hiel.</p>",
                citations=[],
            ),
            section(
                "figure",
                image=illustration_id,
                alt_text="Tekening van een voet van opzij. Onder de voet loopt een oranje band van de hiel "
                "naar de tenen: de peesplaat. Vlak voor de hiel is een rode plek getekend: daar zit de pijn.",
                caption="De peesplaat loopt onder de voet van de hiel naar de tenen. "
                "Bij hielspoor zit de pijn meestal vlak voor de hiel.",
                credit="Lotte Verbeek",
            ),
            section(
                "text",
                heading="Waarom heet het hielspoor?",
                body="<p>Vroeger dachten artsen dat de pijn kwam door een klein punt van bot aan de "
                "onderkant van het hielbeen. Zo'n punt heet een spoor. Daar komt de naam vandaan.</p>"
                "<p>Nu weten we dat dit botpuntje meestal niet de oorzaak is. Veel mensen hebben het, "
                "zonder dat ze pijn hebben. En veel mensen met pijn hebben het niet. Of het puntje op een "
                "foto te zien is, maakt voor de behandeling en voor uw herstel weinig uit.</p>",
                citations=[],
            ),
            section(
                "risk_factors",
                heading="Hoe ontstaat hielspoor?",
                intro="<p>De peesplaat raakt overbelast als er lange tijd meer kracht op komt dan het "
                "weefsel aankan. Deze dingen maken de kans daarop groter.</p>",
                factors=[
                    {
                        "name": "Overgewicht",
                        "explanation": "<p>Mensen met een hoger gewicht krijgen vaker hielspoor. Bij elke "
                        "stap komt er dan meer kracht op de peesplaat. Bij mensen die weinig sporten is "
                        "dit verband het duidelijkst.</p>",
                        "citations": [r["van_leeuwen_2016"]],
                    },
                    {
                        "name": "Veel en lang hardlopen",
                        "explanation": "<p>Hardlopers krijgen vaker klachten als ze veel, lang en zwaar trainen.</p>",
                        "citations": [],
                    },
                    {
                        "name": "O-benen",
                        "explanation": "<p>Bij O-benen komt de kracht op een andere manier op de voet "
                        "terecht. Ook dat kan een rol spelen.</p>",
                        "citations": [],
                    },
                    {
                        "name": "Minder kracht in de kuit",
                        "explanation": "<p>Sterke kuitspieren nemen een deel van het werk van de "
                        "peesplaat over. Zijn ze minder krachtig, dan moet de peesplaat meer doen. "
                        "Artsen denken dat dit kan meespelen, maar zeker is dat nog niet.</p>",
                        "citations": [],
                    },
                ],
            ),
            section(
                "symptoms",
                heading="Welke klachten geeft hielspoor?",
                intro="<p>De klachten beginnen meestal langzaam. Dit zijn de bekendste:</p>",
                symptoms=[
                    "Pijn onder de hiel, vaak aan de binnenkant",
                    "Pijn en een stijve voet bij de eerste stappen in de ochtend",
                    "Opnieuw pijn als u opstaat na een tijd zitten",
                    "Het gevoel dat er een steentje in uw schoen zit",
                    "Pijn die minder wordt als u loopt, maar later terugkomt",
                ],
                body="<p>De pijn komt vaak pas uren na het sporten of wandelen terug, of de volgende "
                "ochtend. Daardoor merkt u niet meteen wat de klachten erger maakt.</p>",
                citations=[],
            ),
            section(
                "diagnosis",
                heading="Hoe stelt de arts de diagnose?",
                intro="<p>Uw verhaal zegt de arts vaak al veel. Maar pijn aan de hiel kan ook andere "
                "oorzaken hebben. Daarom onderzoekt de arts uw voet altijd, en is er bijna altijd nog "
                "een extra onderzoek nodig.</p>",
                investigations=[
                    {
                        "kind": "history",
                        "name": "Gesprek en lichamelijk onderzoek",
                        "when": "<p>Altijd, bij het eerste bezoek.</p>",
                        "why": "<p>De arts vraagt wanneer de pijn begon, wanneer u er last van hebt en wat "
                        "u al hebt geprobeerd. Daarna drukt de arts op een paar plekken van uw hiel en "
                        "voet, en kijkt de arts hoe u staat en loopt.</p>",
                        "citations": [],
                    },
                    {
                        "kind": "ultrasound",
                        "name": "Echo",
                        "when": "<p>Meestal als eerste extra onderzoek.</p>",
                        "why": "<p>Op de echo ziet de arts hoe dik de peesplaat is en hoe het weefsel "
                        "eruitziet. Ook andere oorzaken van hielpijn zijn te zien, zoals een probleem met "
                        "het vetkussen onder de hiel of met de pezen aan de binnenkant van de enkel.</p>",
                        "citations": [],
                    },
                    {
                        "kind": "xray",
                        "name": "Röntgenfoto",
                        "when": "<p>Niet standaard. Alleen als de arts denkt dat er iets anders speelt, "
                        "zoals beginnende slijtage van de gewrichten rond de hiel.</p>",
                        "why": "<p>Op een röntgenfoto is bot goed te zien, dus ook een botpuntje aan het "
                        "hielbeen. Omdat zo'n puntje vaak geen pijn geeft, zegt het weinig over uw "
                        "klachten.</p>",
                        "citations": [],
                    },
                    {
                        "kind": "mri",
                        "name": "MRI",
                        "when": "<p>Alleen in bijzondere gevallen, vooral als de arts schade aan het "
                        "kraakbeen van de enkel vermoedt.</p>",
                        "why": "<p>Een MRI laat dieper gelegen weefsel goed zien, zoals kraakbeen. Ook de "
                        "peesplaat is erop te beoordelen.</p>",
                        "citations": [],
                    },
                ],
            ),
            section(
                "self_care",
                heading="Wat kunt u zelf doen?",
                intro="<p>U kunt zelf veel doen om de peesplaat te ontlasten en sterker te maken.</p>",
                dos=[
                    "Draag schoenen met een stevige zool die goed dempt, ook in huis.",
                    "Doe elke dag de oefeningen die u van uw arts of fysiotherapeut krijgt.",
                    "Bouw wandelen en sporten rustig op. Een beetje pijn mag, als het de volgende "
                    "ochtend niet erger is.",
                    "Wissel lang staan af met zitten.",
                    "Hebt u overgewicht? Afvallen vermindert de kracht op uw voet.",
                ],
                donts=[
                    "Loop niet op blote voeten of slippers op een harde vloer.",
                    "Stop niet helemaal met bewegen: de peesplaat wordt juist sterker van belasting.",
                    "Ga niet door met hardlopen als de pijn daarna dagen erger is.",
                ],
            ),
            section(
                "contact_doctor",
                heading="Wanneer maakt u een afspraak?",
                urgency="routine",
                signs=[
                    "De pijn is na zes weken zelf aanpakken niet minder.",
                    "U kunt door de pijn niet goed meer werken, wandelen of sporten.",
                    "De pijn begon plotseling, bijvoorbeeld na een sprong of een misstap.",
                ],
                body="<p>Is uw hiel rood, warm en dik, of hebt u koorts? Bel dan dezelfde dag uw huisarts.</p>",
            ),
            section(
                "treatment_overview",
                heading="Welke behandelingen zijn er?",
                intro="<p>Bijna iedereen met hielspoor wordt beter zonder operatie. Welke behandeling "
                "bij u past, hangt af van hoe erg de klachten zijn en hoe lang u ze al hebt. Meestal "
                "begint u met oefenen, soms samen met een zool of shockwave. Helpt dat niet genoeg, "
                "dan kan een injectie de volgende stap zijn. Aan een operatie denken we pas als niets "
                "anders helpt.</p>",
                citations=[],
            ),
            section(
                "treatment",
                **treatment(
                    "Oefentherapie",
                    "exercise",
                    "<p>Met gerichte oefeningen maakt u de peesplaat en de spieren van uw kuit en voet "
                    "sterker. Alleen rekken helpt minder goed dan rekken samen met krachttraining. Bij "
                    "krachttraining gaat u bijvoorbeeld langzaam op uw tenen staan, met een opgerolde "
                    "handdoek onder uw tenen.</p>"
                    "<p>Als u de peesplaat op de goede manier belast, gaat het weefsel zich herstellen. "
                    "Het lichaam maakt dan nieuwe, stevige vezels aan.</p>",
                    citations=[r["rathleff_2015"]],
                    sessions="Om de dag oefenen, minstens drie maanden lang",
                    sensation="<p>De oefeningen mogen een beetje pijn doen, zolang de pijn de volgende "
                    "dag niet erger is.</p>",
                    aftercare="<p>Blijf oefenen, ook als de pijn minder wordt. Zo komen de klachten minder "
                    "snel terug.</p>",
                    cta={"label": "Bekijk de oefeningen", "page": exercises_page_id, "url": ""},
                ),
            ),
            section(
                "treatment",
                **treatment(
                    "Shockwave",
                    "shockwave",
                    "<p>Bij shockwave zet de arts een apparaat op uw hiel dat korte drukgolven geeft. Die "
                    "prikkels zetten de peesplaat aan tot herstel, zodat het weefsel sterker wordt. Uit "
                    "de meeste onderzoeken blijkt dat shockwave bij hielspoor helpt.</p>",
                    citations=[r["dizon_2013"]],
                    sessions="3 tot 7 behandelingen, afhankelijk van het apparaat",
                    sensation="<p>De behandeling is gevoelig. Zeg het als het te veel pijn doet: de arts "
                    "kan de sterkte dan lager zetten. Pijnstillers zijn bijna nooit nodig.</p>",
                    page=treatment_pages.get("shockwave"),
                ),
            ),
            section(
                "treatment",
                **treatment(
                    "Therapiezool",
                    "aid",
                    "<p>Een podotherapeut kan een zool op maat voor u maken. Die zool vangt de klap onder "
                    "uw hiel beter op. De peesplaat wordt dan minder geprikkeld. Dat kan de pijn "
                    "verminderen en helpen bij het herstel.</p>",
                ),
            ),
            section(
                "treatment",
                **treatment(
                    "Nachtspalk",
                    "aid",
                    "<p>Hebt u vooral 's ochtends veel pijn en een stijve voet? Dan kan een nachtspalk "
                    "helpen. De spalk houdt uw voet 's nachts in een lichte rekstand. Zo blijven de "
                    "peesplaat en de kuitspieren op lengte, en gaan de eerste stappen in de ochtend "
                    "makkelijker.</p>"
                    "<p>Het weefsel van de peesplaat wordt er niet beter van. Een spalk op maat, "
                    "bijvoorbeeld van een gipsverbandmeester, zit meestal prettiger dan een spalk uit "
                    "de winkel.</p>",
                ),
            ),
            section(
                "treatment_group",
                heading="Injecties",
                intro="<p>Helpen oefenen, een zool of shockwave niet genoeg? Dan kan een injectie in de "
                "hiel de volgende stap zijn. Er zijn vier soorten. Meestal gebruikt de arts een echo, "
                "zodat de vloeistof precies op de goede plek komt.</p>",
                treatments=[
                    treatment(
                        "Botox",
                        "injection",
                        "<p>Botox kent u misschien van de behandeling van rimpels. Het middel maakt "
                        "spieren een tijd minder sterk. Bij hielspoor spuit de arts het bij de plek waar "
                        "de peesplaat aan het hielbeen vastzit. De spieren daar trekken dan minder hard "
                        "aan de peesplaat, en dat kan de pijn verminderen. De meeste onderzoeken laten "
                        "een gunstig effect zien.</p>",
                        citations=[r["berbrayer_2014"]],
                        sessions="1 of 2 injecties, met een echo als hulp",
                    ),
                    treatment(
                        "Plaatjesrijk plasma (PRP of ACP)",
                        "injection",
                        "<p>Hierbij gebruikt de arts uw eigen bloed. Eerst neemt de arts wat bloed af uit "
                        "uw arm. Een centrifuge haalt daar het plasma met veel bloedplaatjes uit. In die "
                        "bloedplaatjes zitten groeifactoren die het herstel van weefsel kunnen helpen. "
                        "De arts verdooft uw hiel en spuit het plasma rond de plek waar de peesplaat "
                        "aan het bot vastzit. Dat gebeurt met dezelfde naald als de verdoving: u krijgt "
                        "dus maar één prik.</p>",
                        citations=[r["monto_2014"], r["herber_2024"]],
                        sessions="Meestal 2 injecties, met een paar weken ertussen. De tweede afspraak "
                        "maakt u vaak al bij de eerste.",
                        sensation="<p>De prik voor de verdoving is kort, maar gevoelig.</p>",
                        aftercare="<p>Een week na de injectie begint u met oefentherapie. De klachten "
                        "worden meestal langzaam minder, dus het kan even duren voordat u verschil "
                        "merkt.</p>",
                    ),
                    treatment(
                        "Prolotherapie",
                        "injection",
                        "<p>Bij prolotherapie krijgt u een injectie met een sterke suikeroplossing "
                        "(glucose) en een verdovend middel. Het doel is dat de peesplaat sterker wordt "
                        "en minder pijn doet.</p>"
                        "<p>Onderzoek bij hielspoor laat zien dat de klachten in de weken na de "
                        "injectie langzaam afnemen.</p>",
                        citations=[r["fong_2023"], r["chutumstid_2023"]],
                        aftercare="<p>Begin een week na de injectie (weer) met de oefeningen. Dan is de "
                        "kans groter dat het resultaat blijft.</p>",
                        page=treatment_pages.get("prolotherapie"),
                    ),
                    treatment(
                        "Corticosteroïden",
                        "injection",
                        "<p>Corticosteroïden remmen de prikkeling rond de peesplaat, maar maken de "
                        "peesplaat zelf niet sterker. De pijn is meestal 4 tot 12 weken minder. Gebruik "
                        "die tijd om te oefenen en uw voet rustig meer te belasten. Zo wordt de "
                        "peesplaat sterker.</p>",
                        citations=[r["ang_2015"], r["monto_2014"]],
                        risks="<p>Vlak na de injectie is de hiel soms even gevoeliger. Heel soms scheurt "
                        "de peesplaat na een injectie; bij overgewicht is de arts daarom extra "
                        "voorzichtig. Ook kan het vetkussen onder de hiel, dat schokken opvangt, dunner "
                        "worden. De arts weegt samen met u af of de voordelen opwegen tegen deze kleine "
                        "risico's.</p>",
                        cta={
                            "label": "Meer over deze injecties op voetenenkelklacht.nl",
                            "page": None,
                            "url": "https://www.voetenenkelklacht.nl/",
                        },
                    ),
                ],
                outro="<p>Prolotherapie, botox en PRP lijken ongeveer even goed te werken. Uw arts "
                "bespreekt met u welke injectie het best bij u past.</p>",
                citations=[],
            ),
            section(
                "treatment",
                **treatment(
                    "Operatie",
                    "surgery",
                    "<p>Een operatie is bij hielspoor zelden nodig. Orthopedisch chirurgen doen het niet "
                    "graag, omdat het resultaat onzeker is. Daarom probeert u eerst de andere "
                    "behandelingen.</p>"
                    "<p>Helpt niets genoeg? Dan kan uw sportarts u altijd doorverwijzen naar een "
                    "orthopedisch chirurg om samen de mogelijkheden te bespreken.</p>",
                ),
            ),
            section(
                "faq",
                heading="Veelgestelde vragen",
                questions=[
                    question(
                        "Ik sport niet. Kan ik toch bij een sportarts terecht?",
                        "<p>Ja. Een sportarts weet veel van klachten door bewegen en belasting. Dat "
                        "geldt voor topsporters, maar net zo goed voor mensen die wandelen, in de tuin "
                        "werken of de hele dag op hun benen staan.</p>",
                    ),
                    question(
                        "Moet er een röntgenfoto van mijn voet gemaakt worden?",
                        "<p>Meestal niet. Bij hielspoor zegt een echo meer dan een röntgenfoto. Een foto "
                        "is alleen nodig als de arts denkt dat er iets anders aan de hand is.</p>",
                    ),
                    question(
                        "Hoe lang duurt het voordat de pijn weg is?",
                        "<p>Dat verschilt per persoon, maar reken op een paar maanden. Met "
                        "krachtoefeningen gaat het in de eerste maanden vaak sneller dan met alleen "
                        "rekken.</p>",
                        citations=[r["rathleff_2015"]],
                    ),
                    question(
                        "Is het botpuntje op mijn foto gevaarlijk?",
                        "<p>Nee. Veel mensen hebben zo'n botpuntje zonder er last van te hebben. Het hoeft "
                        "niet weg en het verandert niets aan de behandeling.</p>",
                    ),
                ],
            ),
        ],
    }


def achillespeesklachten(refs, exercises_page_id, treatment_pages):
    r = refs
    return {
        "title": "Achillespeesklachten",
        "slug": "achillespeesklachten",
        "summary": "Pijn en stijfheid in de achillespees, net boven de hiel. De pees is overbelast "
        "geraakt. Met de goede oefeningen herstellen de meeste mensen, al kost dat tijd.",
        "body_region": "onderbeen",
        "synonyms": ["achillespeestendinopathie", "achillodynie"],
        "author": "verhoeven",
        "reviewer": "de_wit",
        "last_reviewed": datetime.date(2026, 6, 1),
        "sections": [
            section(
                "text",
                heading="Wat zijn achillespeesklachten?",
                body="<p>De achillespees verbindt uw kuitspieren met uw hielbeen. Het is de sterkste "
                "pees van het lichaam. Bij elke stap of sprong brengt hij de kracht van de kuit over "
                "op de voet.</p>"
                "<p>Krijgt de pees lange tijd meer te verwerken dan hij aankan, dan verandert het "
                "weefsel. De pees wordt dikker en gevoelig. Het is meestal geen ontsteking, ook al "
                "voelt het soms zo.</p>",
                citations=[],
            ),
            section(
                "risk_factors",
                heading="Hoe ontstaan achillespeesklachten?",
                intro="",
                factors=[
                    {
                        "name": "Plotseling meer trainen",
                        "explanation": "<p>Veel klachten beginnen na een periode waarin u ineens meer, "
                        "verder of harder bent gaan lopen of springen.</p>",
                        "citations": [],
                    },
                    {
                        "name": "Leeftijd",
                        "explanation": "<p>Peesweefsel wordt met de jaren minder soepel. De klachten komen "
                        "daarom vaker voor vanaf middelbare leeftijd.</p>",
                        "citations": [],
                    },
                    {
                        "name": "Ook zonder veel sport",
                        "explanation": "<p>Ook mensen die weinig sporten kunnen klachten krijgen, "
                        "bijvoorbeeld na een vakantie met lange wandelingen.</p>",
                        "citations": [],
                    },
                ],
            ),
            section(
                "symptoms",
                heading="Welke klachten geeft het?",
                intro="",
                symptoms=[
                    "Pijn in de pees, een paar centimeter boven de hiel",
                    "Een stijve pees bij het opstaan of na lang zitten",
                    "Een dikke pees die pijn doet als u erop drukt",
                    "Pijn aan het begin van het sporten, die soms even wegzakt",
                ],
                body="",
                citations=[],
            ),
            section(
                "diagnosis",
                heading="Hoe stelt de arts de diagnose?",
                intro="",
                investigations=[
                    {
                        "kind": "history",
                        "name": "Gesprek en lichamelijk onderzoek",
                        "when": "<p>Altijd, bij het eerste bezoek.</p>",
                        "why": "<p>De arts voelt aan de pees en laat u op uw tenen staan en springen. "
                        "Vaak is daarna al duidelijk wat er aan de hand is.</p>",
                        "citations": [],
                    },
                    {
                        "kind": "ultrasound",
                        "name": "Echo",
                        "when": "<p>Als de arts wil zien hoe de pees eraan toe is, of als er twijfel is.</p>",
                        "why": "<p>De echo laat zien hoe dik de pees is, of er extra bloedvaatjes zijn en "
                        "of er een scheurtje in zit.</p>",
                        "citations": [],
                    },
                ],
            ),
            section(
                "self_care",
                heading="Wat kunt u zelf doen?",
                intro="",
                dos=[
                    "Blijf bewegen, maar kies iets waar de pees weinig last van heeft, zoals fietsen of zwemmen.",
                    "Doe de krachtoefeningen voor uw kuit trouw, ook als het beter gaat.",
                ],
                donts=["Rek de pees niet hard op als dat pijn doet."],
            ),
            section(
                "contact_doctor",
                heading="Wanneer belt u meteen een arts?",
                urgency="urgent",
                signs=[
                    "U voelde of hoorde een knal achter in uw enkel, alsof iemand u trapte.",
                    "U kunt aan die kant niet meer op uw tenen staan.",
                    "U voelt ineens een deuk in de pees.",
                ],
                body="<p>Dan kan de achillespees gescheurd zijn. Bel dezelfde dag uw huisarts of de "
                "huisartsenpost, zodat de behandeling snel kan beginnen.</p>",
            ),
            section(
                "treatment_overview",
                heading="Welke behandelingen zijn er?",
                intro="<p>Oefenen is de basis. Andere behandelingen komen pas daarna.</p>",
                citations=[],
            ),
            section(
                "treatment",
                **treatment(
                    "Oefentherapie",
                    "exercise",
                    "<p>Met krachtoefeningen voor de kuit wordt de pees weer sterker. U gaat bijvoorbeeld "
                    "langzaam op uw tenen staan en weer terug, eerst op twee benen en later op één. "
                    "Dezelfde oefeningen helpen ook bij hielspoor; daar is zware krachttraining goed "
                    "onderzocht.</p>",
                    citations=[r["rathleff_2015"]],
                    sessions="Een paar keer per week, minstens drie maanden lang",
                    sensation="<p>Een beetje pijn tijdens het oefenen mag. De volgende ochtend moet de "
                    "pijn wel weer gezakt zijn.</p>",
                    cta={"label": "Bekijk de oefeningen", "page": exercises_page_id, "url": ""},
                ),
            ),
            section(
                "treatment",
                **treatment(
                    "Shockwave",
                    "shockwave",
                    "<p>Helpt oefenen na een paar maanden niet genoeg? Dan kan shockwave een aanvulling "
                    "zijn. Het apparaat geeft drukgolven die het herstel van de pees op gang helpen. U "
                    "blijft daarnaast oefenen.</p>",
                    page=treatment_pages.get("shockwave"),
                ),
            ),
            section(
                "treatment",
                **treatment(
                    "Plaatjesrijk plasma (PRP)",
                    "injection",
                    "<p>Bij de achillespees is PRP goed onderzocht, ook in Nederland. In die onderzoeken "
                    "werkte een injectie met PRP niet beter dan een nepbehandeling. Wij raden deze "
                    "injectie bij achillespeesklachten daarom meestal niet aan.</p>",
                    citations=[r["de_vos_2010"], r["kearney_2021"]],
                ),
            ),
            section(
                "treatment",
                **treatment(
                    "Corticosteroïden",
                    "injection",
                    "<p>Een injectie met corticosteroïden in of vlak bij de achillespees raden wij af. "
                    "Zo'n injectie maakt de pees niet sterker. Bij de peesplaat onder de voet is "
                    "beschreven dat die na zo'n injectie kan scheuren.</p>",
                    citations=[r["ang_2015"]],
                ),
            ),
            section(
                "faq",
                heading="Veelgestelde vragen",
                questions=[
                    question(
                        "Mag ik blijven sporten?",
                        "<p>Vaak wel, als u minder zwaar gaat sporten. Een beetje pijn tijdens het "
                        "sporten mag. Maar de volgende ochtend mag de pees niet stijver of pijnlijker "
                        "zijn dan anders.</p>",
                    ),
                    question(
                        "Moet mijn pees geopereerd worden?",
                        "<p>Bijna nooit. De meeste mensen worden beter met oefeningen. Dat kost wel tijd: "
                        "reken op een paar maanden.</p>",
                    ),
                ],
            ),
        ],
    }
