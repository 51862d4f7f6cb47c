"""One exercise of a programme: what to do, shown in a picture, and how often."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from publications.blocks import VideoBlock


class ExerciseStepBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("naam van de oefening"), max_length=120)
    image = ImageChooserBlock(label=_("afbeelding"))
    alt_text = blocks.CharBlock(
        label=_("alternatieve tekst"),
        max_length=250,
        help_text=_("Beschrijf de houding op de afbeelding, voor wie de afbeelding niet kan zien."),
    )
    instructions = blocks.TextBlock(
        label=_("zo doet u het"), help_text=_("Korte zinnen. Begin elke stap op een nieuwe regel.")
    )
    repetitions = blocks.CharBlock(label=_("herhalingen"), max_length=60, help_text=_("Bijvoorbeeld: 15 keer"))
    sets = blocks.CharBlock(label=_("series"), max_length=60, help_text=_("Bijvoorbeeld: 3 series"))
    hold = blocks.CharBlock(
        label=_("vasthouden"), max_length=60, required=False, help_text=_("Bijvoorbeeld: 3 tellen op, 3 tellen neer")
    )

    class Meta:
        icon = "list-ol"
        label = _("oefening")
        template = "exercises/blocks/step.html"


class ExerciseStepsBlock(blocks.StreamBlock):
    step = ExerciseStepBlock()

    class Meta:
        min_num = 1


class ExerciseVideoBlock(blocks.StreamBlock):
    video = VideoBlock()

    class Meta:
        max_num = 1
