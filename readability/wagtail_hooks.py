from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import GlossaryTerm
from .views import live_readability


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "doc-full"
    menu_label = _("Woordenlijst")
    list_display = ["term", "explanation"]
    search_fields = ["term", "explanation"]
    add_to_admin_menu = True
    menu_order = 310


register_snippet(GlossaryTermViewSet)


@hooks.register("register_admin_urls")
def register_live_readability_url():
    return [path("leesbaarheid/<int:page_id>/", live_readability, name="readability_live")]
