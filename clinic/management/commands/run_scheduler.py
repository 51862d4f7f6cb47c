"""The site's recurring work, every minute, for as long as it runs.

Wagtail acts on a scheduled go-live or expiry moment only when its
`publish_scheduled` command runs. Contact requests past their retention
period must go as promised on the privacy page. In production cron or the
compose file's scheduler service runs this; `make run` starts it next to the
development server, so an item an editor schedules really appears at its
moment and no request outlives its period. Once an hour it also checks the
cited sources that were not checked for a week (sources.watch), so each is
looked at weekly; a round without internet costs one timeout, not one per source.
"""

import io
import signal
import threading
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand

# Seconds between two looks for sources due for their weekly check.
SOURCE_CHECK_INTERVAL = 3600


class Command(BaseCommand):
    help = "Voert ingeplande publicaties uit en wist verlopen contactverzoeken, elke minuut (of één keer met --once)."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=60, help="Seconden tussen twee rondes (standaard 60).")
        parser.add_argument("--once", action="store_true", help="Eén ronde en dan stoppen.")

    def handle(self, *args, interval, once, **options):
        if interval < 1:
            interval = 1
        stop = threading.Event()
        if not once:
            for signum in (signal.SIGTERM, signal.SIGINT):
                signal.signal(signum, lambda *_: stop.set())
        sources_checked_at = None
        while True:
            call_command("publish_scheduled", stdout=self.stdout, stderr=self.stderr)
            # One indexed DELETE that usually matches nothing: cheap enough for every round.
            call_command("delete_old_contact_requests", stdout=io.StringIO())
            if sources_checked_at is None or time.monotonic() - sources_checked_at >= SOURCE_CHECK_INTERVAL:
                sources_checked_at = time.monotonic()
                call_command("check_sources", "--due", stdout=self.stdout, stderr=self.stderr)
            if once or stop.wait(interval):
                break
