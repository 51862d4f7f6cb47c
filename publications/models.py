import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Min, Q
from django.db.models.functions import ExtractYear, Lower
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from clinic.pages import SitePage, lazy
from clinic.rich_text import SafeRichTextField
from clinic.visibility import live_pages, publicly_listed
from seo import schema
from serving.routing import site_wide_until

from .blocks import PublicationBodyBlock

ARCHIVE_PAGE_SIZE = 12
# Strictly ASCII digits: int() would also accept "١٢" or " 12 ".
NUMBER = re.compile(r"^[0-9]{1,9}$")


class PublicationQuerySet(PageQuerySet):
    def listed(self):
        """What visitors may see in lists: live, public, not past an expiry date, newest first.

        Scheduled items are not live until their go-live moment, so they stay out of every list.
        An expired item leaves the lists at once, without waiting for publish_scheduled to run.
        """
        now = timezone.now()
        return (
            publicly_listed(self)
            .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
            .order_by("-publication_date", "-pk")
        )

    def with_listing_image(self):
        """With each item's list photo, and the photos' renditions in one more query (a card shows its photo).

        Without the message itself: a list never shows it, and reading and decoding it was most of the read.
        """
        return self.defer_streamfields().select_related("listing_image").prefetch_related("listing_image__renditions")


PublicationManager = PageManager.from_queryset(PublicationQuerySet)


