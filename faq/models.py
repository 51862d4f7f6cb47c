from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.search import index

from clinic.pages import SitePage, lazy
from clinic.rich_text import SafeRichTextField
from clinic.visibility import publicly_listed
from conditions.models import ConditionPage
from seo import schema

from .blocks import GeneralQuestionsBlock


class FAQPage(SitePage, Page):
    """One page with every question: general ones by topic, then each condition's own, linking back."""

    intro = SafeRichTextField(_("introductie"), blank=True, features=["bold", "italic", "link"])
    general_questions = StreamField(GeneralQuestionsBlock(), verbose_name=_("algemene vragen"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("general_questions")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("general_questions")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("veelgestelde vragen")

    @cached_property
    def condition_topics(self):
        """Each live condition with questions, A–Z; read from the stored JSON, so it costs one query."""
        topics = []
        conditions = publicly_listed(ConditionPage.objects.all()).order_by("title")
        for condition in conditions:
            for item in condition.sections.raw_data:
                if item["type"] != "faq":
                    continue
                questions = [
                    entry["value"] if isinstance(entry, dict) and entry.get("type") == "item" else entry
                    for entry in item["value"].get("questions", [])
                ]
                if questions:
                    topics.append(
                        {
                            "condition": condition,
                            "anchor": slugify(item["value"].get("heading", "")),
                            "link_label": gettext("Lees alles over %(name)s, met de bronnen")
                            % {"name": condition.title.lower()},
                            "questions": [
                                {"question": q["question"], "answer": RichText(q["answer"])} for q in questions
                            ],
                        }
                    )
        return topics

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["condition_topics"] = lazy(lambda: self.condition_topics)
        return context

    def structured_data(self, request):
        questions = [
            (item["question"], item["answer"]) for block in self.general_questions for item in block.value["questions"]
        ]
        questions += [
            (item["question"], item["answer"]) for topic in self.condition_topics for item in topic["questions"]
        ]
        return [schema.web_page(self, request, "FAQPage", mainEntity=schema.questions_and_answers(questions))]
