import re

from django.db import models
from django.utils.translation import gettext_lazy as _

COMMENT_MAX_LENGTH = 500

# Patients are asked not to, but some will type an address or number: it is not kept.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_PHONE = re.compile(r"(?<!\d)(\+?\d[\d\s-]{8,}\d)(?!\d)")


def without_contact_details(text):
    return _PHONE.sub("[verwijderd]", _EMAIL.sub("[verwijderd]", text))


class PageFeedback(models.Model):
    """One answer to "Was deze pagina nuttig?": no name, no address, no IP, only the page and the answer."""

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("pagina"), on_delete=models.CASCADE, related_name="+", db_index=True
    )
    helpful = models.BooleanField(_("nuttig"))
    comment = models.TextField(_("opmerking"), max_length=COMMENT_MAX_LENGTH, blank=True)
    created_at = models.DateTimeField(_("ontvangen op"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("reactie")
        verbose_name_plural = _("reacties van patiënten")

    def __str__(self):
        return f"{self.page_id}: {'ja' if self.helpful else 'nee'}"

    def save(self, *args, **kwargs):
        self.comment = without_contact_details(self.comment.strip())
        super().save(*args, **kwargs)
