"""Every page type describes itself to search engines as JSON-LD, built from what the page shows.

The JSON-LD is read back from the rendered HTML with extruct, the extractor search tools use, and
compared with the visible page: names, dates, treatments, questions and sources are never typed twice.
"""

import extruct
import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from wagtail.models import Page, get_page_models

from conditions.models import ConditionPage
from locations.models import LocationPage
from publications.models import PublicationPage
from tests.demo_pages import PAGE_OF_EACH_TYPE
from tests.factories import condition_form_data, make_condition, make_person

# The schema.org types each page type's JSON-LD must describe, on its page in the demo.
SCHEMA_TYPES = {
    "/": {"MedicalOrganization", "WebSite"},
    "/aandoeningen/": {"CollectionPage"},
    "/aandoeningen/hielspoor/": {"MedicalWebPage", "FAQPage"},
    "/behandelingen/": {"CollectionPage"},
    "/behandelingen/shockwave/": {"MedicalWebPage"},
    "/oefeningen/": {"CollectionPage"},
    "/oefeningen/hiel-en-achillespees/": {"MedicalWebPage"},
    "/publicaties/": {"CollectionPage"},
    "/publicaties/sporten-met-koorts/": {"NewsArticle"},
    "/team/": {"CollectionPage"},
    "/team/sanne-de-wit/": {"IndividualPhysician"},
    "/locaties/": {"CollectionPage"},
    "/locaties/amsterdam-west/": {"MedicalClinic"},
    "/vragen/": {"FAQPage"},
    "/over-ons/": {"AboutPage"},
    "/contact/": {"ContactPage"},
    "/privacy/": {"WebPage"},
    "/toegankelijkheid/": {"WebPage"},
    "/praktisch/": {"CollectionPage"},
    "/praktisch/kosten/": {"WebPage"},
    "/praktisch/klachten/": {"WebPage"},
    "/onderzoeken/": {"CollectionPage"},
    "/onderzoeken/duikkeuring/": {"Service"},
}


def extract(response):
    return extruct.extract(response.content.decode(), syntaxes=["json-ld"], uniform=True)["json-ld"]


def one(items, schema_type):
    found = [item for item in items if item["@type"] == schema_type]
    assert len(found) == 1, f"expected one {schema_type}, found {[item['@type'] for item in items]}"
    return found[0]


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def texts(elements):
    return [element.get_text(" ", strip=True) for element in elements]


def test_the_table_covers_every_page_type_of_the_site():
    models = {model._meta.label for model in get_page_models() if model is not Page}

    assert models == set(PAGE_OF_EACH_TYPE.values())
    assert set(SCHEMA_TYPES) == set(PAGE_OF_EACH_TYPE)


@pytest.mark.parametrize("url,types", SCHEMA_TYPES.items())
def test_each_page_type_carries_its_structured_data_and_a_breadcrumb_list(client, demo, url, types):
    response = client.get(url)
    label = PAGE_OF_EACH_TYPE[url]

    items = extract(response)

    assert response.context["page"]._meta.label == label
    assert {item["@type"] for item in items} == types | {"BreadcrumbList"}
    for item in items:
        assert item["@context"] == "https://schema.org"


@pytest.mark.parametrize("url", [url for url in PAGE_OF_EACH_TYPE if url != "/"])
def test_the_breadcrumb_list_is_the_trail_the_page_shows(client, demo, url):
    response = client.get(url)
    visible = soup_of(response).select_one("nav.breadcrumbs")

    trail = one(extract(response), "BreadcrumbList")["itemListElement"]

    site = response.context["page"].get_site()
    shown = [(a.get_text(strip=True), site.root_url + a["href"]) for a in visible.select("a")]
    shown.append((visible.select_one("[aria-current=page]").get_text(strip=True), site.root_url + url))
    assert [(item["name"], item["item"]) for item in trail] == shown
    assert [item["position"] for item in trail] == list(range(1, len(shown) + 1))


@pytest.fixture
def hielspoor_page(client, demo):
    response = client.get("/aandoeningen/hielspoor/")
    return response, soup_of(response), one(extract(response), "MedicalWebPage")


def test_a_condition_page_says_who_wrote_and_reviewed_it_and_when(hielspoor_page):
    _response, soup, page = hielspoor_page
    hielspoor = ConditionPage.objects.get(slug="hielspoor")

    assert page["name"] == soup.h1.get_text(strip=True)
    assert page["description"] == hielspoor.summary
    assert page["author"] == {
        "@type": "Person",
        "name": hielspoor.author.display_name,
        "honorificPrefix": hielspoor.author.honorific,
        "jobTitle": hielspoor.author.profession,
        "url": hielspoor.author.full_url,
    }
    assert page["reviewedBy"]["name"] == hielspoor.reviewer.display_name
    assert page["lastReviewed"] == soup.select_one(".accountability time")["datetime"]


