"""Health endpoints for load balancers and orchestrators: `/healthz` (liveness) and `/readyz` (readiness).

Both live outside the language prefixes, answer JSON and are never cached. Neither reports an
exception's message (it may name hosts or paths); the cause goes to the log instead.
"""

import logging
import uuid

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger("imeg.health")

READY_PROBE = b"imeg readiness probe"


@never_cache
@require_safe
def healthz(request):
    """The process answers: no database, cache or storage is asked."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_safe
def readyz(request):
    """Whether this process can serve pages: database and media storage work; the cache is reported too.

    Without its cache the site still serves pages, only slower (imeg/cache.py): a cache outage is
    "degraded" with status 200, so that load balancers keep every app server while the shared
    Redis is down (decision 43).
    """
    checks = {name: _run(name, check) for name, check in READY_CHECKS.items()}
    failed = {name for name, result in checks.items() if result != "ok"}
    if failed - OPTIONAL_CHECKS:
        return JsonResponse({"status": "unavailable", "checks": checks}, status=503)
    return JsonResponse({"status": "degraded" if failed else "ok", "checks": checks})


def _run(name, check):
    try:
        check()
    except Exception as error:  # a probe reports every failure, it never raises one
        logger.warning("Readiness check %s failed", name, exc_info=True)
        return f"error: {type(error).__name__}"
    return "ok"


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        if cursor.fetchone() != (1,):
            raise RuntimeError("SELECT 1 did not return 1")


def check_storage():
    """Write, read back and delete a small file where uploads go."""
    name = default_storage.save(f"readyz/{uuid.uuid4().hex}.txt", ContentFile(READY_PROBE))
    try:
        with default_storage.open(name, "rb") as stored:
            if stored.read() != READY_PROBE:
                raise RuntimeError("the media storage returned other bytes than were written")
    finally:
        default_storage.delete(name)


def check_cache():
    if hasattr(cache, "ping"):  # imeg.cache.ResilientRedisCache: ask Redis, whatever its breaker says
        cache.ping()
    key = f"readyz:{uuid.uuid4().hex}"
    cache.set(key, READY_PROBE, timeout=10)
    try:
        if cache.get(key) != READY_PROBE:
            raise RuntimeError("the cache did not return the value just stored")
    finally:
        cache.delete(key)


READY_CHECKS = {"database": check_database, "storage": check_storage, "cache": check_cache}
OPTIONAL_CHECKS = {"cache"}
