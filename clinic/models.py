from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from clinic.rich_text import SafeRichTextField


@register_setting(icon="home")
class ClinicSettings(BaseSiteSetting):
    """What the footer says about the collective, and who runs the site as the law asks a provider of services
    to say (BW 3:15d): name, registration, e-mail, professional body and rules. Its address is the main
    location's (locations.PracticeDetails); its links are in NavigationSettings."""

    about_heading = models.CharField(_("kop"), max_length=80, default=_("Over het collectief"))
    about_text = SafeRichTextField(_("tekst over het collectief"), blank=True, features=["bold", "italic", "link"])

    legal_name = models.CharField(
        _("naam bij de KvK"), max_length=120, blank=True, help_text=_("Bijvoorbeeld: Sportartsen Collectief B.V.")
    )
    kvk_number = models.CharField(
        _("KvK-nummer"),
        max_length=8,
        blank=True,
        validators=[RegexValidator(r"^[0-9]{8}$", _("Een KvK-nummer bestaat uit 8 cijfers."))],
        help_text=_("Het nummer in de demo is een verzonnen voorbeeld: vul het echte nummer in."),
    )
    vat_number = models.CharField(
        _("btw-nummer"),
        max_length=14,
        blank=True,
        validators=[RegexValidator(r"^NL[0-9]{9}B[0-9]{2}$", _("Een btw-nummer ziet eruit als NL123456789B01."))],
        help_text=_(
            "Alleen invullen als de praktijk btw rekent, bijvoorbeeld voor keuringen. Het nummer in de demo is "
            "een verzonnen voorbeeld."
        ),
    )
    email = models.EmailField(_("e-mailadres van de praktijk"), blank=True)
    professional_title = models.CharField(
        _("beroepstitel"),
        max_length=120,
        blank=True,
        help_text=_(
            "De titel van de artsen en waar hij is behaald, bijvoorbeeld: sport- en bewegingsarts (Nederland)."
        ),
    )
    professional_body = models.CharField(
        _("beroepsvereniging"), max_length=160, blank=True, help_text=_("Waar de artsen lid van zijn.")
    )
    professional_body_url = models.URLField(_("website van de beroepsvereniging"), blank=True)
    professional_rules_url = models.URLField(
        _("link naar de beroepsregels"), blank=True, help_text=_("De gedragsregels die voor de artsen gelden.")
    )

    panels = [
        MultiFieldPanel([FieldPanel("about_heading"), FieldPanel("about_text")], heading=_("Over het collectief")),
        MultiFieldPanel(
            [
                FieldPanel("legal_name"),
                FieldRowPanel([FieldPanel("kvk_number"), FieldPanel("vat_number")]),
                FieldPanel("email"),
                FieldPanel("professional_title"),
                FieldRowPanel([FieldPanel("professional_body"), FieldPanel("professional_body_url")]),
                FieldPanel("professional_rules_url"),
            ],
            heading=_("Gegevens van de praktijk"),
            help_text=_("Staan onderaan elke pagina. Het adres is dat van de hoofdlocatie (Bereikbaarheid)."),
        ),
    ]

    class Meta:
        verbose_name = _("voettekst en praktijkgegevens")


@register_setting(icon="list-ul")
class NavigationSettings(ClusterableModel, BaseSiteSetting):
    """The main menu and the footer links, chosen and ordered by editors."""

    panels = [
        InlinePanel(
            "main_menu_items",
            label=_("menu-item"),
            heading=_("Hoofdmenu"),
            help_text=_("Leeg? Dan toont het menu de pagina's onder de startpagina met 'Tonen in menu's' aan."),
        ),
        InlinePanel("footer_links", label=_("link"), heading=_("Links in de voettekst")),
    ]

    class Meta:
        verbose_name = _("menu en voettekstlinks")


class MainMenuItem(Orderable):
    setting = ParentalKey(NavigationSettings, on_delete=models.CASCADE, related_name="main_menu_items")
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("pagina"), on_delete=models.CASCADE, related_name="+")
    label = models.CharField(
        _("tekst in het menu"), max_length=40, blank=True, help_text=_("Leeg laten: de titel van de pagina.")
    )

    panels = [FieldPanel("page"), FieldPanel("label")]

    @property
    def text(self):
        return self.label or self.page.title


class FooterLink(Orderable):
    """A link to a page of the site or, for example, a partner's or a patient organisation's site."""

    setting = ParentalKey(NavigationSettings, on_delete=models.CASCADE, related_name="footer_links")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pagina"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    url = models.URLField(_("of een adres buiten de site"), blank=True)
    label = models.CharField(
        _("tekst van de link"),
        max_length=60,
        blank=True,
        help_text=_("Verplicht bij een adres buiten de site; bij een pagina standaard de titel."),
    )

    panels = [FieldPanel("page"), FieldPanel("url"), FieldPanel("label")]

    def clean(self):
        super().clean()
        if bool(self.page_id) == bool(self.url):
            raise ValidationError(_("Kies een pagina of vul een adres in, niet allebei."))
        if self.url and not self.label:
            raise ValidationError({"label": _("Geef de link een tekst die zegt waar hij heen gaat.")})

    @property
    def text(self):
        return self.label or (self.page.title if self.page_id else self.url)
