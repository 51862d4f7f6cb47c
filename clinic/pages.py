"""What the section pages under the home page have in common."""

import html

from django.utils.functional import SimpleLazyObject
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.models.panels import CommentPanelPlaceholder
from wagtail.search import index

from clinic.panels import SchedulePanel
from clinic.rich_text import SafeRichTextField


def lazy(compute):
    """A context value worked out when a template first reads it.

    Page.get_context runs for every request, also when the parts of the page that show the value come
    from the cache (serving/templatetags/fragments.py); then the value is never read, and costs nothing.
    """
    return SimpleLazyObject(compute)


class SitePage:
    """What every page type of the site has; a mixin placed before Page in a page model's bases.

    A page type whose template shows something of the request (a query parameter, a form with a
    security token) has a method `fragment_variant(request, context)`: what, besides the page and its
    address, makes its cached parts differ (serving/templatetags/fragments.py); None keeps them out of
    the cache for that request. Without the method, the parts are the same for every request.

    A page type that reads query parameters names them in `cache_parameters`, a dict of each name and
    the values that make a difference to the page (None: any value, where a wrong one answers an
    error). The page cache keys a page by these alone (serving/page_cache.py). Without it, the page
    reads none. Not set here: a mixin further down the bases (MedicalContent) may set it.

    tests/test_page_types.py checks that no page type goes without this mixin.
    """

    # Scheduling with the browser's date fields and one button (clinic/panels.py); comments as in Wagtail.
    settings_panels = [SchedulePanel(), CommentPanelPlaceholder()]

    # Set by serving.routing when its read of the page showed that no view restriction applies to it or
    # its ancestors: Wagtail's check of who may see the page then needs no queries of its own.
    known_view_restrictions = None
    # The pages from the site's home page down to this one's parent, when serving.routing read them on the
    # way here; otherwise None, and the breadcrumb trail reads them itself.
    route_ancestors = None

    # Where an editor wrote no search description, the first of these fields the page has describes it.
    description_fields = ("summary", "intro", "short_bio", "goal")

    def get_meta_description(self):
        """The page's description for search engines and shared links: never empty on a page with any text."""
        if self.search_description:
            return self.search_description
        for name in self.description_fields:
            text = " ".join(html.unescape(strip_tags(str(getattr(self, name, "") or ""))).split())
            if text:
                return Truncator(text).chars(200)
        return ""

    def get_view_restrictions(self):
        if self.known_view_restrictions is not None:
            return self.known_view_restrictions
        return super().get_view_restrictions()


class SectionIndexPage(SitePage, Page):
    """A top-level section (conditions, team, treatments, exercises): a short introduction above a list."""

    intro = SafeRichTextField(_("introductie"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    # schema.org: a page that lists other pages (seo.schema).
    schema_type = "CollectionPage"

    parent_page_types = ["home.HomePage"]
    max_count = 1

    class Meta:
        abstract = True