def test_a_condition_page_is_about_the_condition_with_its_other_names_and_treatments(hielspoor_page):
    _response, soup, page = hielspoor_page

    condition = page["about"]

    assert condition["@type"] == "MedicalCondition"
    assert condition["name"] == "Hielspoor"
    assert condition["alternateName"] == texts(soup.select(".condition__aka span"))
    assert condition["relevantSpecialty"] == "https://schema.org/Musculoskeletal"
    therapies = condition["possibleTreatment"]
    assert {therapy["@type"] for therapy in therapies} == {"MedicalTherapy"}
    assert [therapy["name"] for therapy in therapies] == texts(soup.select("article.treatment .treatment__title"))


def test_a_treatment_with_its_own_page_links_there_and_others_link_to_their_place_on_the_page(hielspoor_page):
    response, soup, page = hielspoor_page
    therapies = {therapy["name"]: therapy["url"] for therapy in page["about"]["possibleTreatment"]}

    assert therapies["Shockwave"] == Page.objects.get(slug="shockwave").full_url
    anchor = therapies["Nachtspalk"].split("#", 1)[1]
    assert soup.find(id=anchor) is not None


def test_a_condition_page_cites_its_sources_with_their_doi(hielspoor_page):
    _response, soup, page = hielspoor_page

    citations = page["citation"]

    assert [citation["name"] for citation in citations] == texts(soup.select(".references__list .reference__title"))
    assert {citation["@type"] for citation in citations} == {"ScholarlyArticle"}
    doi_links = {a["href"] for a in soup.select(".references__list a[href^='https://doi.org/']")}
    cited_dois = {citation["url"] for citation in citations if citation.get("url", "").startswith("https://doi.org/")}
    assert cited_dois == doi_links
    first = citations[0]
    assert first["sameAs"][0] == first["url"] and first["datePublished"].isdigit()


def test_a_condition_page_lists_its_questions_as_an_faq_page(client, demo):
    response = client.get("/aandoeningen/hielspoor/")
    soup = soup_of(response)

    faq = one(extract(response), "FAQPage")

    assert [entity["name"] for entity in faq["mainEntity"]] == texts(soup.select(".faq__question"))
    answers = [entity["acceptedAnswer"]["text"] for entity in faq["mainEntity"]]
    # Plain text: the visible answer without its citation marks.
    shown = [answer.get_text(" ", strip=True) for answer in soup.select(".faq__answer")]
    pairs = zip(answers, shown, strict=True)
    assert all(answer and "<" not in answer and answer[:40] in shown_answer for answer, shown_answer in pairs)


def test_a_condition_without_questions_has_no_faq_page(client, condition_index):
    page = make_condition(condition_index, title="Knie", summary="Over de knie.")

    assert "FAQPage" not in {item["@type"] for item in extract(client.get(page.url))}


def test_a_title_cannot_break_out_of_the_structured_data(client, condition_index):
    title = "Knie </script><script>alert(1)</script> & <!-- meer"
    page = make_condition(condition_index, title=title, slug="knie", summary="Over de knie.")

    response = client.get(page.url)

    assert b"<script>alert(1)</script>" not in response.content
    assert one(extract(response), "MedicalWebPage")["name"] == title


def test_treatment_and_exercise_pages_are_about_a_therapy_and_an_exercise_plan(client, demo):
    treatment = one(extract(client.get("/behandelingen/shockwave/")), "MedicalWebPage")
    programme = one(extract(client.get("/oefeningen/hiel-en-achillespees/")), "MedicalWebPage")

    assert treatment["about"]["@type"] == "MedicalTherapy" and treatment["about"]["name"] == "Shockwave"
    assert treatment["reviewedBy"]["name"] and treatment["lastReviewed"]
    assert programme["about"]["@type"] == "ExercisePlan" and programme["about"]["activityFrequency"]
    assert programme["citation"] and programme["author"]["name"]


def test_a_news_item_is_a_news_article_with_its_date_authors_and_picture(client, demo):
    response = client.get("/publicaties/sporten-met-koorts/")
    soup = soup_of(response)

    article = one(extract(response), "NewsArticle")

    assert article["headline"] == soup.h1.get_text(strip=True)
    assert article["datePublished"] == soup.select_one(".publication time")["datetime"]
    assert [author["name"] for author in article["author"]] == texts(soup.select(".publication__authors a"))
    assert article["publisher"]["name"] == "Sportartsen Collectief"
    assert article["mainEntityOfPage"] == response.context["page"].full_url


def test_a_news_item_with_a_photo_names_it_as_its_image_and_one_without_names_none(client, demo):
    with_photo, without_photo = PublicationPage.objects.exclude(listing_image=None)[:2]
    without_photo.listing_image = None
    without_photo.save_revision().publish()

    article = one(extract(client.get(with_photo.url)), "NewsArticle")

    assert article["image"].startswith("http://") and ".fill-1200x630" in article["image"]
    assert "image" not in one(extract(client.get(without_photo.url)), "NewsArticle")


