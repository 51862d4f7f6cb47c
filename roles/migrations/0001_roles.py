"""Creates the four roles of the admin, with what each may do.

Rights on the medical sections are attached to their index pages when those exist (see roles.sections);
Beheer's full set is kept complete after every migrate.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ADMIN = [("wagtailadmin", "admin", "access_admin")]
IMAGES_AND_DOCUMENTS = [
    ("wagtailimages", "image", "add_image"),
    ("wagtailimages", "image", "choose_image"),
    ("wagtaildocs", "document", "add_document"),
    ("wagtaildocs", "document", "choose_document"),
]
REFERENCES = [("conditions", "reference", f"{action}_reference") for action in ("add", "change", "view")]
SITE = [
    ("clinic", "clinicsettings", "change_clinicsettings"),
    ("clinic", "navigationsettings", "change_navigationsettings"),
    *[("partners", "partner", f"{action}_partner") for action in ("add", "change", "delete", "view")],
]

MODEL_PERMISSIONS = {
    "Artsen": ADMIN + IMAGES_AND_DOCUMENTS + REFERENCES,
    "Medisch reviewers": ADMIN + IMAGES_AND_DOCUMENTS + REFERENCES,
    "Redactie": ADMIN + IMAGES_AND_DOCUMENTS + SITE,
    "Beheer": [],  # every permission: see roles.sections.give_management_every_permission
}
# Page rights on the whole tree. Redactie's stop at the medical sections (roles.pages).
ROOT_PAGE_ACTIONS = {
    "Redactie": ("add", "change", "publish", "lock", "unlock"),
    "Beheer": ("add", "bulk_delete", "change", "lock", "publish", "unlock"),
}
COLLECTION_ACTIONS = {
    "Artsen": ("add", "choose"),
    "Medisch reviewers": ("add", "choose"),
    "Redactie": ("add", "choose"),
    "Beheer": ("add", "change", "choose", "delete"),
}


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations; these groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    def permission(app_label, model, codename):
        return Permission.objects.get(content_type__app_label=app_label, content_type__model=model, codename=codename)

    groups = {}
    for name, wanted in MODEL_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*[permission(*key) for key in wanted])
        groups[name] = group
    groups["Beheer"].permissions.set(Permission.objects.all())

    root = Page.objects.filter(depth=1).first()
    if root:
        for name, actions in ROOT_PAGE_ACTIONS.items():
            for action in actions:
                GroupPagePermission.objects.get_or_create(
                    group=groups[name], page=root, permission=permission("wagtailcore", "page", f"{action}_page")
                )

    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection:
        for name, actions in COLLECTION_ACTIONS.items():
            for action in actions:
                for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
                    GroupCollectionPermission.objects.get_or_create(
                        group=groups[name],
                        collection=root_collection,
                        permission=permission(app_label, model, f"{action}_{model}"),
                    )

    # Wagtail's starter groups would only confuse: our roles replace them. Kept if someone is in them.
    Group.objects.filter(name__in=("Moderators", "Editors"), user__isnull=True).delete()


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=MODEL_PERMISSIONS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("clinic", "0002_navigation_and_partners_as_snippets"),
        ("partners", "0002_partners_from_footer_setting"),
        ("conditions", "0006_review_interval"),
        ("treatments", "0002_review_interval"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
