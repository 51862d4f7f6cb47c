"""Real-browser tests: Playwright drives Debian's Chromium against a live test server.

Where Chromium (or axe-core) is missing the tests are skipped with the reason,
except on CI, where a missing browser is a failure.
"""

import os
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from django.core.cache import cache
from django.db import connection
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.demo_pages import build_demo_site

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE_JS = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ON_CI = os.environ.get("CI") == "true"


CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def missing(reason):
    if ON_CI:
        pytest.fail(f"{reason} (required on CI)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        missing(f"Chromium not found at {CHROMIUM}: install Debian's chromium package")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("Playwright's Python package is not installed")
    # Playwright's sync API runs an event loop in this thread; the ORM calls that
    # fixtures make (demo content) are still plain synchronous calls.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


class DemoDatabase:
    """The test database as it was right after the demo site was built, kept whole and put back whole.

    The live server answers from its own threads, so what a browser test sees must be committed: the
    savepoints of the unit tests (tests/conftest.py) cannot hold it. Emptying every table after each
    test and building the demo again took longer than most tests themselves. Instead the database is
    copied once, and before each test the copy is put back: on PostgreSQL as a template database, on
    SQLite with its backup API.
    """

    def __init__(self):
        self.name = connection.settings_dict["NAME"]
        self.copy = None

    def keep(self):
        if connection.vendor == "postgresql":
            self.copy = f"{self.name}_demo"
            self._recreate(self.copy, template=self.name)
        elif connection.vendor == "sqlite":
            connection.ensure_connection()
            self.copy = sqlite3.connect(":memory:", check_same_thread=False)
            connection.connection.backup(self.copy)
        else:
            raise NotImplementedError(f"the browser tests cannot copy a {connection.vendor} database")

    def restore(self):
        if connection.vendor == "postgresql":
            self._recreate(self.name, template=self.copy)
        else:
            connection.ensure_connection()
            self.copy.backup(connection.connection)
        # What the live server kept in this process's cache (sites, renditions) describes the last test's data.
        cache.clear()

    def discard(self):
        if connection.vendor == "postgresql":
            connection.close()
            with connection._nodb_cursor() as cursor:
                cursor.execute(f"DROP DATABASE IF EXISTS {connection.ops.quote_name(self.copy)} WITH (FORCE)")
        else:
            self.copy.close()

    @staticmethod
    def _recreate(name, template):
        # The server's threads close their connections after each request; this thread's goes too.
        connection.close()
        with connection._nodb_cursor() as cursor:
            quoted = connection.ops.quote_name
            cursor.execute(f"DROP DATABASE IF EXISTS {quoted(name)} WITH (FORCE)")
            cursor.execute(f"CREATE DATABASE {quoted(name)} TEMPLATE {quoted(template)}")


@pytest.fixture(scope="session")
def demo_database(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        build_demo_site()
        database = DemoDatabase()
        database.keep()
    yield database
    with django_db_blocker.unblock():
        database.discard()


@pytest.fixture
def transactional_db(demo_database, django_db_blocker):
    """Each browser test starts on a fresh copy of the demo site, and may read and change it directly.

    This stands in for pytest-django's own fixture, which the live server asks for: that one empties
    every table after the test, which this copy makes needless.
    """
    with django_db_blocker.unblock():
        demo_database.restore()
        yield


@pytest.fixture
def demo_site(live_server, transactional_db):
    """The demo content behind a live server."""
    return live_server.url


def open_page(browser, url, width, javascript=True, reduced_motion="reduce"):
    # Reduced motion by default: scrolling lands at once, so tests need no waiting for animations.
    context = browser.new_context(
        viewport={"width": width, "height": 844 if width < 600 else 900},
        java_script_enabled=javascript,
        locale="nl-NL",
        reduced_motion=reduced_motion,
        # axe-core is injected as an inline script, which the site's Content-Security-Policy forbids;
        # tests/browser/test_content_security_policy.py runs the pages under the policy instead.
        bypass_csp=True,
    )
    page = context.new_page()
    page.goto(url)
    return page


class RequestsInFlight:
    """The live server's application, counting each request until Django has finished with it.

    The live server's database is put back before the next test (DemoDatabase). A request the browser
    gave up on when its page closed (a preview refreshing, the editor's regular check, a picture's
    first renditions) is still being answered by the server for a moment, and would write into the
    fresh copy or find it gone.
    """

    def __init__(self, app):
        self.app = app
        self.count = 0
        self.changed = threading.Condition()

    def __call__(self, environ, start_response):
        with self.changed:
            self.count += 1
        try:
            response = self.app(environ, start_response)
        except BaseException:
            self._finished()
            raise
        return _Answer(response, self._finished)

    def _finished(self):
        with self.changed:
            self.count -= 1
            self.changed.notify_all()

    def wait_until_idle(self, timeout=30):
        with self.changed:
            if not self.changed.wait_for(lambda: self.count == 0, timeout):
                pytest.fail(f"the live server was still answering {self.count} request(s) after {timeout} s")


class _Answer:
    """A response whose closing (where Django sends request_finished) also ends the count."""

    def __init__(self, response, finished):
        self.response = response
        self.finished = finished

    def __iter__(self):
        return iter(self.response)

    def close(self):
        try:
            if hasattr(self.response, "close"):
                self.response.close()
        finally:
            self.finished()


@pytest.fixture
def server_requests(live_server):
    server = live_server.thread.httpd
    if not isinstance(server.get_app(), RequestsInFlight):
        server.set_app(RequestsInFlight(server.get_app()))
    return server.get_app()


def pages_at_width(browser, server_requests, width):
    """Yield a function that opens URLs at this viewport width; close them all afterwards."""
    opened = []

    def make(url, javascript=True, reduced_motion="reduce"):
        page = open_page(browser, url, width, javascript, reduced_motion)
        opened.append(page)
        return page

    yield make
    for page in opened:
        page.context.close()
    server_requests.wait_until_idle()


# The pages depend on the live server: they are closed, and what they asked for answered, before it
# stops and its database is put back.
@pytest.fixture
def phone(browser, server_requests):
    yield from pages_at_width(browser, server_requests, 390)


@pytest.fixture
def narrow_phone(browser, server_requests):
    """The narrowest screen WCAG's reflow criterion asks for: 320 CSS pixels."""
    yield from pages_at_width(browser, server_requests, 320)


@pytest.fixture
def desktop(browser, server_requests):
    yield from pages_at_width(browser, server_requests, 1280)


@pytest.fixture
def axe():
    if not AXE_JS.exists():
        missing("axe-core is not installed: run `npm ci` (make test does)")
    source = AXE_JS.read_text()

    def run(page):
        page.add_script_tag(content=source)
        result = page.evaluate(
            "async () => await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', "
            "'wcag22aa', 'best-practice']})"
        )
        return [
            f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"]
        ]

    return run


def screenshot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def log_in(page, base, username):
    """Password, then the code from the app: the admin's real two steps."""
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "een-lang-wachtwoord")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{base}/admin/2fa/code/**")
    device = TOTPDevice.objects.get(user__username=username)
    page.get_by_label("Code").fill(f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(f"{base}/admin/")
