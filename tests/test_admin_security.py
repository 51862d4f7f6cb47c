"""Every admin account needs a second step at sign-in, and guessing passwords locks the account for a while."""

import datetime
import io
import re

import pytest
import time_machine
from axes.models import AccessAttempt
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import PageViewRestriction

from tests.factories import make_condition, make_user

pytestmark = pytest.mark.real_two_factor

PASSWORD = "een-lang-wachtwoord"
START = datetime.datetime(2026, 11, 25, 9, 0, tzinfo=datetime.UTC)


def code_for(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def sign_in(client, username="sanne", password=PASSWORD, ip="192.0.2.10"):
    return client.post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=ip)


@pytest.fixture
def clock():
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


@pytest.fixture
def user(db):
    return make_user("sanne", "Beheer")


def set_up_two_factor(client):
    client.get("/admin/2fa/instellen/")
    device = TOTPDevice.objects.get(user__username="sanne")
    client.post("/admin/2fa/instellen/", {"code": code_for(device), "next": "/admin/"})
    return TOTPDevice.objects.get(pk=device.pk)


def test_a_new_account_is_sent_to_set_up_two_factor_before_anything_else(client, user):
    sign_in(client)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/2fa/instellen/?next=%2Fadmin%2Fpages%2F"


def test_without_the_second_step_no_admin_page_or_action_is_reached(client, user, site_tree):
    sign_in(client)
    home = site_tree[0]
    for url in ("/admin/", f"/admin/pages/{home.pk}/edit/", "/admin/users/", "/django-admin/"):
        assert client.get(url).status_code == 302, url
    client.post(f"/admin/pages/{home.pk}/edit/", {"title": "Gekaapt", "action-publish": "1"})
    home.refresh_from_db()
    assert home.title != "Gekaapt"


def test_the_setup_page_shows_a_qr_code_and_the_key_to_type(client, user):
    sign_in(client)
    soup = BeautifulSoup(client.get("/admin/2fa/instellen/").content, "html.parser")
    assert soup.select_one(".two-factor__qr svg")
    device = TOTPDevice.objects.get(user=user)
    assert not device.confirmed
    assert soup.select_one("[data-secret]").get_text().replace(" ", "") in device.config_url


def test_a_wrong_code_does_not_switch_two_factor_on(client, user, clock):
    sign_in(client)
    client.get("/admin/2fa/instellen/")
    response = client.post("/admin/2fa/instellen/", {"code": "000000"})
    assert response.status_code == 400
    assert "Deze code klopt niet" in response.content.decode()
    assert not TOTPDevice.objects.get(user=user).confirmed
    assert client.get("/admin/").status_code == 302


def test_the_right_code_switches_it_on_and_shows_ten_backup_codes_once(client, user, clock):
    sign_in(client)
    client.get("/admin/2fa/instellen/")
    device = TOTPDevice.objects.get(user=user)
    response = client.post("/admin/2fa/instellen/", {"code": code_for(device), "next": "/admin/pages/"})
    soup = BeautifulSoup(response.content, "html.parser")
    assert len(soup.select("[data-backup-codes] li")) == 10
    assert soup.select_one("[data-continue]")["href"] == "/admin/pages/"
    assert TOTPDevice.objects.get(pk=device.pk).confirmed
    assert client.get("/admin/").status_code == 200


