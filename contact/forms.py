import re

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import ContactSubmission

PHONE = re.compile(r"^\+?[0-9 ()-]{10,20}$")
# Letters of any script, spaces, and the marks found in names (Van 't Hek, Jean-Luc, O'Brien, dr. Ş. Yılmaz).
NAME = re.compile(r"^[^\W\d_](?:[^\W\d_]|[ .'’-])*$")


class LocationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, location):
        return location.title


class ExaminationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, examination):
        return examination.title


class ContactForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Waarover gaat uw bericht?"),
        choices=[
            (ContactSubmission.APPOINTMENT, _("Ik wil een afspraak maken voor een klacht")),
            (ContactSubmission.EXAMINATION, _("Ik wil een sportmedisch onderzoek of een keuring aanvragen")),
            (ContactSubmission.QUESTION, _("Ik heb een vraag")),
        ],
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies of u een afspraak wilt maken, een onderzoek wilt aanvragen of een vraag hebt.")
        },
    )
    examination = ExaminationChoiceField(
        label=_("Welk onderzoek of welke keuring? (alleen bij een aanvraag)"),
        queryset=None,
        required=False,
        empty_label=_("Kies een onderzoek"),
        error_messages={"invalid_choice": _("Kies een van de onderzoeken uit de lijst.")},
    )
    name = forms.CharField(
        label=_("Uw naam"),
        max_length=100,
        error_messages={
            "required": _("Vul uw naam in."),
            "max_length": _("Een naam kan hier hoogstens %(limit_value)d tekens hebben."),
        },
    )
    email = forms.EmailField(
        label=_("Uw e-mailadres"),
        max_length=254,
        help_text=_("Wij sturen ons antwoord naar dit adres."),
        error_messages={
            "required": _("Vul uw e-mailadres in."),
            "invalid": _("Vul een e-mailadres in, zoals naam@voorbeeld.nl."),
        },
    )
    phone = forms.CharField(
        label=_("Uw telefoonnummer (niet verplicht)"),
        max_length=20,
        required=False,
        help_text=_("Dan kunnen wij u bellen als dat sneller gaat."),
    )
    location = LocationChoiceField(
        label=_("Voorkeur voor een locatie (niet verplicht)"),
        queryset=None,
        required=False,
        empty_label=_("Geen voorkeur"),
        # Without blank=True a radio list drops the "no preference" choice.
        blank=True,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Kies een van de locaties uit de lijst.")},
    )
    has_referral = forms.TypedChoiceField(
        label=_("Hebt u een verwijzing van uw huisarts of een andere arts? (alleen bij een afspraak)"),
        choices=[("ja", _("Ja")), ("nee", _("Nee"))],
        coerce=lambda value: value == "ja",
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
        help_text=_(
            "Met een klacht hebt u een verwijzing nodig. Dan betaalt uw basisverzekering, en gaat het van uw "
            "eigen risico af. Geen verwijzing? Vraag die eerst aan uw huisarts. Voor een sportmedisch onderzoek "
            "of een keuring hebt u geen verwijzing nodig."
        ),
        error_messages={"invalid_choice": _("Kies ja of nee.")},
    )
    message = forms.CharField(
        label=_("Uw bericht"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Vertel kort waar u last van hebt en sinds wanneer. Hoogstens 2000 tekens."),
        error_messages={
            "required": _("Schrijf kort waarover uw bericht gaat."),
            "max_length": _("Uw bericht is %(show_value)d tekens lang. Maak het korter dan %(limit_value)d tekens."),
        },
    )
    consent = forms.BooleanField(
        label=_(
            "Ik geef het collectief toestemming om mijn gegevens te gebruiken om mijn vraag of verzoek te beantwoorden."
        ),
        error_messages={"required": _("Zonder uw toestemming kunnen wij uw bericht niet in behandeling nemen.")},
    )
    # A field people never see: a program that fills in every field fills in this one too.
    website = forms.CharField(label=_("Laat dit veld leeg"), required=False, max_length=500)

    def __init__(self, *args, locations, examinations, chosen_examination="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["location"].queryset = locations
        self.fields["examination"].queryset = examinations
        if chosen_examination and not self.is_bound:
            # The 'Aanvragen' button of an examination page: that examination, and the kind of message it is.
            examination = examinations.filter(slug=chosen_examination[:255]).first()
            if examination is not None:
                self.initial.update(kind=ContactSubmission.EXAMINATION, examination=examination.pk)
        # Ask the browser for the right keyboard and autofill, so it is quick on a phone.
        self.fields["name"].widget.attrs.update(autocomplete="name")
        self.fields["email"].widget.attrs.update(autocomplete="email")
        self.fields["phone"].widget.attrs.update(autocomplete="tel", inputmode="tel")
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != "website"]

    def filled_in_by_robot(self):
        return bool(self.data.get("website", "").strip())

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not NAME.match(name):
            raise forms.ValidationError(_("Gebruik voor uw naam alleen letters, spaties, punten en streepjes."))
        return name

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and not PHONE.match(phone):
            raise forms.ValidationError(_("Vul een telefoonnummer in met 10 cijfers, zoals 06 12 34 56 78."))
        return phone

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        if (
            kind == ContactSubmission.APPOINTMENT
            and data.get("has_referral") is None
            and "has_referral" not in self.errors
        ):
            self.add_error("has_referral", _("Kies ja of nee: hebt u een verwijzing?"))
        if kind == ContactSubmission.EXAMINATION and not data.get("examination") and "examination" not in self.errors:
            self.add_error("examination", _("Kies welk onderzoek of welke keuring u wilt aanvragen."))
        # What does not belong to the kind of message is not kept.
        if kind != ContactSubmission.APPOINTMENT:
            data["has_referral"] = None
        if kind != ContactSubmission.EXAMINATION:
            data["examination"] = None
        return data

    def save(self, page):
        data = self.cleaned_data
        location = data.get("location")
        examination = data.get("examination")
        return ContactSubmission.objects.create(
            page=page,
            kind=data["kind"],
            name=data["name"],
            email=data["email"],
            phone=data["phone"],
            location=location,
            location_name=location.title if location else "",
            has_referral=data["has_referral"],
            examination=examination,
            examination_name=examination.title if examination else "",
            message=data["message"].strip(),
            consent_given_at=timezone.now(),
        )
