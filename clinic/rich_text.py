"""Rich text that is whitelisted whenever it is stored.

The admin's editor only ever produces safe HTML, but content also arrives by
code: imports, the demo command, later an API. Running every stored value
through the editor's own conversion (HTML to Draftail's content state and
back) drops scripts, event handlers and javascript: links, keeps internal
page and document links, and is stable: a second pass changes nothing.
"""

from functools import lru_cache

from wagtail.blocks import RichTextBlock
from wagtail.fields import RichTextField
from wagtail.rich_text import RichText
from wagtail.rich_text import features as feature_registry

from clinic.streams import PrefetchingStreamBlock


@lru_cache(maxsize=32)
def _converter(features):
    # Imported here: the converter loads models, and this module is imported by models.
    from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

    return ContentstateConverter(list(features))


def sanitise(html, features=None):
    if not html:
        return html or ""
    features = tuple(features) if features else tuple(feature_registry.get_default_features())
    converter = _converter(features)
    return converter.to_database_format(converter.from_database_format(html))


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
