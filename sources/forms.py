from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm


class LookupInput(forms.TextInput):
    """A text field with its 'Opzoeken' button: a submit button, so it works without JavaScript."""

    # In the app's own templates folder: Django's form renderer looks there, not in the project's.
    template_name = "sources/widgets/lookup.html"


class ReferenceForm(WagtailAdminModelForm):
    """The Reference form with a field to look a source up by its DOI or PubMed ID (sources.views)."""

    lookup_identifier = forms.CharField(
        label=_("Opzoeken met DOI of PubMed-ID"),
        required=False,
        max_length=300,
        widget=LookupInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
        help_text=_(
            "Plak een DOI, een PubMed-ID of een link naar doi.org of PubMed en klik op Opzoeken. De velden "
            "hieronder worden ingevuld; controleer ze en klik dan op Opslaan."
        ),
    )

    # Set by the view after a lookup: what was found, to fill the fields with.
    def __init__(self, *args, found=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name, value in (found or {}).items():
            if name in self.fields:
                self.initial[name] = value
