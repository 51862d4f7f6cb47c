"""Patients answer "Was deze pagina nuttig?"; the answer is stored per page, without personal data."""

import pytest
from bs4 import BeautifulSoup

from feedback.models import PageFeedback
from roles.groups import DOCTORS
from tests.factories import make_condition, make_person, make_publication, make_user


@pytest.fixture
def page(condition_index):
    return make_condition(condition_index)


def answer(client, page, helpful="ja", comment="", **extra):
    return client.post(f"/reactie/{page.pk}/", {"helpful": helpful, "comment": comment}, **extra)


def test_a_condition_page_asks_whether_it_was_useful(client, page):
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    form = soup.select_one("#reactie form")
    assert soup.select_one("#reactie-titel").get_text() == "Was deze pagina nuttig?"
    assert form["action"] == f"/reactie/{page.pk}/"
    assert [button["value"] for button in form.select("button[name=helpful]")] == ["ja", "nee"]
    assert soup.select_one("label[for=reactie-opmerking]")


def test_a_yes_is_stored_for_the_page_and_the_patient_is_thanked(client, page):
    response = answer(client, page, "ja")
    assert response.status_code == 302
    assert response["Location"] == f"{page.url}?reactie=bedankt#reactie"
    stored = PageFeedback.objects.get()
    assert (stored.page_id, stored.helpful, stored.comment) == (page.pk, True, "")
    thanks = BeautifulSoup(client.get(response["Location"]).content, "html.parser")
    assert thanks.select_one("#reactie [role=status]")


def test_a_no_with_a_comment_is_stored(client, page):
    answer(client, page, "nee", "Ik snap niet wat een peesplaat is.")
    stored = PageFeedback.objects.get()
    assert (stored.helpful, stored.comment) == (False, "Ik snap niet wat een peesplaat is.")


def test_an_email_address_or_phone_number_in_a_comment_is_not_kept(client, page):
    answer(client, page, "nee", "Bel me op 06-12345678 of mail jan.jansen@example.org graag")
    assert PageFeedback.objects.get().comment == "Bel me op [verwijderd] of mail [verwijderd] graag"


def test_nothing_about_the_visitor_is_stored(client, page):
    answer(client, page, "ja", REMOTE_ADDR="203.0.113.9")
    fields = {field.name for field in PageFeedback._meta.get_fields()}
    assert fields == {"id", "page", "helpful", "comment", "created_at"}
    assert "203.0.113.9" not in str(PageFeedback.objects.values().get())


@pytest.mark.parametrize(
    "data",
    [{}, {"helpful": "misschien"}, {"helpful": "ja", "comment": "x" * 501}, {"helpful": ["ja", "nee"]}],
    ids=["nothing", "unknown-answer", "comment-too-long", "two-answers"],
)
def test_a_malformed_answer_gets_a_clear_400_and_stores_nothing(client, page, data):
    response = client.post(f"/reactie/{page.pk}/", data)
    assert response.status_code == 400
    assert "Uw reactie is niet ontvangen" in response.content.decode()
    assert not PageFeedback.objects.exists()


def test_only_a_post_is_accepted(client, page):
    assert client.get(f"/reactie/{page.pk}/").status_code == 405


def test_answers_for_pages_that_do_not_ask_are_refused(client, page, publication_index):
    news = make_publication(publication_index)
    assert client.post(f"/reactie/{news.pk}/", {"helpful": "ja"}).status_code == 404
    assert client.post("/reactie/999999/", {"helpful": "ja"}).status_code == 404
    assert not PageFeedback.objects.exists()


def test_a_draft_page_takes_no_answers(client, condition_index):
    draft = make_condition(condition_index, title="Springersknie", live=False)
    assert client.post(f"/reactie/{draft.pk}/", {"helpful": "ja"}).status_code == 404


def test_answers_are_rate_limited_per_visitor(client, page, settings):
    settings.FEEDBACK_RATE_LIMIT = 3
    statuses = [answer(client, page).status_code for _ in range(4)]
    assert statuses == [302, 302, 302, 429]
    assert PageFeedback.objects.count() == 3
    other_visitor = answer(client, page, REMOTE_ADDR="198.51.100.7")
    assert other_visitor.status_code == 302


def test_the_rate_limited_answer_says_when_to_try_again(client, page, settings):
    settings.FEEDBACK_RATE_LIMIT = 0
    response = answer(client, page)
    assert response.status_code == 429
    assert response["Retry-After"] == str(settings.FEEDBACK_RATE_WINDOW)


def test_the_responsible_doctor_sees_the_counts_of_their_pages_on_the_dashboard(client, condition_index):
    doctor = make_person("Sanne de Wit")
    mine = make_condition(condition_index, title="Hielspoor", author=doctor)
    other = make_condition(condition_index, title="Springersknie", author=make_person("Joost Verhoeven"))
    for helpful in (True, True, False):
        PageFeedback.objects.create(page=mine, helpful=helpful, comment="" if helpful else "Te lang.")
    PageFeedback.objects.create(page=other, helpful=True)
    client.force_login(make_user("sanne", DOCTORS, doctor=doctor))
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    rows = [
        [cell.get_text(strip=True) for cell in row.select("td")]
        for row in soup.select("#page-feedback-section tbody tr")
    ]
    assert rows == [["Hielspoor", "2", "1", "1"]]


def test_the_doctor_reads_the_comments_in_the_admin_but_cannot_change_them(client, page):
    PageFeedback.objects.create(page=page, helpful=False, comment="Wat is een peesplaat?")
    client.force_login(make_user("sanne", DOCTORS, doctor=make_person("Sanne de Wit")))
    listing = client.get(f"/admin/pagefeedback/?page={page.pk}")
    assert listing.status_code == 200
    assert "Wat is een peesplaat?" in listing.content.decode()
    assert client.get("/admin/pagefeedback/new/").status_code in (302, 403)
