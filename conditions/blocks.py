"""The building blocks of a condition page.

Every kind of medical content is a block with fields of its own (a treatment,
an investigation, a question and answer), never a heading typed inside a
rich-text field: that is what lets the page build its treatment navigation,
number its references and, later, describe itself to search engines.
"""

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from clinic.rich_text import SafeRichTextBlock, SanitisingStreamBlock
from serving.routing import current_request
from serving.streams import PrefetchedImageChooserBlock, PrefetchedPageChooserBlock
from sources.blocks import citations_block

# Headings belong to blocks, so rich text gets no heading buttons.
TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


def heading_block(default):
    return blocks.CharBlock(label=_("kop"), max_length=120, default=default)


def rich_text(label, required=True, **kwargs):
    return SafeRichTextBlock(label=label, required=required, features=TEXT_FEATURES, **kwargs)


class TextSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("kop"), max_length=120)
    body = rich_text(_("tekst"))
    citations = citations_block()

    class Meta:
        icon = "doc-full"
        label = _("tekstsectie")
        template = "conditions/blocks/text_section.html"


class FigureValue(blocks.StructValue):
    # Whole sentences for translators, worked out in Python: a stream can hold many figures, and a
    # {% blocktranslate %} costs a template render of its own each time.
    def credit_line(self):
        """'Foto: Anna Jansen': who made the picture, as the caption says it."""
        if not self.get("credit"):
            return ""
        if self.get("credit_kind") == "foto":
            line = gettext("Foto: %(credit)s")
        elif self.get("credit_kind") == "beeld":
            line = gettext("Beeld: %(credit)s")
        else:
            line = gettext("Illustratie: %(credit)s")
        return line % {"credit": self["credit"]}


class FigureBlock(blocks.StructBlock):
    image = PrefetchedImageChooserBlock(label=_("afbeelding"))
    alt_text = blocks.CharBlock(
        label=_("alternatieve tekst"),
        max_length=250,
        help_text=_("Beschrijf wat er op de afbeelding te zien is, voor wie de afbeelding niet kan zien."),
    )
    caption = blocks.CharBlock(label=_("onderschrift"), required=False, max_length=250)
    credit = blocks.CharBlock(
        label=_("maker"), required=False, max_length=120, help_text=_("Illustrator of fotograaf.")
    )
    credit_kind = blocks.ChoiceBlock(
        label=_("soort beeld"),
        choices=[("illustratie", _("Illustratie")), ("foto", _("Foto")), ("beeld", _("Beeld"))],
        default="illustratie",
        help_text=_("Staat voor de naam van de maker: 'Foto: Anna Jansen'."),
    )

    class Meta:
        icon = "image"
        label = _("afbeelding met onderschrift")
        template = "conditions/blocks/figure.html"
        value_class = FigureValue


class RiskFactorBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("risicofactor"), max_length=120)
    explanation = rich_text(_("uitleg"))
    citations = citations_block()

    class Meta:
        icon = "warning"
        label = _("risicofactor")


class RiskFactorsBlock(blocks.StructBlock):
    heading = heading_block(_("Hoe ontstaat het?"))
    intro = rich_text(_("inleiding"), required=False)
    factors = blocks.ListBlock(RiskFactorBlock(), label=_("risicofactoren"), min_num=1)

    class Meta:
        icon = "warning"
        label = _("risicofactoren")
        template = "conditions/blocks/risk_factors.html"


class SymptomsBlock(blocks.StructBlock):
    heading = heading_block(_("Welke klachten geeft het?"))
    intro = rich_text(_("inleiding"), required=False)
    symptoms = blocks.ListBlock(blocks.CharBlock(label=_("klacht"), max_length=200), label=_("klachten"), min_num=1)
    body = rich_text(_("meer uitleg"), required=False)
    citations = citations_block()

    class Meta:
        icon = "list-ul"
        label = _("klachten")
        template = "conditions/blocks/symptoms.html"


class InvestigationBlock(blocks.StructBlock):
    KINDS = [
        ("history", _("Gesprek en lichamelijk onderzoek")),
        ("ultrasound", _("Echo")),
        ("xray", _("Röntgenfoto")),
        ("mri", _("MRI")),
        ("blood", _("Bloedonderzoek")),
        ("other", _("Ander onderzoek")),
    ]

    kind = blocks.ChoiceBlock(choices=KINDS, label=_("soort onderzoek"))
    name = blocks.CharBlock(label=_("naam"), max_length=120)
    when = rich_text(_("wanneer wordt het gedaan?"))
    why = rich_text(_("wat laat het zien?"))
    citations = citations_block()

    class Meta:
        icon = "search"
        label = _("onderzoek")


class DiagnosisBlock(blocks.StructBlock):
    heading = heading_block(_("Hoe stelt de arts de diagnose?"))
    intro = rich_text(_("inleiding"), required=False)
    investigations = blocks.ListBlock(InvestigationBlock(), label=_("onderzoeken"), min_num=1)

    class Meta:
        icon = "search"
        label = _("diagnose en onderzoek")
        template = "conditions/blocks/diagnosis.html"


