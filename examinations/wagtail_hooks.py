from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ExaminationPart


class ExaminationPartViewSet(SnippetViewSet):
    model = ExaminationPart
    icon = "list-ul"
    menu_label = _("Onderdelen van onderzoeken")
    list_display = ["name", "sort_order"]
    search_fields = ["name"]


register_snippet(ExaminationPartViewSet)
