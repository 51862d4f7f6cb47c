from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import GlossaryTerm


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "doc-full"
    menu_label = _("Woordenlijst")
    list_display = ["term", "explanation"]
    search_fields = ["term", "explanation"]
    add_to_admin_menu = True
    menu_order = 310


register_snippet(GlossaryTermViewSet)