def test_a_doctor_page_is_an_individual_physician_with_the_locations_where_they_work(client, demo):
    response = client.get("/team/sanne-de-wit/")
    soup = soup_of(response)

    doctor = one(extract(response), "IndividualPhysician")

    assert doctor["name"] == soup.h1.get_text(strip=True)
    clinics = doctor["practicesAt"]
    assert {clinic["@type"] for clinic in clinics} == {"MedicalClinic"}
    location_links = {a.get_text(strip=True) for a in soup.select("main a[href^='/locaties/']")}
    assert {clinic["name"] for clinic in clinics} == location_links
    assert all(clinic["address"]["addressCountry"] == "NL" for clinic in clinics)


def test_a_location_is_a_medical_clinic_with_its_address_phone_and_opening_hours(client, demo):
    response = client.get("/locaties/amsterdam-west/")
    location = LocationPage.objects.get(slug="amsterdam-west")

    clinic = one(extract(response), "MedicalClinic")

    assert clinic["address"] == {
        "@type": "PostalAddress",
        "streetAddress": location.street_address,
        "postalCode": location.postal_code,
        "addressLocality": location.city,
        "addressCountry": "NL",
    }
    assert clinic["telephone"] == location.phone
    hours = clinic["openingHoursSpecification"]
    assert len(hours) == location.opening_hours.count()
    assert hours[0]["dayOfWeek"].startswith("https://schema.org/") and hours[0]["opens"] < hours[0]["closes"]


def test_the_home_page_names_the_organisation_with_its_logo_and_the_site_search(client, demo):
    items = extract(client.get("/"))

    organisation = one(items, "MedicalOrganization")
    site = one(items, "WebSite")

    logo = organisation["logo"]["url"]
    assert logo.startswith("http") and finders.find(logo.split("/static/", 1)[1])
    assert site["potentialAction"]["target"]["urlTemplate"].endswith("/zoeken/?q={search_term_string}")
    assert client.get("/zoeken/?q=hielspoor").status_code == 200


def test_the_faq_page_lists_every_question_it_shows(client, demo):
    response = client.get("/vragen/")
    soup = soup_of(response)

    faq = one(extract(response), "FAQPage")

    assert [entity["name"] for entity in faq["mainEntity"]] == texts(soup.select(".faq__question"))
    assert faq["name"] == soup.h1.get_text(strip=True)


def test_a_new_page_previewed_before_its_first_save_has_its_structured_data(admin_client, condition_index):
    author = make_person(name="Sanne de Wit")
    url = f"/admin/pages/add/conditions/conditionpage/{condition_index.pk}/preview/"

    assert admin_client.post(url, condition_form_data("Knieklachten", author)).json()["is_valid"]
    response = admin_client.get(url)

    assert response.status_code == 200
    page = one(extract(response), "MedicalWebPage")
    assert page["name"] == "Knieklachten"
    assert page["about"]["alternateName"] == ["achillodynie"]
    assert page["author"]["name"] == author.display_name


def test_the_home_page_describes_the_collective_with_its_address_phone_locations_hours_and_doctors(client, demo):
    organisation = one(extract(client.get("/")), "MedicalOrganization")

    assert organisation["address"]["streetAddress"] == "Sportparklaan 12"
    assert organisation["telephone"] == "088 000 00 01"
    clinics = {clinic["name"]: clinic for clinic in organisation["location"]}
    assert set(clinics) == {"Sportpoli Amsterdam-West", "Sportpoli Utrecht"}
    assert {hours["opens"] for hours in clinics["Sportpoli Utrecht"]["openingHoursSpecification"]} == {"09:00"}
    assert clinics["Sportpoli Utrecht"]["telephone"] == "088 000 00 02"
    assert "dr. Sanne de Wit" in {doctor["name"] for doctor in organisation["member"]}
    assert all(doctor["@type"] == "IndividualPhysician" for doctor in organisation["member"])


def test_a_location_names_its_phone_hours_and_the_doctors_who_work_there(client, demo):
    clinic = one(extract(client.get("/locaties/amsterdam-west/")), "MedicalClinic")

    assert clinic["telephone"] == "088 000 00 01"
    assert clinic["address"]["postalCode"] == "1000 AA"
    assert len(clinic["openingHoursSpecification"]) == 5
    assert "dr. Sanne de Wit" in {doctor["name"] for doctor in clinic["member"]}


def test_a_doctor_carries_the_big_number_and_the_specialist_registration(client, demo):
    doctor = one(extract(client.get("/team/sanne-de-wit/")), "IndividualPhysician")

    identifiers = {identifier["propertyID"]: identifier for identifier in doctor["identifier"]}
    assert identifiers["BIG"]["value"] == "19000000003"
    assert identifiers["BIG"]["url"] == "https://zoeken.bigregister.nl/"
    assert identifiers["RGS"]["value"].startswith("sport- en bewegingsarts")


def test_an_examination_is_offered_at_its_price_from_the_price_list(client, demo):
    service = one(extract(client.get("/onderzoeken/duikkeuring/")), "Service")

    assert service["offers"]["@type"] == "Offer"
    assert service["offers"]["price"] == "110.00"
    assert service["offers"]["priceCurrency"] == "EUR"
    assert service["provider"]["@type"] == "MedicalOrganization"
