from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page, PagePermissionTester
from wagtail.search import index

from clinic.pages import SectionIndexPage, SitePage, lazy
from clinic.rich_text import SafeRichTextField
from clinic.visibility import live_pages, publicly_listed
from conditions.models import ConditionPage
from publications.models import PublicationPage
from seo import schema

BIG_REGISTER_SEARCH = "https://zoeken.bigregister.nl/"


class TeamIndexPage(SectionIndexPage):
    """The doctors of the collective, A–Z."""

    subpage_types = ["people.DoctorPage"]

    class Meta:
        verbose_name = _("overzicht artsen")

    def doctors(self):
        return (
            publicly_listed(DoctorPage.objects.child_of(self))
            .select_related("photo")
            .prefetch_related("photo__renditions")
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["doctors"] = self.doctors()
        return context


class DoctorPage(SitePage, Page):
    """A doctor of the collective: who writes and reviews the medical pages and appears in the news.

    The page title is the doctor's name without title, so lists sort by name.
    """

    honorific = models.CharField(_("titel"), max_length=30, blank=True, help_text=_("Bijvoorbeeld: dr. of prof. dr."))
    profession = models.CharField(
        _("beroep"), max_length=120, blank=True, help_text=_("Bijvoorbeeld: sport- en bewegingsarts")
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("foto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_alt = models.CharField(
        _("alternatieve tekst van de foto"),
        max_length=250,
        blank=True,
        help_text=_("Beschrijf de foto, bijvoorbeeld: Portret van Sanne de Wit."),
    )
    short_bio = models.TextField(
        _("korte introductie"),
        max_length=300,
        blank=True,
        help_text=_("Twee zinnen. Staat in het overzicht van artsen."),
    )
    bio = SafeRichTextField(_("over deze arts"), blank=True, features=["bold", "italic", "link", "ul", "ol"])
    big_number = models.CharField(
        _("BIG-nummer"),
        max_length=11,
        blank=True,
        validators=[RegexValidator(r"^[0-9]{11}$", _("Een BIG-nummer bestaat uit 11 cijfers."))],
        help_text=_(
            "Patiënten kunnen het nummer controleren in het BIG-register. Het nummer in de demo is een "
            "verzonnen voorbeeld."
        ),
    )
    specialist_registration = models.CharField(
        _("registratie als specialist"),
        max_length=160,
        blank=True,
        help_text=_(
            "Zoals het in het specialistenregister van de RGS staat, bijvoorbeeld: sport- en bewegingsarts, "
            "geregistreerd sinds 2015."
        ),
    )
    expertise = ParentalManyToManyField(
        "conditions.ConditionPage",
        verbose_name=_("aandachtsgebieden"),
        blank=True,
        related_name="experts",
        help_text=_("De aandoeningen waarin deze arts veel ervaring heeft."),
    )

    locations = ParentalManyToManyField(
        "locations.LocationPage",
        verbose_name=_("werkt op deze locaties"),
        blank=True,
        related_name="doctors",
    )
    # Never shown on the site: who this doctor is in the admin, for review reminders and the review workflow.
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account in het beheer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="doctor_page",
        help_text=_("Naar het e-mailadres van dit account gaan de herinneringen om pagina's te controleren."),
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("honorific"), FieldPanel("profession")]),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt")], heading=_("Foto")),
        FieldPanel("short_bio"),
        FieldPanel("bio"),
        InlinePanel("roles", label=_("functie"), heading=_("Functies en verbanden")),
        FieldPanel("expertise", widget=forms.CheckboxSelectMultiple),
        FieldPanel("locations", widget=forms.CheckboxSelectMultiple),
        # Only Beheer and the doctor on their own page change the registrations (see OwnDoctorPagePermissionTester).
        MultiFieldPanel(
            [
                FieldPanel("big_number", permission="people.change_registration"),
                FieldPanel("specialist_registration", permission="people.change_registration"),
            ],
            heading=_("Registraties"),
        ),
        FieldPanel("user", permission="auth.change_user"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("profession"),
        index.SearchField("short_bio"),
        index.SearchField("bio"),
        index.AutocompleteField("title"),
    ]

    parent_page_types = ["people.TeamIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("arts")
        verbose_name_plural = _("artsen")
        permissions = [("change_registration", _("Kan het BIG-nummer en de specialistenregistratie wijzigen"))]

    def __str__(self):
        return self.display_name

    def permissions_for_user(self, user):
        return OwnDoctorPagePermissionTester(user, self)

    @property
    def display_name(self):
        return f"{self.honorific} {self.title}".strip()

    def clean(self):
        super().clean()
        if self.photo_id and not self.photo_alt.strip():
            raise ValidationError({"photo_alt": _("Beschrijf wat er op de foto te zien is.")})

    def social_image(self):
        return self.photo, self.photo_alt

    @cached_property
    def live_expertise(self):
        return list(live_pages(self.expertise))

    @cached_property
    def live_locations(self):
        return list(live_pages(self.locations))

    def structured_data(self, request):
        """schema.org's IndividualPhysician: one doctor, the clinics where they see patients, what they know."""
        return [
            {
                "@type": "IndividualPhysician",
                "name": self.display_name,
                "url": self.get_full_url(request),
                "description": self.short_bio,
                "image": schema.absolute(request, self.photo.get_rendition("fill-320x320").url) if self.photo else "",
                "medicalSpecialty": schema.SPECIALTY,
                "practicesAt": [schema.clinic(location, request) for location in self.live_locations],
                "knowsAbout": [
                    {"@type": "MedicalCondition", "name": condition.title, "url": condition.get_full_url(request)}
                    for condition in self.live_expertise
                ],
                # schema.org's IndividualPhysician is a Physician; the registrations patients and insurers check.
                "identifier": [
                    {
                        "@type": "PropertyValue",
                        "propertyID": "BIG",
                        "value": self.big_number,
                        "url": BIG_REGISTER_SEARCH,
                    }
                    if self.big_number
                    else None,
                    {"@type": "PropertyValue", "propertyID": "RGS", "value": self.specialist_registration}
                    if self.specialist_registration
                    else None,
                ],
                "memberOf": schema.organisation(request),
            }
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["expertise"] = lazy(lambda: self.live_expertise)
        context["locations"] = lazy(lambda: self.live_locations)
        context["medical_pages"] = publicly_listed(
            ConditionPage.objects.filter(models.Q(author=self) | models.Q(reviewer=self))
        ).order_by("title")
        context["publications"] = PublicationPage.objects.listed().filter(authors__doctor=self).with_listing_image()[:4]
        context["big_register_url"] = BIG_REGISTER_SEARCH
        return context


class OwnDoctorPagePermissionTester(PagePermissionTester):
    """A doctor may edit and publish their own page, also without page rights on the team section: the
    registrations on it are theirs to keep right."""

    def own_page(self):
        return self.user.is_active and self.page.user_id is not None and self.page.user_id == self.user.pk

    def can_edit(self):
        return self.own_page() or super().can_edit()

    def can_publish(self):
        return self.own_page() or super().can_publish()


class DoctorRole(Orderable):
    page = ParentalKey(DoctorPage, on_delete=models.CASCADE, related_name="roles")
    role = models.CharField(_("functie"), max_length=120, help_text=_("Bijvoorbeeld: teamarts"))
    organisation = models.CharField(_("organisatie"), max_length=120, blank=True, help_text=_("Bijvoorbeeld: TeamNL"))

    panels = [FieldRowPanel([FieldPanel("role"), FieldPanel("organisation")])]

    class Meta(Orderable.Meta):
        verbose_name = _("functie")
        verbose_name_plural = _("functies")

    def __str__(self):
        return f"{self.role}, {self.organisation}" if self.organisation else self.role
