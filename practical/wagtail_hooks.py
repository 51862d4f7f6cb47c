from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Price, outdated_practical_information


class PriceViewSet(SnippetViewSet):
    model = Price
    icon = "table"
    menu_label = _("Prijslijst")
    add_to_admin_menu = True
    menu_order = 270
    list_display = ["name", "category", "amount", "valid_from", "valid_until"]
    list_filter = ["category"]
    search_fields = ["name"]


register_snippet(PriceViewSet)


class OutdatedPracticalInformationPanel(Component):
    """On the dashboard: prices past their date and waiting times over four weeks old, so patients are never
    shown last year's figures for long."""

    name = "outdated_practical_information"
    template_name = "practical/admin/outdated_panel.html"
    order = 60

    def __init__(self, prices, locations):
        self.prices, self.locations = prices, locations

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(prices=self.prices, locations=self.locations)
        return context


@hooks.register("construct_homepage_panels")
def add_outdated_practical_information_panel(request, panels):
    if not request.user.has_perm("practical.change_price"):
        return
    prices, locations = outdated_practical_information()
    if prices or locations:
        panels.append(OutdatedPracticalInformationPanel(prices, locations))
