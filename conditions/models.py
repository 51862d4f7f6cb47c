from collections import OrderedDict
from functools import cached_property

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from clinic.pages import SectionIndexPage, SitePage, lazy
from clinic.visibility import publicly_listed
from readability.panels import medical_edit_handler
from review.forms import MedicalPageForm
from review.models import MedicalContent
from review.panels import accountability_panel
from roles.pages import MedicalSectionPermissions
from seo import schema
from sources.panels import CitedSourceWarningsPanel

from .blocks import ConditionSectionsBlock, TreatmentBlock, TreatmentGroupBlock


class BodyRegion(models.TextChoices):
    # The order here is the order of the groups on the conditions index.
    FOOT_ANKLE = "voet-enkel", _("Voet en enkel")
    LOWER_LEG = "onderbeen", _("Onderbeen en achillespees")
    KNEE = "knie", _("Knie")
    HIP = "heup", _("Heup en lies")
    BACK = "rug", _("Rug")
    SHOULDER = "schouder", _("Schouder")
    ARM = "arm", _("Elleboog, pols en hand")
    GENERAL = "algemeen", _("Algemeen")


class ConditionIndexPage(MedicalSectionPermissions, SectionIndexPage):
    subpage_types = ["conditions.ConditionPage"]

    class Meta:
        verbose_name = _("overzicht aandoeningen")

    def regions(self):
        """Live conditions under this page, A–Z within each body region, regions in their fixed order."""
        conditions = (
            publicly_listed(ConditionPage.objects.child_of(self))
            .only("title", "slug", "url_path", "path", "depth", "summary", "body_region", "locale_id")
            .order_by("title")
        )
        grouped = OrderedDict((value, []) for value in BodyRegion.values)
        for condition in conditions:
            grouped.setdefault(condition.body_region, []).append(condition)
        labels = dict(BodyRegion.choices)
        return [
            {
                "slug": value,
                "label": labels.get(value, value),
                "conditions": items,
                # For the home page's tiles; worked out here rather than by a {% blocktranslate %} per tile.
                "count_label": ngettext("%(count)s aandoening", "%(count)s aandoeningen", len(items))
                % {"count": len(items)},
            }
            for value, items in grouped.items()
            if items
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["regions"] = lazy(self.regions)
        return context


class ConditionPage(MedicalSectionPermissions, SitePage, Page, MedicalContent):  # noqa: DJ008 (Page supplies __str__)
    summary = models.TextField(
        _("samenvatting"),
        max_length=320,
        help_text=_("Twee of drie korte zinnen. Staat bovenaan de pagina, in het overzicht en in zoekmachines."),
    )
    body_region = models.CharField(_("lichaamsdeel"), max_length=20, choices=BodyRegion.choices)
    sections = StreamField(ConditionSectionsBlock(), verbose_name=_("inhoud"))

    content_panels = [
        CitedSourceWarningsPanel(),
        *Page.content_panels,
        FieldPanel("summary"),
        InlinePanel("synonyms", label=_("andere namen"), heading=_("Ook bekend als")),
        FieldPanel("body_region"),
        FieldPanel("sections"),
        accountability_panel(),
    ]
    edit_handler = medical_edit_handler(content_panels)
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=1.5),
        # Another name of the condition counts as much as its title (Page's title has boost 2).
        index.RelatedFields("synonyms", [index.SearchField("name", boost=2), index.AutocompleteField("name")]),
        index.SearchField("sections"),
        index.FilterField("body_region"),
    ]

    parent_page_types = ["conditions.ConditionIndexPage"]
    subpage_types = []
    base_form_class = MedicalPageForm

    class Meta:
        verbose_name = _("aandoening")
        verbose_name_plural = _("aandoeningen")

    def clean(self):
        super().clean()
        errors = []
        anchors = [value.anchor() for value in self.treatments()]
        duplicates = sorted({anchor for anchor in anchors if anchors.count(anchor) > 1})
        if duplicates:
            errors.append(
                _("Twee behandelingen hebben dezelfde naam (%(names)s). Geef elke behandeling een eigen naam.")
                % {"names": ", ".join(d.removeprefix("behandeling-") for d in duplicates)}
            )
        if errors:
            raise ValidationError(errors)

    def get_meta_description(self):
        return self.search_description or self.summary

    def treatments(self):
        """Every treatment block on the page, those inside a group included, in reading order."""
        for child in self.sections:
            if isinstance(child.block, TreatmentBlock):
                yield child.value
            elif isinstance(child.block, TreatmentGroupBlock):
                yield from child.value["treatments"]

    def questions(self):
        """(question, answer) for every question in the page's FAQ blocks."""
        for child in self.sections:
            if child.block_type == "faq":
                yield from ((item["question"], item["answer"]) for item in child.value["questions"])

    @cached_property
    def other_names(self):
        return list(self.synonyms.all())

    def medical_subject(self, request):
        url = self.get_full_url(request)
        return {
            "@type": "MedicalCondition",
            "name": self.title,
            "alternateName": [synonym.name for synonym in self.other_names],
            "description": self.summary,
            "url": url,
            "possibleTreatment": [
                {
                    "@type": "MedicalTherapy",
                    "name": treatment["name"],
                    # Its own page if it has one, otherwise its place on this page.
                    "url": schema.link_url(treatment["treatment_page"], request) or f"{url}#{treatment.anchor()}",
                }
                for treatment in self.treatments()
            ],
            "relevantSpecialty": schema.SPECIALTY,
        }

    def structured_data(self, request):
        return super().structured_data(request) + [schema.faq_page(self.get_full_url(request), list(self.questions()))]

    def _treatment_entries(self):
        entries = []
        for child in self.sections:
            if isinstance(child.block, TreatmentBlock):
                entries.append(self._treatment_entry(child.value))
            elif isinstance(child.block, TreatmentGroupBlock):
                children = [self._treatment_entry(value) for value in child.value["treatments"]]
                entries.append({"name": child.value["heading"], "anchor": child.value.anchor(), "children": children})
        return entries

    @staticmethod
    def _treatment_entry(value):
        return {"name": value["name"], "anchor": value.anchor(), "category": value.category_label(), "children": []}

    @cached_property
    def care_cards(self):
        """The 'when to contact a doctor' cards: shown first, under the summary, wherever they are in the stream,
        the most urgent on top."""
        cards = [child for child in self.sections if child.block_type == "contact_doctor"]
        return sorted(cards, key=lambda card: URGENCY_ORDER.index(card.value["urgency"]))

    @cached_property
    def reading_sections(self):
        """The rest of the stream as the sections of the page: each opens with a block whose heading the
        'Op deze pagina' list names (its anchor is made from that heading), and takes the blocks without one
        that follow it (a figure, the treatments after their overview)."""
        sections, taken = [], set()
        for child in self.sections:
            if child.block_type == "contact_doctor":
                continue
            if child.block_type in SECTION_BLOCKS or not sections:
                title = child.value.get("heading") if child.block_type in SECTION_BLOCKS else ""
                anchor = SECTION_ANCHORS.get(child.block_type) or unique_anchor(title, taken)
                taken.add(anchor)
                sections.append({"anchor": anchor, "title": title, "blocks": [child]})
            else:
                sections[-1]["blocks"].append(child)
        return sections

    @cached_property
    def contents(self):
        """(anchor, title) for the 'Op deze pagina' list."""
        entries = [(CARE_CARDS_ANCHOR, _("Wanneer naar de arts?"))] if self.care_cards else []
        entries += [(section["anchor"], section["title"]) for section in self.reading_sections if section["title"]]
        if self.references:
            entries.append(("bronnen", _("Bronnen")))
        return entries

    @cached_property
    def has_treatment_overview(self):
        return any(child.block_type == "treatment_overview" for child in self.sections)

    @cached_property
    def treatment_navigation(self):
        """The 'choose a topic' list: every treatment on the page, groups with their members."""
        return self._treatment_entries()


