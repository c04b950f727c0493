"""Purges made while the cache was down: noted in the database, replayed as a purge of everything.

A purge replaces generation tokens in the cache (imeg.page_cache.store). If Redis cannot take the
new token, the old one would come back with Redis and with it the pages and lookups made before
the change. So a failed purge leaves a row in the database, and the first process that sees
Redis answer again (imeg.cache calls `replay`), or that starts while a row is there (imeg/wsgi.py),
replaces the site and data tokens, which forgets every page, fragment and lookup, and only then
deletes the rows it saw.
"""

import logging

from django.db import DatabaseError, connections

from imeg import cache
from imeg.page_cache import store
from imeg.page_cache.models import MissedPurge

logger = logging.getLogger("imeg.cache")


def record():
    """Note a purge the cache did not take."""
    try:
        MissedPurge.objects.create()
    except DatabaseError:  # the database is down too: nothing was published that could be stale
        logger.exception("Could not note a missed cache purge")


def replay():
    """Purge everything if a purge was missed; True if nothing is left to replay."""
    try:
        missed = list(MissedPurge.objects.values_list("pk", flat=True))
    except DatabaseError:
        logger.exception("Could not read the missed cache purges")
        return False
    if not missed:
        return True
    if not store.forget_everything(note_failure=False):
        return False
    MissedPurge.objects.filter(pk__in=missed).delete()
    logger.warning("Replayed %d cache purge(s) missed while the cache was down", len(missed))
    return True


def replay_at_start():
    """Replay when a server process starts; its connection is closed again (gunicorn may fork after this)."""
    try:
        replay()
    finally:
        connections.close_all()


def install():
    """Note the purges the cache does not take, and replay them when the cache is back."""
    if record not in store.purge_missed:
        store.purge_missed.append(record)
    if replay not in cache.recovered:
        cache.recovered.append(replay)
