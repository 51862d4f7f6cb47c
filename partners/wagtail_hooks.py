from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Partner


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    add_to_admin_menu = True
    menu_order = 280
    list_display = ["name", "url"]
    search_fields = ["name"]


register_snippet(PartnerViewSet)
