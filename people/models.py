from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index
from wagtail.snippets.models import register_snippet


@register_snippet
class Person(index.Indexed, models.Model):
    """A doctor who writes or reviews medical content.

    Deliberately small: a later people issue turns doctors into pages of their
    own, and this snippet's data moves there.
    """

    honorific = models.CharField(_("titel"), max_length=30, blank=True, help_text=_("Bijvoorbeeld: dr. of prof. dr."))
    name = models.CharField(_("naam"), max_length=120)
    profession = models.CharField(
        _("beroep"), max_length=120, blank=True, help_text=_("Bijvoorbeeld: sport- en bewegingsarts")
    )

    panels = [FieldPanel("honorific"), FieldPanel("name"), FieldPanel("profession")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("arts")
        verbose_name_plural = _("artsen")

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        return f"{self.honorific} {self.name}".strip()
