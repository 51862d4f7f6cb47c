from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from feedback import views as feedback_views
from roles import views as roles_views
from search import views as search_views
from seo import views as seo_views

# Error pages drawn without the database or the request (clinic/views.py): with the database away,
# a short Dutch page with 503.
handler400 = "clinic.views.bad_request"
handler500 = "clinic.views.server_error"

urlpatterns = [
    path("django-admin/", admin.site.urls),
    # Before Wagtail's admin, so these two take the place of its own site history views.
    path("admin/reports/site-history/", roles_views.site_history),
    path("admin/reports/site-history/results/", roles_views.site_history_results),
    path("admin/2fa/", include("accounts.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("zoeken/", search_views.search, name="search"),
    path("zoeken/suggesties/", search_views.suggest, name="search_suggest"),
    path("reactie/<int:page_id>/", feedback_views.give_feedback, name="feedback"),
    path("sitemap.xml", seo_views.sitemap, name="sitemap"),
    path("robots.txt", seo_views.robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

# Uploaded files come from the web server in production; the development
# server and the browser tests' live server serve them here.
if settings.DEBUG or getattr(settings, "SERVE_MEDIA_FILES", False):
    from django.views.static import serve

    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [re_path(rf"^{media_prefix}(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]

urlpatterns += [path("", include(wagtail_urls))]
