"""The sections of a treatment page: the same text, figure and question blocks as a condition page."""

from django.utils.translation import gettext_lazy as _

from clinic.rich_text import SanitisingStreamBlock
from conditions.blocks import FAQBlock, FigureBlock, TextSectionBlock


class TreatmentSectionsBlock(SanitisingStreamBlock):
    text = TextSectionBlock()
    figure = FigureBlock()
    faq = FAQBlock()

    class Meta:
        label = _("inhoud")
