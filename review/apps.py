from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewConfig(AppConfig):
    name = "review"
    verbose_name = _("Medische review")

    def ready(self):
        from sources.watch import source_warning

        from .schedule import review_pages_citing

        source_warning.connect(review_pages_citing, dispatch_uid="review.pages_citing_a_source_with_a_warning")
