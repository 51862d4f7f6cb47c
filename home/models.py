from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from clinic.rich_text import SafeRichTextField


class HomePage(Page):
    """The site's root page; a fuller home page arrives with its own issue."""

    intro = models.CharField(_("introductie"), max_length=250, blank=True)
    body = SafeRichTextField(_("tekst"), blank=True, features=["bold", "italic", "link", "ul", "ol"])

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "conditions.ConditionIndexPage",
        "publications.PublicationIndexPage",
        "people.TeamIndexPage",
        "treatments.TreatmentIndexPage",
        "exercises.ExerciseIndexPage",
        "locations.LocationIndexPage",
        "faq.FAQPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("startpagina")

    def get_context(self, request, *args, **kwargs):
        from conditions.models import ConditionIndexPage

        context = super().get_context(request, *args, **kwargs)
        context["condition_index"] = ConditionIndexPage.objects.child_of(self).live().first()
        return context
