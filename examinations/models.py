"""Sports medical examinations: the packages a sporter chooses (from a basic check to a maximal exercise test
with gas analysis) and the keuringen that sports bodies require. No referral is needed, the basic insurance
does not pay, and the price comes from the price list."""

from django import forms
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from clinic.pages import SectionIndexPage, SitePage, lazy
from clinic.rich_text import SafeRichTextField
from clinic.visibility import publicly_listed
from locations.models import PracticeDetails
from practical.models import Price
from seo import schema

# The contact form reads this parameter to choose the examination (contact.forms).
REQUEST_PARAMETER = "onderzoek"


class ExaminationPart(models.Model):
    """A part an examination can hold (a resting ECG, a lung function test): named once, so the overview can set
    the packages side by side."""

    name = models.CharField(_("onderdeel"), max_length=120, unique=True, help_text=_("Bijvoorbeeld: Rust-ECG"))
    explanation = models.CharField(
        _("uitleg"), max_length=250, blank=True, help_text=_("Eén zin in gewone taal: wat gebeurt er?")
    )
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0, help_text=_("Lagere nummers eerst."))

    panels = [FieldPanel("name"), FieldPanel("explanation"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("onderdeel van een onderzoek")
        verbose_name_plural = _("onderdelen van onderzoeken")

    def __str__(self):
        return self.name


class ExaminationIndexPage(SectionIndexPage):
    """All examinations, with the packages compared side by side."""

    subpage_types = ["examinations.ExaminationPage"]

    class Meta:
        verbose_name = _("overzicht sportmedische onderzoeken")

    def examinations(self):
        return list(
            publicly_listed(ExaminationPage.objects.child_of(self))
            .select_related("price")
            .prefetch_related("parts")
            .order_by("path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        examinations = lazy(self.examinations)
        packages = lazy(lambda: [e for e in examinations if e.kind == ExaminationPage.Kind.PACKAGE])
        context["packages"] = packages
        context["screenings"] = lazy(lambda: [e for e in examinations if e.kind == ExaminationPage.Kind.SCREENING])
        context["comparison"] = lazy(lambda: comparison(packages))
        return context


def comparison(packages):
    """Rows of (part, [included in each package]) over every part any package holds, in the parts' own order."""
    held = {package.pk: {part.pk for part in package.parts.all()} for package in packages}
    parts = sorted({part for package in packages for part in package.parts.all()}, key=lambda p: (p.sort_order, p.name))
    return [(part, [part.pk in held[package.pk] for package in packages]) for part in parts]


class ExaminationPage(SitePage, Page):
    class Kind(models.TextChoices):
        PACKAGE = "pakket", _("Sportmedisch onderzoek (pakket)")
        SCREENING = "keuring", _("Keuring die een sportbond vraagt")

    kind = models.CharField(_("soort"), max_length=10, choices=Kind.choices, default=Kind.PACKAGE)
    short_name = models.CharField(
        _("korte naam"),
        max_length=20,
        help_text=_("Voor de vergelijkingstabel op een telefoon, bijvoorbeeld: Basis."),
    )
    summary = models.CharField(
        _("samenvatting"), max_length=200, help_text=_("Eén zin: voor wie is dit onderzoek en wat levert het op?")
    )
    for_whom = SafeRichTextField(
        _("voor wie"), features=["bold", "italic", "link", "ul"], help_text=_("Voor wie dit onderzoek bedoeld is.")
    )
    parts = ParentalManyToManyField(
        ExaminationPart,
        verbose_name=_("onderdelen"),
        related_name="examinations",
        help_text=_("Wat er bij dit onderzoek gebeurt. Nieuwe onderdelen maakt u onder Onderdelen van onderzoeken."),
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("duur in minuten"), help_text=_("Hoe lang de patiënt ongeveer bij ons is, met nagesprek.")
    )
    preparation = SafeRichTextField(
        _("voorbereiding"),
        features=["bold", "italic", "link", "ul"],
        help_text=_("Wat de patiënt vooraf doet of meeneemt: kleding, eten, medicijnen, een formulier."),
    )
    price = models.ForeignKey(
        Price,
        verbose_name=_("prijs"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="examinations",
        limit_choices_to={"category__in": [Price.Category.EXAMINATION, Price.Category.SCREENING]},
        help_text=_("Uit de prijslijst. Pas het bedrag daar aan: dan klopt het overal."),
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("short_name")]),
        FieldPanel("summary"),
        FieldPanel("for_whom"),
        FieldPanel("parts", widget=forms.CheckboxSelectMultiple),
        InlinePanel(
            "required_by",
            label=_("sportbond"),
            heading=_("Wie vraagt deze keuring?"),
            help_text=_("De sportbonden of opleidingen die dit onderzoek verplicht stellen."),
        ),
        FieldRowPanel([FieldPanel("duration_minutes"), FieldPanel("price")]),
        FieldPanel("preparation"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("for_whom"),
        index.AutocompleteField("title"),
    ]

    parent_page_types = ["examinations.ExaminationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("sportmedisch onderzoek")
        verbose_name_plural = _("sportmedische onderzoeken")

    def duration_text(self):
        """'Ongeveer 90 minuten', for the list of examinations: a whole sentence for translators, worked out in
        Python since the list shows every examination."""
        return ngettext("Ongeveer %(minutes)s minuut", "Ongeveer %(minutes)s minuten", self.duration_minutes) % {
            "minutes": self.duration_minutes
        }

    def duration_in_minutes(self):
        """'90 min', for the table that compares the examinations."""
        return gettext("%(minutes)s min") % {"minutes": self.duration_minutes}

    @cached_property
    def current_price(self):
        """The price from the price list while it holds; none rather than last year's."""
        return self.price if self.price and self.price.is_valid_on() else None

    def request_url(self, request):
        """The contact form with this examination chosen: 'Aanvragen'."""
        details = PracticeDetails.for_request_with_pages(request)
        if details.appointment_page is None:
            return ""
        return f"{details.appointment_page.get_url(request)}?{REQUEST_PARAMETER}={self.slug}"

    def structured_data(self, request):
        price = self.current_price
        return [
            {
                "@type": "Service",
                "name": self.title,
                "description": self.summary,
                "url": self.get_full_url(request),
                "serviceType": str(self.get_kind_display()),
                "provider": schema.organisation(request),
                "areaServed": {"@type": "Country", "name": "NL"},
                "offers": {
                    "@type": "Offer",
                    "price": f"{price.amount:.2f}",
                    "priceCurrency": "EUR",
                    "validFrom": schema.date(price.valid_from),
                    "validThrough": schema.date(price.valid_until),
                    "url": self.get_full_url(request),
                }
                if price
                else None,
            }
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["request_url"] = lazy(lambda: self.request_url(request))
        return context


class RequiringBody(Orderable):
    """A sports body or education that requires this examination, such as the KNAF for a racing licence."""

    page = ParentalKey(ExaminationPage, on_delete=models.CASCADE, related_name="required_by")
    name = models.CharField(_("naam"), max_length=120, help_text=_("Bijvoorbeeld: KNAF (autosport)"))
    note = models.CharField(
        _("wanneer"),
        max_length=160,
        blank=True,
        help_text=_("Bijvoorbeeld: voor een eerste licentie en daarna elk jaar"),
    )
    url = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("note"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("sportbond")
        verbose_name_plural = _("sportbonden")
