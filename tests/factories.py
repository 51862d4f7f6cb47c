"""Small builders for test content: a site tree, people, references, condition pages and news items."""

import datetime
import io
import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.utils.text import slugify
from PIL import Image as PILImage
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from conditions.models import ConditionIndexPage, ConditionPage, ConditionSynonym
from contact.models import ContactPage, PrivacyPage
from home.models import HomePage
from locations.models import LocationIndexPage, LocationPage, OpeningHours
from people.models import DoctorPage, TeamIndexPage
from publications.models import PublicationAuthor, PublicationIndexPage, PublicationPage
from sources.models import Reference

_sequence = itertools.count(1)


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_site_tree():
    """A home page as the default site's root, with a conditions index under it."""
    root = Page.get_first_root_node()
    home = publish(root, HomePage(title="Sportartsen test", slug=f"start-{next(_sequence)}"))
    site = Site.objects.filter(is_default_site=True).first()
    if site:
        site.root_page = home
        site.save()
    else:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    index = publish(home, ConditionIndexPage(title="Aandoeningen", slug="aandoeningen", show_in_menus=True))
    return home, index


def team_index():
    """The team page under the default site's home page, made on first use."""
    home = Site.objects.get(is_default_site=True).root_page.specific
    return TeamIndexPage.objects.child_of(home).first() or publish(home, TeamIndexPage(title="Ons team", slug="team"))


def make_person(name=None, **fields):
    """A published doctor page; `name` is the page title, as in the admin."""
    n = next(_sequence)
    defaults = {"honorific": "dr.", "profession": "sport- en bewegingsarts"}
    name = name or f"Arts {n}"
    locations = fields.pop("locations", [])
    doctor = DoctorPage(title=name, slug=f"{slugify(name)}-{n}", **{**defaults, **fields})
    doctor.locations = list(locations)
    return publish(team_index(), doctor)


def make_user(username, *roles, doctor=None, password="een-lang-wachtwoord"):
    """An admin account in the given roles (group names), optionally linked to a doctor page."""
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", password, first_name=username.capitalize()
    )
    user.groups.set(Group.objects.filter(name__in=roles))
    if doctor is not None:
        doctor.user = user
        doctor.save(update_fields=["user"])
    return user


def make_reference(**fields):
    n = next(_sequence)
    defaults = {
        "authors": f"Auteur{n} A, Tweede B",
        "title": f"Een onderzoek nummer {n}",
        "journal": "Br J Sports Med",
        "year": 2020,
    }
    return Reference.objects.create(**{**defaults, **fields})


def make_image(title="Testafbeelding", size=(640, 480)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, "#88aacc").save(buffer, format="PNG")
    image = get_image_model()(title=title)
    image.file = ImageFile(io.BytesIO(buffer.getvalue()), name="test.png")
    image.save()
    return image


def text_section(heading="Wat is het?", body="<p>Uitleg.</p>", citations=()):
    return {"type": "text", "value": {"heading": heading, "body": body, "citations": [r.pk for r in citations]}}


def treatment_value(name, category="exercise", body="<p>Zo werkt het.</p>", citations=(), **extra):
    value = {
        "name": name,
        "category": category,
        "body": body,
        "what_to_expect": {"sessions": "", "sensation": "", "aftercare": ""},
        "risks": "",
        "illustration": [],
        "call_to_action": {"label": "", "page": None, "url": ""},
        "citations": [r.pk for r in citations],
    }
    value.update(extra)
    return value


def treatment(name, **kwargs):
    return {"type": "treatment", "value": treatment_value(name, **kwargs)}


def treatment_group(heading, treatments, citations=()):
    return {
        "type": "treatment_group",
        "value": {
            "heading": heading,
            "intro": "",
            "treatments": treatments,
            "outro": "",
            "citations": [r.pk for r in citations],
        },
    }


def treatment_overview(heading="Welke behandelingen zijn er?"):
    return {"type": "treatment_overview", "value": {"heading": heading, "intro": "<p>Overzicht.</p>", "citations": []}}


def faq(*pairs):
    return {
        "type": "faq",
        "value": {
            "heading": "Veelgestelde vragen",
            "questions": [{"question": q, "answer": a, "citations": []} for q, a in pairs],
        },
    }


def build_condition(title="Hielspoor", sections=(), synonyms=(), **fields):
    """An unsaved condition page with its sections converted from raw block data."""
    stream_block = ConditionPage._meta.get_field("sections").stream_block
    defaults = {
        "title": title,
        "summary": f"Korte uitleg over {title.lower()}.",
        "body_region": "voet-enkel",
        "last_reviewed": datetime.date(2026, 1, 10),
    }
    page = ConditionPage(**{**defaults, **fields}, sections=stream_block.to_python(list(sections)))
    page.synonyms = [ConditionSynonym(name=name) for name in synonyms]
    return page


