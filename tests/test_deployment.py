"""The deployment files hold together: the image runs as a non-root user with gunicorn, compose starts the
web app after its migrations with a database, a cache and health checks, and gunicorn serves the site."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
DOCKERFILE = (ROOT / "Dockerfile").read_text()
SERVICES = COMPOSE["services"]


def instructions(name):
    """The Dockerfile's instructions of one kind, each on one line (continuation lines joined)."""
    joined = DOCKERFILE.replace("\\\n", " ")
    return [" ".join(line.split()) for line in joined.splitlines() if line.startswith(name + " ")]


def test_the_image_runs_as_a_user_of_its_own_with_gunicorn():
    assert instructions("USER") == ["USER clinic"]
    assert "useradd" in DOCKERFILE
    command = " ".join(instructions("CMD"))
    assert "gunicorn" in command and "--no-control-socket" in command
    assert any("requirements/production.txt" in line for line in instructions("RUN"))
    assert "collectstatic" in DOCKERFILE and "/health/" in " ".join(instructions("HEALTHCHECK"))


def test_compose_runs_the_site_with_postgresql_redis_a_migrate_step_and_the_scheduler():
    assert set(SERVICES) == {"db", "redis", "redis-pages", "migrate", "web", "scheduler"}
    assert SERVICES["db"]["image"].startswith("postgres:15")
    assert SERVICES["migrate"]["command"] == [
        "sh",
        "-c",
        "python manage.py migrate --noinput && python manage.py update_index",
    ]
    assert SERVICES["web"]["depends_on"]["migrate"] == {"condition": "service_completed_successfully"}
    assert SERVICES["web"]["depends_on"]["db"] == {"condition": "service_healthy"}
    assert SERVICES["web"]["environment"]["REDIS_URL"].startswith("redis://redis:6379")


def test_pages_have_a_redis_of_their_own_that_may_push_them_out_and_the_counts_one_that_never_does():
    assert SERVICES["web"]["environment"]["PAGES_REDIS_URL"].startswith("redis://redis-pages:6379")
    assert SERVICES["redis-pages"]["command"][-2:] == ["--maxmemory-policy", "allkeys-lru"]
    assert SERVICES["redis"]["command"][-2:] == ["--maxmemory-policy", "noeviction"]


def test_gunicorn_believes_forwarded_headers_only_from_the_proxy_the_deployment_names():
    command = " ".join(instructions("CMD"))
    assert "--forwarded-allow-ips" not in command
    assert "FORWARDED_ALLOW_IPS=127.0.0.1" in " ".join(instructions("ENV"))
    assert SERVICES["web"]["environment"]["FORWARDED_ALLOW_IPS"] == "${FORWARDED_ALLOW_IPS:-127.0.0.1}"


@pytest.mark.parametrize("service", ["db", "redis", "redis-pages"])
def test_the_services_others_wait_for_have_health_checks(service):
    assert SERVICES[service]["healthcheck"]["test"]


def test_the_database_and_the_uploads_live_in_volumes():
    assert set(COMPOSE["volumes"]) == {"db-data", "media"}
    assert "db-data:/var/lib/postgresql/data" in SERVICES["db"]["volumes"]
    assert "media:/app/media" in SERVICES["web"]["volumes"]


def test_the_web_port_is_only_open_to_this_machine():
    assert SERVICES["web"]["ports"] == ["127.0.0.1:8000:8000"]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url, host=None):
    """Status and headers, without following a redirect."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    try:
        request = urllib.request.Request(url, headers={"Host": host} if host else {})
        # gunicorn accepts on its port before its worker has loaded Django; on a busy machine that takes seconds.
        response = urllib.request.build_opener(NoRedirect).open(request, timeout=30)
        return response.status, response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.headers


@pytest.fixture
def gunicorn(tmp_path):
    """The image's command, with production settings, on a free port of this machine."""
    port = free_port()
    env = {key: value for key, value in os.environ.items() if key not in {"DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update(
        DJANGO_SETTINGS_MODULE="clinic.settings.production",
        SECRET_KEY="a-long-random-production-secret-" + "x" * 40,
        ALLOWED_HOSTS="www.sportartsen.example",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    gunicorn_bin = Path(sys.executable).with_name("gunicorn")
    process = subprocess.Popen(
        [str(gunicorn_bin), "clinic.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "1",
         "--no-control-socket"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and process.poll() is None:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.2)
    yield base
    process.terminate()
    process.wait(timeout=10)


def test_gunicorn_serves_the_health_check_and_sends_visitors_to_https(gunicorn):
    health, _headers = get(gunicorn + "/health/")
    visitor, headers = get(gunicorn + "/", host="www.sportartsen.example")
    internal, _headers = get(gunicorn + "/")

    assert health == 200
    assert (visitor, headers["Location"]) == (301, "https://www.sportartsen.example/")
    # A request for a host that is not the site's own is refused, never served.
    assert internal == 400
