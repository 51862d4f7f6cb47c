# Step 1 of moving authors and reviewers from the Person snippet to DoctorPage:
# new nullable columns beside the old ones; people.0003 fills them.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("conditions", "0002_figure_credit_kind"),
        ("people", "0002_doctor_pages"),
    ]

    operations = [
        migrations.AddField(
            model_name="conditionpage",
            name="author_doctor",
            field=models.ForeignKey(
                null=True, blank=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to="people.doctorpage"
            ),
        ),
        migrations.AddField(
            model_name="conditionpage",
            name="reviewer_doctor",
            field=models.ForeignKey(
                null=True, blank=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to="people.doctorpage"
            ),
        ),
    ]
