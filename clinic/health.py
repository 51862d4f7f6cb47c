"""/health/: is this web process able to serve? For docker compose, a load balancer or uptime monitoring.

It checks what every page needs, the database and the cache, and says which one fails (status 503),
so an orchestrator stops sending visitors to a container that cannot answer them. It answers as the
first middleware: a container's own health check asks over plain HTTP with its internal address as
host, which the host check and the HTTPS redirect further on would turn away.
"""

import logging
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.http import HttpResponseNotAllowed, JsonResponse
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)


def database_ok():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def cache_ok():
    """Every cache answers: the one of counts, and the one of pages (clinic/settings/base.py)."""
    # A key of its own per check: several web containers share one Redis.
    key = f"health:{uuid.uuid4().hex}"
    for alias in settings.CACHES:
        kept = caches[alias]
        kept.set(key, "ok", timeout=10)
        found = kept.get(key) == "ok"
        kept.delete(key)
        if not found:
            return False
    return True


CHECKS = {"database": database_ok, "cache": cache_ok}


HEALTH_PATH = "/health/"


def health(request):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    results = {}
    for name, check in CHECKS.items():
        try:
            results[name] = "ok" if check() else "fout"
        except Exception:  # any failure means: not healthy; the log has the details
            logger.exception("Gezondheidscontrole %s mislukt", name)
            results[name] = "fout"
    healthy = all(value == "ok" for value in results.values())
    response = JsonResponse({"status": "ok" if healthy else "fout", **results}, status=200 if healthy else 503)
    add_never_cache_headers(response)
    return response


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == HEALTH_PATH:
            return health(request)
        return self.get_response(request)
