"""Sources: the publications medical content rests on, entered once and cited by number wherever they are used."""

import re

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Exists, OuterRef
from django.db.models.functions import Cast
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Page, ReferenceIndex
from wagtail.search import index

from .forms import ReferenceForm

DOI_PATTERN = r"^10\.\d{4,9}/\S+$"
DOI_PREFIXES = re.compile(r"^(https?://(dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)


class SourceCheck(models.TextChoices):
    """What the weekly check (sources.watch) last found in Crossref's record of the reference's DOI."""

    UNCHECKED = "", _("nog niet gecontroleerd")
    FINE = "in-orde", _("in orde")
    RETRACTED = "teruggetrokken", _("teruggetrokken")
    CONCERN = "twijfel", _("twijfel geuit door het tijdschrift")
    CORRECTED = "gecorrigeerd", _("gecorrigeerd")
    NOT_FOUND = "niet-gevonden", _("DOI niet gevonden bij Crossref")
    NO_DOI = "geen-doi", _("niet te controleren (geen DOI)")


# What a doctor must look at: the citing pages become due for review the day one of these is found.
WARNINGS = {SourceCheck.RETRACTED, SourceCheck.CONCERN, SourceCheck.CORRECTED, SourceCheck.NOT_FOUND}


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

    # Set by the weekly check (sources.watch), never typed: the form does not show them.
    check_status = models.CharField(
        _("controle"), max_length=20, choices=SourceCheck.choices, blank=True, default="", editable=False
    )
    checked_on = models.DateField(_("gecontroleerd op"), null=True, blank=True, editable=False)
    # The day the current warning was first found: pages reviewed before it must be looked at again.
    warning_since = models.DateField(_("waarschuwing sinds"), null=True, blank=True, editable=False)
    notice_doi = models.CharField(_("DOI van het bericht"), max_length=200, blank=True, editable=False)
    notice_date = models.DateField(_("datum van het bericht"), null=True, blank=True, editable=False)

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
        if self.pk and self.doi != Reference.objects.filter(pk=self.pk).values_list("doi", flat=True).first():
            # Another DOI is another record: what the check found for the old one no longer applies.
            self.clear_check()
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

    def clear_check(self):
        self.check_status, self.checked_on, self.warning_since = SourceCheck.UNCHECKED, None, None
        self.notice_doi, self.notice_date = "", None

    @property
    def has_warning(self):
        return self.check_status in WARNINGS

    @property
    def notice_url(self):
        return f"https://doi.org/{self.notice_doi}" if self.notice_doi else ""

    @property
    def check_summary(self):
        """The check's finding in one line for a doctor: 'teruggetrokken (bericht van 3 maart 2024)'."""
        summary = str(self.get_check_status_display())
        if self.notice_date:
            summary += " " + str(_("(bericht van %(date)s)")) % {"date": date_format(self.notice_date, "j F Y")}
        return summary

    def citing_pages(self):
        """The pages whose content cites this reference (Wagtail's reference index), A–Z."""
        page_ids = ReferenceIndex.objects.filter(
            to_content_type=ContentType.objects.get_for_model(Reference), to_object_id=str(self.pk)
        ).values_list("object_id", flat=True)
        return Page.objects.filter(pk__in=[int(pk) for pk in page_ids if pk.isdigit()]).order_by("title")

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
