import re

import nh3
from django import template
from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import mark_safe

from clinic.visibility import publicly_listed
from publications.models import PublicationIndexPage, PublicationPage

register = template.Library()


@register.inclusion_tag("publications/includes/carousel.html", takes_context=True)
def recent_publications(context):
    """The newest publications as a carousel: one query for the archive page, one for the items with their
    photos, and one for the photos' renditions."""
    index = publicly_listed(PublicationIndexPage.objects.all()).first()
    items = []
    if index:
        items = list(PublicationPage.objects.child_of(index).listed().with_listing_image()[: index.carousel_count])
    return {"request": context.get("request"), "index": index, "items": items}


@register.inclusion_tag("publications/includes/related.html", takes_context=True)
def related_publications(context, condition, limit=4):
    """News about one condition ("In het nieuws over dit onderwerp"), newest first."""
    # A condition previewed before its first save has no news yet.
    items = (
        list(PublicationPage.objects.listed().filter(related_conditions=condition).with_listing_image()[:limit])
        if condition.pk
        else []
    )
    return {"request": context.get("request"), "items": items}


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
