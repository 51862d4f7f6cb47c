"""The move from the Person snippet to doctor pages keeps who wrote, reviewed and appeared in what.

The test winds the database back to just before the data migration, builds
content the old way (with the historical models), and migrates forward.
"""

import importlib

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE = [
    ("people", "0002_doctor_pages"),
    ("conditions", "0003_doctor_fields"),
    ("publications", "0002_author_doctor_field"),
]

move = importlib.import_module("people.migrations.0003_move_people_to_doctor_pages")


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def build_old_content(apps):
    Page = apps.get_model("wagtailcore", "Page")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Person = apps.get_model("people", "Person")

    def page(model_name, app_label, parent, title, slug, **fields):
        model = apps.get_model(app_label, model_name)
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model_name.lower())
        return move.add_child(Page, parent, model(title=title, content_type=content_type, **fields), slug)

    sanne = Person.objects.create(honorific="dr.", name="Sanne de Wit", profession="sport- en bewegingsarts")
    joost = Person.objects.create(name="Joost Verhoeven", profession="sport- en bewegingsarts")
    home = Page.objects.get(depth=2)
    condition = page(
        "ConditionPage", "conditions", home, "Hielspoor", "hielspoor",
        summary="Pijn onder de hiel.", body_region="voet-enkel", sections="[]", author=sanne, reviewer=joost,
    )  # fmt: skip
    condition_type = ContentType.objects.get(app_label="conditions", model="conditionpage")
    revision = Revision.objects.create(
        content_type=condition_type,
        base_content_type=ContentType.objects.get(app_label="wagtailcore", model="page"),
        object_id=str(condition.pk),
        content={"title": "Hielspoor", "author": sanne.pk, "reviewer": joost.pk},
        created_at=timezone.now(),
    )
    Page.objects.filter(pk=condition.pk).update(latest_revision=revision)
    archive = page("PublicationIndexPage", "publications", home, "Publicaties", "publicaties")
    item = page(
        "PublicationPage", "publications", archive, "Nieuws", "nieuws",
        publication_date="2025-07-22", intro="Kort.", body="[]",
    )  # fmt: skip
    apps.get_model("publications", "PublicationAuthor").objects.create(page_id=item.pk, person=joost, sort_order=0)
    return {"condition": condition.pk, "revision": revision.pk, "item": item.pk}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_people_become_doctor_pages_and_keep_their_pages():
    old = build_old_content(migrate(BEFORE))

    migrate(latest())

    from conditions.models import ConditionPage
    from people.models import DoctorPage, TeamIndexPage
    from publications.models import PublicationPage

    team = TeamIndexPage.objects.get()
    doctors = {doctor.title: doctor for doctor in DoctorPage.objects.child_of(team)}
    assert set(doctors) == {"Sanne de Wit", "Joost Verhoeven"}
    assert doctors["Sanne de Wit"].display_name == "dr. Sanne de Wit"
    assert doctors["Joost Verhoeven"].profession == "sport- en bewegingsarts"

    condition = ConditionPage.objects.get(pk=old["condition"])
    assert (condition.author, condition.reviewer) == (doctors["Sanne de Wit"], doctors["Joost Verhoeven"])
    in_the_editor = condition.get_latest_revision().content
    assert (in_the_editor["author"], in_the_editor["reviewer"]) == (
        doctors["Sanne de Wit"].pk,
        doctors["Joost Verhoeven"].pk,
    )

    item = PublicationPage.objects.get(pk=old["item"])
    assert [author.doctor for author in item.authors.all()] == [doctors["Joost Verhoeven"]]

    from wagtail.models import Page

    assert Page.find_problems() == ([], [], [], [], [])
