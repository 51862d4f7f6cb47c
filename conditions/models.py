import calendar
import re
from collections import OrderedDict
from functools import cached_property

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Exists, OuterRef
from django.db.models.functions import Cast
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.blocks import StructValue
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, ReferenceIndex
from wagtail.search import index

from clinic.pages import SectionIndexPage, SitePage, lazy
from clinic.visibility import publicly_listed
from readability.panels import medical_edit_handler
from review.panels import ChangesSinceApprovalPanel
from roles.pages import MedicalSectionPermissions
from seo import schema
from sources.forms import ReferenceForm

from .blocks import ConditionSectionsBlock, TreatmentBlock, TreatmentGroupBlock, walk
from .forms import MedicalPageForm

DOI_PATTERN = r"^10\.\d{4,9}/\S+$"
DOI_PREFIXES = re.compile(r"^(https?://(dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)


class ReferenceQuerySet(models.QuerySet):
    def with_citations(self):
        """Annotate `is_cited`: some page's content points at the reference (Wagtail's reference index)."""
        citations = ReferenceIndex.objects.filter(
            to_content_type=ContentType.objects.get_for_model(self.model),
            to_object_id=Cast(OuterRef("pk"), output_field=models.CharField()),
        )
        return self.annotate(is_cited=Exists(citations))


class Reference(index.Indexed, models.Model):
    """A publication that medical content rests on: entered once, cited by number wherever it is used."""

    authors = models.CharField(
        _("auteurs"), max_length=500, help_text=_("Zoals in de literatuurlijst: Rathleff MS, Mølgaard CM, et al.")
    )
    title = models.CharField(_("titel"), max_length=500)
    journal = models.CharField(_("tijdschrift"), max_length=200, blank=True)
    year = models.PositiveSmallIntegerField(_("jaar"))
    volume = models.CharField(_("jaargang"), max_length=20, blank=True)
    issue = models.CharField(_("nummer"), max_length=20, blank=True)
    pages = models.CharField(_("pagina's"), max_length=40, blank=True)
    doi = models.CharField(
        "DOI",
        max_length=200,
        blank=True,
        validators=[
            RegexValidator(DOI_PATTERN, _("Een DOI begint met 10. en een schuine streep, zoals 10.1111/sms.12313."))
        ],
        help_text=_("Alleen invullen als u de DOI hebt gecontroleerd."),
    )
    pmid = models.CharField(
        _("PubMed-ID"),
        max_length=12,
        blank=True,
        validators=[RegexValidator(r"^[1-9]\d{0,11}$", _("Een PubMed-ID bestaat alleen uit cijfers."))],
        help_text=_("Alleen invullen als u het nummer hebt gecontroleerd."),
    )
    url = models.URLField(_("link"), blank=True, help_text=_("Alleen nodig als er geen DOI of PubMed-ID is."))

    objects = ReferenceQuerySet.as_manager()

    base_form_class = ReferenceForm
    panels = [
        FieldPanel("lookup_identifier"),
        FieldPanel("authors"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("journal"), FieldPanel("year")]),
        FieldRowPanel([FieldPanel("volume"), FieldPanel("issue"), FieldPanel("pages")]),
        FieldRowPanel([FieldPanel("doi"), FieldPanel("pmid")]),
        FieldPanel("url"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("authors"),
        index.AutocompleteField("title"),
        index.FilterField("year"),
    ]

    class Meta:
        ordering = ["authors", "year"]
        verbose_name = _("bron")
        verbose_name_plural = _("bronnen")

    def __str__(self):
        return f"{self.short_citation} – {self.title}"

    def clean_fields(self, exclude=None):
        # Editors paste DOIs as links; validate and store the bare identifier.
        self.doi = DOI_PREFIXES.sub("", (self.doi or "").strip())
        self.pmid = (self.pmid or "").strip()
        super().clean_fields(exclude=exclude)

    def clean(self):
        super().clean()
        # One study, one reference: a second entry would get a number of its own on a page.
        errors = {}
        for field, label in (("doi", "DOI"), ("pmid", _("PubMed-ID"))):
            value = getattr(self, field)
            if not value:
                continue
            existing = Reference.objects.exclude(pk=self.pk).filter(**{f"{field}__iexact": value}).first()
            if existing:
                errors[field] = _(
                    "Deze %(label)s hoort al bij de bron '%(existing)s' (nummer %(pk)s in de lijst met bronnen). "
                    "Gebruik die bron."
                ) % {"label": label, "existing": existing, "pk": existing.pk}
        if errors:
            raise ValidationError(errors)

    @property
    def first_author(self):
        """The first author's surname: 'van Leeuwen KDB, Rogers J' gives 'van Leeuwen'."""
        first = self.authors.split(",", 1)[0].strip()
        words = first.split()
        if len(words) > 1 and words[-1].isupper():
            words = words[:-1]
        return " ".join(words)

    @property
    def short_citation(self):
        many = "," in self.authors or " et al" in self.authors
        return f"{self.first_author}{' et al.' if many else ''} ({self.year})"

    @property
    def source_details(self):
        """The journal part of a Vancouver-style reference: 'Scand J Med Sci Sports. 2015;25(3):e292-e300'."""
        details = str(self.year)
        if self.volume:
            details += f";{self.volume}"
            if self.issue:
                details += f"({self.issue})"
        if self.pages:
            details += f":{self.pages}"
        return f"{self.journal}. {details}" if self.journal else details

    @property
    def doi_url(self):
        return f"https://doi.org/{self.doi}" if self.doi else ""

    @property
    def pubmed_url(self):
        return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/" if self.pmid else ""


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
            {"slug": value, "label": labels.get(value, value), "conditions": items}
            for value, items in grouped.items()
            if items
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["regions"] = lazy(self.regions)
        return context


REVIEW_INTERVALS = [(6, _("elk half jaar")), (12, _("elk jaar")), (24, _("elke twee jaar"))]


def add_months(day, months):
    """The same day `months` later; the 31st becomes the last day of a shorter month."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


class MedicalContent(models.Model):
    """What every page with medical content carries: who wrote and reviewed it, when, and its numbered sources.

    A subclass names the StreamField its citations live in with `citation_field`.
    """

    citation_field = "sections"
    # The short text the trust checklist requires before a page goes to review.
    summary_field = "summary"
    # The StreamField whose first picture a shared link shows.
    image_field = "sections"

    author = models.ForeignKey(
        "people.DoctorPage",
        verbose_name=_("geschreven door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewer = models.ForeignKey(
        "people.DoctorPage",
        verbose_name=_("gecontroleerd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    last_reviewed = models.DateField(_("laatst gecontroleerd"), null=True, blank=True)
    review_interval = models.PositiveSmallIntegerField(
        _("controleren"),
        choices=REVIEW_INTERVALS,
        default=12,
        help_text=_("Hoe vaak een arts de pagina opnieuw moet nakijken."),
    )
    # Follows from the two fields above (see schedule_next_review); stored so lists can sort and filter on it.
    next_review = models.DateField(_("volgende controle"), null=True, blank=True, editable=False, db_index=True)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # Also when code or a workflow sets the date: the schedule can never disagree with it.
        self.schedule_next_review()
        super().save(*args, **kwargs)

    @staticmethod
    def accountability_panel():
        return MultiFieldPanel(
            [
                ChangesSinceApprovalPanel(),
                FieldRowPanel([FieldPanel("author"), FieldPanel("reviewer", read_only=True)]),
                FieldRowPanel([FieldPanel("last_reviewed", read_only=True), FieldPanel("review_interval")]),
            ],
            heading=_("Medische verantwoording"),
            help_text=_(
                "Wie de pagina controleerde en wanneer, legt de goedkeuring in de workflow Medische review vast. "
                "Gewoon bewerken of publiceren verandert die datum niet."
            ),
        )

    def schedule_next_review(self):
        self.next_review = add_months(self.last_reviewed, self.review_interval) if self.last_reviewed else None

    def clean(self):
        super().clean()
        self.schedule_next_review()

    @cached_property
    def accountable_doctors(self):
        """{"author": …, "reviewer": …}: both read in one query, as the page shows them twice.

        Later reads of page.author and page.reviewer come from what was read here.
        """
        from people.models import DoctorPage

        fields = [self._meta.get_field(name) for name in ("author", "reviewer")]
        wanted = {getattr(self, field.attname) for field in fields if not field.is_cached(self)} - {None}
        found = DoctorPage.objects.in_bulk(wanted) if wanted else {}
        for field in fields:
            if not field.is_cached(self) and getattr(self, field.attname) is not None:
                field.set_cached_value(self, found.get(getattr(self, field.attname)))
        return {field.name: getattr(self, field.name) for field in fields}

    @cached_property
    def references(self):
        """Every reference cited on the page, in the order of first citation."""
        stream = getattr(self, self.citation_field)
        seen = OrderedDict()
        for _block, value in walk(stream.stream_block, stream):
            if value is not None and isinstance(value, Reference):
                seen.setdefault(value.pk, value)
        return list(seen.values())

    @cached_property
    def citation_numbers(self):
        return {reference.pk: number for number, reference in enumerate(self.references, start=1)}

    # The feedback form thanks the visitor who just answered (feedback/form.html).
    cache_parameters = {"reactie": {"bedankt"}}

    def fragment_variant(self, request, context):
        return "bedankt" if request.GET.get("reactie") == "bedankt" else ""

    def social_image(self):
        """The first picture in the content, with its alternative text, for the preview of a shared link."""
        stream = getattr(self, self.image_field)
        for _block, value in walk(stream.stream_block, stream):
            if isinstance(value, StructValue) and value.get("image") and value.get("alt_text"):
                return value["image"], value["alt_text"]
        return None, ""

    def medical_subject(self, request):
        """What the page is about, as a schema.org medical entity."""
        raise NotImplementedError

    def structured_data(self, request):
        return [schema.medical_web_page(self, request, about=self.medical_subject(request))]


class ConditionPage(MedicalSectionPermissions, SitePage, Page, MedicalContent):  # noqa: DJ008 (Page supplies __str__)
    summary = models.TextField(
        _("samenvatting"),
        max_length=320,
        help_text=_("Twee of drie korte zinnen. Staat bovenaan de pagina, in het overzicht en in zoekmachines."),
    )
    body_region = models.CharField(_("lichaamsdeel"), max_length=20, choices=BodyRegion.choices)
    sections = StreamField(ConditionSectionsBlock(), verbose_name=_("inhoud"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        InlinePanel("synonyms", label=_("andere namen"), heading=_("Ook bekend als")),
        FieldPanel("body_region"),
        FieldPanel("sections"),
        MedicalContent.accountability_panel(),
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
