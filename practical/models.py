"""What a patient needs to become a patient: the first visit, referral and insurance, costs, cancelling and
complaints. Each fact is entered once: a price in the price list, a waiting time on its location page, the
practice's legal details in the site settings, and the pages show them where they apply."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from clinic.pages import SectionIndexPage, SitePage, lazy
from clinic.visibility import publicly_listed
from locations.models import LocationPage, tel_link
from locations.waiting_times import MAX_AGE

from .blocks import PracticalSectionsBlock


class EuroField(models.DecimalField):
    """An amount in euros, typed the Dutch way: 95,50 as well as 95.50."""

    def formfield(self, **kwargs):
        kwargs.setdefault("localize", True)
        kwargs.setdefault("error_messages", {"invalid": _("Vul een bedrag in, zoals 95 of 95,50.")})
        return super().formfield(**kwargs)


class PriceQuerySet(models.QuerySet):
    def valid_on(self, day=None):
        day = day or timezone.localdate()
        return self.filter(valid_from__lte=day, valid_until__gte=day)

    def expired(self, day=None):
        return self.filter(valid_until__lt=day or timezone.localdate())


class Price(models.Model):
    """One line of the price list: what a patient pays for a consultation, an examination or a missed visit.

    The NZa asks providers to publish the prices that matter to consumers; the examination pages and the
    costs page all read them from here, so a new year's prices are typed in one place.
    """

    class Category(models.TextChoices):
        CONSULTATION = "consult", _("Consulten en behandelingen zonder verwijzing of verzekering")
        EXAMINATION = "onderzoek", _("Sportmedische onderzoeken")
        SCREENING = "keuring", _("Sportkeuringen")
        OTHER = "overig", _("Overige kosten")

    name = models.CharField(_("omschrijving"), max_length=120, help_text=_("Bijvoorbeeld: Eerste consult, 30 minuten."))
    category = models.CharField(_("soort"), max_length=12, choices=Category.choices)
    amount = EuroField(
        _("prijs in euro"),
        max_digits=8,
        decimal_places=2,
        validators=[MinValueValidator(0, _("Een prijs kan niet negatief zijn."))],
        help_text=_("Het bedrag dat de patiënt betaalt, met btw als die geldt."),
    )
    included = models.TextField(
        _("wat is inbegrepen"), blank=True, max_length=400, help_text=_("Eén of twee korte zinnen.")
    )
    valid_from = models.DateField(_("geldig vanaf"))
    valid_until = models.DateField(
        _("geldig tot en met"), help_text=_("Na deze datum waarschuwt het dashboard dat de prijs verouderd is.")
    )
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0, help_text=_("Lagere nummers eerst."))

    objects = PriceQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("category"), FieldPanel("amount")]),
        FieldPanel("included"),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["category", "sort_order", "name"]
        verbose_name = _("prijs")
        verbose_name_plural = _("prijslijst")

    def __str__(self):
        return f"{self.name} (€ {self.amount_text})"

    @property
    def amount_text(self):
        """Dutch money: 1.250 is 1250 euros, 95,50 has cents; a whole amount is written without ',00'."""
        whole, cents = f"{self.amount:,.2f}".split(".")
        whole = whole.replace(",", ".")
        return whole if cents == "00" else f"{whole},{cents}"

    def clean(self):
        super().clean()
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValidationError({"valid_until": _("De einddatum ligt vóór de begindatum.")})

    def is_valid_on(self, day=None):
        day = day or timezone.localdate()
        return self.valid_from <= day <= self.valid_until


class PracticalIndexPage(SectionIndexPage):
    """'Praktische informatie': a short overview of every topic, the waiting times and the practice's details."""

    subpage_types = ["practical.PracticalPage", "practical.ComplaintsPage"]

    class Meta:
        verbose_name = _("overzicht praktische informatie")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = lazy(lambda: list(publicly_listed(Page.objects.child_of(self)).specific()))
        context["locations"] = lazy(lambda: list(publicly_listed(LocationPage.objects.all()).order_by("title")))
        return context


class PracticalPage(SitePage, Page):
    """One practical topic: the first visit, referral and insurance, costs, cancelling."""

    summary = models.CharField(
        _("samenvatting"),
        max_length=200,
        help_text=_("Eén zin: staat in het overzicht onder de titel en in zoekmachines."),
    )
    body = StreamField(
        PracticalSectionsBlock(),
        verbose_name=_("inhoud"),
        help_text=_("Prijzen en wachttijden typt u hier niet: kies het blok 'prijslijst' of 'wachttijden'."),
    )

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["practical.PracticalIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("praktische informatie")


class ComplaintsPage(SitePage, Page):
    """The complaints procedure (Wkkgz): how to complain, the free and independent complaints officer, the answer
    within six weeks, and the recognised disputes body."""

    # The Wkkgz gives the provider six weeks for a written answer, and four more if it says so in time.
    ANSWER_WEEKS = 6
    EXTENSION_WEEKS = 4

    summary = models.CharField(_("samenvatting"), max_length=200, help_text=_("Eén zin voor het overzicht."))
    body = StreamField(
        PracticalSectionsBlock(),
        verbose_name=_("inhoud"),
        blank=True,
        help_text=_("Hoe een patiënt een klacht indient en wat er daarna gebeurt."),
    )
    officer_name = models.CharField(
        _("naam klachtenfunctionaris"),
        max_length=120,
        help_text=_("Of de organisatie die de klachtenfunctionaris levert."),
    )
    officer_phone = models.CharField(_("telefoonnummer"), max_length=20, blank=True)
    officer_email = models.EmailField(_("e-mailadres"))
    disputes_body_name = models.CharField(
        _("geschilleninstantie"),
        max_length=160,
        help_text=_("De erkende geschilleninstantie waarbij de praktijk is aangesloten."),
    )
    disputes_body_url = models.URLField(_("website van de geschilleninstantie"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("officer_name"), FieldRowPanel([FieldPanel("officer_phone"), FieldPanel("officer_email")])],
            heading=_("Klachtenfunctionaris"),
        ),
        MultiFieldPanel(
            [FieldPanel("disputes_body_name"), FieldPanel("disputes_body_url")], heading=_("Geschilleninstantie")
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["practical.PracticalIndexPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("klachtenregeling")

    @property
    def officer_phone_link(self):
        return tel_link(self.officer_phone)


def outdated_practical_information(today=None):
    """What the dashboard asks editors to bring up to date: expired prices, and waiting times over four weeks old."""
    today = today or timezone.localdate()
    prices = list(Price.objects.expired(today).order_by("valid_until"))
    oldest_allowed = today - MAX_AGE
    locations = list(
        publicly_listed(LocationPage.objects.all())
        .filter(models.Q(waiting_measured_on__isnull=True) | models.Q(waiting_measured_on__lt=oldest_allowed))
        .order_by("title")
    )
    return prices, locations
