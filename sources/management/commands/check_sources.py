"""The weekly check of the cited sources (sources.watch); run_scheduler runs it with --due."""

from django.core.management.base import BaseCommand

from sources.watch import SourceWatch


class Command(BaseCommand):
    help = "Controleert bij Crossref of geciteerde bronnen zijn teruggetrokken, gecorrigeerd of onbekend."

    def add_arguments(self, parser):
        parser.add_argument(
            "--due", action="store_true", help="Alleen bronnen die een week of langer niet gecontroleerd zijn."
        )

    def handle(self, *args, due=False, **options):
        report = SourceWatch().run(only_due=due)
        for reference in report.new_warnings:
            self.stdout.write(f"Waarschuwing: {reference.short_citation}: {reference.check_summary}")
        for reference, error in report.failed:
            self.stderr.write(f"Niet gecontroleerd: {reference.short_citation}: {error}")
        if report.checked or report.failed or not due:
            self.stdout.write(
                f"{len(report.checked)} bron(nen) gecontroleerd, {len(report.new_warnings)} nieuwe waarschuwing(en), "
                f"{len(report.without_doi)} zonder DOI (niet te controleren), {len(report.failed)} mislukt."
            )
