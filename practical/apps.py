from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticalConfig(AppConfig):
    name = "practical"
    verbose_name = _("Praktische informatie")
