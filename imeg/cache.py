"""Django's Redis cache, made safe to lose: while Redis is down the site runs without a cache.

Every page asks the cache (site lookups, the page cache, fragments, rate limits, Wagtail's own
site root paths and renditions), so a cache error would be every request's error. This backend
turns Redis errors into misses: `get` returns the default, writes do nothing (`set_many` returns
the keys it could not write, as Django's API says), `add` returns False and `incr` raises
`CacheUnavailable`, a `ValueError` like a missing key. After a failure it skips Redis for
`RETRY_AFTER` seconds (a circuit breaker), so a Redis that accepts connections but never answers
costs one socket timeout per process and interval, not one per request. Each process logs one
line when an outage begins and one when it ends, and calls the `recovered` callbacks (the page
cache then replays purges it could not make, see imeg.page_cache.missed).
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger("imeg.cache")

DEFAULT_RETRY_AFTER = 5.0  # seconds


class CacheUnavailable(ValueError):
    """The cache cannot be reached; `incr` and `decr` raise it (a ValueError, as for a missing key)."""


# Called without arguments in the process that saw Redis come back after an outage.
recovered = []


class Breaker:
    """Whether to skip Redis now; one per process and Redis location, shared by its threads."""

    def __init__(self, retry_after):
        self.retry_after = retry_after
        self.lock = threading.Lock()
        self.skip_until = 0.0
        self.outage = False

    @property
    def closed(self):
        return time.monotonic() >= self.skip_until

    def failed(self, error):
        with self.lock:
            self.skip_until = time.monotonic() + self.retry_after
            starting = not self.outage
            self.outage = True
        if starting:
            logger.error(
                "Cache unavailable, serving without it (retrying every %.0f s): %s: %s",
                self.retry_after,
                type(error).__name__,
                error,
            )

    def succeeded(self):
        if not self.outage:
            return
        with self.lock:
            ending, self.outage = self.outage, False
        if ending:
            logger.warning("Cache available again")
            for callback in recovered:
                try:
                    callback()
                except Exception:  # a callback must not fail the request that noticed the recovery
                    logger.exception("Cache recovery callback %r failed", callback)


# Django makes one cache object per thread; the breaker is per process.
breakers = {}
_breakers_lock = threading.Lock()


def breaker_for(servers, retry_after):
    with _breakers_lock:
        return breakers.setdefault((tuple(servers), retry_after), Breaker(retry_after))


class ResilientRedisCache(RedisCache):
    """RedisCache that answers like an empty cache while Redis is unreachable or too slow."""

    def __init__(self, server, params):
        params = dict(params)
        options = dict(params.get("OPTIONS", {}))
        retry_after = float(options.pop("RETRY_AFTER", DEFAULT_RETRY_AFTER))
        params["OPTIONS"] = options
        super().__init__(server, params)
        self.breaker = breaker_for(self._servers, retry_after)

    @property
    def available(self):
        """False while the breaker skips Redis after a failure."""
        return self.breaker.closed

    def _call(self, method, fallback, *args, **kwargs):
        if not self.breaker.closed:
            return fallback()
        try:
            if self.breaker.outage:
                # Recover (and replay missed purges) before this call reads what they would replace.
                self._cache.get_client(write=True).ping()
                self.breaker.succeeded()
            return method(*args, **kwargs)
        except RedisError as error:
            self.breaker.failed(error)
            return fallback()

    def ping(self):
        """Ask Redis directly, whatever the breaker says; raises the Redis error (for /readyz)."""
        try:
            self._cache.get_client(write=True).ping()
        except RedisError as error:
            self.breaker.failed(error)
            raise
        self.breaker.succeeded()

    def get(self, key, default=None, version=None):
        return self._call(super().get, lambda: default, key, default, version)

    def get_many(self, keys, version=None):
        return self._call(super().get_many, dict, keys, version)

    def has_key(self, key, version=None):
        return self._call(super().has_key, lambda: False, key, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().add, lambda: False, key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().set, lambda: None, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().set_many, lambda: list(data), data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().touch, lambda: False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call(super().delete, lambda: False, key, version)

    def delete_many(self, keys, version=None):
        return self._call(super().delete_many, lambda: None, keys, version)

    def incr(self, key, delta=1, version=None):
        return self._call(super().incr, _unavailable, key, delta, version)

    def clear(self):
        return self._call(super().clear, lambda: False)


def _unavailable():
    raise CacheUnavailable("the cache is unavailable")


def cache_available(cache):
    """Whether the cache backend can be used now (always True for backends without a breaker)."""
    return getattr(cache, "available", True)
