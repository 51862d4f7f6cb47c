"""Odd requests get a friendly answer, never a server error."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import make_condition, text_section


@pytest.mark.parametrize(
    "query",
    ["?page=abc", "?q=%00%ff", "?utm_source=<script>alert(1)</script>", "?" + "x" * 3000, "?a=1&a=2&a[]=3"],
)
def test_odd_query_strings_on_a_condition_page_still_show_the_page(client, condition_index, query):
    page = make_condition(condition_index, sections=[text_section()])
    response = client.get(page.url + query)
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_an_unknown_address_gets_a_friendly_dutch_not_found_page(client, site_tree):
    response = client.get("/aandoeningen/bestaat-niet/")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet" in response.content.decode()


def test_hostile_rich_text_is_not_rendered_as_script(client, condition_index):
    page = make_condition(
        condition_index,
        sections=[text_section(body='<p>Hallo</p><script>alert("x")</script><p onclick="evil()">Klik</p>')],
    )
    main = BeautifulSoup(client.get(page.url).content, "html.parser").main
    assert main.find("script") is None
    assert not [tag for tag in main.find_all(True) if any(attr.startswith("on") for attr in tag.attrs)]
    assert "Klik" in main.get_text()
