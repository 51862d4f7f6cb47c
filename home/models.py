from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from clinic.pages import SitePage, lazy
from clinic.rich_text import SafeRichTextField
from clinic.visibility import publicly_listed
from conditions.models import ConditionIndexPage, ConditionPage
from locations.models import LocationPage, PracticeDetails
from people.models import DoctorPage
from practical.models import ComplaintsPage, PracticalIndexPage, PracticalPage
from seo import schema
from serving import routing


class HomePage(SitePage, Page):
    """The site's root: a short welcome with a search box, the conditions editors put forward, news and who we are."""

    intro = models.CharField(_("introductie"), max_length=250, blank=True)
    body = SafeRichTextField(_("tekst"), blank=True, features=["bold", "italic", "link", "ul", "ol"])
    featured_heading = models.CharField(
        _("kop boven de uitgelichte aandoeningen"), max_length=80, default=_("Veel gelezen")
    )
    about_heading = models.CharField(_("kop"), max_length=80, default=_("Wie wij zijn"))
    about_text = SafeRichTextField(_("tekst"), blank=True, features=["bold", "italic", "link"])
    about_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pagina over het collectief"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("featured_heading"),
                InlinePanel("featured_conditions", label=_("aandoening"), max_num=6),
            ],
            heading=_("Uitgelichte aandoeningen"),
        ),
        MultiFieldPanel(
            [FieldPanel("about_heading"), FieldPanel("about_text"), PageChooserPanel("about_page")],
            heading=_("Over het collectief"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "conditions.ConditionIndexPage",
        "publications.PublicationIndexPage",
        "people.TeamIndexPage",
        "treatments.TreatmentIndexPage",
        "exercises.ExerciseIndexPage",
        "locations.LocationIndexPage",
        "practical.PracticalIndexPage",
        "examinations.ExaminationIndexPage",
        "faq.FAQPage",
        "about.AboutPage",
        "contact.ContactPage",
        "contact.PrivacyPage",
        "about.AccessibilityStatementPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("startpagina")

    def featured(self):
        """The chosen conditions a visitor may see, in the editor's order.

        The rows are read through the relation, so a preview shows the
        editor's unsaved choice.
        """
        order = [row.condition_id for row in self.featured_conditions.all()]
        visible = publicly_listed(ConditionPage.objects.filter(pk__in=order)).only(
            "title", "slug", "summary", "url_path", "path", "depth", "locale_id"
        )
        by_id = {page.pk: page for page in visible}
        return [by_id[pk] for pk in order if pk in by_id]

    def structured_data(self, request):
        """The collective with its logo, and the site with its search (a search box in search results)."""
        home = self.get_full_url(request)
        search = schema.absolute(request, reverse("search"))
        return [
            {
                **schema.organisation(request, full=True),
                "description": self.intro,
                **self.practice_structured_data(request),
            },
            {
                "@type": "WebSite",
                "name": schema.site_name(request),
                "url": home,
                "inLanguage": schema.LANGUAGE,
                "publisher": schema.organisation(request),
                "potentialAction": {
                    "@type": "SearchAction",
                    "target": {"@type": "EntryPoint", "urlTemplate": f"{search}?q={{search_term_string}}"},
                    "query-input": "required name=search_term_string",
                },
            },
        ]

    def practice_structured_data(self, request):
        """Where the collective is and who works there: its main address and phone, every location with its
        opening hours, and the doctors."""
        main = PracticeDetails.for_request_with_pages(request).main_location
        clinics = publicly_listed(LocationPage.objects.all()).prefetch_related("opening_hours").order_by("title")
        doctors = publicly_listed(DoctorPage.objects.all()).only(*schema.DOCTOR_FIELDS).order_by("title")
        return {
            "address": schema.postal_address(main) if main else None,
            "telephone": main.phone if main else None,
            "location": [schema.clinic(clinic, request, with_hours=True) for clinic in clinics],
            "member": [schema.physician(doctor, request) for doctor in doctors],
        }

    def route(self, request, path_components):
        # Every address of the site is routed from here: one query instead of two per level (serving/routing.py).
        return routing.route(self, request, path_components) or super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["condition_index"] = lazy(lambda: ConditionIndexPage.objects.child_of(self).live().first())
        context["featured_conditions"] = lazy(self.featured)
        context["practical_information"] = lazy(self.practical_information)
        context["partners_shown_on_page"] = True
        return context

    def practical_information(self):
        """The 'Praktische informatie' overview and its topics, in one query: what a patient needs before a
        first visit, one tap from the front door."""
        pages = list(
            publicly_listed(Page.objects.type(PracticalIndexPage, PracticalPage, ComplaintsPage))
            .descendant_of(self)
            .only("title", "slug", "url_path", "path", "depth", "locale_id", "live", "content_type")
            .order_by("path")
        )
        if not pages or pages[0].specific_class is not PracticalIndexPage:
            return None
        index = pages[0]
        return {"index": index, "topics": [page for page in pages[1:] if page.path.startswith(index.path)]}


class FeaturedCondition(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_conditions")
    condition = models.ForeignKey(
        "conditions.ConditionPage", verbose_name=_("aandoening"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("condition")]

    class Meta(Orderable.Meta):
        verbose_name = _("uitgelichte aandoening")
