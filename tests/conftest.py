import pytest
from django.core.cache import cache, caches
from django.test import Client, TestCase, TransactionTestCase
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from serving import routing
from sources.lookup import SourceLookup, Throttle
from tests.demo_pages import build_demo_site
from tests.factories import make_publication_index, make_site_tree
from tests.layers import DatabaseLayer, layer_of
from tests.source_services import start as start_source_services


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


@pytest.fixture(autouse=True)
def nothing_kept_from_earlier_tests():
    """Each test starts with empty caches: what an earlier test kept (sites, routes, pages, parts of pages,
    rate-limit counts) may describe data that was rolled back with it."""
    for kept in caches.all():
        kept.clear()
    routing.clear_memos()


@pytest.fixture(scope="session")
def demo_layer(request):
    yield from DatabaseLayer.built(request, build_demo_site)


@pytest.fixture
def demo(demo_layer, db):
    """The demo site of `make run`: every page type with real content, fresh for each test."""
    demo_layer.fresh()


# As pytest-django tells them apart: Django's own test case classes, or the django_db mark and fixtures.
def _uses_database(item):
    if _django_test_case(item):
        return True
    names = item.fixturenames
    return item.get_closest_marker("django_db") is not None or "db" in names or "transactional_db" in names


def _is_transactional(item):
    test_case = _django_test_case(item)
    if test_case:
        return not issubclass(test_case, TestCase)
    marker = item.get_closest_marker("django_db")
    flagged = marker is not None and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences"))
    return bool(flagged) or "transactional_db" in item.fixturenames or "live_server" in item.fixturenames


def _django_test_case(item):
    cls = getattr(item, "cls", None)
    return cls if cls is not None and issubclass(cls, TransactionTestCase) else None


def _run_order(item):
    if _is_transactional(item):
        return (2, "")
    layer = layer_of(item)
    if layer:
        return (1, layer)
    if _uses_database(item):
        return (0, "")
    return (3, "")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Tests on an empty database first, then each layer's tests together, then those that empty it.

    pytest-xdist hands each worker its tests in this order, so each worker builds each layer at most once.
    """
    items.sort(key=_run_order)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    # A test of another layer, or of its own database state, must not see this layer's content.
    current = DatabaseLayer.current
    if current is not None and _uses_database(item) and layer_of(item) != current.name:
        current.leave()


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
    """Each web process remembers sites and addresses (serving/routing.py), starting from nothing."""
    settings.ROUTING_MEMO = True
    cache.clear()
    routing.clear_memos()
    yield settings
    cache.clear()
    routing.clear_memos()


@pytest.fixture
def parts_kept(routes_remembered):
    """Rendered parts of pages are kept as in production (serving/templatetags/fragments.py)."""
    routes_remembered.FRAGMENT_CACHE_SECONDS = 300
    return routes_remembered


@pytest.fixture(scope="session")
def source_server():
    server = start_source_services()
    yield server
    server.shutdown()


@pytest.fixture
def source_services(source_server, settings, monkeypatch):
    """Crossref and PubMed answered by the recorded server; waiting is recorded, never done."""
    base = f"http://127.0.0.1:{source_server.server_address[1]}"
    settings.CROSSREF_API_URL = f"{base}/crossref"
    settings.NCBI_EUTILS_URL = f"{base}/eutils"
    settings.CROSSREF_MAILTO = settings.NCBI_EMAIL = "bronnen@example.org"
    # The production timeout: a loaded CI machine can take more than a fraction of a second to answer even on
    # loopback. The one test of a service that does not answer in time shortens it for itself.
    settings.SOURCE_LOOKUP_TIMEOUT = 5
    settings.SOURCE_LOOKUP_MAX_WAIT = 3
    waits = []
    clock = [0.0]

    def sleep(seconds):
        waits.append(seconds)
        clock[0] += seconds

    monkeypatch.setattr(SourceLookup, "sleep", staticmethod(sleep))
    monkeypatch.setattr("sources.lookup.NCBI_THROTTLE", Throttle(sleep=sleep, clock=lambda: clock[0]))
    source_server.requests.clear()
    source_server.waits = waits
    return source_server
