"""Doctors and reviewers keep the glossary of the readability check and read what patients answered."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = {
    "readability": [f"{action}_glossaryterm" for action in ("add", "change", "delete", "view")],
    "feedback": ["view_pagefeedback"],
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
    for group in Group.objects.filter(name__in=("Artsen", "Medisch reviewers")):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [("roles", "0001_roles"), ("readability", "0001_glossary"), ("feedback", "0001_page_feedback")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
