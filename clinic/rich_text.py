"""Rich text that is cleaned whenever it is stored.

The admin's editor only ever produces safe HTML, but content also arrives by code: imports, the demo
command, data migrations, later an API, and such markup can be anything. Two passes, each doing what
it is good at:

1. nh3 (the Rust sanitiser ammonia) parses the markup as a browser would, so unclosed, misnested or
   hostile markup is understood, never a crash; it keeps only the elements and attributes of Wagtail's
   stored format, drops scripts, styles, event handlers, comments and javascript: links, and closes
   every element. Void elements get the XHTML form Wagtail's own code reads (`<br/>`, `<embed .../>`).
2. The editor's own conversion (HTML to Draftail's content state and back) then keeps only what the
   field's features allow, keeps internal page and document links, and is stable: a second pass
   changes nothing.

Before nh3, markup with an unclosed void tag (`<p>x <img src=x> y</p>`) made the conversion raise
AssertionError, so an import with such markup failed instead of being cleaned.
"""

import logging
import re
from functools import lru_cache

import nh3
from wagtail.blocks import RichTextBlock
from wagtail.fields import RichTextField
from wagtail.rich_text import RichText
from wagtail.rich_text import features as feature_registry

from serving.streams import PrefetchingStreamBlock

logger = logging.getLogger(__name__)

# Wagtail's stored format (its contentstate converter writes these), and nothing else.
_BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote")
STORED_TAGS = {*_BLOCKS, "b", "i", "code", "sub", "sup", "s", "ul", "ol", "a", "br", "hr", "embed"}
STORED_ATTRIBUTES = {
    # A link to a URL, or to a page or document of the site by id.
    "a": {"href", "linktype", "id"},
    # A picture or a video from the site's own collections.
    "embed": {"embedtype", "id", "format", "alt", "url"},
    # The editor's key of each block: kept, so that storing twice changes nothing.
    **{tag: {"data-block-key"} for tag in _BLOCKS},
}
_VOID = re.compile(r"<(br|hr|embed)\b([^>]*)>")


def clean_markup(html):
    """Any markup as the safe, well-formed HTML of Wagtail's stored format."""
    cleaned = nh3.clean(html, tags=STORED_TAGS, attributes=STORED_ATTRIBUTES, link_rel=None, strip_comments=True)
    # nh3 writes HTML5 (`<br>`); Wagtail's converter and its front-end rewriters read XHTML (`<br/>`).
    return _VOID.sub(lambda match: f"<{match[1]}{match[2].rstrip('/').rstrip()}/>", cleaned)


@lru_cache(maxsize=32)
def _converter(features):
    # Imported here: the converter loads models, and this module is imported by models.
    from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

    return ContentstateConverter(list(features))


def sanitise(html, features=None):
    if not html:
        return html or ""
    features = tuple(features) if features else tuple(feature_registry.get_default_features())
    cleaned = clean_markup(html)
    converter = _converter(features)
    try:
        return converter.to_database_format(converter.from_database_format(cleaned))
    except (AssertionError, ValueError, TypeError, KeyError):
        # Not expected after nh3; should it happen, what nh3 left is safe to store as it is.
        logger.warning("Rijke tekst bewaard zoals nh3 hem opschoonde; de editor kon hem niet omzetten", exc_info=True)
        return cleaned


class SafeRichTextBlock(RichTextBlock):
    def get_prep_value(self, value):
        source = value.source if isinstance(value, RichText) else value
        return sanitise(source, self.features)


class SafeRichTextField(RichTextField):
    def get_prep_value(self, value):
        return sanitise(super().get_prep_value(value), self.features)


class SanitisingStreamBlock(PrefetchingStreamBlock):
    """A stream whose every block goes through its own get_prep_value when it is stored.

    Wagtail saves the blocks of a lazily loaded stream that nobody has read as
    the raw data they arrived with. Content built from raw data (an import, the
    demo command) would then skip SafeRichTextBlock's whitelist; reading every
    block first makes the whitelist run on all of them.
    """

    def get_prep_value(self, value):
        for _child in value or ():
            pass
        return super().get_prep_value(value)
