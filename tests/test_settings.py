"""Settings come from the environment, with safe defaults; production refuses to start without secrets."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent


# Set by the test run or the developer's shell; each test says what it needs.
NOT_PASSED_ON = {
    "SECRET_KEY",
    "DJANGO_SETTINGS_MODULE",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "REDIS_URL",
    "PAGE_CACHE_SECONDS",
    "FRAGMENT_CACHE_SECONDS",
    "ROUTING_MEMO",
}


def run_manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in NOT_PASSED_ON}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


def test_the_site_speaks_dutch_in_amsterdam_time():
    assert settings.LANGUAGE_CODE == "nl"
    assert settings.TIME_ZONE == "Europe/Amsterdam"
    assert settings.USE_I18N and settings.USE_TZ


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="clinic.settings.production")
    assert result.returncode != 0
    assert "SECRET_KEY ontbreekt" in result.stderr


def test_production_settings_pass_the_deployment_checklist():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="clinic.settings.production",
        SECRET_KEY="a-long-random-production-secret-" + "x" * 40,
        ALLOWED_HOSTS="sportartsen.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr


PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "clinic.settings.production",
    "SECRET_KEY": "a-long-random-production-secret-" + "x" * 40,
    "ALLOWED_HOSTS": "sportartsen.example",
}
WHAT_IS_KEPT = (
    "from django.conf import settings as s; print(s.PAGE_CACHE_SECONDS, s.FRAGMENT_CACHE_SECONDS, s.ROUTING_MEMO)"
)


def test_production_keeps_pages_parts_and_routes_in_the_shared_cache():
    result = run_manage("shell", "-c", WHAT_IS_KEPT, REDIS_URL="redis://127.0.0.1:6379/9", **PRODUCTION)

    assert result.stdout.splitlines()[-1].split() == ["300", "300", "True"], result.stderr


def test_production_without_a_shared_cache_keeps_nothing_a_process_could_not_forget():
    """Several web processes with a cache each: an edit through one would stay unseen in the others."""
    result = run_manage("shell", "-c", WHAT_IS_KEPT, **PRODUCTION)

    assert result.stdout.splitlines()[-1].split() == ["0", "0", "False"], result.stderr


def test_a_malformed_debug_value_is_refused_instead_of_guessed():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="clinic.settings.dev", DEBUG="maybe")
    assert result.returncode != 0
    assert "DEBUG must be true or false" in result.stderr


def test_production_serves_hashed_compressed_static_files_cached_for_a_year(tmp_path):
    production = {
        "DJANGO_SETTINGS_MODULE": "clinic.settings.production",
        "SECRET_KEY": "a-long-random-production-secret-" + "x" * 40,
        "ALLOWED_HOSTS": "testserver",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(tmp_path),
    }
    collected = run_manage("collectstatic", "--noinput", **production)
    assert collected.returncode == 0, collected.stderr
    fetch = (
        "from django.templatetags.static import static; from django.test import Client; "
        "url = static('css/site.css'); r = Client().get(url, HTTP_ACCEPT_ENCODING='br, gzip'); "
        "print(url, r.status_code, r['Cache-Control'], r.get('Content-Encoding'), sep='|')"
    )

    served = run_manage("shell", "-c", fetch, **production)

    url, status, cache_control, encoding = served.stdout.strip().splitlines()[-1].split("|")
    assert url.startswith("/static/css/site.") and url.endswith(".css") and url != "/static/css/site.css"
    assert (status, encoding) == ("200", "br")
    assert cache_control.startswith("max-age=315360000") and "immutable" in cache_control
