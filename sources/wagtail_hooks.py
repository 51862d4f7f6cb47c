import django_filters
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import InspectView
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Reference
from .views import LookUpSourceMixin


class ReferenceFilterSet(WagtailFilterSet):
    is_cited = django_filters.BooleanFilter(
        label=_("Geciteerd op een pagina"),
        method="filter_cited",
        widget=django_filters.widgets.BooleanWidget(),
    )

    class Meta:
        model = Reference
        fields = ["year", "check_status"]

    def filter_cited(self, queryset, name, value):
        return queryset.with_citations().filter(is_cited=value)


class ReferenceInspectView(InspectView):
    """The reference's details, and the pages that cite it, so a doctor sees what a correction touches."""

    def get_fields(self):
        return super().get_fields() + ["check", "cited_on"]

    def get_field_label(self, field_name, field):
        if field_name == "cited_on":
            return _("Geciteerd op")
        if field_name == "check":
            return _("Wekelijkse controle")
        return super().get_field_label(field_name, field)

    def get_check_display_value(self):
        reference = self.object
        if not reference.checked_on:
            return reference.get_check_status_display()
        found = format_html(
            "{} ({})",
            reference.check_summary,
            _("gecontroleerd op %(date)s") % {"date": date_format(reference.checked_on, "j F Y")},
        )
        if reference.notice_url:
            return format_html('{} <a href="{}">{}</a>', found, reference.notice_url, _("Lees het bericht"))
        return found

    def get_cited_on_display_value(self):
        pages = self.object.citing_pages()
        if not pages:
            return _("Geen enkele pagina. Deze bron kan weg, of hoort nog bij een tekst.")
        items = format_html_join(
            "",
            '<li><a href="{}">{}</a></li>',
            ((reverse("wagtailadmin_pages:edit", args=[page.pk]), page.title) for page in pages),
        )
        return format_html("<ul>{}</ul>", items)


class ReferenceCreateView(LookUpSourceMixin, snippet_views.CreateView):
    pass


class ReferenceEditView(LookUpSourceMixin, snippet_views.EditView):
    pass


class ReferenceViewSet(SnippetViewSet):
    model = Reference
    icon = "doc-full"
    menu_label = _("Bronnen")
    add_to_admin_menu = True
    menu_order = 260
    inspect_view_enabled = True
    inspect_view_class = ReferenceInspectView
    add_view_class = ReferenceCreateView
    edit_view_class = ReferenceEditView
    list_display = [Column("short_citation", label=_("Bron")), "title", "doi", "pmid", "check_status"]
    filterset_class = ReferenceFilterSet
    search_fields = ["title", "authors"]


register_snippet(ReferenceViewSet)
