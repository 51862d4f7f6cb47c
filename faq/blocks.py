from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from clinic.rich_text import SafeRichTextBlock, SanitisingStreamBlock


class GeneralQuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("vraag"), max_length=200)
    answer = SafeRichTextBlock(label=_("antwoord"), features=["bold", "italic", "ol", "ul", "link"])

    class Meta:
        icon = "help"
        label = _("vraag en antwoord")


class TopicBlock(blocks.StructBlock):
    topic = blocks.CharBlock(label=_("onderwerp"), max_length=120, help_text=_("Bijvoorbeeld: Afspraak en kosten"))
    questions = blocks.ListBlock(GeneralQuestionBlock(), label=_("vragen"), min_num=1)

    class Meta:
        icon = "folder-open-inverse"
        label = _("onderwerp met vragen")


class GeneralQuestionsBlock(SanitisingStreamBlock):
    topic = TopicBlock()
