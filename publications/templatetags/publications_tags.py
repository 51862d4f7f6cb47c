import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from clinic.visibility import publicly_listed
from publications.models import PublicationIndexPage, PublicationPage

register = template.Library()


@register.inclusion_tag("publications/includes/carousel.html", takes_context=True)
def recent_publications(context):
    """The newest publications as a carousel: one query for the archive page, one for the items."""
    index = publicly_listed(PublicationIndexPage.objects.all()).first()
    items = []
    if index:
        items = list(PublicationPage.objects.child_of(index).listed()[: index.carousel_count])
    return {"request": context.get("request"), "index": index, "items": items}


@register.inclusion_tag("publications/includes/related.html", takes_context=True)
def related_publications(context, condition, limit=4):
    """News about one condition ("In het nieuws over dit onderwerp"), newest first."""
    # A condition previewed before its first save has no news yet.
    items = list(PublicationPage.objects.listed().filter(related_conditions=condition)[:limit]) if condition.pk else []
    return {"request": context.get("request"), "items": items}


IFRAME_WITHOUT_TITLE = re.compile(r"<iframe(?![^>]*\stitle=)", re.IGNORECASE)


@register.filter
def frame_title(embed_html, title):
    """Give a provider's embedded player a title, so screen readers can name the frame."""
    if not embed_html:
        return ""
    return mark_safe(IFRAME_WITHOUT_TITLE.sub(f'<iframe title="{escape(title)}"', str(embed_html)))  # noqa: S308
