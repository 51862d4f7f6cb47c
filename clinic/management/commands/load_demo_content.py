"""Build the demo site: home, conditions, the news archive with ten publications, site settings.

Idempotent: whatever already exists (matched by slug, title or name) is left
exactly as it is, so a second run changes nothing and never overwrites an
editor's changes.
"""

import io
import math

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.text import slugify
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from about import demo as about_demo
from about.models import AboutPage, AccessibilityStatementPage
from clinic.models import ClinicSettings, FooterLink, MainMenuItem, NavigationSettings
from conditions import demo
from conditions.models import ConditionIndexPage, ConditionPage, ConditionSynonym, Reference
from contact import demo as contact_demo
from contact.models import ContactPage, PrivacyPage
from exercises import demo as exercises_demo
from exercises.models import ExerciseIndexPage, ExerciseProgrammePage
from faq import demo as faq_demo
from faq.models import FAQPage
from home.models import FeaturedCondition, HomePage
from locations import demo as locations_demo
from locations.models import LocationIndexPage, LocationPage, OpeningHours
from partners import demo as partners_demo
from partners.models import Partner
from people import demo as people_demo
from people.models import DoctorPage, DoctorRole, TeamIndexPage
from publications import demo as publications_demo
from publications.models import PublicationAuthor, PublicationIndexPage, PublicationPage
from roles.groups import DOCTORS, EDITORS, MANAGEMENT, MEDICAL_REVIEWERS
from treatments import demo as treatments_demo
from treatments.models import TreatmentIndexPage, TreatmentPage

DEV_ADMIN_USERNAME = "admin"
DEV_ADMIN_PASSWORD = "admin"
# (username = password, roles, the doctor page the account belongs to, first name). See the README.
DEMO_ROLE_USERS = [
    ("arts", [DOCTORS], "de_wit", "Sanne"),
    ("reviewer", [DOCTORS, MEDICAL_REVIEWERS], "verhoeven", "Joost"),
    ("redactie", [EDITORS], None, "Eva"),
    ("beheer", [MANAGEMENT], None, "Bram"),
]
ILLUSTRATION_TITLE = "Peesplaat onder de voet (illustratie)"


