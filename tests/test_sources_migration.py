"""References move from conditions to sources (sources.0001) and keep everything that points at them.

The test loads the demo content, winds the database back to before the move and forward again, and
checks the references, the pages' citations, Wagtail's index of what cites what and the roles' rights.
"""

import io

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import ReferenceIndex

from conditions.models import ConditionPage
from sources.models import Reference

BEFORE_THE_MOVE = [("sources", None)]
LAST_BEFORE_THE_MOVE = ("conditions", "0009_care_card_levels")


def migrate(targets):
    MigrationExecutor(connection).migrate(targets)
    # The content type of references changed its label under the cache.
    ContentType.objects.clear_cache()


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def citations():
    return set(
        ReferenceIndex.objects.filter(to_content_type__model="reference").values_list(
            "to_content_type__app_label", "to_object_id", "object_id"
        )
    )


def reference_rights(group_name):
    return set(
        Group.objects.get(name=group_name)
        .permissions.filter(content_type__model="reference")
        .values_list("content_type__app_label", "codename")
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_demo_references_keep_their_numbers_citations_and_rights_across_the_move():
    call_command("load_demo_content", stdout=io.StringIO())
    references = {reference.pk: (reference.doi, reference.title) for reference in Reference.objects.all()}
    hielspoor = ConditionPage.objects.get(slug="hielspoor")
    numbers = {reference.pk: number for number, reference in enumerate(hielspoor.references, start=1)}
    cited = citations()
    assert len(references) > 20 and len(numbers) > 5 and cited

    migrate(BEFORE_THE_MOVE)
    old = MigrationExecutor(connection).loader.project_state(LAST_BEFORE_THE_MOVE).apps
    assert {row.pk: (row.doi, row.title) for row in old.get_model("conditions", "Reference").objects.all()} == (
        references
    )
    assert {("conditions", codename) for codename in ("add_reference", "change_reference")} <= reference_rights(
        "Artsen"
    )

    migrate(latest())
    assert {reference.pk: (reference.doi, reference.title) for reference in Reference.objects.all()} == references
    assert citations() == cited and {app_label for app_label, *_rest in cited} == {"sources"}
    again = ConditionPage.objects.get(pk=hielspoor.pk)
    assert {reference.pk: number for number, reference in enumerate(again.references, start=1)} == numbers
    assert reference_rights("Artsen") == {
        ("sources", "add_reference"),
        ("sources", "change_reference"),
        ("sources", "view_reference"),
    }
