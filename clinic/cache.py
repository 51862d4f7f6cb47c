"""Django's Redis cache, with one Redis client per connection pool instead of one per call.

Django builds a new redis.Redis object for every get and set; each one fills a table of several hundred
reply handlers first. A page that reads the content version and its cached parts paid for that three
times, a noticeable share of serving it. A client holds no connection of its own (the pool does) and
may be shared; Django already keeps one cache object per thread.
"""

from django.core.cache.backends import redis


class RedisCacheClient(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
