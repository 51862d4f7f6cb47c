"""The trust checklist: what a medical page must have before it goes to a reviewer, and before it goes live."""

from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .blocks import walk


class MedicalPageForm(WagtailAdminPageForm):
    """Drafts may be incomplete. Submitting for review needs what the writer provides; publishing also needs
    an approval by a second doctor, which records the reviewer and the review date."""

    def clean(self):
        cleaned_data = super().clean()
        if self.is_deferred_validation:
            return cleaned_data
        publishing = bool(self.data.get("action-publish"))
        missing = []

        if not cleaned_data.get("author"):
            missing.append(_("wie de tekst schreef"))
            self.add_error("author", _("Kies de arts die de tekst schreef."))
        if not cleaned_data.get(getattr(self.instance, "summary_field", "summary")):
            missing.append(_("een samenvatting"))
        if not self._cites_a_reference(cleaned_data):
            missing.append(_("ten minste één bron"))
        if publishing:
            # Not form fields: only an approval in the review workflow sets them (review.models).
            reviewer_id = self.instance.reviewer_id
            if not reviewer_id:
                missing.append(_("de goedkeuring van een tweede arts (stuur de pagina in ter controle)"))
            elif cleaned_data.get("author") and reviewer_id == cleaned_data["author"].pk:
                missing.append(_("een tweede arts die de tekst controleerde"))
            if not self.instance.last_reviewed:
                missing.append(_("de datum van de laatste controle"))

        if missing:
            action = _("Publiceren") if publishing else _("Insturen ter controle")
            raise ValidationError(
                format_lazy(
                    "{action} kan nog niet. {lead} {items}.",
                    action=action,
                    lead=_("Dit ontbreekt:"),
                    items=", ".join(str(item) for item in missing),
                )
            )
        return cleaned_data

    def _cites_a_reference(self, cleaned_data):
        # Imported here: models.py imports this module for base_form_class.
        from .models import Reference

        field_name = self.instance.citation_field
        stream = cleaned_data.get(field_name)
        if stream is None:
            return False
        return any(isinstance(value, Reference) for _block, value in walk(stream.stream_block, stream))
