"""Move every Person snippet to a DoctorPage under a new team page, keeping who wrote and reviewed what.

Condition pages' author and reviewer, publication authors, and the stored
revisions the admin edits from, all switch from Person ids to DoctorPage ids.
"""

import uuid

from django.db import migrations
from django.db.models import F
from django.utils.text import slugify

# Wagtail's page tree (treebeard's materialised path): four base-36 characters a level.
STEPLEN = 4
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def base36(number):
    digits = ""
    while number:
        number, rest = divmod(number, 36)
        digits = ALPHABET[rest] + digits
    return digits.rjust(STEPLEN, "0")


def add_child(Page, parent, page, slug):
    children = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
    taken = set(children.values_list("slug", flat=True))
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    last = children.order_by("-path").values_list("path", flat=True).first()
    page.path = parent.path + base36(int(last[-STEPLEN:], 36) + 1 if last else 1)
    page.depth = parent.depth + 1
    page.numchild = 0
    page.slug = candidate
    page.url_path = f"{parent.url_path}{candidate}/"
    page.locale_id = parent.locale_id
    page.live = True
    page.draft_title = page.title
    page.translation_key = uuid.uuid4()
    page.save()
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + 1)
    parent.refresh_from_db()
    return page


def team_parent(apps):
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    site = Site.objects.filter(is_default_site=True).first()
    if site:
        return Page.objects.get(pk=site.root_page_id)
    return Page.objects.filter(depth=2).order_by("path").first() or Page.objects.get(depth=1)


def move_people(apps, schema_editor):
    Person = apps.get_model("people", "Person")
    if not Person.objects.exists():
        return
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")
    TeamIndexPage = apps.get_model("people", "TeamIndexPage")
    DoctorPage = apps.get_model("people", "DoctorPage")
    ConditionPage = apps.get_model("conditions", "ConditionPage")
    PublicationAuthor = apps.get_model("publications", "PublicationAuthor")
    Revision = apps.get_model("wagtailcore", "Revision")

    def content_type(app_label, model):
        return ContentType.objects.get_or_create(app_label=app_label, model=model)[0]

    parent = team_parent(apps)
    team = add_child(
        Page,
        parent,
        TeamIndexPage(title="Ons team", show_in_menus=True, content_type=content_type("people", "teamindexpage")),
        "team",
    )
    doctor_type = content_type("people", "doctorpage")
    doctor_for = {}
    for person in Person.objects.order_by("pk"):
        doctor = DoctorPage(
            title=person.name, honorific=person.honorific, profession=person.profession, content_type=doctor_type
        )
        doctor_for[person.pk] = add_child(Page, team, doctor, slugify(person.name) or "arts").pk

    for page in ConditionPage.objects.all():
        page.author_doctor_id = doctor_for.get(page.author_id)
        page.reviewer_doctor_id = doctor_for.get(page.reviewer_id)
        page.save(update_fields=["author_doctor", "reviewer_doctor"])
    for author in PublicationAuthor.objects.all():
        author.doctor_id = doctor_for.get(author.person_id)
        author.save(update_fields=["doctor"])

    # The admin edits a page from its latest revision: those ids move too.
    for revision in Revision.objects.filter(content_type=content_type("conditions", "conditionpage")):
        for field in ("author", "reviewer"):
            if revision.content.get(field) is not None:
                revision.content[field] = doctor_for.get(revision.content[field])
        revision.save(update_fields=["content"])
    for revision in Revision.objects.filter(content_type=content_type("publications", "publicationpage")):
        for author in revision.content.get("authors", []):
            if "person" in author:
                author["doctor"] = doctor_for.get(author.pop("person"))
        revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0002_doctor_pages"),
        ("conditions", "0003_doctor_fields"),
        ("publications", "0002_author_doctor_field"),
        ("wagtailcore", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    # Going back would need the people as they were; restore a backup instead.
    operations = [migrations.RunPython(move_people, migrations.RunPython.noop)]
