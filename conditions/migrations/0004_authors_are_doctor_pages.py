# Step 3: the filled DoctorPage columns take over the names author and reviewer.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("conditions", "0003_doctor_fields"),
        ("people", "0003_move_people_to_doctor_pages"),
    ]

    operations = [
        migrations.RemoveField(model_name="conditionpage", name="author"),
        migrations.RemoveField(model_name="conditionpage", name="reviewer"),
        migrations.RenameField(model_name="conditionpage", old_name="author_doctor", new_name="author"),
        migrations.RenameField(model_name="conditionpage", old_name="reviewer_doctor", new_name="reviewer"),
        migrations.AlterField(
            model_name="conditionpage",
            name="author",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="people.doctorpage",
                verbose_name="geschreven door",
            ),
        ),
        migrations.AlterField(
            model_name="conditionpage",
            name="reviewer",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="people.doctorpage",
                verbose_name="gecontroleerd door",
            ),
        ),
    ]
