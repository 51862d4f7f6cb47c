"""robots.txt and the sitemap: what crawlers may read, and which pages there are."""

from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from clinic.visibility import publicly_listed
from seo import schema

# The admin and its sign-in are nobody's business; the suggestions and feedback endpoints are not pages.
DISALLOWED = ("/admin/", "/django-admin/", "/zoeken/suggesties/", "/reactie/")


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in DISALLOWED), ""]
    lines.append(f"Sitemap: {schema.absolute(request, reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


class ListedPagesSitemap(Sitemap):
    """Wagtail's sitemap, with the site's own rule of which pages are listed (clinic.visibility).

    Wagtail's `.public()` lists an alias of a page behind a password, under the alias's own address.
    """

    def items(self):
        pages = self.get_wagtail_site().root_page.get_descendants(inclusive=True)
        return publicly_listed(pages).order_by("path").defer_streamfields().specific()


def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"wagtail": ListedPagesSitemap})