# Blocks whose heading opens a section of a condition page (an h2), and the anchor some of them keep
# whatever their heading says (a treatment's "back to all treatments" link goes to the overview).
SECTION_BLOCKS = {"text", "risk_factors", "symptoms", "diagnosis", "self_care", "treatment_overview", "faq"}
SECTION_ANCHORS = {"treatment_overview": "behandelopties"}
CARE_CARDS_ANCHOR = "wanneer-naar-de-arts"
URGENCY_ORDER = ["emergency", "urgent", "routine"]


def unique_anchor(title, taken):
    """An anchor made from a heading ('Wat is hielspoor?' gives 'wat-is-hielspoor'), unique on the page."""
    base = slugify(title) or "sectie"
    anchor, number = base, 2
    while anchor in taken or anchor in {CARE_CARDS_ANCHOR, "bronnen", "op-deze-pagina"}:
        anchor, number = f"{base}-{number}", number + 1
    return anchor


class ConditionSynonym(Orderable):
    page = ParentalKey(ConditionPage, on_delete=models.CASCADE, related_name="synonyms")
    name = models.CharField(_("naam"), max_length=120, help_text=_("Bijvoorbeeld: fasciitis plantaris"))

    panels = [FieldPanel("name")]

    class Meta(Orderable.Meta):
        verbose_name = _("andere naam")
        verbose_name_plural = _("andere namen")

    def __str__(self):
        return self.name