class SelfCareBlock(blocks.StructBlock):
    heading = heading_block(_("Wat kunt u zelf doen?"))
    intro = rich_text(_("inleiding"), required=False)
    dos = blocks.ListBlock(blocks.CharBlock(label=_("advies"), max_length=250), label=_("wel doen"), min_num=1)
    donts = blocks.ListBlock(
        blocks.CharBlock(label=_("advies"), max_length=250), label=_("liever niet doen"), default=[]
    )

    class Meta:
        icon = "tick-inverse"
        label = _("zelfzorg: wel en niet doen")
        template = "conditions/blocks/self_care.html"


class ContactDoctorBlock(blocks.StructBlock):
    """When to call a doctor: a care card after NHS.UK's, whose urgency is said in words and an icon, not only colour.

    The three levels are NHS.UK's: an appointment (non-urgent), a call the same day (urgent), 112 or the
    emergency department (immediate). A page shows its cards right under its summary, the most urgent first.
    """

    URGENCIES = [
        ("routine", _("Maak een afspraak")),
        ("urgent", _("Bel dezelfde dag uw huisarts of de huisartsenpost")),
        ("emergency", _("Bel 112 of ga naar de spoedeisende hulp")),
    ]
    LEVELS = {"routine": _("Niet dringend"), "urgent": _("Dringend"), "emergency": _("Spoed")}

    heading = heading_block(_("Wanneer neemt u contact op met een arts?"))
    urgency = blocks.ChoiceBlock(
        choices=URGENCIES,
        default="routine",
        label=_("urgentie"),
        help_text=_(
            "Eén urgentie per kaart. Hoort bij sommige signalen een andere urgentie, zoals dezelfde dag bellen, "
            "maak daar dan een tweede kaart voor."
        ),
    )
    signs = blocks.ListBlock(blocks.CharBlock(label=_("signaal"), max_length=250), label=_("signalen"), min_num=1)
    body = rich_text(_("wat moet u doen?"), required=False)

    class Meta:
        icon = "warning"
        label = _("wanneer naar de arts")
        template = "conditions/blocks/contact_doctor.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["urgency_label"] = dict(self.URGENCIES).get(value["urgency"], "")
        context["urgency_level"] = self.LEVELS.get(value["urgency"], "")
        return context


class CallToActionValue(blocks.StructValue):
    def href(self):
        page = self.get("page")
        if page is not None and page.live:
            # With the request, the site's root paths come from what it read already, not from the cache.
            return page.get_url(current_request.get())
        return self.get("url") or ""


class CallToActionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("tekst van de knop"), max_length=80, required=False)
    page = PrefetchedPageChooserBlock(label=_("pagina op deze site"), required=False)
    url = blocks.URLBlock(label=_("of een andere website"), required=False)

    class Meta:
        icon = "link"
        label = _("verwijzing")
        value_class = CallToActionValue
        form_classname = "struct-block"

    def clean(self, value):
        value = super().clean(value)
        has_target = bool(value.get("page")) or bool(value.get("url"))
        if value.get("page") and value.get("url"):
            raise StructBlockValidationError(
                block_errors={"url": ValidationError(_("Kies een pagina of een website, niet allebei."))}
            )
        if has_target and not value.get("label"):
            raise StructBlockValidationError(block_errors={"label": ValidationError(_("Geef de knop een tekst."))})
        if value.get("label") and not has_target:
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Kies waar de knop naartoe gaat."))}
            )
        return value


class ExpectationBlock(blocks.StructBlock):
    sessions = blocks.CharBlock(label=_("aantal behandelingen"), required=False, max_length=120)
    sensation = rich_text(_("hoe voelt het?"), required=False)
    aftercare = rich_text(_("nazorg"), required=False)

    class Meta:
        icon = "time"
        label = _("wat kunt u verwachten?")


def treatment_anchor(name):
    return "behandeling-" + (slugify(name) or "zonder-naam")


class TreatmentValue(blocks.StructValue):
    def anchor(self):
        return treatment_anchor(self.get("name", ""))

    def category_label(self):
        return dict(TreatmentBlock.CATEGORIES).get(self.get("category"), "")

    def has_expectations(self):
        expect = self.get("what_to_expect") or {}
        return any(expect.get(key) for key in ("sessions", "sensation", "aftercare"))

    def read_more_label(self):
        """'Lees meer over prolotherapie': the link to the treatment's own page, worked out in Python as a
        stream has many treatments."""
        page = self.get("treatment_page")
        return gettext("Lees meer over %(name)s") % {"name": name_in_a_sentence(page.title)} if page else ""


def name_in_a_sentence(name):
    """'Prolotherapie' → 'prolotherapie' inside a sentence; an abbreviation keeps its capitals ('PRP-injectie')."""
    if len(name) > 1 and name[:2].isupper():
        return name
    return name[:1].lower() + name[1:]


