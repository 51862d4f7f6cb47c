"""A medical section gets its page rights and its review workflow the moment its index page exists.

The roles are created by a migration, but the section pages come later (from the demo command or an
editor), so the rights on them are attached here: when an index page is created, and after every migrate
for the ones that already exist.
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_migrate, post_save
from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage

from .groups import MANAGEMENT, MEDICAL_SECTION_PAGE_ACTIONS

MEDICAL_REVIEW_WORKFLOW = "Medische review"
MEDICAL_SECTION_MODELS = (
    "conditions.ConditionIndexPage",
    "treatments.TreatmentIndexPage",
    "exercises.ExerciseIndexPage",
)


def medical_section_models():
    return [apps.get_model(label) for label in MEDICAL_SECTION_MODELS]


def set_up_medical_section(page):
    """Idempotent: grants the medical roles their rights on the section and puts it under medical review."""
    page_type = ContentType.objects.get_for_model(Page)
    permissions = {p.codename: p for p in Permission.objects.filter(content_type=page_type)}
    for group in Group.objects.filter(name__in=MEDICAL_SECTION_PAGE_ACTIONS):
        for action in MEDICAL_SECTION_PAGE_ACTIONS[group.name]:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permissions[f"{action}_page"])

    workflow = Workflow.objects.filter(name=MEDICAL_REVIEW_WORKFLOW, active=True).first()
    if workflow and not WorkflowPage.objects.filter(page=page).exists():
        WorkflowPage.objects.create(page=page, workflow=workflow)


def give_management_every_permission():
    # Beheer may do everything, also with models that later migrations add.
    management = Group.objects.filter(name=MANAGEMENT).first()
    if management:
        management.permissions.set(Permission.objects.all())


def new_medical_section(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        set_up_medical_section(instance)


def after_migrate(sender, **kwargs):
    # Django sends post_migrate once for each app with models, and this app has none: the work waits for the
    # last of them, when every app's permissions exist (creating them again is idempotent).
    if sender is not [config for config in apps.get_app_configs() if config.models_module][-1]:
        return
    if "plan" not in kwargs:
        # Sent by flush (emptying the database), not by migrate: there are no sections left to set up.
        return
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    give_management_every_permission()
    for model in medical_section_models():
        for page in model.objects.all():
            set_up_medical_section(page)


def connect():
    for model in medical_section_models():
        post_save.connect(new_medical_section, sender=model, dispatch_uid=f"roles.section.{model._meta.label}")
    post_migrate.connect(after_migrate, dispatch_uid="roles.after_migrate")