def test_the_next_sign_in_asks_for_a_code_from_the_app(user, clock):
    set_up_two_factor_client = Client()
    sign_in(set_up_two_factor_client)
    device = set_up_two_factor(set_up_two_factor_client)
    clock.shift(datetime.timedelta(seconds=60))

    client = Client()
    sign_in(client)
    response = client.get("/admin/pages/")
    assert response["Location"] == "/admin/2fa/code/?next=%2Fadmin%2Fpages%2F"
    assert client.post("/admin/2fa/code/", {"code": "123456", "next": "/admin/pages/"}).status_code == 400
    clock.shift(datetime.timedelta(seconds=60))  # past the throttle of the failed try
    accepted = client.post("/admin/2fa/code/", {"code": code_for(device), "next": "/admin/pages/"})
    assert accepted["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_a_backup_code_works_once(user, clock):
    setup = Client()
    sign_in(setup)
    setup.get("/admin/2fa/instellen/")
    device = TOTPDevice.objects.get(user=user)
    page = setup.post("/admin/2fa/instellen/", {"code": code_for(device)})
    backup = BeautifulSoup(page.content, "html.parser").select_one("[data-backup-codes] code").get_text()

    first = Client()
    sign_in(first)
    assert first.post("/admin/2fa/code/", {"code": backup})["Location"] == "/admin/"
    second = Client()
    sign_in(second)
    assert second.post("/admin/2fa/code/", {"code": backup}).status_code == 400


def test_a_next_address_on_another_site_is_ignored(user, clock):
    client = Client()
    sign_in(client)
    device = set_up_two_factor(client)
    clock.shift(datetime.timedelta(seconds=60))
    other = Client()
    sign_in(other)
    response = other.post("/admin/2fa/code/", {"code": code_for(device), "next": "https://evil.example/"})
    assert response["Location"] == "/admin/"


def test_the_public_site_needs_no_second_step(client, user, site_tree):
    sign_in(client)
    assert client.get("/").status_code == 200


def test_five_wrong_passwords_lock_the_account_for_that_address(client, user):
    assert [sign_in(client, password="fout").status_code for _attempt in range(5)] == [200, 200, 200, 200, 429]
    locked = sign_in(client)
    assert locked.status_code == 429
    assert "Even geblokkeerd" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_lockout_does_not_block_the_same_account_from_another_address(user):
    for _attempt in range(5):
        sign_in(Client(), password="fout")
    elsewhere = Client()
    assert sign_in(elsewhere, ip="198.51.100.20").status_code == 302


def test_the_lockout_ends_after_the_cool_off_period(user, clock):
    for _attempt in range(5):
        sign_in(Client(), password="fout")
    assert sign_in(Client()).status_code == 429
    clock.shift(datetime.timedelta(hours=1, minutes=1))
    assert sign_in(Client()).status_code == 302


def test_a_successful_sign_in_clears_the_failed_attempts(client, user):
    for _attempt in range(4):
        sign_in(Client(), password="fout")
    assert sign_in(Client()).status_code == 302
    assert not AccessAttempt.objects.filter(username="sanne").exists()


def test_a_lost_phone_is_reset_by_a_command(user, clock):
    client = Client()
    sign_in(client)
    set_up_two_factor(client)
    call_command("reset_two_factor", "sanne", stdout=io.StringIO())
    again = Client()
    sign_in(again)
    assert again.get("/admin/")["Location"].startswith("/admin/2fa/instellen/")


def test_the_sign_in_pages_can_load_the_admin_icons_before_the_second_step(client, user):
    sign_in(client)
    assert client.get("/admin/sprite/").status_code == 200
    assert client.get("/admin/jsi18n/").status_code == 200


# A script prefix (SCRIPT_NAME) is set by a proxy, or by a client the proxy believes. Django routes
# the address after it, and the second step is decided on that same address.
@pytest.mark.parametrize(
    "address",
    [
        "/admin/pages/",
        "/admin/users/",
        "/django-admin/auth/user/",
        "/admin/pages/{page}/edit/",
        "/admin/pages/{page}/view_draft/",
    ],
)
def test_a_script_prefix_does_not_skip_the_second_step(client, user, site_tree, address):
    sign_in(client)

    response = client.get(address.format(page=site_tree[1].pk), SCRIPT_NAME="/x")

    assert response.status_code == 302
    assert "/admin/2fa/instellen/?next=" in response["Location"]


def test_with_a_script_prefix_the_sign_in_pages_still_open_before_the_second_step(client, user):
    sign_in(client)

    assert client.get("/admin/2fa/instellen/", SCRIPT_NAME="/x").status_code == 200
    assert client.get("/admin/sprite/", SCRIPT_NAME="/x").status_code == 200


@pytest.fixture
def private_page(site_tree):
    page = make_condition(site_tree[1], title="Alleen voor het team")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


def test_a_password_alone_does_not_open_a_page_for_signed_in_visitors(client, user, private_page):
    sign_in(client)

    response = client.get(private_page.url)

    # Wagtail's sign-in for visitors, as for anybody not signed in.
    assert response.status_code == 302
    assert response["Location"].startswith("/_util/login/")


def test_a_password_alone_does_not_open_a_page_for_a_group(client, user, site_tree):
    page = make_condition(site_tree[1], title="Alleen voor de directie")
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set(user.groups.all())
    sign_in(client)

    assert client.get(page.url).status_code == 302


def test_after_the_second_step_the_page_for_signed_in_visitors_opens(client, user, private_page, clock):
    sign_in(client)
    set_up_two_factor(client)

    assert client.get(private_page.url).status_code == 200


def test_a_password_alone_shows_no_user_bar_on_the_public_site(client, user, site_tree):
    sign_in(client)

    assert "wagtail-userbar" not in client.get(site_tree[1].url).content.decode()


def test_after_the_second_step_the_user_bar_shows(client, user, site_tree, clock):
    sign_in(client)
    set_up_two_factor(client)

    assert "wagtail-userbar" in client.get(site_tree[1].url).content.decode()


NEW_PASSWORD = "een-ander-lang-wachtwoord-2026"


def test_a_password_reset_answers_the_same_for_a_known_and_an_unknown_address(client, user):
    known = client.post("/admin/password_reset/", {"email": "sanne@example.org"})
    unknown = Client().post("/admin/password_reset/", {"email": "niemand@example.org"})

    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    assert [message.to for message in mail.outbox] == [["sanne@example.org"]]


def reset_link():
    return re.search(r"https?://[^/\s]+(/admin/password_reset/confirm/\S+/)", mail.outbox[-1].body).group(1)


def test_a_password_reset_link_works_once(client, user):
    client.post("/admin/password_reset/", {"email": "sanne@example.org"})
    link = reset_link()
    form = client.get(link, follow=True)

    done = client.post(form.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})

    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)
    again = Client().get(link, follow=True)
    assert again.context["validlink"] is False


def test_a_new_password_still_asks_for_the_second_step(client, user, clock):
    setup = Client()
    sign_in(setup)
    set_up_two_factor(setup)
    client.post("/admin/password_reset/", {"email": "sanne@example.org"})
    form = client.get(reset_link(), follow=True)
    client.post(form.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})

    fresh = Client()
    sign_in(fresh, password=NEW_PASSWORD)

    assert fresh.get("/admin/")["Location"].startswith("/admin/2fa/code/")
