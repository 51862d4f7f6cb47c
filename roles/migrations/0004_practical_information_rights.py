"""Redactie keeps the practice information current: the price list and the parts of the examinations.
Doctors keep their own registrations (BIG, RGS) right on their own page; Redactie does not change them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = {
    "practical": [f"{action}_price" for action in ("add", "change", "delete", "view")],
    "examinations": [f"{action}_examinationpart" for action in ("add", "change", "delete", "view")],
    "people": [],
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = []
    for app_label, codenames in CODENAMES.items():
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
        permissions += Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    for group in Group.objects.filter(name="Redactie"):
        group.permissions.add(*permissions)
    registration = Permission.objects.filter(content_type__app_label="people", codename="change_registration")
    for group in Group.objects.filter(name="Artsen"):
        group.permissions.add(*registration)


class Migration(migrations.Migration):
    dependencies = [
        ("roles", "0003_redirects_and_search_promotions"),
        ("practical", "0001_initial"),
        ("examinations", "0001_initial"),
        ("people", "0007_registrations"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
