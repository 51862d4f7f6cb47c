"""Django's Redis cache, made to serve the site without Redis rather than to fail with it.

Two changes to Django's backend:

- One Redis client per connection pool instead of one per call. Django builds a new redis.Redis object
  for every get and set; each one fills a table of several hundred reply handlers first. A client holds
  no connection of its own (the pool does) and may be shared; Django keeps one cache object per thread.
- Redis away (stopped, unreachable, out of memory) is a cache that has nothing and keeps nothing, not an
  error: every page is then drawn afresh. A failure is logged once a minute, not per request, and for
  a few seconds after one the cache is not asked at all, so an unreachable server costs each request
  nothing instead of a connection attempt. `incr` raises CacheUnavailable, a ValueError as for a key
  that is not there, so callers that count (clinic/ratelimit.py) can tell the two apart.
"""

import logging
import threading
import time

from django.core.cache.backends import redis as django_redis
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# After a failure the cache is left alone this long; then the next call tries again.
PAUSE_SECONDS = 5
LOG_INTERVAL_SECONDS = 60


class CacheUnavailable(ValueError):
    """The cache could not be asked; for `incr`, where Django raises ValueError for a missing key."""


class _Health:
    """Per Redis server and process: until when to leave it alone, and when its failure was last logged."""

    def __init__(self):
        self.paused_until = 0.0
        self.logged_at = float("-inf")
        self.lock = threading.Lock()

    def available(self):
        return time.monotonic() >= self.paused_until

    def failed(self, server, error):
        now = time.monotonic()
        with self.lock:
            self.paused_until = now + PAUSE_SECONDS
            log = now - self.logged_at >= LOG_INTERVAL_SECONDS
            if log:
                self.logged_at = now
        if log:
            logger.warning("De cache (%s) is niet bereikbaar; de site werkt zonder cache verder: %s", server, error)


_health = {}
_health_lock = threading.Lock()


def health_of(server):
    with _health_lock:
        return _health.setdefault(server, _Health())


def _guarded(name, fallback):
    """Django's client method `name`, answering `fallback(*args)` while Redis is away."""
    method = getattr(django_redis.RedisCacheClient, name)

    def guarded(self, *args, **kwargs):
        if not self._health.available():
            return fallback(*args)
        try:
            return method(self, *args, **kwargs)
        except RedisError as error:
            self._health.failed(self._server_names, error)
            return fallback(*args)

    guarded.__name__ = name
    return guarded


def _no_count(*args):
    raise CacheUnavailable("de cache is niet bereikbaar")


class RedisCacheClient(django_redis.RedisCacheClient):
    def __init__(self, servers, **options):
        super().__init__(servers, **options)
        self._clients = {}
        self._server_names = ", ".join(self._servers)
        self._health = health_of(self._server_names)

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client

    add = _guarded("add", lambda *args: False)
    get = _guarded("get", lambda key, default: default)
    set = _guarded("set", lambda *args: None)
    touch = _guarded("touch", lambda *args: False)
    delete = _guarded("delete", lambda *args: False)
    get_many = _guarded("get_many", lambda *args: {})
    has_key = _guarded("has_key", lambda *args: False)
    incr = _guarded("incr", _no_count)
    set_many = _guarded("set_many", lambda *args: [])
    delete_many = _guarded("delete_many", lambda *args: None)
    clear = _guarded("clear", lambda *args: False)


class RedisCache(django_redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient


class RenditionCache(RedisCache):
    """The cache of Wagtail's image renditions (the "renditions" alias).

    Wagtail writes every rendition it found back to the cache unless the rendition says it came from there
    (`_from_cache`), and only renditions it prefetched say so: each picture drawn cost a write as well as a
    read. Renditions read from here are marked as such.
    """

    def get_many(self, keys, version=None):
        found = super().get_many(keys, version=version)
        for rendition in found.values():
            rendition._from_cache = True
        return found
