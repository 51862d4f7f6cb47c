from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Page, Site
from wagtail.search import index

from clinic.pages import SectionIndexPage, SitePage, lazy
from clinic.visibility import publicly_listed
from people.models import DoctorPage
from seo import schema
from serving.routing import site_wide

from .waiting_times import MAX_WEEKS, waiting_times

ROUTE_PLANNER = "https://www.google.com/maps/dir/?"


def tel_link(number):
    """A phone number as written (088 000 00 01) as a link a phone can call."""
    return "tel:" + "".join(c for c in number if c.isdigit() or c == "+")


def weeks_field(verbose_name, help_text):
    return models.SmallIntegerField(
        verbose_name,
        null=True,
        blank=True,
        validators=[
            MinValueValidator(0, _("Een wachttijd kan niet negatief zijn.")),
            MaxValueValidator(MAX_WEEKS, _("Vul een wachttijd in van hoogstens %(limit_value)s weken.")),
        ],
        help_text=help_text,
    )


class LocationIndexPage(SectionIndexPage):
    subpage_types = ["locations.LocationPage"]

    class Meta:
        verbose_name = _("overzicht locaties")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["locations"] = publicly_listed(LocationPage.objects.child_of(self)).order_by("title")
        return context


class LocationPage(SitePage, Page):
    """A place where the collective holds consultations; the doctors who work there are chosen on their pages."""

    street_address = models.CharField(_("straat en huisnummer"), max_length=120)
    postal_code = models.CharField(
        _("postcode"),
        max_length=7,
        validators=[RegexValidator(r"^[1-9][0-9]{3} ?[A-Z]{2}$", _("Een postcode ziet eruit als 1234 AB."))],
    )
    city = models.CharField(_("plaats"), max_length=80)
    phone = models.CharField(
        _("telefoonnummer"),
        max_length=20,
        validators=[RegexValidator(r"^\+?[0-9 ()-]{10,20}$", _("Vul een telefoonnummer in, zoals 020 123 45 67."))],
    )
    email = models.EmailField(_("e-mailadres"), blank=True)
    directions = models.TextField(
        _("bereikbaarheid"), blank=True, help_text=_("Parkeren, openbaar vervoer, ingang, lift.")
    )
    route_url = models.URLField(
        _("link naar routeplanner"), blank=True, help_text=_("Leeg laten: de site maakt zelf een link op het adres.")
    )

    # Waiting times are reported per location; the date says how fresh the figures are.
    waiting_first_visit = weeks_field(
        _("wachttijd eerste afspraak (weken)"), _("Hele weken tot een patiënt met een verwijzing terecht kan.")
    )
    waiting_diagnostics = weeks_field(
        _("wachttijd onderzoek (weken)"), _("Hele weken tot aanvullend onderzoek, zoals een echo of inspanningstest.")
    )
    waiting_treatment = weeks_field(
        _("wachttijd behandeling (weken)"), _("Hele weken van het besluit tot de eerste behandeling.")
    )
    waiting_measured_on = models.DateField(
        _("wachttijden gemeten op"),
        null=True,
        blank=True,
        help_text=_("Werk de wachttijden minstens elke vier weken bij; het dashboard waarschuwt daarna."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("street_address"), FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")])],
            heading=_("Adres"),
        ),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        InlinePanel("opening_hours", label=_("openingstijd"), heading=_("Openingstijden")),
        FieldPanel("directions"),
        FieldPanel("route_url"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("waiting_first_visit"),
                        FieldPanel("waiting_diagnostics"),
                        FieldPanel("waiting_treatment"),
                    ]
                ),
                FieldPanel("waiting_measured_on"),
            ],
            heading=_("Wachttijden"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("city"),
        index.SearchField("street_address"),
        index.SearchField("directions"),
        index.SearchField("phone_text"),
        index.SearchField("opening_hours_text"),
        index.SearchField("waiting_times_text"),
    ]

    parent_page_types = ["locations.LocationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("locatie")
        verbose_name_plural = _("locaties")

    def clean(self):
        super().clean()
        self.postal_code = (self.postal_code or "").upper().strip()
        if self.waiting_times and not self.waiting_measured_on:
            raise ValidationError({"waiting_measured_on": _("Vul in op welke dag de wachttijden zijn gemeten.")})
        if self.waiting_measured_on and self.waiting_measured_on > timezone.localdate():
            raise ValidationError({"waiting_measured_on": _("Deze datum ligt in de toekomst.")})

    @property
    def waiting_times(self):
        return waiting_times(self)

    def phone_text(self):
        """The phone number in a sentence, for the search: 'telefoonnummer' finds it in the result's excerpt."""
        return gettext("Telefoonnummer van %(name)s: %(phone)s.") % {"name": self.title, "phone": self.phone}

    def opening_hours_text(self):
        """The opening hours in one sentence, for the search: 'openingstijden' finds the locations."""
        if not self.hours:
            return ""
        days = ", ".join(str(hours) for hours in self.hours)
        return gettext("Openingstijden in %(city)s: %(days)s.") % {"city": self.city, "days": days}

    def waiting_times_text(self):
        """The waiting times in one sentence, for the search: 'wachttijd' finds the locations that state them,
        and the result's excerpt says how long the wait is."""
        if not self.waiting_times:
            return ""
        waits = "; ".join(f"{wait.label.lower()} {wait.weeks_text}, {wait.verdict}" for wait in self.waiting_times)
        return gettext("Wachttijd in %(city)s: %(waits)s.") % {"city": self.city, "waits": waits}

    @property
    def route_link(self):
        if self.route_url:
            return self.route_url
        return ROUTE_PLANNER + urlencode(
            {"api": 1, "destination": f"{self.street_address}, {self.postal_code} {self.city}"}
        )

    @property
    def phone_link(self):
        return tel_link(self.phone)

    def get_meta_description(self):
        return self.search_description or f"{self.title}: {self.street_address}, {self.postal_code} {self.city}"

    @cached_property
    def hours(self):
        return list(self.opening_hours.all())

    def structured_data(self, request):
        return [
            {
                **schema.clinic(self, request, with_hours=True),
                "description": self.get_meta_description(),
                "hasMap": self.route_link,
                "parentOrganization": schema.organisation(request),
                "member": [schema.physician(doctor, request) for doctor in self.listed_doctors],
            }
        ]

    @cached_property
    def listed_doctors(self):
        return list(publicly_listed(DoctorPage.objects.filter(locations=self)).order_by("title"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["doctors"] = lazy(lambda: self.listed_doctors)
        return context


class OpeningHours(Orderable):
    WEEKDAYS = [
        (1, _("maandag")),
        (2, _("dinsdag")),
        (3, _("woensdag")),
        (4, _("donderdag")),
        (5, _("vrijdag")),
        (6, _("zaterdag")),
        (7, _("zondag")),
    ]

    page = ParentalKey(LocationPage, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("dag"), choices=WEEKDAYS)
    opens = models.TimeField(_("open vanaf"))
    closes = models.TimeField(_("open tot"))

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        verbose_name = _("openingstijd")
        verbose_name_plural = _("openingstijden")

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"

    def clean(self):
        if self.opens and self.closes and self.closes <= self.opens:
            raise ValidationError({"closes": _("De sluitingstijd moet na de openingstijd liggen.")})


@register_setting(icon="site")
class PracticeDetails(BaseSiteSetting):
    """Where patients reach the practice: the location whose phone, address and hours every page shows, and
    where 'Afspraak maken' leads. The facts themselves stay on the location page, typed once."""

    main_location = models.ForeignKey(
        LocationPage,
        verbose_name=_("hoofdlocatie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Het telefoonnummer, het adres en de openingstijden van vandaag staan onderaan elke pagina."),
    )
    appointment_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pagina voor een afspraak"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Waar de knop 'Afspraak maken' bovenaan elke pagina naartoe gaat, meestal de contactpagina."),
    )

    panels = [FieldPanel("main_location"), FieldPanel("appointment_page")]

    class Meta:
        verbose_name = _("bereikbaarheid")

    @classmethod
    def for_request_with_pages(cls, request):
        """The setting with its location and appointment page in one query, and the location's hours in one
        more: the header and the footer of every page both show them (site_wide: once per request)."""
        return site_wide(request, "practice-details", lambda: cls.read(Site.find_for_request(request)))

    @classmethod
    def read(cls, site):
        details = (
            cls.objects.filter(site=site)
            .select_related("main_location", "appointment_page")
            .prefetch_related("main_location__opening_hours")
            .first()
            if site
            else None
        ) or cls(site=site)
        if details.main_location and not details.main_location.live:
            details.main_location = None
        if details.appointment_page and not details.appointment_page.live:
            details.appointment_page = None
        return details

    def hours_on(self, day):
        """The main location's opening hours on a date, or an empty list when it is closed that day."""
        if not self.main_location:
            return []
        return [hours for hours in self.main_location.opening_hours.all() if hours.weekday == day.isoweekday()]
