"""Redactie keeps old addresses working (redirects) and chooses what a search shows first (promotions)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = {
    "wagtailredirects": [f"{action}_redirect" for action in ("add", "change", "delete")],
    "wagtailsearchpromotions": [f"{action}_searchpromotion" for action in ("add", "change", "delete", "view")],
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


class Migration(migrations.Migration):
    dependencies = [
        ("roles", "0002_glossary_and_feedback_rights"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
