"""Demo general questions, in our own words."""


def topic(name, *pairs):
    return {
        "type": "topic",
        "value": {"topic": name, "questions": [{"question": q, "answer": a} for q, a in pairs]},
    }


GENERAL_QUESTIONS = [
    topic(
        "Bij ons op het spreekuur",
        (
            "Kan ik bij een sportarts komen als ik niet sport?",
            "<p>Ja. Een sport- en bewegingsarts helpt iedereen met klachten bij bewegen, ook als u niet "
            "sport. Bijvoorbeeld als u pijn hebt bij wandelen, in uw werk of bij het weer opbouwen na "
            "een ziekte.</p>",
        ),
        (
            "Wat neem ik mee naar de eerste afspraak?",
            "<p>Uw verwijzing, uw legitimatie en uw zorgpas. Neem ook de schoenen mee waarin u het meest "
            "loopt of sport, en een korte broek.</p>",
        ),
    ),
    topic(
        "Verwijzing en kosten",
        (
            "Heb ik een verwijzing nodig?",
            "<p>Voor vergoeding door uw zorgverzekeraar hebt u een verwijzing nodig van uw huisarts of "
            "een medisch specialist. Zonder verwijzing kunt u ook komen, maar dan betaalt u zelf.</p>",
        ),
        (
            "Wordt de behandeling vergoed?",
            "<p>Met een verwijzing valt sportgeneeskundige zorg meestal onder de basisverzekering. Uw "
            "eigen risico geldt wel. Kijk voor de zekerheid in uw polis.</p>",
        ),
    ),
]
