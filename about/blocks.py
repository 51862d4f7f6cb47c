from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from clinic.rich_text import SanitisingStreamBlock
from conditions.blocks import FigureBlock, rich_text


class AboutSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("kop"), max_length=120)
    body = rich_text(_("tekst"))

    class Meta:
        icon = "doc-full"
        label = _("tekstsectie")
        template = "about/blocks/section.html"


class AboutSectionsBlock(SanitisingStreamBlock):
    section = AboutSectionBlock()
    figure = FigureBlock()
