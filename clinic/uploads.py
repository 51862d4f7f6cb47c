"""Pictures uploaded in the admin carry a picture and nothing else.

Wagtail already refuses a file that is no picture of an allowed kind, too large, or with too many
pixels (a decompression bomb included). A polyglot passes those checks: a real picture with a web
page or script written into it (after its end, or in a comment), which some browser or other program
may one day run as what it also is. Such a file is refused with a plain message.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm

# Long enough that the bytes of a real picture never hold them by chance.
MARKUP = re.compile(rb"<script|<html|<body|<iframe|<object|<svg[\s>]|<\?php|<!doctype|javascript:", re.IGNORECASE)


def carries_markup(upload):
    upload.seek(0)
    try:
        return MARKUP.search(upload.read()) is not None
    finally:
        upload.seek(0)


class ImageForm(BaseImageForm):
    """Wagtail's image form (WAGTAILIMAGES_IMAGE_FORM_BASE), for the single and the multiple upload."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and getattr(upload, "image", None) is not None and carries_markup(upload):
            raise ValidationError(
                _(
                    "Dit bestand bevat behalve een afbeelding ook code of een webpagina. Open de afbeelding in "
                    "een fotoprogramma, bewaar hem opnieuw als JPEG of PNG en probeer het nog eens."
                ),
                code="image_with_markup",
            )
        return upload