class Command(BaseCommand):
    help = "Laadt de demo-inhoud. Twee keer draaien verandert niets."

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default="http://127.0.0.1:8000",
            help="Adres van de server, voor de links die het commando laat zien.",
        )
        parser.add_argument(
            "--dev-admin",
            action="store_true",
            help="Maak ook een beheerder admin/admin aan (alleen met DEBUG aan).",
        )

    @transaction.atomic
    def handle(self, *args, **options):
        if options["dev_admin"]:
            self.create_dev_admin()
        home = self.home_page()
        index = self.condition_index(home)
        location_index = self.location_index(home)
        locations = {key: self.location(location_index, **fields) for key, fields in locations_demo.LOCATIONS.items()}
        team = self.team_index(home)
        doctors = {key: self.doctor(team, locations, **fields) for key, fields in people_demo.DOCTORS.items()}
        people = {key: doctor for key, (doctor, _created) in doctors.items()}
        references = {key: self.reference(**fields) for key, fields in demo.REFERENCES.items()}
        illustration = self.illustration()
        refs = {key: ref.pk for key, ref in references.items()}

        treatment_index = self.treatment_index(home)
        treatments = {
            key: self.treatment(treatment_index, content, refs, people).pk
            for key, content in treatments_demo.TREATMENTS.items()
        }
        exercise_index = self.exercise_index(home)
        programme, programme_created = self.programme(exercise_index, exercises_demo.PROGRAMME, people, refs)
        achilles = self.condition(index, demo.achillespeesklachten(refs, programme.pk, treatments), people)
        hielspoor = self.condition(index, demo.hielspoor(refs, illustration.pk, programme.pk, treatments), people)
        conditions = {page.slug: page for page in (achilles, hielspoor)}
        if programme_created:
            programme.conditions = [conditions[slug] for slug in exercises_demo.PROGRAMME["conditions"]]
            programme.save_revision().publish()
        for key, (doctor, created) in doctors.items():
            # Only for doctors this run created: an editor's later choice is never overwritten.
            if created:
                doctor.expertise = [conditions[slug] for slug in people_demo.DOCTORS[key]["expertise"]]
                doctor.save_revision().publish()
        if options["dev_admin"]:
            self.create_role_users(people)
        archive = self.publication_index(home)
        pictures = {key: self.picture(key, **fields) for key, fields in publications_demo.PICTURES.items()}
        for content in publications_demo.PUBLICATIONS:
            self.publication(archive, content, people, pictures, conditions)
        faq = self.faq_page(home)
        about = self.about_page(home)
        privacy = self.privacy_page(home)
        accessibility = self.accessibility_page(home)
        contact = self.contact_page(home, privacy)
        for order, fields in enumerate(partners_demo.PARTNERS):
            self.partner(order, **fields)
        self.site_settings(home)
        self.home_teaser(home, about, [hielspoor, achilles])
        self.navigation(
            home,
            menu=[index, treatment_index, exercise_index, faq, team, location_index, (contact, "Contact")],
            footer=[about, archive, faq, privacy, accessibility],
        )

        base = options["base_url"].rstrip("/")
        self.stdout.write(self.style.SUCCESS("Demo-inhoud staat klaar."))
        self.stdout.write(f"  Hielspoor:  {base}{hielspoor.get_url()}")
        self.stdout.write(f"  Nieuws:     {base}{archive.get_url()}")
        self.stdout.write(f"  Contact:    {base}{contact.get_url()}")
        self.stdout.write(f"  Beheer:     {base}/admin/")
        if options["dev_admin"]:
            self.stdout.write(
                f"  Inloggen:   {DEV_ADMIN_USERNAME} / {DEV_ADMIN_PASSWORD} (alleen voor ontwikkeling op deze computer)"
            )
            self.stdout.write("  Rollen:     arts, reviewer, redactie en beheer; het wachtwoord is gelijk aan de naam")

    def create_dev_admin(self):
        if not settings.DEBUG:
            raise CommandError("Een beheerder met een bekend wachtwoord mag alleen met DEBUG aan.")
        User = get_user_model()
        if not User.objects.filter(username=DEV_ADMIN_USERNAME).exists():
            User.objects.create_superuser(DEV_ADMIN_USERNAME, "admin@example.com", DEV_ADMIN_PASSWORD)

    def create_role_users(self, people):
        """One account per role, to try the review cycle; passwords are public, so only with DEBUG on."""
        User = get_user_model()
        for username, groups, doctor_key, first_name in DEMO_ROLE_USERS:
            user, created = User.objects.get_or_create(
                username=username, defaults={"email": f"{username}@example.com", "first_name": first_name}
            )
            if created:
                user.set_password(username)
                user.save()
                user.groups.set(Group.objects.filter(name__in=groups))
            doctor = people.get(doctor_key)
            if doctor is not None and doctor.user_id is None and not DoctorPage.objects.filter(user=user).exists():
                doctor.user = user
                doctor.save_revision().publish()

    def home_page(self):
        home = HomePage.objects.first()
        if home:
            return home
        root = Page.get_first_root_node()
        home = HomePage(
            title="Sportartsen Collectief",
            slug="start",
            intro="Hulp bij pijn door sport, werk en bewegen. Ook als u geen sporter bent.",
            body="<p>Wij zijn sport- en bewegingsartsen. Op deze site leest u wat er aan de hand kan "
            "zijn bij veelvoorkomende klachten, en welke behandelingen er zijn.</p>",
        )
        add_published(root, home)
        # Wagtail's first migration points the default site at a welcome page; the clinic replaces it.
        site = Site.objects.filter(is_default_site=True).first()
        old_root = site.root_page if site else None
        if site:
            site.root_page = home
            site.site_name = settings.WAGTAIL_SITE_NAME
            site.save()
        else:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name=settings.WAGTAIL_SITE_NAME,
            )
        if old_root and old_root.pk != home.pk and old_root.specific_class is Page and not old_root.get_children():
            old_root.delete()
        return home

    def condition_index(self, home):
        return existing_or_published(
            home,
            ConditionIndexPage(
                title="Aandoeningen",
                slug="aandoeningen",
                show_in_menus=True,
                intro="<p>Hier leest u meer over klachten waarmee u bij ons terechtkunt. Kies het deel van uw "
                "lichaam waar u last van hebt.</p>",
            ),
        )

    def team_index(self, home):
        return existing_or_published(
            home,
            TeamIndexPage(
                title="Ons team",
                slug="team",
                show_in_menus=True,
                intro="<p>Onze sport- en bewegingsartsen hebben elk hun eigen aandachtsgebied. "
                "Hier leest u wie wij zijn en waar wij goed in zijn.</p>",
            ),
        )

    def faq_page(self, home):
        block = FAQPage._meta.get_field("general_questions").stream_block
        return existing_or_published(
            home,
            FAQPage(
                title="Veelgestelde vragen",
                slug="vragen",
                show_in_menus=True,
                intro="<p>Hier staan de vragen die patiënten ons vaak stellen: eerst algemene vragen, "
                "daarna vragen over elke aandoening.</p>",
                general_questions=block.to_python(faq_demo.GENERAL_QUESTIONS),
            ),
        )

    def location_index(self, home):
        return existing_or_published(
            home,
            LocationIndexPage(
                title="Locaties",
                slug="locaties",
                show_in_menus=True,
                intro="<p>Hier houden wij spreekuur. Bij elke locatie staan de openingstijden en hoe u er komt.</p>",
            ),
        )

    def location(self, index, slug, hours, **fields):
        existing = LocationPage.objects.child_of(index).filter(slug=slug).first()
        if existing:
            return existing
        page = LocationPage(slug=slug, **fields)
        page.opening_hours = [OpeningHours(weekday=day, opens=opens, closes=closes) for day, opens, closes in hours]
        add_published(index, page)
        return page

    def doctor(self, team, locations, name, roles, works_at, initials, colour, expertise, **fields):
        existing = DoctorPage.objects.child_of(team).filter(title=name).first()
        if existing:
            return existing, False
        portrait = self.image(
            f"Portret {name} (illustratie)",
            f"Getekend portret van {name}.",
            lambda: draw_portrait(initials, colour),
        )
        doctor = DoctorPage(title=name, photo=portrait, photo_alt=f"Getekend portret van {name}.", **fields)
        doctor.roles = [DoctorRole(role=role, organisation=organisation) for role, organisation in roles]
        doctor.locations = [locations[key] for key in works_at]
        add_published(team, doctor)
        return doctor, True

    def image(self, title, description, draw):
        """The image with this title, or a new one drawn now."""
        Image = get_image_model()
        existing = Image.objects.filter(title=title).first()
        if existing:
            return existing
        image = Image(title=title, description=description)
        image.file = ImageFile(io.BytesIO(draw()), name=f"{slugify(title)}.png")
        image.save()
        return image

    def treatment_index(self, home):
        return existing_or_published(
            home,
            TreatmentIndexPage(
                title="Behandelingen",
                slug="behandelingen",
                show_in_menus=True,
                intro="<p>Sommige behandelingen leggen we hier uitgebreider uit: hoe ze werken, hoe een "
                "behandeling verloopt en wat onderzoek erover zegt.</p>",
            ),
        )

    def treatment(self, index, content, refs, people):
        existing = TreatmentPage.objects.child_of(index).filter(slug=content["slug"]).first()
        if existing:
            return existing
        sections_block = TreatmentPage._meta.get_field("sections").stream_block
        fields = {key: value for key, value in content.items() if key not in {"sections", "author", "reviewer"}}
        page = TreatmentPage(
            **fields,
            sections=sections_block.to_python(content["sections"](refs)),
            author=people[content["author"]],
            reviewer=people[content["reviewer"]],
        )
        add_published(index, page)
        return page

    def exercise_index(self, home):
        return existing_or_published(
            home,
            ExerciseIndexPage(
                title="Oefeningen",
                slug="oefeningen",
                show_in_menus=True,
                intro="<p>Oefeningen die u thuis kunt doen. Uw arts vertelt u welke oefeningen bij uw "
                "klachten passen. U kunt elke pagina printen en naast u leggen.</p>",
            ),
        )

    def programme(self, index, content, people, refs):
        existing = ExerciseProgrammePage.objects.child_of(index).filter(slug=content["slug"]).first()
        if existing:
            return existing, False
        steps = []
        for step in content["steps"]:
            picture = self.image(
                f"Oefening: {step['name']} (illustratie)",
                step["alt_text"],
                lambda pose=step["pose"]: draw_exercise(pose),
            )
            fields = {key: value for key, value in step.items() if key != "pose"}
            steps.append({"type": "step", "value": {**fields, "image": picture.pk}})
        steps_block = ExerciseProgrammePage._meta.get_field("steps").stream_block
        page = ExerciseProgrammePage(
            title=content["title"],
            slug=content["slug"],
            goal=content["goal"],
            frequency=content["frequency"],
            when_to_stop=content["when_to_stop"],
            steps=steps_block.to_python(steps),
            sources=[("source", Reference.objects.get(pk=refs[key])) for key in content["sources"]],
            author=people[content["author"]],
            reviewer=people[content["reviewer"]],
            last_reviewed=content["last_reviewed"],
        )
        add_published(index, page)
        return page, True

    def reference(self, title, **fields):
        reference, _ = Reference.objects.get_or_create(title=title, defaults=fields)
        return reference

    def illustration(self):
        return self.image(ILLUSTRATION_TITLE, "", draw_plantar_fascia)

    def condition(self, index, content, people):
        existing = ConditionPage.objects.child_of(index).filter(slug=content["slug"]).first()
        if existing:
            return existing
        sections_block = ConditionPage._meta.get_field("sections").stream_block
        page = ConditionPage(
            title=content["title"],
            slug=content["slug"],
            summary=content["summary"],
            body_region=content["body_region"],
            author=people[content["author"]],
            reviewer=people[content["reviewer"]],
            last_reviewed=content["last_reviewed"],
            sections=sections_block.to_python(content["sections"]),
        )
        page.synonyms = [ConditionSynonym(name=name) for name in content["synonyms"]]
        add_published(index, page)
        return page

    def publication_index(self, home):
        return existing_or_published(
            home,
            PublicationIndexPage(
                title="Publicaties",
                slug="publicaties",
                show_in_menus=True,
                intro="<p>Onze artsen schrijven over sport en gezondheid, en komen geregeld in het nieuws. "
                "Hier vindt u al die berichten bij elkaar, de nieuwste bovenaan.</p>",
            ),
        )

    def picture(self, key, title, alt):
        return self.image(title, alt, lambda: draw_picture(key))

    def publication(self, archive, content, people, pictures, conditions):
        existing = PublicationPage.objects.child_of(archive).filter(slug=content["slug"]).first()
        if existing:
            return existing
        body_block = PublicationPage._meta.get_field("body").stream_block
        source_name, source_url = content.get("source", ("", ""))
        page = PublicationPage(
            title=content["title"],
            slug=content["slug"],
            publication_date=content["date"],
            intro=content["intro"],
            body=body_block.to_python(content["body"]),
            source_name=source_name,
            source_url=source_url,
            link_to_source=content.get("link_to_source", False),
        )
        picture_key = content.get("picture")
        if picture_key:
            page.listing_image = pictures[picture_key]
            page.listing_image_alt = publications_demo.PICTURES[picture_key]["alt"]
            page.listing_image_credit = "Sportartsen Collectief"
        page.authors = [PublicationAuthor(doctor=people[key]) for key in content["authors"]]
        page.related_conditions = [conditions[slug] for slug in content.get("related", [])]
        for name in content["tags"]:
            # Reuse a tag an editor may already have, whatever its capitals.
            page.tags.add(Tag.objects.filter(name__iexact=name).first() or name)
        add_published(archive, page)
        return page

    def about_page(self, home):
        block = AboutPage._meta.get_field("body").stream_block
        return existing_or_published(
            home,
            AboutPage(
                title="Over het collectief",
                slug="over-ons",
                intro=about_demo.INTRO,
                body=block.to_python(about_demo.SECTIONS),
            ),
        )

    def privacy_page(self, home):
        block = PrivacyPage._meta.get_field("body").stream_block
        return existing_or_published(
            home,
            PrivacyPage(
                title="Privacyverklaring",
                slug="privacy",
                intro=contact_demo.PRIVACY_INTRO,
                last_updated=contact_demo.PRIVACY_UPDATED,
                body=block.to_python(contact_demo.PRIVACY_SECTIONS),
            ),
        )

    def accessibility_page(self, home):
        block = AccessibilityStatementPage._meta.get_field("body").stream_block
        return existing_or_published(
            home,
            AccessibilityStatementPage(
                title="Toegankelijkheid",
                slug="toegankelijkheid",
                intro=about_demo.ACCESSIBILITY_INTRO,
                last_checked=about_demo.ACCESSIBILITY_CHECKED,
                report_email=contact_demo.CLINIC_EMAIL,
                body=block.to_python(about_demo.ACCESSIBILITY_SECTIONS),
            ),
        )

    def contact_page(self, home, privacy):
        return existing_or_published(
            home,
            ContactPage(
                title="Contact en afspraak maken",
                slug="contact",
                intro=contact_demo.CONTACT_INTRO,
                recipient_email=contact_demo.CLINIC_EMAIL,
                privacy_page=privacy,
                thank_you_text=contact_demo.THANK_YOU_TEXT,
            ),
        )

    def partner(self, order, name, monogram, colour, **fields):
        if Partner.objects.filter(name=name).exists():
            return
        logo = self.image(f"Beeldmerk {name} (getekend)", "", lambda: draw_monogram(monogram, colour))
        Partner.objects.create(name=name, logo=logo, sort_order=order, **fields)

    def home_teaser(self, home, about, conditions):
        # Only on a home page nobody has filled in yet: an editor's choice stays.
        if home.about_text or home.featured_conditions.exists():
            return
        home.about_text = (
            "<p>Wij zijn sport- en bewegingsartsen. Wij helpen mensen die door bewegen, of door te weinig "
            "bewegen, last krijgen van spieren, pezen of gewrichten. Sporter of niet.</p>"
        )
        home.about_page = about
        home.featured_conditions = [FeaturedCondition(condition=page) for page in conditions]
        home.save_revision().publish()

    def navigation(self, home, menu, footer):
        navigation = NavigationSettings.for_site(Site.objects.get(root_page=home))
        if navigation.main_menu_items.exists() or navigation.footer_links.exists():
            return
        navigation.main_menu_items = [
            MainMenuItem(page=item[0], label=item[1]) if isinstance(item, tuple) else MainMenuItem(page=item)
            for item in menu
        ]
        navigation.footer_links = [FooterLink(page=page) for page in footer] + [
            FooterLink(url="https://www.sportzorg.nl/", label="Sportzorg.nl: meer over sportblessures")
        ]
        navigation.save()

    def site_settings(self, home):
        site = Site.objects.get(root_page=home)
        clinic = ClinicSettings.for_site(site)
        if clinic.about_text:
            return
        clinic.about_text = (
            "<p>Wij zijn een groep sport- en bewegingsartsen. We helpen mensen met klachten door sport, "
            "werk of bewegen, of ze nu topsporter zijn of niet. Waar het kan, kiezen we voor een "
            "behandeling zonder operatie. We geven ook advies over belasten en herstellen.</p>"
            "<p>Veel van ons werken ook in de topsport. Zo blijft onze kennis actueel.</p>"
        )
        clinic.save()


