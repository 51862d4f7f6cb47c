from django import forms
from django.utils.translation import gettext_lazy as _

from .models import COMMENT_MAX_LENGTH


class FeedbackForm(forms.Form):
    helpful = forms.TypedChoiceField(
        choices=[("ja", _("Ja")), ("nee", _("Nee"))], coerce=lambda value: value == "ja", empty_value=None
    )
    comment = forms.CharField(
        label=_("Wat kunnen we beter uitleggen? (niet verplicht)"),
        help_text=_("Schrijf hier geen naam, e-mailadres of telefoonnummer. Wij kunnen niet antwoorden."),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": COMMENT_MAX_LENGTH}),
    )
