from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index


class GlossaryTerm(index.Indexed, models.Model):
    """A medical term and the plain words a patient understands, for the readability check."""

    term = models.CharField(_("term"), max_length=100, unique=True, help_text=_("Bijvoorbeeld: fasciitis plantaris"))
    explanation = models.CharField(
        _("in gewone woorden"),
        max_length=200,
        help_text=_("Bijvoorbeeld: ontsteking van de peesplaat onder de voet"),
    )

    search_fields = [index.SearchField("term"), index.AutocompleteField("term")]

    class Meta:
        ordering = ["term"]
        verbose_name = _("begrip in de woordenlijst")
        verbose_name_plural = _("woordenlijst")

    def __str__(self):
        return f"{self.term} → {self.explanation}"