def add_page(parent, page, live=True):
    """Add a built page under its parent, published or as a draft that was never live."""
    parent.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    else:
        page.live = False
        page.save()
    page.refresh_from_db()
    return page


def make_condition(index, title="Hielspoor", sections=(), synonyms=(), live=True, **fields):
    return add_page(index, build_condition(title, sections, synonyms, **fields), live)


def make_publication_index(home, **fields):
    defaults = {"title": "Publicaties", "slug": "publicaties", "show_in_menus": True}
    return publish(home, PublicationIndexPage(**{**defaults, **fields}))


def build_publication(title=None, date=None, tags=(), authors=(), conditions=(), body=(), **fields):
    """An unsaved news item; body is raw block data, as the admin would store it."""
    n = next(_sequence)
    title = title or f"Nieuwsbericht {n}"
    stream_block = PublicationPage._meta.get_field("body").stream_block
    page = PublicationPage(
        title=title,
        slug=fields.pop("slug", f"bericht-{n}"),
        publication_date=date or datetime.date(2025, 1, 1),
        intro=fields.pop("intro", f"Korte inleiding bij {title.lower()}."),
        body=stream_block.to_python(list(body)),
        **fields,
    )
    page.authors = [PublicationAuthor(doctor=doctor) for doctor in authors]
    page.related_conditions = list(conditions)
    for tag in tags:
        page.tags.add(tag)
    return page


def make_publication(index, *args, live=True, **kwargs):
    return add_page(index, build_publication(*args, **kwargs), live)


def make_publications(index, count, start=datetime.date(2025, 6, 30), **kwargs):
    """`count` items, one a week apart, the first one the newest."""
    return [
        make_publication(
            index,
            title=f"Bericht van {start - datetime.timedelta(weeks=i):%d-%m-%Y}",
            date=start - datetime.timedelta(weeks=i),
            **kwargs,
        )
        for i in range(count)
    ]


def make_location(home, title="Sportpoli West", hours=(), **fields):
    index = LocationIndexPage.objects.child_of(home).first() or publish(
        home, LocationIndexPage(title="Locaties", slug="locaties")
    )
    defaults = {
        "street_address": "Sportlaan 1",
        "postal_code": "1000 AA",
        "city": "Amsterdam",
        "phone": "088 000 00 01",
    }
    page = LocationPage(title=title, **{**defaults, **fields})
    page.opening_hours = [OpeningHours(weekday=d, opens=o, closes=c) for d, o, c in hours]
    return publish(index, page)


def make_privacy_page(home, **fields):
    return publish(home, PrivacyPage(title="Privacyverklaring", slug="privacy", **fields))


def make_contact_page(home, **fields):
    defaults = {
        "title": "Contact",
        "slug": "contact",
        "recipient_email": "praktijk@example.org",
        "thank_you_text": "<p>Wij reageren binnen twee werkdagen.</p>",
    }
    return publish(home, ContactPage(**{**defaults, **fields}))


def condition_form_data(title, author=None, references=(), **overrides):
    """Admin form data for a condition page with one text section (the StreamField editor is JavaScript).

    There are no reviewer and review-date fields: only an approval in the review workflow sets those.
    """
    data = {
        "title": title,
        "slug": slugify(title),
        "summary": f"Korte uitleg over {title}.",
        "body_region": "onderbeen",
        "synonyms": inline_formset([{"name": "achillodynie"}]),
        "sections": streamfield(
            [
                (
                    "text",
                    {
                        "heading": "Wat is het?",
                        "body": rich_text("<p>Een overbelaste pees.</p>"),
                        "citations": streamfield([("item", str(reference.pk)) for reference in references]),
                    },
                )
            ]
        ),
        "author": str(author.pk) if author else "",
        "review_interval": "12",
    }
    data.update(overrides)
    return nested_form_data(data)


def publication_form_data(title, author, **overrides):
    """Admin form data for a news item with one paragraph (the StreamField editor is JavaScript)."""
    data = {
        "title": title,
        "slug": overrides.pop("slug", "nieuw-bericht"),
        "publication_date": "2025-07-22",
        "intro": "Een korte inleiding.",
        "listing_image": "",
        "listing_image_alt": "",
        "listing_image_credit": "",
        "body": streamfield([("paragraph", rich_text("<p>Het bericht zelf.</p>"))]),
        "authors": inline_formset([{"doctor": str(author.pk)}]),
        "tags": "hardlopen, knie",
        "source_name": "",
        "source_url": "",
    }
    data.update(overrides)
    return nested_form_data(data)


def make_embed(url, html, provider_name="YouTube"):
    """What Wagtail keeps of a provider's oEmbed answer, so no test asks the provider itself."""
    return Embed.objects.create(url=url, hash=get_embed_hash(url), type="video", html=html, provider_name=provider_name)
