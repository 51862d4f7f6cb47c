from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExaminationsConfig(AppConfig):
    name = "examinations"
    verbose_name = _("Sportmedische onderzoeken")
