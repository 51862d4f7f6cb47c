from django.apps import apps
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from about.blocks import AboutSectionBlock
from clinic.rich_text import SanitisingStreamBlock
from clinic.visibility import publicly_listed
from conditions.blocks import FigureBlock
from locations.models import LocationPage


class ChecklistBlock(blocks.StructBlock):
    """A short list a patient can tick off, such as what to bring to the first visit."""

    heading = blocks.CharBlock(label=_("kop"), max_length=120, help_text=_("Bijvoorbeeld: Neem dit mee"))
    items = blocks.ListBlock(
        blocks.CharBlock(max_length=200, label=_("punt")), label=_("punten"), min_num=1, max_num=12
    )
    note = blocks.CharBlock(label=_("toelichting onder de lijst"), required=False, max_length=300)

    class Meta:
        icon = "tasks"
        label = _("lijst om af te vinken")
        template = "practical/blocks/checklist.html"


def price_categories():
    # Read when the block is drawn in the admin: the price list's model imports these blocks.
    return apps.get_model("practical", "Price").Category.choices


def valid_prices(request):
    """Today's prices by kind, read in one query however many price lists a page shows (the costs page has four)."""
    cached = getattr(request, "_valid_prices", None)
    if cached is None:
        cached = {}
        for price in apps.get_model("practical", "Price").objects.valid_on():
            cached.setdefault(price.category, []).append(price)
        if request is not None:
            request._valid_prices = cached
    return cached


class PriceListBlock(blocks.StructBlock):
    """The prices of one kind from the price list, as they hold today; the amounts are never typed here."""

    heading = blocks.CharBlock(label=_("kop"), max_length=120)
    category = blocks.ChoiceBlock(
        label=_("welke prijzen"),
        choices=price_categories,
        help_text=_("De prijzen zelf staan onder Prijslijst in het menu."),
    )

    class Meta:
        icon = "table"
        label = _("prijslijst")
        template = "practical/blocks/price_list.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        prices = valid_prices(context.get("request")).get(value["category"], [])
        context["prices"] = prices
        context["years"] = sorted(
            {year for price in prices for year in (price.valid_from.year, price.valid_until.year)}
        )
        return context


class WaitingTimesBlock(blocks.StructBlock):
    """The waiting time of every location, as its location page gives it."""

    heading = blocks.CharBlock(label=_("kop"), max_length=120, default=_("Wachttijden"))

    class Meta:
        icon = "time"
        label = _("wachttijden")
        template = "practical/blocks/waiting_times.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["locations"] = publicly_listed(LocationPage.objects.all()).order_by("title")
        return context


class PracticalSectionsBlock(SanitisingStreamBlock):
    section = AboutSectionBlock()
    checklist = ChecklistBlock()
    price_list = PriceListBlock()
    waiting_times = WaitingTimesBlock()
    figure = FigureBlock()