class TreatmentBlock(blocks.StructBlock):
    CATEGORIES = [
        ("exercise", _("Oefentherapie")),
        ("shockwave", _("Shockwave")),
        ("aid", _("Hulpmiddel")),
        ("injection", _("Injectie")),
        ("medication", _("Medicijnen")),
        ("surgery", _("Operatie")),
        ("other", _("Andere behandeling")),
    ]

    name = blocks.CharBlock(label=_("naam van de behandeling"), max_length=120)
    category = blocks.ChoiceBlock(choices=CATEGORIES, label=_("soort behandeling"))
    body = rich_text(
        _("hoe werkt het?"),
        help_text=_("Wat voor deze aandoening geldt: waarom deze behandeling hier helpt, en hoe vaak of hoe lang."),
    )
    treatment_page = PrefetchedPageChooserBlock(
        page_type="treatments.TreatmentPage",
        required=False,
        label=_("pagina over deze behandeling"),
        help_text=_(
            "Heeft de behandeling een eigen pagina? Kies die dan. Het aantal behandelingen, hoe het voelt, de "
            "nazorg en de risico's komen dan van die pagina; hieronder vult u ze niet in."
        ),
    )
    what_to_expect = ExpectationBlock(
        required=False,
        help_text=_("Alleen voor een behandeling zonder eigen pagina."),
    )
    risks = rich_text(
        _("risico's en bijwerkingen"),
        required=False,
        help_text=_("Alleen voor een behandeling zonder eigen pagina."),
    )
    illustration = blocks.ListBlock(FigureBlock(), label=_("afbeelding (niet verplicht)"), max_num=1, default=[])
    call_to_action = CallToActionBlock(required=False)
    citations = citations_block()

    class Meta:
        icon = "pick"
        label = _("behandeling")
        value_class = TreatmentValue
        template = "conditions/blocks/treatment.html"

    def clean(self, value):
        value = super().clean(value)
        # One fact lives in one place: with its own page, the treatment's practical facts come from there.
        if value.get("treatment_page") and (value.has_expectations() or value.get("risks")):
            message = _(
                "Deze gegevens komen van de pagina over %(name)s. Laat ze hier leeg, of pas ze aan op die pagina."
            ) % {"name": value["treatment_page"].title}
            errors = {}
            if value.has_expectations():
                errors["what_to_expect"] = ValidationError(message)
            if value.get("risks"):
                errors["risks"] = ValidationError(message)
            raise StructBlockValidationError(block_errors=errors)
        return value


class TreatmentGroupValue(blocks.StructValue):
    def anchor(self):
        return "behandelgroep-" + (slugify(self.get("heading", "")) or "zonder-naam")


class TreatmentGroupBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("kop"), max_length=120, help_text=_("Bijvoorbeeld: Injecties"))
    intro = rich_text(_("inleiding"), required=False)
    treatments = blocks.ListBlock(TreatmentBlock(), label=_("behandelingen"), min_num=1)
    outro = rich_text(
        _("afsluitende tekst"),
        required=False,
        help_text=_("Bijvoorbeeld: hoe de behandelingen zich tot elkaar verhouden."),
    )
    citations = citations_block()

    class Meta:
        icon = "folder-open-inverse"
        label = _("groep behandelingen")
        value_class = TreatmentGroupValue
        template = "conditions/blocks/treatment_group.html"


class TreatmentOverviewBlock(blocks.StructBlock):
    """Introduces the treatments and lists every one of them on the page, with a link to each."""

    heading = heading_block(_("Welke behandelingen zijn er?"))
    intro = rich_text(_("inleiding"), required=False)
    citations = citations_block()

    class Meta:
        icon = "list-ol"
        label = _("overzicht behandelingen")
        template = "conditions/blocks/treatment_overview.html"


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("vraag"), max_length=200)
    answer = rich_text(_("antwoord"))
    citations = citations_block()

    class Meta:
        icon = "help"
        label = _("vraag en antwoord")


class FAQBlock(blocks.StructBlock):
    heading = heading_block(_("Veelgestelde vragen"))
    questions = blocks.ListBlock(QuestionBlock(), label=_("vragen"), min_num=1)

    class Meta:
        icon = "help"
        label = _("veelgestelde vragen")
        template = "conditions/blocks/faq.html"


class ConditionSectionsBlock(SanitisingStreamBlock):
    text = TextSectionBlock()
    figure = FigureBlock()
    risk_factors = RiskFactorsBlock()
    symptoms = SymptomsBlock()
    diagnosis = DiagnosisBlock()
    self_care = SelfCareBlock()
    contact_doctor = ContactDoctorBlock()
    treatment_overview = TreatmentOverviewBlock()
    treatment = TreatmentBlock()
    treatment_group = TreatmentGroupBlock()
    faq = FAQBlock()

    class Meta:
        block_counts = {"treatment_overview": {"max_num": 1}}
