from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock

from clinic.rich_text import SafeRichTextField


class PartnerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("naam"), max_length=120)
    description = blocks.CharBlock(
        label=_("korte omschrijving"),
        required=False,
        max_length=160,
        help_text=_("Bijvoorbeeld: Onze artsen werken bij deze kliniek."),
    )
    url = blocks.URLBlock(label=_("website"), required=False)
    logo = ImageChooserBlock(label=_("logo"), required=False)

    class Meta:
        icon = "group"
        label = _("partner")
        template = "components/partner.html"


@register_setting(icon="home")
class ClinicSettings(BaseSiteSetting):
    """What the footer says about the collective, editable per site."""

    about_heading = models.CharField(_("kop"), max_length=80, default=_("Over het collectief"))
    about_text = SafeRichTextField(_("tekst over het collectief"), blank=True, features=["bold", "italic", "link"])
    about_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pagina met meer over het collectief"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    partners = StreamField([("partner", PartnerBlock())], blank=True, verbose_name=_("partners"))

    panels = [
        MultiFieldPanel(
            [FieldPanel("about_heading"), FieldPanel("about_text"), FieldPanel("about_page")],
            heading=_("Over het collectief"),
        ),
        FieldPanel("partners"),
    ]

    class Meta:
        verbose_name = _("voettekst en partners")
