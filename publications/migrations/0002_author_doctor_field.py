# Step 1 of moving publication authors from the Person snippet to DoctorPage:
# a new nullable column beside the old one; people.0003 fills it.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("publications", "0001_initial"),
        ("people", "0002_doctor_pages"),
    ]

    operations = [
        migrations.AddField(
            model_name="publicationauthor",
            name="doctor",
            field=models.ForeignKey(
                null=True, blank=True, on_delete=django.db.models.deletion.CASCADE, related_name="+", to="people.doctorpage"
            ),
        ),
    ]
