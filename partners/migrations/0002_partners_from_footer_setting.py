"""Partners used to be a list inside the footer setting; each becomes a Partner of its own, in the same order."""

import uuid

from django.db import migrations


def footer_partners(settings):
    raw = getattr(settings.partners, "raw_data", settings.partners) or []
    return [item["value"] for item in raw if item.get("type") == "partner"]


def to_snippets(apps, schema_editor):
    ClinicSettings = apps.get_model("clinic", "ClinicSettings")
    Partner = apps.get_model("partners", "Partner")
    seen = set(Partner.objects.values_list("name", flat=True))
    order = Partner.objects.count()
    for settings in ClinicSettings.objects.order_by("pk"):
        for value in footer_partners(settings):
            name = (value.get("name") or "").strip()
            # Sites that listed the same partner share one snippet now.
            if not name or name in seen:
                continue
            seen.add(name)
            Partner.objects.create(
                name=name,
                description=value.get("description") or "",
                url=value.get("url") or "",
                logo_id=value.get("logo") or None,
                sort_order=order,
            )
            order += 1


def to_footer_setting(apps, schema_editor):
    ClinicSettings = apps.get_model("clinic", "ClinicSettings")
    Partner = apps.get_model("partners", "Partner")
    items = [
        {
            "type": "partner",
            "id": str(uuid.uuid4()),
            "value": {
                "name": partner.name,
                "description": partner.description,
                "url": partner.url,
                "logo": partner.logo_id,
            },
        }
        for partner in Partner.objects.order_by("sort_order", "pk")
    ]
    for settings in ClinicSettings.objects.all():
        settings.partners = items
        settings.save(update_fields=["partners"])


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0001_initial"),
        ("clinic", "0001_initial"),
    ]

    operations = [migrations.RunPython(to_snippets, to_footer_setting)]
