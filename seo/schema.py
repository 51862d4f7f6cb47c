"""Schema.org structured data (JSON-LD), built from the same fields and blocks the page shows.

Each page model with more to say than a plain web page has a `structured_data(request)` method that
returns a list of these dictionaries; the `{% structured_data %}` tag adds the breadcrumb trail and
writes them into the page. Nothing here imports models, so every app can use it.
"""

import html

from django.conf import settings
from django.templatetags.static import static
from django.utils.html import strip_tags
from wagtail.images.models import Filter
from wagtail.models import Site

CONTEXT = "https://schema.org"
# Sports medicine has no member of its own in schema.org's MedicalSpecialty list; this one covers it.
SPECIALTY = "https://schema.org/Musculoskeletal"
LANGUAGE = "nl"
LOGO = "images/logo.png"
SOCIAL_IMAGE = "images/social-default.png"
SOCIAL_IMAGE_SIZE = (1200, 630)
SOCIAL_RENDITION = "fill-1200x630|format-jpeg|jpegquality-80"
# Made once: a Filter works out its operations on first use and keeps them (serving/templatetags/pictures.py).
SOCIAL_FILTER = Filter(spec=SOCIAL_RENDITION)


def compact(data):
    """Leave out what is empty: a property without a value says nothing, and validators flag it."""
    if isinstance(data, dict):
        cleaned = {key: compact(value) for key, value in data.items()}
        return {key: value for key, value in cleaned.items() if value not in (None, "", [], {})}
    if isinstance(data, list):
        return [item for item in (compact(value) for value in data) if item not in (None, "", [], {})]
    return data


def plain_text(rich_text):
    """Rich text as one line of plain text: stored HTML, its links left as their words."""
    source = getattr(rich_text, "source", rich_text) or ""
    return " ".join(html.unescape(strip_tags(str(source))).split())


def absolute(request, url):
    """An address on the site's own domain (its Wagtail Site), like page.get_full_url, whatever Host came in."""
    if not url or url.startswith(("http://", "https://")):
        return url
    site = site_for(request)
    return (site.root_url if site else request.build_absolute_uri("/").rstrip("/")) + url


def date(value):
    return value.isoformat() if value else None


def page_url(page, request):
    return page.get_full_url(request) if page else ""


def link_url(page, request):
    """The address of a page this one links to, if visitors can open it."""
    return page_url(page, request) if page is not None and page.live else ""


def site_for(request):
    return Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()


def site_name(request):
    site = site_for(request)
    return (site and site.site_name) or settings.WAGTAIL_SITE_NAME


def home_url(request):
    site = site_for(request)
    return site.root_url + "/" if site else absolute(request, "/")


def organisation(request, full=False):
    """The collective; pages refer to it by @id, the home page describes it in full."""
    data = {"@type": "MedicalOrganization", "@id": home_url(request) + "#organisatie", "name": site_name(request)}
    if full:
        data.update(
            url=home_url(request),
            logo={"@type": "ImageObject", "url": absolute(request, static(LOGO)), "width": 512, "height": 512},
            medicalSpecialty=SPECIALTY,
        )
    return data


def social_image(page, request):
    """The picture a shared link shows: the page's own (a 1200×630 crop), or the collective's default.

    Worked out once per request: the sharing preview and a news item's structured data both use it.
    """
    cache = request.__dict__.setdefault("_social_images", {})
    if page.pk not in cache:
        chosen = getattr(page, "social_image", None)
        image, alt = chosen() if chosen else (None, "")
        if image is not None:
            # get_renditions, not get_rendition: the latter writes what it read from the cache back to it.
            rendition = image.get_renditions(SOCIAL_FILTER)[SOCIAL_RENDITION]
            url, width, height = rendition.url, rendition.width, rendition.height
        else:
            url, (width, height), alt = static(SOCIAL_IMAGE), SOCIAL_IMAGE_SIZE, site_name(request)
        cache[page.pk] = {"url": absolute(request, url), "width": width, "height": height, "alt": alt,
                          "own": image is not None}  # fmt: skip
    return cache[page.pk]


def person(doctor, request):
    if doctor is None:
        return None
    return {
        "@type": "Person",
        "name": doctor.display_name,
        "honorificPrefix": doctor.honorific,
        "jobTitle": doctor.profession,
        "url": link_url(doctor, request),
    }


