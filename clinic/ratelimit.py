"""A small per-address rate limit, counted in the cache (Redis in production).

Counted in the default cache, which pages cannot push out (clinic/settings/base.py). Without a cache
to count in, every attempt is allowed (see `allow`).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

from serving.cache import CacheUnavailable


def client_ip(request):
    """The visitor's address. Behind TRUSTED_PROXY_COUNT proxies, the address the outermost proxy saw.

    X-Forwarded-For is only believed when a proxy of our own sets it;
    otherwise any visitor could pick a fresh address for every request.
    """
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def allow(request, scope, limit, window):
    """Count one attempt for this visitor; False once the limit within `window` seconds is passed.

    The key holds a hash, not the address itself: the cache stores no personal data.
    """
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_ip(request)}".encode()).hexdigest()[:32]
    key = f"ratelimit:{scope}:{digest}"
    # add() starts the window only if it is not running; incr() is atomic in Redis.
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except CacheUnavailable:
        # Nothing can be counted while Redis is away. A patient's request then goes through rather
        # than being refused: the form's other guards (its token, the honeypot, the consent) still hold.
        return True
    except ValueError:
        # The key expired between add() and incr(): this is the first attempt of a new window.
        cache.set(key, 1, timeout=window)
        count = 1
    return count <= limit
