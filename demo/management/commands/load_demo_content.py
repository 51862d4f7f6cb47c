"""Build the demo site from demo/content/: every page type with real content, pictures, menu and footer.

Idempotent: whatever already exists is left exactly as it is (demo/loader.py), so a second run changes
nothing and never overwrites an editor's changes.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from demo.content import ContentError
from demo.loader import DemoSite
from people.models import DoctorPage
from roles.groups import DOCTORS, EDITORS, MANAGEMENT, MEDICAL_REVIEWERS

DEV_ADMIN_USERNAME = "admin"
DEV_ADMIN_PASSWORD = "admin"
# (username = password, roles, the address of the doctor page the account belongs to, first name). See the README.
DEMO_ROLE_USERS = [
    ("arts", [DOCTORS], "team/sanne-de-wit", "Sanne"),
    ("reviewer", [DOCTORS, MEDICAL_REVIEWERS], "team/joost-verhoeven", "Joost"),
    ("redactie", [EDITORS], None, "Eva"),
    ("beheer", [MANAGEMENT], None, "Bram"),
]


class Command(BaseCommand):
    help = "Laadt de demo-inhoud uit demo/content/. Twee keer draaien verandert niets."

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default="http://127.0.0.1:8000",
            help="Adres waarop de site draait: voor de links die het commando laat zien, en de volledige adressen "
            "die de site zelf noemt (canonieke links, sitemap, feed).",
        )
        parser.add_argument(
            "--dev-admin",
            action="store_true",
            help="Maak ook een beheerder admin/admin en een account per rol aan (alleen met DEBUG aan).",
        )

    @transaction.atomic
    def handle(self, *args, **options):
        if options["dev_admin"] and not settings.DEBUG:
            raise CommandError("Een beheerder met een bekend wachtwoord mag alleen met DEBUG aan.")
        demo = DemoSite(base_url=options["base_url"])
        try:
            demo.build()
        except ContentError as error:
            raise CommandError(f"De demo-inhoud klopt niet: {error}") from error
        if options["dev_admin"]:
            self.create_dev_admin()
            self.create_role_users(demo.pages)

        base = options["base_url"].rstrip("/")
        self.stdout.write(self.style.SUCCESS("Demo-inhoud staat klaar."))
        self.stdout.write(f"  Hielspoor:  {base}{demo.pages['aandoeningen/hielspoor'].url}")
        self.stdout.write(f"  Nieuws:     {base}{demo.pages['publicaties'].url}")
        self.stdout.write(f"  Contact:    {base}{demo.pages['contact'].url}")
        self.stdout.write(f"  Beheer:     {base}/admin/")
        if options["dev_admin"]:
            self.stdout.write(
                f"  Inloggen:   {DEV_ADMIN_USERNAME} / {DEV_ADMIN_PASSWORD} (alleen voor ontwikkeling op deze computer)"
            )
            self.stdout.write("  Rollen:     arts, reviewer, redactie en beheer; het wachtwoord is gelijk aan de naam")

    def create_dev_admin(self):
        User = get_user_model()
        if not User.objects.filter(username=DEV_ADMIN_USERNAME).exists():
            User.objects.create_superuser(DEV_ADMIN_USERNAME, "admin@example.com", DEV_ADMIN_PASSWORD)

    def create_role_users(self, pages):
        """One account per role, to try the review cycle; passwords are public, so only with DEBUG on."""
        User = get_user_model()
        for username, groups, doctor_address, first_name in DEMO_ROLE_USERS:
            user, created = User.objects.get_or_create(
                username=username, defaults={"email": f"{username}@example.com", "first_name": first_name}
            )
            if created:
                user.set_password(username)
                user.save()
                user.groups.set(Group.objects.filter(name__in=groups))
            doctor = pages.get(doctor_address)
            if doctor is not None and doctor.user_id is None and not DoctorPage.objects.filter(user=user).exists():
                doctor.user = user
                doctor.save_revision().publish()
