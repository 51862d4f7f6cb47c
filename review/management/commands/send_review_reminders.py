"""Mail each doctor the medical pages they wrote that are overdue for review. Meant for a daily or weekly cron job."""

import datetime
from collections import defaultdict

from django.conf import settings
from django.core.mail import EmailMessage
from django.core.management.base import BaseCommand
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import ngettext

from review.schedule import due_reviews


class Command(BaseCommand):
    help = "Mailt elke arts de medische pagina's die hij of zij schreef en die te laat gecontroleerd zijn."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Alleen laten zien wie een mail zou krijgen.")

    def handle(self, *args, dry_run=False, **options):
        by_author, without_author = defaultdict(list), []
        for item in due_reviews(within=datetime.timedelta(0)):
            if not item.overdue:
                continue
            if item.page.author is None:
                without_author.append(item.page.title)
            else:
                by_author[item.page.author].append(item)

        sent = 0
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        for doctor, items in sorted(by_author.items(), key=lambda pair: pair[0].title):
            address = doctor.user.email if doctor.user_id and doctor.user.email else ""
            if not address:
                self.stderr.write(
                    f"{doctor.display_name}: geen account met e-mailadres; {len(items)} pagina('s) niet gemeld."
                )
                continue
            pages = [(item, base + reverse("wagtailadmin_pages:edit", args=[item.page.pk])) for item in items]
            if not dry_run:
                EmailMessage(
                    subject=ngettext(
                        "%(count)d pagina wacht op uw controle", "%(count)d pagina's wachten op uw controle", len(items)
                    )
                    % {"count": len(items)},
                    body=render_to_string("review/email/reminder.txt", {"doctor": doctor, "pages": pages}),
                    to=[address],
                ).send()
            sent += 1
            self.stdout.write(f"{doctor.display_name} <{address}>: {', '.join(item.page.title for item in items)}")
        if without_author:
            self.stderr.write(f"Zonder auteur, dus door niemand gecontroleerd: {', '.join(without_author)}")
        verb = "zou(den) worden verstuurd" if dry_run else "verstuurd"
        self.stdout.write(f"{sent} herinnering(en) {verb}.")
