"""The workflow "Medische review", and no review step for the rest of the site.

Wagtail starts every project with a "Moderators approval" workflow on the root page. It would put news
items through a review they do not need, so it is switched off here. Medical sections get the new
workflow when their index page exists (roles.sections).
"""

from django.db import migrations

WORKFLOW = "Medische review"
TASK = "Medische controle door een tweede arts"


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    MedicalReviewTask = apps.get_model("review", "MedicalReviewTask")

    task_type, _created = ContentType.objects.get_or_create(app_label="review", model="medicalreviewtask")
    task = MedicalReviewTask.objects.filter(name=TASK).first()
    if task is None:
        task = MedicalReviewTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.set(Group.objects.filter(name="Medisch reviewers"))
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    starter = Workflow.objects.filter(name="Moderators approval")
    WorkflowPage.objects.filter(workflow__in=starter).delete()
    starter.update(active=False)


def remove_workflow(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW).delete()
    apps.get_model("review", "MedicalReviewTask").objects.filter(name=TASK).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("review", "0001_medical_review_task"),
        ("roles", "0001_roles"),
    ]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
