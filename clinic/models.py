from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from clinic.rich_text import SafeRichTextField


@register_setting(icon="home")
class ClinicSettings(BaseSiteSetting):
    """What the footer says about the collective, editable per site; its links are in NavigationSettings."""

    about_heading = models.CharField(_("kop"), max_length=80, default=_("Over het collectief"))
    about_text = SafeRichTextField(_("tekst over het collectief"), blank=True, features=["bold", "italic", "link"])

    panels = [
        MultiFieldPanel([FieldPanel("about_heading"), FieldPanel("about_text")], heading=_("Over het collectief")),
    ]

    class Meta:
        verbose_name = _("voettekst")


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
