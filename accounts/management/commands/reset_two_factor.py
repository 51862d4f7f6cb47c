from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp import devices_for_user


class Command(BaseCommand):
    help = (
        "Verwijdert de tweestapsverificatie van een account (telefoon kwijt). "
        "Bij de volgende keer inloggen stelt de gebruiker die opnieuw in."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Er is geen account {username!r}.")
        removed = 0
        for device in devices_for_user(user, confirmed=None):
            device.delete()
            removed += 1
        self.stdout.write(f"{removed} koppeling(en) van {username} verwijderd.")
