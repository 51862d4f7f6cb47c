"""The trust checklist: what a medical page must have before it goes to a reviewer, and before it goes live."""

from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from sources.citations import cited_references, cites_a_reference
from sources.models import SourceCheck


class MedicalPageForm(WagtailAdminPageForm):
    """Drafts may be incomplete. Submitting for review needs what the writer provides; publishing also needs
    an approval by a second doctor, which records the reviewer and the review date."""

    def clean(self):
        cleaned_data = super().clean()
        if self.is_deferred_validation:
            return cleaned_data
        publishing = bool(self.data.get("action-publish"))
        author = cleaned_data.get("author")
        if not author:
            self.add_error("author", _("Kies de arts die de tekst schreef."))
        missing = trust_gaps(
            author=author,
            summary=cleaned_data.get(getattr(self.instance, "summary_field", "summary")),
            stream=cleaned_data.get(self.instance.citation_field),
            # Not form fields: only an approval in the review workflow sets them (review.models).
            reviewer_id=self.instance.reviewer_id,
            last_reviewed=self.instance.last_reviewed,
            publishing=publishing,
        )
        action = _("Publiceren") if publishing else _("Insturen ter controle")
        retracted = [
            reference
            for reference in cited_references(cleaned_data.get(self.instance.citation_field))
            if reference.check_status == SourceCheck.RETRACTED
        ]
        if retracted:
            self.add_error(
                None,
                format_lazy(
                    "{action} kan niet: {sources} {verb} teruggetrokken. {advice}",
                    action=action,
                    sources=", ".join(reference.short_citation for reference in retracted),
                    verb=_("is") if len(retracted) == 1 else _("zijn"),
                    advice=_("Kies een andere bron of pas de tekst aan."),
                ),
            )
        if missing:
            raise ValidationError(
                format_lazy(
                    "{action} kan nog niet. {lead} {items}.",
                    action=action,
                    lead=_("Dit ontbreekt:"),
                    items=", ".join(str(item) for item in missing),
                )
            )
        return cleaned_data


def trust_gaps(*, author, summary, stream, reviewer_id, last_reviewed, publishing):
    """What a medical page still lacks to be submitted for review, or with `publishing` to go live."""
    missing = []
    if not author:
        missing.append(_("wie de tekst schreef"))
    if not summary:
        missing.append(_("een samenvatting"))
    if not cites_a_reference(stream):
        missing.append(_("ten minste één bron"))
    if publishing:
        if not reviewer_id:
            missing.append(_("de goedkeuring van een tweede arts (stuur de pagina in ter controle)"))
        elif author and reviewer_id == author.pk:
            missing.append(_("een tweede arts die de tekst controleerde"))
        if not last_reviewed:
            missing.append(_("de datum van de laatste controle"))
    return missing
