"""The site degrades instead of falling over: Redis away, the database away, the mail server refusing.

Each is made to happen for real: Redis and the mail server on a closed port, the database behind a
small TCP relay of the test's own that is cut and restored. No mocks of the failing part.
"""

import contextlib
import logging
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.core.cache import caches
from django.db import connection

from contact.models import ContactPage, ContactSubmission
from locations.models import LocationPage
from serving import cache as clinic_cache
from serving import content_version

ROOT = Path(__file__).resolve().parent.parent


def closed_port():
    """A port on this machine that nothing listens on: a connection to it is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_caches(url):
    backend = {"BACKEND": "serving.cache.RedisCache", "LOCATION": url, "OPTIONS": settings.REDIS_OPTIONS}
    return {"default": {**backend, "KEY_PREFIX": "clinic"}, "pages": {**backend, "KEY_PREFIX": "pages"}}


@pytest.fixture(autouse=True)
def nothing_known_of_earlier_failures():
    clinic_cache._health.clear()
    content_version._missed_change = False
    yield
    clinic_cache._health.clear()
    content_version._missed_change = False


@pytest.fixture
def redis_away(settings):
    """Production's caching, with Redis on a port where nothing answers."""
    settings.CACHES = redis_caches(f"redis://127.0.0.1:{closed_port()}/0")
    settings.PAGE_CACHE_SECONDS = settings.FRAGMENT_CACHE_SECONDS = 300
    settings.ROUTING_MEMO = True
    return settings


@pytest.mark.parametrize("url", ["/", "/aandoeningen/hielspoor/", "/publicaties/?year=2024", "/admin/login/"])
def test_with_redis_away_every_page_is_served_uncached(client, demo, redis_away, url):
    responses = [client.get(url), client.get(url)]

    assert [response.status_code for response in responses] == [200, 200]
    assert "hit" not in [response.get("X-Page-Cache") for response in responses]


def test_with_redis_away_the_admin_works(admin_client, demo, redis_away):
    assert admin_client.get("/admin/pages/").status_code == 200


def send_a_request(client, email):
    """A patient's appointment request through the demo's contact form, as the browser sends it."""
    data = {
        "kind": "afspraak",
        "name": "Fatima el Idrissi",
        "email": email,
        "phone": "06 12 34 56 78",
        "location": str(LocationPage.objects.live().first().pk),
        "has_referral": "ja",
        "message": "Sinds drie maanden pijn onder mijn hiel.",
        "consent": "on",
        "website": "",
    }
    return client.post(ContactPage.objects.get().url, data)


def test_with_redis_away_a_patients_request_is_still_accepted(client, demo, redis_away):
    response = send_a_request(client, "fatima@example.nl")

    assert response.status_code == 302
    assert ContactSubmission.objects.filter(email="fatima@example.nl").exists()


def test_with_redis_away_health_says_the_cache_fails(client, db, redis_away):
    response = client.get("/health/")

    assert response.status_code == 503
    assert response.json() == {"status": "fout", "database": "ok", "cache": "fout"}


def test_redis_away_is_logged_once_not_for_every_request(client, demo, redis_away, caplog):
    with caplog.at_level(logging.WARNING, logger="serving.cache"):
        for _request in range(5):
            client.get("/aandoeningen/hielspoor/")

    assert len([record for record in caplog.records if record.name == "serving.cache"]) == 1


def test_after_a_failure_redis_is_left_alone_for_a_moment(redis_away, monkeypatch):
    cache = caches["default"]
    cache.get("iets")
    attempts = []

    def connect(connection):
        attempts.append(connection)
        raise redis.exceptions.ConnectionError("nothing answers")

    monkeypatch.setattr(redis.connection.AbstractConnection, "connect", connect)

    assert [cache.get("iets", "standaard") for _call in range(100)] == ["standaard"] * 100
    assert attempts == []


def test_a_change_while_redis_is_away_still_counts_when_it_is_back(demo, settings):
    """A page kept before the change must not come back with Redis."""
    before = content_version.current()
    reachable = settings.CACHES
    settings.CACHES = redis_caches(f"redis://127.0.0.1:{closed_port()}/0")
    content_version.bump()
    settings.CACHES = reachable

    assert content_version.current() != before
    assert caches["pages"].get(content_version.VERSION_KEY) == content_version.current()


def test_with_the_mail_server_refusing_a_request_is_still_stored(client, demo, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_port()

    response = send_a_request(client, "joris@example.nl")

    assert response.status_code == 302
    assert ContactSubmission.objects.filter(email="joris@example.nl").exists()


class Relay:
    """A TCP relay to the database that can be cut and restored, as a network or a database restart does."""

    def __init__(self, target):
        self.target = target
        self.listener = None
        self.port = closed_port()
        self.links = []
        self.lock = threading.Lock()

    def start(self):
        self.listener = socket.create_server(("127.0.0.1", self.port))
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def cut(self):
        # A listener closed while a thread waits in accept() would go on accepting; shut down, it stops.
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        with self.lock:
            for link in self.links:
                with contextlib.suppress(OSError):
                    link.shutdown(socket.SHUT_RDWR)
                link.close()
            self.links = []

    def _accept(self, listener):
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            with self.lock:
                self.links += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source, sink):
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


@contextlib.contextmanager
def gunicorn(database_url):
    """The image's server against the given database, keeping its connection as production does.

    With the test settings: production's want the hashed names of a collectstatic run, which takes
    longer than this whole file (tests/test_settings.py does that once).
    """
    port = closed_port()
    env = {key: value for key, value in os.environ.items() if key not in {"DJANGO_ALLOW_ASYNC_UNSAFE", "REDIS_URL"}}
    env.update(
        DJANGO_SETTINGS_MODULE="clinic.settings.test",
        DATABASE_URL=database_url,
        DATABASE_CONN_MAX_AGE="60",
    )
    process = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "clinic.wsgi:application", "--bind", f"127.0.0.1:{port}",
         "--workers", "1", "--no-control-socket"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        time.sleep(0.1)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.parametrize("path", ["/", "/aandoeningen/hielspoor/", "/admin/login/"])
def test_with_the_database_away_every_page_answers_503_in_dutch(path):
    with gunicorn(f"postgres://postgres@127.0.0.1:{closed_port()}/clinic") as base:
        status, headers, body = get(base + path)

    assert status == 503
    assert headers["Retry-After"] == "60"
    assert "De website is even niet bereikbaar" in body
    assert "112" in body


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a database server to cut off needs PostgreSQL")
def test_the_site_recovers_by_itself_when_the_database_is_back(django_db_setup):
    database = settings.DATABASES["default"]
    relay = Relay((database["HOST"] or "127.0.0.1", int(database["PORT"] or 5432)))
    relay.start()
    url = f"postgres://{database['USER']}@127.0.0.1:{relay.port}/{database['NAME']}"
    with gunicorn(url) as base:
        healthy = get(base + "/health/")[0]
        relay.cut()
        away = get(base + "/health/")[0], get(base + "/aandoeningen/")[0]
        relay.start()
        back = get(base + "/health/")[0], get(base + "/admin/login/")[0]

    assert (healthy, away, back) == (200, (503, 503), (200, 200))
