"""The Reference model now lives in sources (sources.0001 renamed its table and content type)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("conditions", "0009_care_card_levels"),
        ("sources", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[migrations.DeleteModel(name="Reference")]),
    ]
