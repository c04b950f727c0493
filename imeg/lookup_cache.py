"""Values built from the database, kept in the cache until the data changes: `cached(name, build)`.

Menus, settings, routes, home and topic sections, filter choices, year lists, rendered fragments:
whatever many requests ask for and only an editor's change can alter. Each value lives in the cache
under a key that includes a data token. Saving or deleting a page, image, document, site, setting
or view restriction (and any purge of the whole site) replaces the token, so the next request
rebuilds the values: a few queries once per change instead of on every request.

The token lives beside the page cache's tokens (imeg.page_cache.store), so a purge of the whole
site, and the replay of purges missed while the cache was down, reach these values too.
"""

import secrets

from django.db import transaction
from django.db.models import Model
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import post_page_move

from imeg.page_cache import store

DATA_TOKEN = store.DATA_TOKEN
TIMEOUT = 24 * 60 * 60
_MISSING = object()


def data_token():
    token = store.cache().get(DATA_TOKEN)
    if token is None:
        store.cache().add(DATA_TOKEN, secrets.token_hex(8), timeout=None)
        token = store.cache().get(DATA_TOKEN)
    return token


def forget_data(**kwargs):
    store.replace_tokens([DATA_TOKEN])


def cached(name, build, keep_none=True):
    """build(), kept in the cache until the next change of pages, sites, settings or restrictions.

    `keep_none=False` does not keep a None, for names that come from a URL (no entry per bad URL).
    """
    key = f"{store.PREFIX}:data:{data_token()}:{name}"
    value = store.cache().get(key, _MISSING)
    if value is _MISSING:
        value = build()
        if value is not None or keep_none:
            forget_prefetched_renditions(value)
            store.cache().set(key, value, TIMEOUT)
    return value


def forget_prefetched_renditions(value, seen=None):
    """Let cached images find their renditions in Wagtail's rendition cache.

    Prefetched renditions are taken as complete; kept in the cache, such a list would miss every
    rendition made after it, and each would then cost a query on every request.
    """
    seen = set() if seen is None else seen
    if isinstance(value, (list, tuple)):
        for item in value:
            forget_prefetched_renditions(item, seen)
    elif isinstance(value, Model) and id(value) not in seen:
        seen.add(id(value))
        prefetched = getattr(value, "_prefetched_objects_cache", {})
        if isinstance(value, AbstractImage):
            prefetched.pop("renditions", None)
            value.__dict__.pop("prefetched_renditions", None)  # prefetch_renditions() keeps them here
        for related in value._state.fields_cache.values():
            forget_prefetched_renditions(related, seen)
        for queryset in prefetched.values():
            forget_prefetched_renditions(getattr(queryset, "_result_cache", None) or [], seen)


def first_live(model, below=None):
    """The first live, public page of the model (below a page), e.g. the news index a teaser links to."""

    def build():
        pages = model.objects.live().public()
        return (pages.descendant_of(below) if below is not None else pages).first()

    return cached(f"first-live:{model._meta.label}:{below.pk if below else ''}", build)


def is_data(instance):
    """Whether cached values may show the instance (images and documents appear in cached home sections)."""
    return isinstance(
        instance,
        (Page, Site, PageViewRestriction, BaseSiteSetting, BaseGenericSetting, AbstractImage, AbstractDocument),
    )


def forget_data_of(sender, instance, **kwargs):
    if is_data(instance):
        forget_data()
        # Again after the commit: a request in between may have cached what was there before.
        transaction.on_commit(forget_data)


def connect():
    """Called once when the apps are ready (imeg.page_cache.apps, beside the page cache's own signals)."""
    post_save.connect(forget_data_of, dispatch_uid="imeg_page_cache_data_saved")
    post_delete.connect(forget_data_of, dispatch_uid="imeg_page_cache_data_deleted")
    post_page_move.connect(forget_data, dispatch_uid="imeg_page_cache_data_moved")
