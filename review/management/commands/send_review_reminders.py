"""Mail each doctor the medical pages they wrote that are overdue for review, and the pages they wrote or
reviewed that cite a source with a warning from the weekly check. Meant for a daily or weekly cron job."""

import datetime
from collections import defaultdict

from django.conf import settings
from django.core.mail import EmailMessage
from django.core.management.base import BaseCommand
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import ngettext

from review.schedule import due_reviews, source_warnings


class Command(BaseCommand):
    help = (
        "Mailt elke arts de medische pagina's die te laat gecontroleerd zijn, en pagina's met een bron waarover "
        "een waarschuwing is gevonden."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Alleen laten zien wie een mail zou krijgen.")

    def handle(self, *args, dry_run=False, **options):
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")

        def edit_url(page):
            return base + reverse("wagtailadmin_pages:edit", args=[page.pk])

        overdue, warnings, without_author = defaultdict(list), defaultdict(list), []
        for item in due_reviews(within=datetime.timedelta(0)):
            if not item.overdue:
                continue
            if item.page.author is None:
                without_author.append(item.page.title)
            else:
                overdue[item.page.author].append((item, edit_url(item.page)))
        for warning in source_warnings():
            for page in warning.pages:
                # Both doctors answer for the page: the one who wrote it and the one who approved it.
                for doctor in {page.author, page.reviewer} - {None}:
                    warnings[doctor].append((warning.reference, page, edit_url(page)))

        sent = 0
        for doctor in sorted(set(overdue) | set(warnings), key=lambda doctor: doctor.title):
            pages, sources = overdue[doctor], warnings[doctor]
            address = doctor.user.email if doctor.user_id and doctor.user.email else ""
            if not address:
                self.stderr.write(
                    f"{doctor.display_name}: geen account met e-mailadres; "
                    f"{len(pages) + len(sources)} pagina('s) niet gemeld."
                )
                continue
            if not dry_run:
                EmailMessage(
                    subject=self.subject(pages, sources),
                    body=render_to_string(
                        "review/email/reminder.txt", {"doctor": doctor, "pages": pages, "sources": sources}
                    ),
                    to=[address],
                ).send()
            sent += 1
            titles = [item.page.title for item, _url in pages] + [page.title for _ref, page, _url in sources]
            self.stdout.write(f"{doctor.display_name} <{address}>: {', '.join(titles)}")
        if without_author:
            self.stderr.write(f"Zonder auteur, dus door niemand gecontroleerd: {', '.join(without_author)}")
        verb = "zou(den) worden verstuurd" if dry_run else "verstuurd"
        self.stdout.write(f"{sent} herinnering(en) {verb}.")

    @staticmethod
    def subject(pages, sources):
        # A warning about a source is the more urgent news.
        if sources:
            count = len({page.pk for _reference, page, _url in sources})
            return ngettext(
                "Waarschuwing over een bron: %(count)d pagina om na te kijken",
                "Waarschuwing over een bron: %(count)d pagina's om na te kijken",
                count,
            ) % {"count": count}
        return ngettext(
            "%(count)d pagina wacht op uw controle", "%(count)d pagina's wachten op uw controle", len(pages)
        ) % {"count": len(pages)}
