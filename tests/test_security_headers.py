"""Every answer carries the security headers a clinic site needs; the public site runs no inline script."""

import re
from pathlib import Path

import pytest

INLINE_STYLE = re.compile(r"\sstyle=|<style", re.IGNORECASE)


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in (p.strip() for p in policy.split(";")) if part}


def test_a_public_page_allows_scripts_from_this_site_only(client, site_tree):
    policy = directives(client.get(site_tree[0].url))

    assert policy["script-src"] == ["'self'"]
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"] and policy["form-action"] == ["'self'"]


def test_embedded_videos_may_come_from_the_video_players_only(client, site_tree):
    policy = directives(client.get(site_tree[0].url))

    assert "https://www.youtube-nocookie.com" in policy["frame-src"]
    assert "https://player.vimeo.com" in policy["frame-src"]
    assert "*" not in policy["frame-src"] and "https:" not in policy["frame-src"]


def test_the_admin_may_run_its_own_inline_scripts_and_nothing_from_elsewhere(admin_client, site_tree):
    policy = directives(admin_client.get("/admin/"))

    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["default-src"] == ["'self'"]


@pytest.mark.parametrize("url", ["/", "/zoeken/?q=knie", "/robots.txt", "/bestaat-niet/"])
def test_every_answer_switches_off_powerful_browser_features(client, site_tree, url):
    permissions = client.get(url)["Permissions-Policy"]

    for feature in ("camera", "microphone", "geolocation", "payment"):
        assert f"{feature}=()" in permissions


def test_pages_may_not_be_framed_by_other_sites_and_are_not_sniffed(client, site_tree):
    response = client.get(site_tree[0].url)

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin" or response["Referrer-Policy"].startswith("strict-origin")
    assert directives(response)["frame-ancestors"] == ["'self'"]


def test_a_public_page_takes_styles_from_this_sites_stylesheets_only(client, site_tree):
    assert directives(client.get(site_tree[0].url))["style-src"] == ["'self'"]


def test_the_admin_may_set_inline_styles_for_its_editor(admin_client, site_tree):
    assert directives(admin_client.get("/admin/"))["style-src"] == ["'self'", "'unsafe-inline'"]


def test_a_script_prefix_does_not_give_a_public_page_the_admins_policy(client, site_tree):
    # The address Django routes is the public home page; the prefix a client sent changes nothing.
    policy = directives(client.get("/", SCRIPT_NAME="/admin"))

    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]


def test_no_template_of_the_site_writes_an_inline_style(settings):
    templates = (Path(settings.BASE_DIR) / "templates").rglob("*.html")

    assert [str(path) for path in templates if INLINE_STYLE.search(path.read_text())] == []
