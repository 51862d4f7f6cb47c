"""A starter glossary, so the check is useful from day one. Editors change and extend it in the admin."""

from django.db import migrations

STARTER = {
    "fasciitis plantaris": "ontsteking van de peesplaat",
    "tendinopathie": "peesklachten door overbelasting",
    "achillodynie": "pijn aan de achillespees",
    "calcaneus": "hielbeen",
    "excentrisch": "terwijl de spier langer wordt",
    "corticosteroïden": "ontstekingsremmende medicijnen",
    "echografie": "onderzoek met geluidsgolven",
    "inflammatie": "ontsteking",
    "chronisch": "langdurig",
    "prognose": "wat we verwachten",
    "proprioceptie": "gevoel voor houding en beweging",
    "orthese": "hulpmiddel dat steun geeft",
}


def add_terms(apps, schema_editor):
    GlossaryTerm = apps.get_model("readability", "GlossaryTerm")
    for term, explanation in STARTER.items():
        GlossaryTerm.objects.get_or_create(term=term, defaults={"explanation": explanation})


def remove_terms(apps, schema_editor):
    apps.get_model("readability", "GlossaryTerm").objects.filter(term__in=STARTER).delete()


class Migration(migrations.Migration):
    dependencies = [("readability", "0001_glossary")]

    operations = [migrations.RunPython(add_terms, remove_terms)]
