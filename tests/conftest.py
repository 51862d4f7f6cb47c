import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from clinic import routing
from tests.factories import make_publication_index, make_site_tree


@pytest.fixture(autouse=True)
def admin_logins_pass_the_second_step(request, monkeypatch):
    """A test that logs a user in gets a session that passed two-factor verification, as after a real login.

    tests/test_admin_security.py goes through the real steps instead (marker `real_two_factor`).
    """
    if request.node.get_closest_marker("real_two_factor"):
        return
    original = Client._login

    def _login(self, user, backend=None):
        original(self, user, backend)
        device, _created = TOTPDevice.objects.get_or_create(user=user, name="test", defaults={"confirmed": True})
        session = self.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()

    monkeypatch.setattr(Client, "_login", _login)


@pytest.fixture
def demo(db):
    """The demo site of `make run`: every page type with real content."""
    call_command("load_demo_content", stdout=io.StringIO())


@pytest.fixture
def site_tree(db):
    home, index = make_site_tree()
    return home, index


@pytest.fixture
def condition_index(site_tree):
    return site_tree[1]


@pytest.fixture
def publication_index(site_tree):
    return make_publication_index(site_tree[0])


@pytest.fixture
def routes_remembered(settings):
    """Each web process remembers sites and addresses (clinic/routing.py), starting from nothing."""
    settings.ROUTING_MEMO = True
    cache.clear()
    routing.clear_memos()
    yield settings
    cache.clear()
    routing.clear_memos()


@pytest.fixture
def parts_kept(routes_remembered):
    """Rendered parts of pages are kept as in production (clinic/templatetags/fragments.py)."""
    routes_remembered.FRAGMENT_CACHE_SECONDS = 300
    return routes_remembered