def existing_or_published(parent, page):
    """The parent's child of this page's type (an index exists once), or this page, added and published."""
    existing = type(page).objects.child_of(parent).first()
    return existing or add_published(parent, page)


def add_published(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def draw_plantar_fascia(width=1200, height=800):
    """A simple side view of a foot with the plantar fascia and the painful spot marked."""
    image = PILImage.new("RGB", (width, height), "#f4f7f8")
    draw = ImageDraw.Draw(image)
    skin, outline = "#f2c9a5", "#7a4b2a"
    # Lower leg, heel and forefoot as one outline (side view, toes to the right).
    foot = [
        (330, 60),
        (520, 60),
        (530, 420),
        (560, 470),
        (760, 520),
        (980, 560),
        (1090, 600),
        (1120, 650),
        (1090, 690),
        (900, 700),
        (640, 700),
        (420, 705),
        (300, 690),
        (250, 640),
        (255, 560),
        (300, 470),
        (320, 300),
    ]
    draw.polygon(foot, fill=skin, outline=outline, width=6)
    # Heel bone.
    draw.ellipse((290, 520, 470, 660), fill="#fbf3e6", outline="#b39b7a", width=4)
    # Plantar fascia: from the heel bone to the base of the toes.
    draw.line([(360, 662), (500, 675), (700, 672), (900, 660), (1050, 640)], fill="#e07b00", width=18, joint="curve")
    # The painful spot just in front of the heel.
    draw.ellipse((355, 630, 445, 700), outline="#c0001a", width=8)
    try:
        font = ImageFont.truetype("DejaVuSans-Bold.ttf", 40)
    except OSError:
        font = ImageFont.load_default()
    draw.text((560, 730), "peesplaat", fill="#8a4b00", font=font)
    draw.line([(640, 728), (660, 685)], fill="#8a4b00", width=4)
    draw.text((120, 735), "pijnlijke plek", fill="#a00016", font=font)
    draw.text((700, 120), "hielspoor", fill="#1b1f23", font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _font(size):
    try:
        return ImageFont.truetype("DejaVuSans-Bold.ttf", size)
    except OSError:
        return ImageFont.load_default()


def _sky(draw, width, height, top, bottom):
    for y in range(height):
        t = y / height
        colour = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)


def draw_picture(key, width=1200, height=675):
    """Simple illustrations for the demo's news items, so the archive has pictures without borrowed photos."""
    image = PILImage.new("RGB", (width, height), "#ffffff")
    draw = ImageDraw.Draw(image)
    if key == "fietswiel":
        _sky(draw, width, height, (120, 180, 230), (235, 244, 250))
        draw.rectangle((0, 520, width, height), fill="#5b6168")
        draw.line([(0, 600), (width, 600)], fill="#ffffff", width=8)
        cx, cy, r = 600, 330, 220
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline="#1b1f23", width=26)
        for spoke in range(24):
            angle = 2 * math.pi * spoke / 24
            draw.line([(cx, cy), (cx + r * math.cos(angle), cy + r * math.sin(angle))], fill="#8a939b", width=3)
        draw.ellipse((cx - 28, cy - 28, cx + 28, cy + 28), fill="#c0001a")
    elif key == "atletiekbaan":
        draw.rectangle((0, 0, width, height), fill="#2f8f4e")
        for lane in range(6):
            top = 140 + lane * 70
            draw.rectangle((0, top, width, top + 70), fill="#c4452f")
            draw.line([(0, top), (width, top)], fill="#ffffff", width=5)
        draw.line([(0, 560), (width, 560)], fill="#ffffff", width=5)
        draw.text((80, 40), "1  2  3  4  5  6", fill="#ffffff", font=_font(56))
    elif key == "bergen":
        _sky(draw, width, height, (40, 110, 190), (200, 225, 245))
        for left, peak, right, shade in (
            (-100, (250, 180), 620, "#6b7a8a"),
            (380, (700, 110), 1080, "#56616e"),
            (800, (1050, 220), 1350, "#7d8b99"),
        ):
            draw.polygon([(left, height), peak, (right, height)], fill=shade)
            px, py = peak
            draw.polygon([(px - 90, py + 110), (px, py), (px + 90, py + 110), (px, py + 80)], fill="#ffffff")
        draw.rectangle((0, 600, width, height), fill="#f4f7f8")
    elif key == "vliegtuig":
        _sky(draw, width, height, (30, 90, 170), (170, 210, 240))
        for x, y, r in ((150, 560, 120), (330, 590, 150), (560, 570, 130), (800, 600, 160), (1050, 575, 140)):
            draw.ellipse((x - r, y - r // 2, x + r, y + r // 2), fill="#ffffff")
        draw.polygon([(0, 300), (900, 430), (960, 470), (0, 430)], fill="#d9dee3", outline="#7a848e")
        draw.polygon([(820, 418), (870, 330), (905, 335), (890, 436)], fill="#c0001a")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def draw_monogram(letters, colour, width=480, height=160):
    """A plain stand-in logo: a coloured disc with letters, not the organisation's own mark."""
    image = PILImage.new("RGB", (width, height), "#ffffff")
    draw = ImageDraw.Draw(image)
    draw.ellipse((16, 16, 144, 144), fill=colour)
    draw.text((80, 80), letters, fill="#ffffff", font=_font(56), anchor="mm")
    draw.rounded_rectangle((176, 60, 456, 100), radius=20, fill=colour)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def draw_portrait(initials, colour, size=600):
    """A friendly drawn portrait (head and shoulders with initials), so the demo uses no one's real photo."""
    image = PILImage.new("RGB", (size, size), "#eef3f4")
    draw = ImageDraw.Draw(image)
    draw.ellipse((90, 380, 510, 800), fill=colour)
    draw.ellipse((190, 110, 410, 350), fill="#e8b894")
    draw.pieslice((180, 90, 420, 300), 180, 360, fill="#4a3426")
    font = _font(72)
    draw.text((size // 2, 520), initials, fill="#ffffff", font=font, anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def draw_exercise(pose, width=960, height=720):
    """A plain line drawing of an exercise pose: a stick figure, a step, a towel or a wall."""
    image = PILImage.new("RGB", (width, height), "#f4f7f8")
    draw = ImageDraw.Draw(image)
    ink, accent = "#1b1f23", "#00565f"
    floor = 620
    draw.line([(0, floor), (width, floor)], fill="#9aa3ab", width=6)

    def figure(x, heel_lift=0, one_leg=False, lean=0):
        hip = (x + lean // 2, 380 - heel_lift)
        draw.ellipse((x + lean - 40, 120 - heel_lift, x + lean + 40, 200 - heel_lift), outline=ink, width=8)
        draw.line([(x + lean, 200 - heel_lift), hip], fill=ink, width=10)
        draw.line([(x + lean, 250 - heel_lift), (x + lean + 90, 330 - heel_lift)], fill=ink, width=8)
        draw.line([hip, (x - 20, floor - heel_lift - 10)], fill=ink, width=10)
        if one_leg:
            draw.line([hip, (x + 60, 500 - heel_lift)], fill=ink, width=10)
            draw.line([(x + 60, 500 - heel_lift), (x + 20, 560 - heel_lift)], fill=ink, width=10)
        else:
            draw.line([hip, (x + 25, floor - heel_lift - 10)], fill=ink, width=10)
        draw.line([(x - 40, floor - 4), (x + 40, floor - heel_lift - 4)], fill=accent, width=12)

    if pose == 1:
        figure(480, heel_lift=40)
        draw.rectangle((600, 300, 640, floor), outline=accent, width=6)  # chair back to hold on to
    elif pose == 2:
        figure(480, heel_lift=40, one_leg=True)
        draw.rectangle((600, 300, 640, floor), outline=accent, width=6)
    elif pose == 3:
        draw.rectangle((330, 520, 640, floor), fill="#c9d1d6", outline=ink, width=4)  # the stair tread
        draw.line([(600, 520), (690, 560)], fill=accent, width=12)  # heel below the edge
        draw.line([(560, 190), (560, 400), (600, 515)], fill=ink, width=10)
        draw.ellipse((520, 110, 600, 190), outline=ink, width=8)
    elif pose == 4:
        draw.rectangle((260, 560, 760, floor), fill="#f2c9a5", outline="#7a4b2a", width=4)  # towel
        draw.polygon([(360, 540), (560, 540), (600, 575), (360, 580)], fill="#e8b894", outline=ink)  # foot
        draw.line([(300, 300), (360, 540)], fill=ink, width=12)
    else:
        draw.rectangle((780, 80, 820, floor), fill="#c9d1d6", outline=ink, width=4)  # the wall
        draw.line([(430, 420), (560, 240), (770, 250)], fill=ink, width=10)  # back and arms
        draw.ellipse((540, 150, 620, 230), outline=ink, width=8)
        draw.line([(430, 420), (300, floor - 10)], fill=ink, width=10)  # back leg, heel down
        draw.line([(430, 420), (600, floor - 10)], fill=ink, width=10)
    draw.text((40, 30), str(pose), fill=accent, font=_font(72))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
