from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable
from wagtail.search import index


class PartnerQuerySet(models.QuerySet):
    def for_display(self):
        """Partners with their logo: one query however many there are.

        The logos' renditions are not read with them: Wagtail keeps every rendition it has made in the
        cache, so a logo costs no query once its renditions exist (and one, the first time, when they
        are made or read into the cache).
        """
        return self.select_related("logo")


class Partner(index.Indexed, Orderable):
    """An organisation the collective works with or at, shown in the footer and on the home and about pages."""

    name = models.CharField(_("naam"), max_length=120)
    description = models.CharField(
        _("korte omschrijving"),
        max_length=160,
        blank=True,
        help_text=_("Bijvoorbeeld: Onze artsen houden spreekuur in deze kliniek."),
    )
    url = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    logo_alt = models.CharField(
        _("tekst bij het logo"),
        max_length=160,
        blank=True,
        help_text=_("Alleen nodig als het logo meer zegt dan de naam, die altijd naast het logo staat."),
    )

    objects = PartnerQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("url"),
        FieldPanel("logo"),
        FieldPanel("logo_alt"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(Orderable.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.logo_alt and not self.logo:
            raise ValidationError({"logo_alt": _("Kies eerst een logo, of maak dit veld leeg.")})
