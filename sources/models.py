"""Sources: the publications medical content rests on, entered once and cited by number wherever they are used."""

import re

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Exists, OuterRef
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import ReferenceIndex
from wagtail.search import index

from .forms import ReferenceForm

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
