from django.conf import settings
from django.core.management.base import BaseCommand

from contact.models import ContactSubmission


class Command(BaseCommand):
    help = "Wist contactverzoeken die ouder zijn dan de bewaartermijn (CONTACT_RETENTION_DAYS)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Alleen tellen, niets wissen.")

    def handle(self, *args, **options):
        expired = ContactSubmission.older_than_retention()
        days = settings.CONTACT_RETENTION_DAYS
        if options["dry_run"]:
            self.stdout.write(f"{expired.count()} contactverzoek(en) ouder dan {days} dagen zou(den) worden gewist.")
            return
        deleted, _details = expired.delete()
        self.stdout.write(f"{deleted} contactverzoek(en) ouder dan {days} dagen gewist.")