def citation(reference):
    """A numbered source of the page; its DOI is the link that names the article everywhere."""
    identifiers = [
        {"@type": "PropertyValue", "propertyID": "DOI", "value": reference.doi} if reference.doi else None,
        {"@type": "PropertyValue", "propertyID": "PMID", "value": reference.pmid} if reference.pmid else None,
    ]
    same_as = [url for url in (reference.doi_url, reference.pubmed_url) if url]
    return {
        "@type": "ScholarlyArticle",
        "name": reference.title,
        "author": reference.authors,
        "datePublished": str(reference.year),
        "isPartOf": {"@type": "Periodical", "name": reference.journal} if reference.journal else None,
        "identifier": identifiers,
        "sameAs": same_as[0] if len(same_as) == 1 else same_as,
        "url": reference.doi_url or reference.pubmed_url or reference.url,
    }


def web_page(page, request, schema_type="WebPage", **properties):
    return {
        "@type": schema_type,
        "name": page.title,
        "url": page_url(page, request),
        "description": page_description(page),
        "inLanguage": LANGUAGE,
        "isPartOf": {"@type": "WebSite", "name": site_name(request), "url": home_url(request)},
        **properties,
    }


def page_description(page):
    describe = getattr(page, "get_meta_description", None)
    return (describe() if describe else "") or page.search_description


def medical_web_page(page, request, about):
    """A page with medical content: who wrote it, who checked it and when, what it is about, its sources."""
    return web_page(
        page,
        request,
        "MedicalWebPage",
        about=about,
        medicalAudience="https://schema.org/Patient",
        author=person(page.accountable_doctors["author"], request),
        reviewedBy=person(page.accountable_doctors["reviewer"], request),
        lastReviewed=date(page.last_reviewed),
        datePublished=date(page.first_published_at),
        dateModified=date(page.last_published_at),
        publisher=organisation(request),
        citation=[citation(reference) for reference in page.references],
    )


def questions_and_answers(questions):
    """(question, rich-text answer) pairs as schema.org Questions."""
    return [
        {"@type": "Question", "name": question, "acceptedAnswer": {"@type": "Answer", "text": plain_text(answer)}}
        for question, answer in questions
    ]


def faq_page(url, questions):
    """The questions of a page that is mainly about something else; None without questions."""
    if not questions:
        return None
    return {"@type": "FAQPage", "url": url, "inLanguage": LANGUAGE, "mainEntity": questions_and_answers(questions)}


def breadcrumb_list(crumbs, request):
    """The trail the page shows, as (title, url) pairs; the last one is the page itself."""
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": title, "item": absolute(request, url)}
            for position, (title, url) in enumerate(crumbs, start=1)
        ],
    }


def postal_address(location):
    return {
        "@type": "PostalAddress",
        "streetAddress": location.street_address,
        "postalCode": location.postal_code,
        "addressLocality": location.city,
        "addressCountry": "NL",
    }


def clinic(location, request, with_details=True, with_hours=False):
    """A location as a MedicalClinic; with its phone and opening hours where a page describes it in full."""
    data = {"@type": "MedicalClinic", "name": location.title, "url": page_url(location, request)}
    if with_details:
        data["address"] = postal_address(location)
    if with_hours:
        data.update(
            telephone=location.phone,
            email=location.email,
            openingHoursSpecification=opening_hours(location.hours),
            medicalSpecialty=SPECIALTY,
        )
    return data


# What schema.physician reads of a doctor's page, for a list that reads only that.
DOCTOR_FIELDS = ("title", "honorific", "live", "url_path", "path", "depth", "locale_id")


def physician(doctor, request):
    """A doctor of the collective, named and linked; the doctor's own page describes them in full."""
    return {
        "@type": "IndividualPhysician",
        "name": doctor.display_name,
        "url": link_url(doctor, request),
        "medicalSpecialty": SPECIALTY,
    }


WEEKDAYS = {1: "Monday", 2: "Tuesday", 3: "Wednesday", 4: "Thursday", 5: "Friday", 6: "Saturday", 7: "Sunday"}


def opening_hours(hours):
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": f"{CONTEXT}/{WEEKDAYS[row.weekday]}",
            "opens": row.opens.strftime("%H:%M"),
            "closes": row.closes.strftime("%H:%M"),
        }
        for row in hours
    ]


SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def escape_for_script(text):
    """JSON inside <script>: no '</script>' or '<!--' in a title can end the block early."""
    return text.translate(SCRIPT_ESCAPES)
