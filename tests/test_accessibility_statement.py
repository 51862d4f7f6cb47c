"""The accessibility statement says which standard the site meets, since when, how it is tested, and where to report."""

import datetime

from bs4 import BeautifulSoup

from about.models import AccessibilityStatementPage
from tests.factories import add_page


def test_the_statement_names_the_standard_the_status_and_the_date_of_the_last_check(client, site_tree):
    page = add_page(
        site_tree[0],
        AccessibilityStatementPage(
            title="Toegankelijkheid",
            slug="toegankelijkheid",
            compliance=AccessibilityStatementPage.Compliance.PARTIAL,
            last_checked=datetime.date(2026, 11, 25),
            report_email="toegankelijkheid@example.org",
        ),
    )

    soup = BeautifulSoup(client.get(page.url).content, "html.parser")

    assert soup.select_one(".statement__status").get_text(strip=True) == (
        "Deze website voldoet gedeeltelijk aan WCAG 2.2, niveau AA."
    )
    assert soup.select_one(".meta time")["datetime"] == "2026-11-25"
    assert soup.select_one("a[href='mailto:toegankelijkheid@example.org']") is not None


def test_the_demo_site_links_to_its_statement_from_every_page_and_says_how_it_is_tested(client, demo):
    home = BeautifulSoup(client.get("/").content, "html.parser")
    link = home.select_one("footer a[href='/toegankelijkheid/']")

    statement = BeautifulSoup(client.get(link["href"]).content, "html.parser").get_text(" ")

    assert "axe-core" in statement and "Nu HTML Checker" in statement and "toetsenbord" in statement
    assert "Deze website voldoet volledig aan WCAG 2.2, niveau AA." in statement


def test_a_site_has_one_statement():
    assert AccessibilityStatementPage.max_count == 1
    assert AccessibilityStatementPage.parent_page_types == ["home.HomePage"]
