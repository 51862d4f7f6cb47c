import re

import nh3
from django import template
from django.conf import settings
from django.db.models import F, Window
from django.db.models.functions import RowNumber
from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import mark_safe

from clinic.visibility import publicly_listed
from publications.models import PublicationIndexPage, PublicationPage
from serving.routing import site_wide_until

register = template.Library()


def draw_carousel(request):
    """(the carousel's HTML, the moment its first item expires or None): one query for the archive page, one for
    the items with their photos, and one for the photos' renditions."""
    index = publicly_listed(PublicationIndexPage.objects.all()).first()
    items = []
    if index:
        items = list(PublicationPage.objects.child_of(index).listed().with_listing_image()[: index.carousel_count])
    html = render_to_string("publications/includes/carousel.html", {"index": index, "items": items}, request)
    expiring = [item.expire_at for item in items if item.expire_at]
    return mark_safe(html), min(expiring, default=None)  # noqa: S308 (rendered by its template, escaped there)


@register.simple_tag(takes_context=True)
def recent_publications(context):
    """The newest publications as a carousel, on the home page and every condition page: drawn once per content
    version and web process (serving.routing.site_wide_until), as it is the same on every page. An item that expires
    leaves it at that moment: until the next change, the carousel is then drawn afresh."""
    request = context.get("request")
    return site_wide_until(request, "carousel", lambda: draw_carousel(request))


# News items shown under a condition ("In het nieuws over dit onderwerp").
RELATED_NEWS = 4


def read_news_by_condition():
    """({condition id: its newest listed news items}, the moment the first of them expires or None): the news of
    every condition in one query, and one more for the photos' renditions."""
    newest_first = [F("publication_date").desc(), F("pk").desc()]
    rows = (
        PublicationPage.objects.listed()
        .filter(related_conditions__isnull=False)
        .annotate(
            condition_id=F("related_conditions"),
            rank=Window(RowNumber(), partition_by=F("related_conditions"), order_by=newest_first),
        )
        .filter(rank__lte=RELATED_NEWS)
        .with_listing_image()
    )
    news = {}
    for item in rows:  # newest first, as listed() orders them
        news.setdefault(item.condition_id, []).append(item)
    return news, min((item.expire_at for item in rows if item.expire_at), default=None)


def news_about(request, condition):
    """The newest listed news items about a condition.

    With the memo on (serving.routing.site_wide), the news of every condition is read at once, once per content
    version and web process, and again after the first of them expires: the next condition page asks nothing.
    Without it, each page reads only its own.
    """
    if request is None or not settings.ROUTING_MEMO:
        return list(
            PublicationPage.objects.listed().filter(related_conditions=condition).with_listing_image()[:RELATED_NEWS]
        )
    return site_wide_until(request, "news-by-condition", read_news_by_condition).get(condition.pk, [])


@register.inclusion_tag("publications/includes/related.html", takes_context=True)
def related_publications(context, condition):
    """News about one condition ("In het nieuws over dit onderwerp"), newest first."""
    # A condition previewed before its first save has no news yet.
    request = context.get("request")
    return {"request": request, "items": news_about(request, condition) if condition.pk else []}


IFRAME_WITHOUT_TITLE = re.compile(r"<iframe(?![^>]*\stitle=)", re.IGNORECASE)
# What nh3 leaves of a frame from elsewhere: no address, and nothing to show.
FRAME_WITHOUT_ADDRESS = re.compile(r"<iframe(?![^>]*\ssrc=)[^>]*></iframe>")
PLAYER_ATTRIBUTES = {"src", "width", "height", "title", "allow", "allowfullscreen", "frameborder", "referrerpolicy"}


def _from_an_allowed_player(element, attribute, value):
    """nh3's attribute filter: a frame's address must be one of the players the site allows (its CSP)."""
    if attribute == "src" and not value.startswith(tuple(f"{origin}/" for origin in settings.CSP_FRAME_SOURCES)):
        return None
    return value


@register.filter
def player(embed_html, title):
    """A provider's embedded player, as the page may show it: one frame from an allowed player, named.

    Wagtail stores the HTML a provider's oEmbed answer gave. Whatever else that holds (a script, a style,
    a frame from elsewhere) is left out, and without an allowed frame there is no player, only the link
    below it. The title lets screen readers name the frame.
    """
    if not embed_html:
        return ""
    html = nh3.clean(
        str(embed_html),
        tags={"iframe"},
        attributes={"iframe": PLAYER_ATTRIBUTES},
        attribute_filter=_from_an_allowed_player,
        url_schemes={"https"},
        link_rel=None,
    )
    html = FRAME_WITHOUT_ADDRESS.sub("", html)
    if "<iframe" not in html:
        return ""
    return mark_safe(IFRAME_WITHOUT_TITLE.sub(f'<iframe title="{escape(title)}"', html))  # noqa: S308
