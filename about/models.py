from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from clinic.rich_text import SafeRichTextField
from clinic.visibility import publicly_listed
from locations.models import LocationPage
from people.models import DoctorPage

from .blocks import AboutSectionsBlock


class AboutPage(Page):
    """Who the collective is and how it works; the doctors, locations and partners are added from their own pages."""

    schema_type = "AboutPage"

    intro = SafeRichTextField(_("introductie"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(AboutSectionsBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("over het collectief")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["doctors"] = (
            publicly_listed(DoctorPage.objects.all())
            .only("title", "slug", "honorific", "profession", "url_path", "path", "depth", "locale_id")
            .order_by("title")
        )
        context["locations"] = (
            publicly_listed(LocationPage.objects.all())
            .only("title", "slug", "city", "url_path", "path", "depth", "locale_id")
            .order_by("title")
        )
        context["partners_shown_on_page"] = True
        return context
