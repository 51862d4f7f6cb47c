from django import forms
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.snippets.blocks import SnippetChooserBlock

from clinic.pages import SectionIndexPage, SitePage
from clinic.visibility import live_pages, publicly_listed
from conditions.models import ConditionPage
from readability.panels import medical_edit_handler
from review.forms import MedicalPageForm
from review.models import MedicalContent
from review.panels import accountability_panel
from roles.pages import MedicalSectionPermissions
from seo import schema
from sources.panels import CitedSourceWarningsPanel

from .blocks import ExerciseStepsBlock, ExerciseVideoBlock


class ExerciseIndexPage(MedicalSectionPermissions, SectionIndexPage):
    """All exercise programmes, each with the conditions it is meant for."""

    subpage_types = ["exercises.ExerciseProgrammePage"]

    class Meta:
        verbose_name = _("overzicht oefeningen")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = (
            publicly_listed(ExerciseProgrammePage.objects.child_of(self))
            # The rule of live_pages, applied here: a prefetched relation is used as it was read.
            .prefetch_related(Prefetch("conditions", queryset=publicly_listed(ConditionPage.objects.all())))
            .order_by("title")
        )
        return context


class ExerciseProgrammePage(MedicalSectionPermissions, SitePage, Page, MedicalContent):  # noqa: DJ008 (Page supplies __str__)
    """A set of exercises a patient does at home; one programme can serve several conditions.

    Medical content like a condition page: written and reviewed by doctors, on the review schedule, and
    based on sources (listed at the end; the steps themselves carry no citation marks).
    """

    citation_field = "sources"
    summary_field = "goal"
    image_field = "steps"

    goal = models.TextField(_("doel"), max_length=400, help_text=_("Wat bereikt u met deze oefeningen?"))
    conditions = ParentalManyToManyField(
        "conditions.ConditionPage",
        verbose_name=_("voor deze aandoeningen"),
        blank=True,
        related_name="exercise_programmes",
    )
    frequency = models.CharField(
        _("hoe vaak"), max_length=160, help_text=_("Bijvoorbeeld: elke dag, minstens 12 weken lang")
    )
    steps = StreamField(ExerciseStepsBlock(), verbose_name=_("oefeningen"))
    when_to_stop = models.TextField(
        _("wanneer stoppen of bellen?"),
        help_text=_("Bijvoorbeeld: stop als de pijn de volgende ochtend erger is, en bel ons."),
    )
    video = StreamField(ExerciseVideoBlock(), verbose_name=_("video (niet verplicht)"), blank=True)
    sources = StreamField(
        [("source", SnippetChooserBlock("sources.Reference", label=_("bron")))],
        verbose_name=_("waarop deze oefeningen steunen"),
        blank=True,
        help_text=_("De literatuur achter dit programma. Publiceren kan pas met ten minste één bron."),
    )

    content_panels = [
        CitedSourceWarningsPanel(),
        *Page.content_panels,
        FieldPanel("goal"),
        FieldPanel("conditions", widget=forms.CheckboxSelectMultiple),
        FieldPanel("frequency"),
        FieldPanel("steps"),
        FieldPanel("when_to_stop"),
        MultiFieldPanel([FieldPanel("video")], heading=_("Video")),
        FieldPanel("sources"),
        accountability_panel(),
    ]
    base_form_class = MedicalPageForm
    edit_handler = medical_edit_handler(content_panels)
    readable_text_fields = ("goal", "frequency", "when_to_stop")
    readability_field = "steps"
    search_fields = Page.search_fields + [
        index.SearchField("goal"),
        index.SearchField("steps"),
        index.SearchField("when_to_stop"),
    ]

    parent_page_types = ["exercises.ExerciseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("oefenprogramma")
        verbose_name_plural = _("oefenprogramma's")

    def get_meta_description(self):
        return self.search_description or self.goal

    def medical_subject(self, request):
        return {
            "@type": "ExercisePlan",
            "name": self.title,
            "description": self.goal,
            "url": self.get_full_url(request),
            "activityFrequency": self.frequency,
            "relevantSpecialty": schema.SPECIALTY,
        }

    def live_conditions(self):
        """The live conditions this programme is for (also in a preview, before the relation is saved)."""
        return live_pages(self.conditions)
