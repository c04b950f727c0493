"""What the importer's modules share: the item states it imports, its errors and small helpers."""

import datetime
import hashlib
import json
import re
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.core.files.storage import FileSystemStorage
from django.db import connection
from django.db.backends.postgresql.compiler import SQLInsertCompiler as UnnestInsertCompiler
from django.db.models import Q
from django.db.models.sql.compiler import SQLInsertCompiler
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail_modeltranslation import patch_wagtailadmin

from imeg.translation_utils import LANGUAGE_CODES

BERLIN = ZoneInfo("Europe/Berlin")
IMAGE_EXTENSIONS = {"jpg", "jpeg", "png", "gif", "webp", "bmp", "tif", "tiff", "heic", "avif"}
PUBLISHED = {"publish"}
DRAFTS = {"draft", "pending", "future"}
CONTENT_TYPES = {"page", "post"}
CREDIT = re.compile(r's:6:"credit";s:\d+:"([^"]*)"')


class ItemFailed(Exception):
    """This item cannot be imported; the message says why."""


class FileMissing(ItemFailed):
    """The attachment's file is in neither the uploads nor (with --fetch-base) on the old server."""


@dataclass
class Indexed:
    post_type: str
    status: str
    parent_id: int
    title: str


def _sibling_slug_errors(page):
    """wagtail-modeltranslation's check that no sibling has the page's slug in any language, as queries.

    Its own `_validate_slugs` loads every sibling on each save: 10,000 news under one index made the
    import quadratic. Same rule (an empty slug falls back to the German one), one query per language.
    """
    parent = page.get_parent()
    if parent is None:
        return {}
    siblings = Page.objects.child_of(parent).exclude(pk=page.pk)
    errors = {}
    for code in LANGUAGE_CODES:
        slug = getattr(page, f"slug_{code}", None) or page.slug_de
        same = Q(**{f"slug_{code}": slug}) | (Q(**{f"slug_{code}__isnull": True}) | Q(**{f"slug_{code}": ""})) & Q(
            slug_de=slug
        )
        if siblings.filter(same).exists():
            errors[f"slug_{code}"] = "This slug is already in use"
    return errors


@contextmanager
def fast_slug_validation():
    original = patch_wagtailadmin._validate_slugs
    patch_wagtailadmin._validate_slugs = _sibling_slug_errors
    try:
        yield
    finally:
        patch_wagtailadmin._validate_slugs = original


class ValuesInsertCompiler(UnnestInsertCompiler):
    """PostgreSQL's INSERT compiler with the rows as a VALUES list, as every backend's base compiler does."""

    def assemble_as_sql(self, fields, value_rows):
        return SQLInsertCompiler.assemble_as_sql(self, fields, value_rows)


@contextmanager
def inserts_as_values():
    """Inside the block, the connection's INSERTs of many rows list them as VALUES instead of UNNEST.

    Django 5.2 sends the rows of a bulk insert on PostgreSQL as one array per column (UNNEST), which
    saves the server planning time. With client-side binding (Django's default) psycopg writes those
    arrays as text itself and escapes every quote and backslash in them with a regular expression, one
    Python call per match: for 250 revisions (their JSON) that made the INSERT six times slower than
    with VALUES, whose single values libpq quotes in C. For rows of many short values VALUES is the
    slower one, so it is used where it pays. Only this connection (one per thread) and only within the
    block; other databases keep their own compiler.
    """
    if connection.vendor != "postgresql":
        yield
        return
    ops = connection.ops
    original = ops.compiler
    ops.compiler = lambda name: ValuesInsertCompiler if name == "SQLInsertCompiler" else original(name)
    try:
        yield
    finally:
        ops.compiler = original


@contextmanager
def throwaway_file_storage():
    """A dry run's images and documents go to a temporary folder that is deleted afterwards."""
    fields = [get_image_model()._meta.get_field("file"), get_document_model()._meta.get_field("file")]
    originals = [field.storage for field in fields]
    with tempfile.TemporaryDirectory(prefix="wordpress-dry-run-") as folder:
        for field in fields:
            field.storage = FileSystemStorage(location=folder)
        try:
            yield
        finally:
            for field, storage in zip(fields, originals, strict=True):
                field.storage = storage


def digest(*parts):
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def aware(value):
    return timezone.make_aware(value, datetime.UTC) if value else None
