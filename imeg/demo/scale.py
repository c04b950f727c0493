"""The scale set of the demo site (`load_demo --scale`): thousands of news, events and publications.

SPEC §5 asks lists to stay fast with 5,000 news and 1,000 publications; the benchmark (`make bench`)
measures that on this set. Apps add their items through the `imeg_demo_scale` hook, which receives a
`ScaleBuilder`::

    @hooks.register("imeg_demo_scale")
    def add_scale_news(scale):
        index = scale.builder.page("aktuelles")
        keys = scale.missing_keys(index, "massendaten-meldung", scale.count(5000))
        pages = scale.add_children(index, [NewsPage(title_de=…, slug_de=key, …) for key in keys])

Pages are inserted in bulk: tree paths, language slugs and URL paths are computed here, and each table
gets one INSERT per batch. `Page.add_child` loads every sibling per page (wagtail-modeltranslation's
slug check) and a publish adds a revision: seconds a page beside thousands of siblings, hours for the
set, against under a minute here (docs/performance.md). The pages are live without revisions (an
editor's first save creates one), and they skip the signals of a save, so the caller rebuilds the
search index afterwards.
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import router
from django.db.models import F
from django.utils import timezone, translation
from wagtail.models import Page

from imeg.translation_utils import DEFAULT_LANGUAGE, LANGUAGE_CODES, effective_slug, next_free_slug, slugs_in_use

BATCH_SIZE = 500


class ScaleBuilder:
    """Adds many pages at once under pages of the demo site; `factor` shrinks or grows every count."""

    def __init__(self, builder, factor=1.0):
        self.builder = builder
        self.factor = factor
        self.created_pages = 0

    def count(self, full):
        """How many items of a set whose full size is `full` this run makes (at least one)."""
        return max(1, round(full * self.factor))

    def missing_keys(self, parent, prefix, count):
        """The German slugs `<prefix>-0001` … up to `count` that `parent` does not have yet (idempotent runs)."""
        keys = [f"{prefix}-{number:04d}" for number in range(1, count + 1)]
        existing = set(
            parent.get_children().filter(slug_de__startswith=f"{prefix}-").values_list("slug_de", flat=True)
        )
        return [key for key in keys if key not in existing]

    def add_children(self, parent, pages):
        """Insert unsaved, specific `pages` as live children of `parent`, after its existing children.

        Each page needs its German title and slug (`title_de`, `slug_de`); other languages are
        optional and fall back to German, and a slug a sibling already uses gets a suffix, as
        `BasePage.save` does. Returns the pages, now with their primary keys.
        """
        if not pages:
            return []
        with translation.override(DEFAULT_LANGUAGE):
            parent = Page.objects.get(pk=parent.pk)
            self._place(parent, pages)
            for model, group in _by_model(pages).items():
                _insert(model, group)
            Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
        self.builder._sync_tree_fields()
        self.created_pages += len(pages)
        self.builder.created_pages += len(pages)
        self.builder.log(f"  + {len(pages)} Seiten unter {parent.title} ({parent.url_path})")
        return pages

    def _place(self, parent, pages):
        last = parent.get_last_child()
        step = Page._str2int(last.path[-Page.steplen :]) if last else 0
        depth = parent.depth + 1
        taken = slugs_in_use(parent)
        now = timezone.now()
        for page in pages:
            step += 1
            page.path = Page._get_path(parent.path, depth, step)
            page.depth = depth
            page.numchild = 0
            page.content_type = ContentType.objects.get_for_model(page)
            page.locale_id = parent.locale_id
            page.translation_key = uuid.uuid4()
            page.live = True
            page.has_unpublished_changes = False
            page.first_published_at = page.first_published_at or now
            page.last_published_at = page.last_published_at or page.first_published_at
            page.draft_title = page.title_de
            _claim_slugs(page, taken)
            slugs = {code: getattr(page, f"slug_{code}", None) for code in LANGUAGE_CODES}
            for code in LANGUAGE_CODES:
                parent_path = getattr(parent, f"url_path_{code}", None) or parent.url_path_de
                setattr(page, f"url_path_{code}", f"{parent_path}{effective_slug(slugs, code)}/")

    def link(self, pages, field_name, targets_of):
        """Fill the many-to-many `field_name` of `pages` in bulk; `targets_of(page)` gives its target pages."""
        if not pages:
            return
        field = type(pages[0])._meta.get_field(field_name)
        through = field.remote_field.through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        rows = [
            through(**{f"{source}_id": page.pk, f"{target}_id": other.pk})
            for page in pages
            for other in targets_of(page)
        ]
        through.objects.bulk_create(rows, batch_size=BATCH_SIZE)


def _claim_slugs(page, taken):
    """Give `page` a slug in every language that no sibling uses (the rule of `unique_translated_slugs`)."""
    for code in LANGUAGE_CODES:
        own = getattr(page, f"slug_{code}", None)
        base = own or page.slug_de
        candidate = next_free_slug(base, taken[code])
        if own or candidate != base:
            setattr(page, f"slug_{code}", candidate)
    slugs = {code: getattr(page, f"slug_{code}", None) for code in LANGUAGE_CODES}
    for code in LANGUAGE_CODES:
        taken[code].add(effective_slug(slugs, code))


def _by_model(pages):
    groups = {}
    for page in pages:
        groups.setdefault(type(page), []).append(page)
    return groups


def _insert(model, pages):
    """Insert `pages` of one page model: their rows of `Page`, then each table down to `model`'s own.

    Django's `bulk_create` refuses models with multi-table inheritance, so each table's rows go
    through the queryset's `_insert`, which `bulk_create` itself uses, with the fields of that table.
    """
    using = router.db_for_write(model)
    for start in range(0, len(pages), BATCH_SIZE):
        batch = pages[start : start + BATCH_SIZE]
        keys = _insert_table(Page, batch, using, returning=True)
        for page, (key,) in zip(batch, keys, strict=True):
            for parent_link in model._meta.parents.values():
                setattr(page, parent_link.attname, key)
            page.id = page.pk = key
        for table_model in reversed(model._meta.get_parent_list()):
            if table_model is not Page:
                _insert_table(table_model, batch, using)
        _insert_table(model, batch, using)
        for page in batch:
            page._state.adding = False
            page._state.db = using


def _insert_table(model, pages, using, returning=False):
    fields = [
        field
        for field in model._meta.local_concrete_fields
        if not field.generated and not (returning and field.primary_key)
    ]
    returning_fields = [model._meta.pk] if returning else None
    return model._base_manager.using(using)._insert(
        pages, fields=fields, returning_fields=returning_fields, using=using
    )
