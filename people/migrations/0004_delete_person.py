# Step 4: nothing refers to the Person snippet any more.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0003_move_people_to_doctor_pages"),
        ("conditions", "0004_authors_are_doctor_pages"),
        ("publications", "0003_authors_are_doctor_pages"),
    ]

    operations = [migrations.DeleteModel(name="Person")]
