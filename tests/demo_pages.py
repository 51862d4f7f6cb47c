"""Addresses of the demo site (`load_demo_content`) that tests visit: one page of every type, the
routes that are not pages of their own, and the addresses meant for machines."""

import io

from django.core.management import call_command
from django.test import Client
from wagtail.models import Page

from demo.content import page_files

# One live page of each page type, and that type.
PAGE_OF_EACH_TYPE = {
    "/": "home.HomePage",
    "/aandoeningen/": "conditions.ConditionIndexPage",
    "/aandoeningen/hielspoor/": "conditions.ConditionPage",
    "/behandelingen/": "treatments.TreatmentIndexPage",
    "/behandelingen/shockwave/": "treatments.TreatmentPage",
    "/oefeningen/": "exercises.ExerciseIndexPage",
    "/oefeningen/hiel-en-achillespees/": "exercises.ExerciseProgrammePage",
    "/publicaties/": "publications.PublicationIndexPage",
    "/publicaties/sporten-met-koorts/": "publications.PublicationPage",
    "/team/": "people.TeamIndexPage",
    "/team/sanne-de-wit/": "people.DoctorPage",
    "/locaties/": "locations.LocationIndexPage",
    "/locaties/amsterdam-west/": "locations.LocationPage",
    "/vragen/": "faq.FAQPage",
    "/over-ons/": "about.AboutPage",
    "/contact/": "contact.ContactPage",
    "/privacy/": "contact.PrivacyPage",
    "/toegankelijkheid/": "about.AccessibilityStatementPage",
    "/praktisch/": "practical.PracticalIndexPage",
    "/praktisch/kosten/": "practical.PracticalPage",
    "/praktisch/klachten/": "practical.ComplaintsPage",
    "/onderzoeken/": "examinations.ExaminationIndexPage",
    "/onderzoeken/duikkeuring/": "examinations.ExaminationPage",
}
# What people see that is not a page of its own: a route of a page, the search, the not-found page.
ROUTES = ["/contact/bedankt/", "/zoeken/?q=hiel", "/bestaat-niet/"]
# One of every address a person reads.
PAGES = [*PAGE_OF_EACH_TYPE, *ROUTES]
# Every medical page of the demo (conditions, treatments, exercise programmes), from its content files.
MEDICAL_PAGES = [
    f"/{section}/{slug}/" for section in ("aandoeningen", "behandelingen", "oefeningen") for slug in page_files(section)
]
# What the browser's quality gates check: one of every address, and every medical page.
CHECKED_PAGES = [*PAGES, *(path for path in MEDICAL_PAGES if path not in PAGES)]
# Addresses for feed readers, scripts, crawlers and load balancers.
MACHINE_READABLE = ["/publicaties/feed/", "/zoeken/suggesties/", "/sitemap.xml", "/robots.txt", "/health/"]


def build_demo_site():
    """The demo site of `make run`, with each live page and route drawn once.

    The suites build the demo once and give each test a copy of it. Drawing every page here makes the
    renditions of its pictures once, in the copy; otherwise each test would make them again (an AVIF
    takes about a second).
    """
    call_command("load_demo_content", stdout=io.StringIO())
    client = Client()
    for page in Page.objects.live().specific():
        client.get(page.url)
    for url in ROUTES:
        client.get(url)
