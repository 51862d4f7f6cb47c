import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from clinic.pages import SitePage
from clinic.rich_text import SafeRichTextField
from clinic.visibility import publicly_listed
from locations.models import LocationPage
from people.models import DoctorPage

from .blocks import AboutSectionsBlock


class AboutPage(SitePage, Page):
    """Who the collective is and how it works; the doctors, locations and partners are added from their own pages."""

    schema_type = "AboutPage"

    intro = SafeRichTextField(_("introductie"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(AboutSectionsBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("over het collectief")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["doctors"] = (
            publicly_listed(DoctorPage.objects.all())
            .only("title", "slug", "honorific", "profession", "live", "url_path", "path", "depth", "locale_id")
            .order_by("title")
        )
        context["locations"] = (
            publicly_listed(LocationPage.objects.all())
            .only("title", "slug", "city", "url_path", "path", "depth", "locale_id")
            .order_by("title")
        )
        context["partners_shown_on_page"] = True
        return context


class AccessibilityStatementPage(SitePage, Page):
    """The accessibility statement (toegankelijkheidsverklaring): which standard the site meets, how that is
    checked, what is not right yet, and where to report a problem."""

    class Compliance(models.TextChoices):
        # The three statuses of the Dutch government's model statement.
        FULL = "volledig", _("voldoet volledig aan")
        PARTIAL = "gedeeltelijk", _("voldoet gedeeltelijk aan")
        NONE = "niet", _("voldoet nog niet aan")

    intro = SafeRichTextField(_("introductie"), blank=True, features=["bold", "italic", "link"])
    standard = models.CharField(
        _("norm"), max_length=80, default="WCAG 2.2, niveau AA", help_text=_("De norm waaraan de site wordt getoetst.")
    )
    compliance = models.CharField(_("status"), max_length=20, choices=Compliance.choices, default=Compliance.FULL)
    last_checked = models.DateField(
        _("laatst gecontroleerd"),
        default=datetime.date.today,
        help_text=_("Wanneer de site voor het laatst is getoetst."),
    )
    report_email = models.EmailField(
        _("e-mailadres voor meldingen"), help_text=_("Hier kunnen bezoekers melden wat niet goed werkt.")
    )
    body = StreamField(
        AboutSectionsBlock(),
        verbose_name=_("inhoud"),
        blank=True,
        help_text=_("Hoe de site wordt getest, wat nog niet goed is en wanneer dat beter wordt."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("standard"),
        FieldPanel("compliance"),
        FieldPanel("last_checked"),
        FieldPanel("report_email"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("toegankelijkheidsverklaring")
