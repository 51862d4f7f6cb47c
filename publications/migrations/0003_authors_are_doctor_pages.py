# Step 3: publication authors point at DoctorPage only.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("publications", "0002_author_doctor_field"),
        ("people", "0003_move_people_to_doctor_pages"),
    ]

    operations = [
        migrations.RemoveField(model_name="publicationauthor", name="person"),
        migrations.AlterField(
            model_name="publicationauthor",
            name="doctor",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="people.doctorpage",
                verbose_name="arts",
            ),
        ),
    ]
