"""The body of a news item: paragraphs, photos, quotes and videos, each a block of its own."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock

from clinic.rich_text import SafeRichTextBlock, SanitisingStreamBlock
from conditions.blocks import FigureBlock

# News items may use subheadings inside their text: they are stories, not structured medical content.
PARAGRAPH_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("citaat"), max_length=600)
    name = blocks.CharBlock(label=_("wie zei het"), max_length=120)
    role = blocks.CharBlock(
        label=_("functie"), required=False, max_length=160, help_text=_("Bijvoorbeeld: sport- en bewegingsarts")
    )

    class Meta:
        icon = "openquote"
        label = _("citaat")
        template = "publications/blocks/quote.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("link naar de video"), help_text=_("Bijvoorbeeld een link naar YouTube of Vimeo."))
    title = blocks.CharBlock(
        label=_("waar gaat de video over?"),
        max_length=160,
        help_text=_("Kort en zakelijk. Schermlezers en mensen zonder video lezen deze tekst."),
    )
    caption = blocks.CharBlock(label=_("onderschrift"), required=False, max_length=250)

    class Meta:
        icon = "media"
        label = _("video")
        template = "publications/blocks/video.html"


class PublicationBodyBlock(SanitisingStreamBlock):
    paragraph = SafeRichTextBlock(
        label=_("tekst"), features=PARAGRAPH_FEATURES, template="publications/blocks/paragraph.html"
    )
    image = FigureBlock()
    quote = QuoteBlock()
    video = VideoBlock()
