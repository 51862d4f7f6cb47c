"""What the section pages under the home page have in common."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from clinic.rich_text import SafeRichTextField


class SectionIndexPage(Page):
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
