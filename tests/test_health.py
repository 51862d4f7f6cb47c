"""/health/ tells docker compose and a load balancer whether this process can serve: database and cache."""

import socket
from unittest import mock

import pytest
from django.db import OperationalError, connection

REDIS = ("127.0.0.1", 6379)


def test_a_healthy_process_answers_ok_for_the_database_and_the_cache(client, db):
    response = client.get("/health/")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_an_unreachable_cache_makes_the_process_unhealthy(client, db, settings):
    # Port 9 (discard) on this machine: nothing answers, as when Redis is down.
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:9/0"}
    }

    response = client.get("/health/")

    assert response.status_code == 503
    assert response.json() == {"status": "fout", "database": "ok", "cache": "fout"}


def test_a_failing_database_makes_the_process_unhealthy(client, db):
    # Undone inside the test: the test database itself needs the cursor afterwards.
    with mock.patch.object(connection, "cursor", side_effect=OperationalError("connection refused")):
        response = client.get("/health/")

    assert response.status_code == 503
    assert response.json()["database"] == "fout"


def test_health_only_answers_get(client, db):
    assert client.post("/health/").status_code == 405


def redis_is_running():
    try:
        socket.create_connection(REDIS, timeout=1).close()
        return True
    except OSError:
        return False


@pytest.mark.skipif(not redis_is_running(), reason="Redis is not running on 127.0.0.1:6379")
def test_with_redis_as_the_cache_the_process_is_healthy(client, db, settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:6379/15"}
    }

    assert client.get("/health/").json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_health_answers_a_container_check_on_any_host_and_over_plain_http(client, db, settings):
    settings.ALLOWED_HOSTS = ["sportartsen.example"]
    settings.SECURE_SSL_REDIRECT = True

    response = client.get("/health/", HTTP_HOST="172.18.0.5:8000")

    assert response.status_code == 200
    assert client.get("/", HTTP_HOST="172.18.0.5:8000").status_code == 400
