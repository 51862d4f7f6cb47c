from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClinicConfig(AppConfig):
    name = "clinic"
    verbose_name = _("Collectief")

    def ready(self):
        from .content_version import connect_signals

        connect_signals()
