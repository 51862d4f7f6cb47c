"""A news item: where it lives, what it shows, how editors make one and what they cannot get wrong."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from conditions.models import ConditionIndexPage
from home.models import HomePage
from publications.models import PublicationIndexPage, PublicationPage
from tests.factories import (
    build_publication,
    make_condition,
    make_embed,
    make_image,
    make_person,
    make_publication,
    make_publication_index,
    make_site_tree,
    publication_form_data,
)


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


class PublicationTreeRulesTests(WagtailPageTestCase):
    def test_the_archive_sits_under_the_home_page_and_there_is_one(self):
        self.assertAllowedParentPageTypes(PublicationIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(PublicationIndexPage, {PublicationPage})
        self.assertEqual(PublicationIndexPage.max_count, 1)

    def test_news_items_sit_in_the_archive_only_and_have_no_subpages(self):
        self.assertAllowedParentPageTypes(PublicationPage, {PublicationIndexPage})
        self.assertAllowedSubpageTypes(PublicationPage, set())
        self.assertCanNotCreateAt(ConditionIndexPage, PublicationPage)
        self.assertCanNotCreateAt(Page, PublicationIndexPage)


class PublicationAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home, cls.conditions = make_site_tree()
        cls.archive = make_publication_index(cls.home)
        cls.author = make_person(name="Sanne de Wit")
        cls.item = make_publication(cls.archive, title="Sporten met koorts", slug="nieuw-bericht", authors=[cls.author])

    def setUp(self):
        self.login()

    def test_archive_and_item_are_routable_and_renderable(self):
        for page in (self.archive, self.item):
            with self.subTest(page=page):
                self.assertPageIsRoutable(page)
                self.assertPageIsRenderable(page)

    def test_the_feed_is_a_route_of_the_archive(self):
        self.assertPageIsRoutable(self.archive, "feed/")
        self.assertPageIsRenderable(self.archive, "feed/")

    def test_archive_is_editable_and_previewable(self):
        self.assertPageIsEditable(self.archive)
        self.assertPageIsPreviewable(self.archive)

    def test_item_is_editable_and_previewable(self):
        data = publication_form_data(self.item.title, self.author)
        self.assertPageIsEditable(self.item, post_data=data)
        self.assertPageIsPreviewable(self.item, post_data=data)

    def test_an_editor_can_create_a_news_item_with_tags_and_authors(self):
        self.assertCanCreate(
            self.archive, PublicationPage, publication_form_data("Slim hardlopen", self.author, slug="slim")
        )

        created = PublicationPage.objects.get(slug="slim")
        self.assertEqual(sorted(t.name for t in created.tags.all()), ["hardlopen", "knie"])
        self.assertEqual([a.doctor for a in created.authors.all()], [self.author])
        self.assertEqual(created.body[0].block_type, "paragraph")

    def test_a_new_item_is_dated_today_unless_the_editor_says_otherwise(self):
        self.assertEqual(PublicationPage().publication_date, timezone.localdate())


@pytest.mark.django_db
class TestValidation:
    def test_a_photo_needs_alternative_text(self):
        page = build_publication(listing_image=make_image())
        with pytest.raises(ValidationError) as error:
            page.clean()
        assert "listing_image_alt" in error.value.message_dict

    def test_a_source_link_needs_the_name_of_the_source(self):
        page = build_publication(source_url="https://www.example.nl/artikel")
        with pytest.raises(ValidationError) as error:
            page.clean()
        assert "source_name" in error.value.message_dict

    def test_linking_the_card_to_the_source_needs_a_source_link(self):
        page = build_publication(source_name="Het Dagblad", link_to_source=True)
        with pytest.raises(ValidationError) as error:
            page.clean()
        assert "source_url" in error.value.message_dict


def test_item_shows_its_date_in_dutch_and_its_authors(client, publication_index):
    authors = [make_person(name="Sanne de Wit"), make_person(honorific="", name="Joost Verhoeven")]
    item = make_publication(publication_index, date=datetime.date(2025, 7, 22), authors=authors)

    meta = soup_of(client.get(item.url)).select_one(".publication__meta")

    assert meta.time["datetime"] == "2025-07-22"
    assert meta.time.get_text() == "22 juli 2025"
    assert "Met dr. Sanne de Wit en Joost Verhoeven" in meta.get_text(" ", strip=True)


def test_item_links_to_its_original_source(client, publication_index):
    item = make_publication(publication_index, source_name="Het Dagblad", source_url="https://www.example.nl/artikel")

    box = soup_of(client.get(item.url)).select_one(".source-box")

    assert "Dit artikel verscheen eerder in Het Dagblad." in box.get_text(" ", strip=True)
    assert box.a["href"] == "https://www.example.nl/artikel"


def test_item_shows_its_photo_with_alternative_text_and_credit(client, publication_index):
    item = make_publication(
        publication_index,
        listing_image=make_image(),
        listing_image_alt="Een hardloper op een atletiekbaan.",
        listing_image_credit="Anna Jansen",
    )

    figure = soup_of(client.get(item.url)).select_one(".figure--lead")

    assert figure.img["alt"] == "Een hardloper op een atletiekbaan."
    assert figure.img["width"] and figure.img["height"]
    assert figure.figcaption.get_text(strip=True) == "Beeld: Anna Jansen"


def test_topics_link_to_the_filtered_archive(client, publication_index):
    item = make_publication(publication_index, tags=["Olympische Spelen"])

    chip = soup_of(client.get(item.url)).select_one(".chips a")

    assert chip.get_text(strip=True) == "Olympische Spelen"
    assert chip["href"] == publication_index.url + "?onderwerp=olympische-spelen"
    assert client.get(chip["href"]).status_code == 200


def test_item_links_to_the_conditions_it_is_about(client, site_tree, publication_index):
    condition = make_condition(site_tree[1], title="Achillespeesklachten")
    item = make_publication(publication_index, conditions=[condition])

    links = [a["href"] for a in soup_of(client.get(item.url)).select(".publication__body ul a")]

    assert condition.url in links


def test_previous_and_next_lead_to_the_older_and_newer_item(client, publication_index):
    older = make_publication(publication_index, title="Oud bericht", date=datetime.date(2024, 1, 1))
    middle = make_publication(publication_index, title="Middelste bericht", date=datetime.date(2024, 6, 1))
    newer = make_publication(publication_index, title="Nieuw bericht", date=datetime.date(2025, 1, 1))
    make_publication(publication_index, title="Concept", date=datetime.date(2024, 8, 1), live=False)

    nav = soup_of(client.get(middle.url)).select_one(".publication-nav")

    assert nav.select_one('[rel="prev"]')["href"] == older.url
    assert nav.select_one('[rel="next"]')["href"] == newer.url
    first_nav = soup_of(client.get(older.url)).select_one(".publication-nav")
    assert first_nav.select_one('[rel="prev"]') is None


def test_a_quote_names_who_said_it(client, publication_index):
    item = make_publication(
        publication_index,
        body=[{"type": "quote", "value": {"text": "Rust is ook training.", "name": "Joost", "role": "sportarts"}}],
    )

    quote = soup_of(client.get(item.url)).select_one(".quote")

    assert quote.blockquote.get_text(strip=True) == "Rust is ook training."
    assert quote.figcaption.get_text(" ", strip=True) == "Joost, sportarts"


def test_an_embedded_video_gets_a_frame_title_for_screen_readers(client, publication_index):
    url = "https://www.youtube.com/watch?v=voorbeeld"
    make_embed(url, '<iframe width="200" height="113" src="https://www.youtube-nocookie.com/embed/voorbeeld"></iframe>')
    item = make_publication(
        publication_index,
        body=[{"type": "video", "value": {"video": url, "title": "Oefeningen voor de kuit", "caption": ""}}],
    )

    video = soup_of(client.get(item.url)).select_one(".video")

    assert video.iframe["title"] == "Oefeningen voor de kuit"
    assert video.select_one(".video__link")["href"] == url


def test_a_video_that_cannot_be_embedded_still_leaves_a_link(client, publication_index):
    url = "https://video.example.nl/onbekende-aanbieder"
    item = make_publication(
        publication_index,
        body=[{"type": "video", "value": {"video": url, "title": "Uitleg over shockwave", "caption": ""}}],
    )

    response = client.get(item.url)

    assert response.status_code == 200
    video = soup_of(response).select_one(".video")
    assert video.iframe is None
    assert video.select_one(".video__link")["href"] == url


def test_hostile_rich_text_in_an_item_is_cleaned_when_stored(client, publication_index):
    item = make_publication(
        publication_index,
        body=[{"type": "paragraph", "value": '<p onclick="steal()">Tekst<script>alert(1)</script></p>'}],
    )

    body = soup_of(client.get(item.url)).select_one(".publication__body")

    assert body.script is None
    assert "onclick" not in str(body)


def test_meta_description_is_the_introduction(client, publication_index):
    item = make_publication(publication_index, intro="Waarom u met koorts beter niet sport.")

    meta = soup_of(client.get(item.url)).find("meta", attrs={"name": "description"})

    assert meta["content"] == "Waarom u met koorts beter niet sport."