class PublicationIndexPage(RoutablePageMixin, SitePage, Page):
    """The archive of news items ("publicaties"), and the settings of the carousel that shows the newest."""

    schema_type = "CollectionPage"

    intro = SafeRichTextField(_("introductie"), blank=True, features=["bold", "italic", "link"])
    carousel_heading = models.CharField(_("kop boven de carrousel"), max_length=80, default=_("Recente publicaties"))
    carousel_count = models.PositiveSmallIntegerField(
        _("aantal publicaties in de carrousel"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(30)],
        help_text=_("De carrousel met de nieuwste publicaties staat op de startpagina en bij elke aandoening."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("carousel_heading"), FieldPanel("carousel_count")], heading=_("Carrousel op andere pagina's")
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["publications.PublicationPage"]
    max_count = 1

    class Meta:
        verbose_name = _("overzicht publicaties")

    def publications(self):
        return PublicationPage.objects.child_of(self).listed()

    def year_options(self):
        """[(year, the first moment an item of that year expires, or None)], newest year first."""
        return list(
            self.publications()
            .order_by()
            .annotate(year=ExtractYear("publication_date"))
            .values_list("year")
            .annotate(first_expiry=Min("expire_at"))
            .order_by("-year")
        )

    def tag_options(self):
        return list(
            PublicationTag.objects.filter(content_object__in=self.publications().values("pk"))
            .values("tag__name", "tag__slug")
            .annotate(count=Count("pk"))
            .order_by(Lower("tag__name"))
        )

    # A year, topic or page number that is not there answers 404, which is never kept (ArchiveQuery).
    cache_parameters = {"year": None, "onderwerp": None, "page": None}

    def fragment_variant(self, request, context):
        # The archive as asked for (year, topic, page); a request with a mistake in it is not kept.
        archive = context.get("archive")
        if archive is None or archive.error:
            return None
        return archive.canonical_query

    def filter_options(self, request):
        """(years, topics) to filter the archive by: read once per content version and web process, and again
        after the moment the first listed item expires (it leaves the lists then, without a change)."""
        return site_wide_until(request, ("archive-filters", self.pk), self._read_filter_options)

    def _read_filter_options(self):
        years = self.year_options()
        first_expiry = min((expiry for _year, expiry in years if expiry is not None), default=None)
        return ([year for year, _expiry in years], self.tag_options()), first_expiry

    @path("")
    def archive(self, request):
        archive = ArchiveQuery(self, request.GET, *self.filter_options(request))
        response = self.render(request, context_overrides={"archive": archive})
        if archive.error:
            # A clear page for people, and no endless URL variants for crawlers.
            response.status_code = 404
        return response

    @path("feed/")
    def feed(self, request):
        from .feeds import PublicationFeed

        return PublicationFeed(self)(request)


class ArchiveQuery:
    """The archive as a visitor asked for it: a year, a topic, a page number; and what was wrong with the request."""

    def __init__(self, index, params, years, tags):
        self.index = index
        self.years = years
        self.tags = tags
        self.year = self.tag = self.tag_name = None
        self.error = ""
        self.page_number = 1
        self._read_filters(params)
        self._read_page(params.get("page"))
        self.page = self._paginate()

    def _read_filters(self, params):
        year = params.get("year")
        if year:
            if not NUMBER.match(year):
                self.error = _("“%(value)s” is geen jaartal. Kies hieronder een jaar.") % {"value": year[:40]}
            elif int(year) not in self.years:
                self.error = _("Uit %(year)s hebben we geen publicaties. Kies hieronder een ander jaar.") % {
                    "year": year
                }
            else:
                self.year = int(year)
        tag = params.get("onderwerp")
        if tag and not self.error:
            names = {option["tag__slug"]: option["tag__name"] for option in self.tags}
            if tag in names:
                self.tag, self.tag_name = tag, names[tag]
            else:
                self.error = _(
                    "Over het onderwerp “%(value)s” hebben we geen publicaties. Kies hieronder een onderwerp."
                ) % {"value": tag[:40]}

    def _read_page(self, value):
        if self.error or value in (None, ""):
            return
        if not NUMBER.match(value) or int(value) < 1:
            self.error = _("“%(value)s” is geen paginanummer.") % {"value": value[:40]}
            return
        self.page_number = int(value)

    @cached_property
    def queryset(self):
        publications = self.index.publications()
        if self.year:
            publications = publications.filter(publication_date__year=self.year)
        if self.tag:
            publications = publications.filter(tags__slug=self.tag)
        return publications.with_listing_image()

    def _paginate(self):
        """The requested page of items, or None when the request was not valid."""
        if self.error:
            return None
        paginator = Paginator(self.queryset, ARCHIVE_PAGE_SIZE, allow_empty_first_page=True)
        if self.page_number > paginator.num_pages:
            self.error = _("Pagina %(number)s bestaat niet. Het archief heeft %(count)s pagina's.") % {
                "number": self.page_number,
                "count": paginator.num_pages,
            }
            return None
        return paginator.page(self.page_number)

    def query_string(self, page=None, year=None, tag=None, drop=()):
        """The query string of a link inside the archive, keeping the other filters."""
        params = {"year": year or self.year, "onderwerp": tag or self.tag, "page": page}
        params = {key: value for key, value in params.items() if value and key not in drop}
        if params.get("page") == 1:
            del params["page"]
        return f"?{urlencode(params)}" if params else ""

    @property
    def canonical_query(self):
        """This view of the archive (its filters and page number) as one address of its own."""
        return self.query_string(page=self.page_number)

    @property
    def all_years_query(self):
        return self.query_string(drop=("year", "page"))

    @property
    def previous_query(self):
        if self.page is not None and self.page.has_previous():
            return self.query_string(page=self.page.previous_page_number())
        return None

    @property
    def next_query(self):
        if self.page is not None and self.page.has_next():
            return self.query_string(page=self.page.next_page_number())
        return None

    @property
    def is_filtered(self):
        return bool(self.year or self.tag)

    def page_links(self):
        if self.page is None or self.page.paginator.num_pages < 2:
            return []
        return [
            {"number": number, "query": self.query_string(page=number), "current": number == self.page.number}
            for number in self.page.paginator.page_range
        ]

    def year_links(self):
        return [
            {"year": year, "query": self.query_string(year=year, drop=("page",)), "current": year == self.year}
            for year in self.years
        ]

    def tag_links(self):
        return [
            {
                "name": option["tag__name"],
                "count": option["count"],
                "query": self.query_string(tag=option["tag__slug"], drop=("page",)),
                "current": option["tag__slug"] == self.tag,
            }
            for option in self.tags
        ]


class PublicationTag(TaggedItemBase):
    content_object = ParentalKey("publications.PublicationPage", on_delete=models.CASCADE, related_name="tagged_items")


class PublicationPage(SitePage, Page):
    publication_date = models.DateField(
        _("publicatiedatum"),
        default=timezone.localdate,
        help_text=_(
            "De datum die bezoekers zien. Wilt u het bericht later online zetten? "
            "Vul dan bij het publiceren 'Publiceer op' in."
        ),
    )
    intro = models.TextField(
        _("introductie"),
        max_length=400,
        help_text=_("Een of twee zinnen. Staat boven het bericht, in het archief en in de nieuwsfeed."),
    )
    body = StreamField(PublicationBodyBlock(), verbose_name=_("bericht"), blank=True)
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("foto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Staat boven het bericht en in het archief."),
    )
    listing_image_alt = models.CharField(
        _("alternatieve tekst van de foto"),
        max_length=250,
        blank=True,
        help_text=_("Beschrijf wat er op de foto te zien is, voor wie de foto niet kan zien."),
    )
    listing_image_credit = models.CharField(_("maker van de foto"), max_length=120, blank=True)
    tags = ClusterTaggableManager(
        through=PublicationTag, verbose_name=_("onderwerpen"), blank=True, help_text=_("Bijvoorbeeld: hardlopen, knie")
    )
    source_name = models.CharField(
        _("verschenen in"), max_length=120, blank=True, help_text=_("Naam van de krant, het blad of de website.")
    )
    source_url = models.URLField(_("link naar het oorspronkelijke artikel"), blank=True)
    link_to_source = models.BooleanField(
        _("carrousel linkt direct naar de bron"),
        default=False,
        help_text=_("Voor berichten die vooral verwijzen naar een artikel elders."),
    )
    related_conditions = ParentalManyToManyField(
        "conditions.ConditionPage", verbose_name=_("over deze aandoeningen"), blank=True, related_name="publications"
    )

    objects = PublicationManager()

    content_panels = Page.content_panels + [
        FieldPanel("publication_date"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("listing_image"), FieldPanel("listing_image_alt"), FieldPanel("listing_image_credit")],
            heading=_("Foto"),
        ),
        FieldPanel("body"),
        InlinePanel("authors", label=_("arts"), heading=_("Artsen die het schreven of aan het woord zijn")),
        FieldPanel("tags"),
        FieldPanel("related_conditions", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("source_name"), FieldPanel("source_url")]), FieldPanel("link_to_source")],
            heading=_("Bron"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("source_name"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("publication_date"),
    ]

    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("publicatie")
        verbose_name_plural = _("publicaties")

    def clean(self):
        super().clean()
        errors = {}
        if self.listing_image_id and not self.listing_image_alt.strip():
            errors["listing_image_alt"] = _("Beschrijf wat er op de foto te zien is.")
        if self.source_url and not self.source_name.strip():
            errors["source_name"] = _("Vul in waar het artikel verscheen.")
        if self.link_to_source and not self.source_url:
            errors["source_url"] = _("Zonder link kan de carrousel niet naar de bron linken.")
        if errors:
            raise ValidationError(errors)

    def get_meta_description(self):
        return self.search_description or self.intro

    def social_image(self):
        return self.listing_image, self.listing_image_alt

    @cached_property
    def author_doctors(self):
        return [item.doctor for item in self.authors.select_related("doctor")]

    def structured_data(self, request):
        image = schema.social_image(self, request)
        return [
            {
                "@type": "NewsArticle",
                # Search engines cut a headline at 110 characters.
                "headline": self.title[:110],
                "description": self.intro,
                "url": self.get_full_url(request),
                "mainEntityOfPage": self.get_full_url(request),
                "inLanguage": schema.LANGUAGE,
                "datePublished": schema.date(self.publication_date),
                "dateModified": schema.date(self.last_published_at),
                "author": [schema.person(doctor, request) for doctor in self.author_doctors]
                or schema.organisation(request),
                "publisher": schema.organisation(request),
                "image": image["url"] if image["own"] else "",
                "keywords": [tag.name for tag in self.topics],
                "about": [
                    {"@type": "MedicalCondition", "name": condition.title, "url": condition.get_full_url(request)}
                    for condition in self.conditions
                ],
                "isBasedOn": self.source_url,
            }
        ]

    @property
    def card_links_to_source(self):
        return bool(self.link_to_source and self.source_url)

    # Where the item appeared, for its card and its line in the archive. Whole sentences for translators,
    # worked out in Python: lists show many items, and a {% blocktranslate %} costs a render each time.
    def source_line(self):
        return gettext("In %(source)s") % {"source": self.source_name} if self.source_name else ""

    def archive_source_line(self):
        return gettext("Verschenen in %(source)s") % {"source": self.source_name} if self.source_name else ""

    def source_link_hint(self):
        """For screen readers, after the title of a card that links to the article elsewhere."""
        return gettext("artikel op de website van %(source)s") % {"source": self.source_name}

    @property
    def published_datetime(self):
        """The publication date as a moment, for feeds: the start of that day in the clinic's time zone."""
        return timezone.make_aware(datetime.datetime.combine(self.publication_date, datetime.time()))

    @cached_property
    def conditions(self):
        """The live conditions this item is about (also in a preview, where the relation is not yet saved)."""
        return live_pages(self.related_conditions)

    @cached_property
    def topics(self):
        return list(self.tags.all())

    def _neighbour(self, newer):
        siblings = PublicationPage.objects.sibling_of(self, inclusive=False).listed()
        if newer:
            condition = Q(publication_date__gt=self.publication_date) | Q(
                publication_date=self.publication_date, pk__gt=self.pk
            )
            return siblings.filter(condition).order_by("publication_date", "pk").first()
        condition = Q(publication_date__lt=self.publication_date) | Q(
            publication_date=self.publication_date, pk__lt=self.pk
        )
        return siblings.filter(condition).first()

    def newer(self):
        return self._neighbour(newer=True)

    def older(self):
        return self._neighbour(newer=False)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["archive"] = lazy(self.get_parent)
        context["authors"] = lazy(lambda: self.author_doctors)
        context["newer"] = lazy(self.newer)
        context["older"] = lazy(self.older)
        return context


class PublicationAuthor(Orderable):
    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="authors")
    doctor = models.ForeignKey("people.DoctorPage", verbose_name=_("arts"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("doctor")]

    class Meta(Orderable.Meta):
        verbose_name = _("arts")
        verbose_name_plural = _("artsen")

    def __str__(self):
        return str(self.doctor)
