"""Wagtail's {% picture %} and {% srcset_image %}, with each tag's image filters made once.

Wagtail makes a new Filter object for every spec on every render, and each new Filter works out its
operations again: it reads the image-operation hooks and checks every operation's arguments with
`inspect`. On a condition page that was a tenth of a render with nothing kept. A tag's specs are fixed when
its template is read, so here the tag makes its Filters on first use and keeps them. A Filter keeps nothing
of the image it is used for, so one is shared safely by every render and thread.

    {% load wagtailimages_tags pictures %}
"""

from django import template
from wagtail.images.templatetags import wagtailimages_tags as wagtail_images

register = template.Library()


class FiltersMadeOnce:
    def get_filters(self):
        filters = self.__dict__.get("made_filters")
        if filters is None:
            filters = self.made_filters = super().get_filters()
        return filters


class PictureNode(FiltersMadeOnce, wagtail_images.PictureNode):
    pass


class SrcsetImageNode(FiltersMadeOnce, wagtail_images.SrcsetImageNode):
    pass


KEEPING = {wagtail_images.PictureNode: PictureNode, wagtail_images.SrcsetImageNode: SrcsetImageNode}


def image_tag(parser, token):
    """Wagtail's own parsing (and its errors), with the node that keeps its filters."""
    node = wagtail_images.image(parser, token)
    node.__class__ = KEEPING.get(type(node), type(node))
    return node


register.tag("picture", image_tag)
register.tag("srcset_image", image_tag)
