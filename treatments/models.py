from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, ReferenceIndex
from wagtail.search import index

from clinic.pages import SectionIndexPage, SitePage
from clinic.visibility import publicly_listed
from conditions.models import ConditionPage
from readability.panels import medical_edit_handler
from review.forms import MedicalPageForm
from review.models import MedicalContent
from review.panels import accountability_panel
from roles.pages import MedicalSectionPermissions
from seo import schema
from sources.panels import CitedSourceWarningsPanel

from .blocks import TreatmentSectionsBlock


class TreatmentIndexPage(MedicalSectionPermissions, SectionIndexPage):
    subpage_types = ["treatments.TreatmentPage"]

    class Meta:
        verbose_name = _("overzicht behandelingen")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["treatments"] = publicly_listed(TreatmentPage.objects.child_of(self)).order_by("title")
        return context


class TreatmentPage(MedicalSectionPermissions, SitePage, Page, MedicalContent):
    """A treatment that deserves its own page: how it works, how a course goes, the evidence, what it is used for."""

    summary = models.TextField(
        _("samenvatting"),
        max_length=320,
        help_text=_("Twee of drie korte zinnen. Staat bovenaan de pagina en in zoekmachines."),
    )
    sections = StreamField(TreatmentSectionsBlock(), verbose_name=_("inhoud"), blank=True)
    sessions = models.CharField(
        _("hoeveel behandelingen?"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld: 3 keer, met een week ertussen"),
    )
    sensation = models.TextField(_("hoe voelt het?"), blank=True)
    aftercare = models.TextField(_("wat doet u daarna?"), blank=True)
    risks = models.TextField(_("risico's en bijwerkingen"), blank=True)

    content_panels = [
        CitedSourceWarningsPanel(),
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("sections"),
        MultiFieldPanel(
            [FieldPanel("sessions"), FieldPanel("sensation"), FieldPanel("aftercare"), FieldPanel("risks")],
            heading=_("Hoe verloopt een behandeling?"),
        ),
        accountability_panel(),
    ]
    edit_handler = medical_edit_handler(content_panels)
    readable_text_fields = ("summary", "sensation", "aftercare", "risks")
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("sections"),
        index.SearchField("sensation"),
        index.SearchField("aftercare"),
    ]

    parent_page_types = ["treatments.TreatmentIndexPage"]
    base_form_class = MedicalPageForm
    subpage_types = []

    class Meta:
        verbose_name = _("behandeling")
        verbose_name_plural = _("behandelingen")

    def get_meta_description(self):
        return self.search_description or self.summary

    def medical_subject(self, request):
        return {
            "@type": "MedicalTherapy",
            "name": self.title,
            "description": self.summary,
            "url": self.get_full_url(request),
            "relevantSpecialty": schema.SPECIALTY,
        }

    @cached_property
    def used_for(self):
        """The live conditions whose treatment blocks link here: computed from those pages, never typed twice.

        Wagtail's reference index says which pages mention this one; reading their
        live content confirms that a treatment block (not some other link) does.
        """
        # The index follows the last saved version, which may be a draft; the live rows below decide.
        mentioning = ReferenceIndex.get_references_to(self).filter(
            content_type=ContentType.objects.get_for_model(ConditionPage)
        )
        candidates = publicly_listed(
            ConditionPage.objects.filter(pk__in=[int(pk) for pk in mentioning.values_list("object_id", flat=True)])
        ).order_by("title")
        return [condition for condition in candidates if self.pk in linked_treatment_pages(condition)]


def linked_treatment_pages(condition):
    """The ids of the treatment pages a condition's treatment blocks link to.

    Read from the stored JSON, so checking a page costs no queries for its references and images.
    """
    values = []
    for item in condition.sections.raw_data:
        if item["type"] == "treatment":
            values.append(item["value"])
        elif item["type"] == "treatment_group":
            # A list block stores {"type": "item", "value": ...} entries (older data: bare values).
            values.extend(
                entry["value"] if isinstance(entry, dict) and entry.get("type") == "item" else entry
                for entry in item["value"].get("treatments", [])
            )
    return {value.get("treatment_page") for value in values if value.get("treatment_page")}
