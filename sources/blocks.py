from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from serving.streams import PrefetchedSnippetChooserBlock


def citations_block():
    """The sources a part of a medical page rests on; the page numbers them in the order they are cited."""
    return blocks.ListBlock(
        PrefetchedSnippetChooserBlock("sources.Reference"),
        label=_("bronnen"),
        default=[],
        help_text=_("Kies de literatuur waarop dit deel steunt. De pagina nummert de bronnen zelf."),
    )
