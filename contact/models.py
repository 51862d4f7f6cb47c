import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import models
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from about.blocks import AboutSectionsBlock
from clinic import ratelimit
from clinic.pages import SitePage
from clinic.rich_text import SafeRichTextField
from clinic.visibility import publicly_listed
from examinations.models import REQUEST_PARAMETER, ExaminationPage
from locations.models import LocationPage

logger = logging.getLogger(__name__)


class ContactSubmission(models.Model):
    """A question or appointment request sent through the contact page; kept for CONTACT_RETENTION_DAYS."""

    QUESTION = "vraag"
    APPOINTMENT = "afspraak"
    EXAMINATION = "onderzoek"
    KINDS = [
        (QUESTION, _("Vraag")),
        (APPOINTMENT, _("Afspraakverzoek")),
        (EXAMINATION, _("Aanvraag onderzoek of keuring")),
    ]

    page = models.ForeignKey(
        "contact.ContactPage", verbose_name=_("formulier"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(_("soort"), max_length=10, choices=KINDS)
    name = models.CharField(_("naam"), max_length=100)
    email = models.EmailField(_("e-mailadres"))
    phone = models.CharField(_("telefoonnummer"), max_length=20, blank=True)
    location = models.ForeignKey(
        "locations.LocationPage",
        verbose_name=_("voorkeurslocatie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The name as it was chosen, so the request still says where even if the location page goes.
    location_name = models.CharField(_("voorkeurslocatie (naam)"), max_length=255, blank=True)
    # Asked only with an appointment: an examination needs no referral, a question says nothing about one.
    has_referral = models.BooleanField(_("heeft een verwijzing"), null=True, blank=True)
    examination = models.ForeignKey(
        "examinations.ExaminationPage",
        verbose_name=_("onderzoek of keuring"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    examination_name = models.CharField(_("onderzoek of keuring (naam)"), max_length=255, blank=True)
    message = models.TextField(_("bericht"), max_length=2000)
    consent_given_at = models.DateTimeField(_("toestemming gegeven op"))
    created_at = models.DateTimeField(_("ontvangen op"), default=timezone.now, db_index=True)
    handled = models.BooleanField(_("afgehandeld"), default=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("contactverzoek")
        verbose_name_plural = _("contactverzoeken")

    def __str__(self):
        return f"{self.get_kind_display()} – {self.name} ({timezone.localtime(self.created_at):%d-%m-%Y %H:%M})"

    @classmethod
    def older_than_retention(cls, now=None):
        cutoff = (now or timezone.now()) - datetime.timedelta(days=settings.CONTACT_RETENTION_DAYS)
        return cls.objects.filter(created_at__lt=cutoff)

    def notify_clinic(self, recipient):
        """Tell the clinic a request came in. The message itself stays out of the mail: it may hold health details."""
        admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("contactsubmission:inspect", args=[self.pk])
        subject = _("Website: %(kind)s van %(name)s") % {"kind": self.get_kind_display(), "name": self.name}
        body = render_to_string("contact/email/notification.txt", {"submission": self, "admin_url": admin_url})
        EmailMessage(
            # A header never holds a line break, whatever a visitor typed.
            subject=" ".join(str(subject).split()),
            body=body,
            to=[recipient],
            reply_to=[self.email],
        ).send()


class ContactPage(RoutablePageMixin, SitePage, Page):
    """A question or appointment request, by form; a stored copy for the staff and a short mail to the clinic."""

    schema_type = "ContactPage"

    intro = SafeRichTextField(_("introductie"), blank=True, features=["bold", "italic", "link"])
    recipient_email = models.EmailField(
        _("e-mailadres van de praktijk"), help_text=_("Hier komt de melding van een nieuw bericht binnen.")
    )
    privacy_page = models.ForeignKey(
        "contact.PrivacyPage",
        verbose_name=_("privacyverklaring"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    thank_you_heading = models.CharField(_("kop"), max_length=120, default=_("Bedankt voor uw bericht"))
    thank_you_text = SafeRichTextField(
        _("tekst"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Zeg wat er nu gebeurt: wanneer en hoe de praktijk reageert."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("recipient_email"),
        PageChooserPanel("privacy_page", "contact.PrivacyPage"),
        MultiFieldPanel([FieldPanel("thank_you_heading"), FieldPanel("thank_you_text")], heading=_("Bevestiging")),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("contactformulier")

    # ?onderzoek=<slug> chooses an examination: the 'Aanvragen' button on an examination page.
    cache_parameters = {REQUEST_PARAMETER: None}

    def locations(self):
        return publicly_listed(LocationPage.objects.all()).order_by("title")

    def examinations(self):
        return publicly_listed(ExaminationPage.objects.all()).order_by("title")

    def form(self, request):
        from .forms import ContactForm

        if request.method == "POST":
            return ContactForm(request.POST, locations=self.locations(), examinations=self.examinations())
        return ContactForm(
            locations=self.locations(),
            examinations=self.examinations(),
            chosen_examination=request.GET.get(REQUEST_PARAMETER, ""),
        )

    def fragment_variant(self, request, context):
        # The form carries the visitor's own security token, and shows what they typed; the thank-you
        # page after it is the same for everyone.
        return None if "form" in context else ""

    def render_form(self, request, form, status=200, notice=None):
        response = self.render(
            request,
            context_overrides={"form": form, "notice": notice, "locations": form.fields["location"].queryset},
            template="contact/contact_page.html",
        )
        response.status_code = status
        return response

    @path("")
    def contact_form(self, request):
        form = self.form(request)
        if request.method != "POST":
            return self.render_form(request, form)
        if not ratelimit.allow(request, "contact", settings.CONTACT_RATE_LIMIT, settings.CONTACT_RATE_WINDOW):
            response = self.render_form(request, form, status=429, notice="rate_limited")
            response["Retry-After"] = str(settings.CONTACT_RATE_WINDOW)
            return response
        if form.filled_in_by_robot():
            return self.render_form(request, form, status=400, notice="rejected")
        if not form.is_valid():
            return self.render_form(request, form)
        submission = form.save(page=self)
        try:
            submission.notify_clinic(self.recipient_email)
        except Exception:
            # The request is stored; the staff see it in the admin even if the mail server is down.
            logger.exception("Melding van contactverzoek %s kon niet worden verstuurd", submission.pk)
        return redirect(self.url + self.reverse_subpage("thanks"))

    @path("bedankt/")
    def thanks(self, request):
        return self.render(
            request,
            template="contact/contact_page_thanks.html",
            context_overrides={"breadcrumb_tail": [(self.thank_you_heading, request.path)]},
        )


class PrivacyPage(SitePage, Page):
    """The privacy statement (AVG); what the contact form keeps, and for how long, comes from the settings."""

    intro = SafeRichTextField(_("introductie"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(AboutSectionsBlock(), verbose_name=_("inhoud"), blank=True)
    last_updated = models.DateField(_("laatst bijgewerkt"), default=datetime.date.today)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("last_updated"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("privacyverklaring")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["retention_days"] = settings.CONTACT_RETENTION_DAYS
        context["stored_fields"] = [
            ContactSubmission._meta.get_field(name).verbose_name
            for name in (
                "kind",
                "name",
                "email",
                "phone",
                "location",
                "has_referral",
                "examination",
                "message",
                "consent_given_at",
                "created_at",
            )
        ]
        return context
