"""New pages in batches: their tree places, rows, revisions, log entries, redirects and records at once.

Wagtail's way to make a page (`add_child`, `save_revision`, `publish`) costs about 115 queries: the
sibling slug checks in every language, treebeard's path for each insert, the revision, the publish,
its log entry and signal handlers. For thousands of news under one index that was the whole import.
Here each new page is built, converted and validated on its own (its errors are its item's), then
waits in a batch that is written with one INSERT per table: paths numbered after the parent's last
child, slugs made free against the siblings in every language (as `BasePage.save` does), one revision
that is the latest and, for published items, the live one, the publish log entry, many-to-many rows,
redirects and import records. What the muted signal handlers would have done is done at the end of
the run for all pages at once (`wordpress_import.deferred`). A batch that fails is rolled back to its
savepoint and its pages are made one by one the Wagtail way, so a bad item still fails alone.
"""

import logging
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import get_all_child_relations
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, Revision

from imeg.translation_utils import LANGUAGE_CODES, slugs_in_use, unique_translated_slugs
from wordpress_import.importer.common import aware, inserts_as_values
from wordpress_import.models import ImportedItem

logger = logging.getLogger(__name__)

BATCH_SIZE = 250
# Filled in when the batch is written, so not checked while the page waits.
TREE_FIELDS = ["path", "depth", "numchild", "draft_title", "locale", "latest_revision", "live_revision"]
# The content type is the model's own (Wagtail sets it when the page is made): no query to check it exists.
UNCHECKED_FIELDS = (
    TREE_FIELDS
    + ["slug", "url_path", "content_type"]
    + [f"{name}_{code}" for name in ("slug", "url_path") for code in LANGUAGE_CODES]
)


@dataclass
class NewPage:
    """A page an item will become: what it is built from, and the unsaved page itself."""

    item: object
    kind: str
    model: type
    parent: Page
    fields: dict
    update: object
    content_hash: str
    publish: bool
    page: Page = None
    record: ImportedItem = None
    relations: dict = field(default_factory=dict)  # many-to-many field → the objects it holds

    def build(self):
        """A fresh unsaved page with the item's fields (the batch's, or one made again after a failed batch)."""
        page = self.model(live=False, first_published_at=aware(self.item.date_gmt), owner=None)
        for name, value in self.fields.items():
            setattr(page, name, value)
        if self.update:
            self.update(page)
        return page

    def prepare(self, images_seen=frozenset()):
        """Build the page and check its fields as the editor's form would; a ValidationError is the item's.

        An image this run made or found (`images_seen`, pks) is not looked up again for the foreign
        keys that hold it (the featured image): that check was one query per key and page.
        """
        self.page = self.build()
        seen_keys = [
            field.name
            for field in self.model._meta.concrete_fields
            if field.is_relation
            and field.related_model is get_image_model()
            and self.fields.get(field.attname) in images_seen
        ]
        self.page.clean_fields(exclude=UNCHECKED_FIELDS + seen_keys)
        # Held in memory from now on, so that the revision's content reads no child rows of the new page.
        # What was set on the unsaved page is in modelcluster's list; a relation never set has no rows.
        held = getattr(self.page, "_cluster_related_objects", {})
        for relation in self.model._meta.get_fields():
            if isinstance(relation, ParentalManyToManyField):
                self.relations[relation] = list(held.get(relation.name, []))
                setattr(self.page, relation.name, self.relations[relation])
        for relation in get_all_child_relations(self.model):
            if relation.get_accessor_name() not in getattr(self.page, "_cluster_related_objects", {}):
                setattr(self.page, relation.get_accessor_name(), [])


class NewPages:
    """The batch of new pages waiting to be written, and how it is written."""

    def __init__(self, importer):
        self.importer = importer
        self.waiting = []
        self.waiting_ids = set()
        self.taken = {}  # parent pk → {language: slugs its children use}
        self.filled = set()  # wp ids of the items whose links to later items the batch filled in

    def __contains__(self, wp_id):
        return wp_id in self.waiting_ids

    def add(self, entry):
        self.waiting.append(entry)
        self.waiting_ids.add(entry.item.wp_id)

    def holds(self, kind):
        return any(entry.kind == kind for entry in self.waiting)

    @property
    def full(self):
        return len(self.waiting) >= BATCH_SIZE

    def forget_parent(self, parent):
        """A page was made under `parent` another way: its children's slugs are read again."""
        self.taken.pop(parent.pk, None)

    def flush(self):
        """Write the waiting pages. Called between items, never inside an item's transaction."""
        entries, self.waiting, self.waiting_ids = self.waiting, [], set()
        if not entries:
            return
        try:
            with transaction.atomic():
                written = self.write(entries)
        except Exception:  # noqa: BLE001 - each page is tried on its own below and fails with its own message
            logger.debug("A batch of %s new pages failed; making them one by one", len(entries), exc_info=True)
            self.taken.clear()
            for entry in entries:
                self.importer.guarded(entry.item, lambda _item, entry=entry: self.importer.create_page(entry))
            return
        for parent, count in self.counted_parents(entries).values():
            parent.numchild += count
        for wp_id in self.filled:
            del self.importer.relink[wp_id]
        for entry in written:
            self.importer.records[entry.item.wp_id, entry.kind] = entry.record
            self.importer.page_done(entry.item, entry.kind, entry.page, created=True)
            self.importer.deferred.created.add(entry.page.pk)
            self.importer.deferred.pages.add(entry.page.pk)
            self.importer.slug_done(entry.item, entry.fields["slug_de"], entry.page)
        # Complete unless a link still waits for a later batch: caught up now, by the worker if there is one.
        self.importer.deferred.batch_written(
            [entry.page.pk for entry in written if entry.item.wp_id not in self.importer.relink]
        )

    @staticmethod
    def counted_parents(entries):
        """{parent pk: (the parent, how many of the entries go under it)}."""
        counted = {}
        for entry in entries:
            parent, count = counted.get(entry.parent.pk, (entry.parent, 0))
            counted[entry.parent.pk] = (parent, count + 1)
        return counted

    def write(self, entries):
        now = timezone.now()
        for parent, count in self.counted_parents(entries).values():
            self.place(parent, [entry for entry in entries if entry.parent.pk == parent.pk], now)
            Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + count)
        pages = [entry.page for entry in entries]
        self.insert_page_rows(pages)
        self.links_within(entries)
        self.insert_type_rows(pages)
        self.insert_relations(entries)
        # Large JSON, full of quotes: faster as VALUES (see inserts_as_values and insert_type_rows).
        with inserts_as_values():
            revisions = Revision.objects.bulk_create(
                Revision(
                    content_type_id=page.content_type_id,
                    base_content_type=ContentType.objects.get_for_model(Page),
                    object_id=str(page.pk),
                    object_str=str(page),
                    content=page.serializable_data(),
                    created_at=now,
                )
                for page in pages
            )
        for entry, revision in zip(entries, revisions, strict=True):
            entry.page.latest_revision = revision
            entry.page.live_revision = revision if entry.publish else None
        Page.objects.bulk_update(pages, ["latest_revision", "live_revision"])
        PageLogEntry.objects.bulk_create(
            PageLogEntry(
                content_type_id=entry.page.content_type_id,
                page_id=entry.page.pk,
                label=entry.page.draft_title,
                action="wagtail.publish",
                data={},
                timestamp=now,
                revision=revision,
                content_changed=True,
            )
            for entry, revision in zip(entries, revisions, strict=True)
            if entry.publish
        )
        self.write_redirects(entries)
        for entry, revision in zip(entries, revisions, strict=True):
            entry.record = self.importer.imported_row(
                entry.item, entry.kind, entry.page, entry.content_hash, str(revision.pk)
            )
        ImportedItem.objects.bulk_create(
            [entry.record for entry in entries],
            update_conflicts=True,
            unique_fields=["source", "wp_id", "kind"],
            update_fields=["guid", "object_id", "content_hash", "object_state", "imported_at"],
        )
        return entries

    def place(self, parent, entries, now):
        """Tree paths after the parent's last child, free slugs, URL paths and the published state."""
        taken = self.taken.get(parent.pk) or slugs_in_use(parent)
        last = (
            Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
            .order_by("-path")
            .values_list("path", flat=True)
            .first()
        )
        step = Page._str2int(last[-Page.steplen :]) if last else 0
        for entry in entries:
            page = entry.page
            step += 1
            page.depth = parent.depth + 1
            page.path = Page._get_path(parent.path, page.depth, step)
            page.numchild = 0
            page.locale_id = parent.locale_id
            unique_translated_slugs(page, taken)
            page.set_url_path(parent)
            page.draft_title = page.title
            page.latest_revision_created_at = now
            page.live = entry.publish
            page.has_unpublished_changes = not entry.publish
            if entry.publish:
                page.last_published_at = now
                page.first_published_at = page.first_published_at or now
        self.taken[parent.pk] = taken

    @staticmethod
    def insert_page_rows(pages):
        """Wagtail's page table first, one INSERT for the batch: the pages get their pks.

        Django's bulk_create refuses multi-table models, hence `_insert`. Wagtail's page table is not
        inserted as VALUES (see `insert_type_rows`): its 49 mostly short columns took 0.05 s as UNNEST
        and 0.28 s as VALUES.
        """
        base_fields = [f for f in Page._meta.local_concrete_fields if not f.primary_key]
        rows = Page._base_manager._insert(pages, fields=base_fields, returning_fields=Page._meta.db_returning_fields)
        for page, (pk,) in zip(pages, rows, strict=True):
            page.id = pk

    def links_within(self, entries):
        """Links to later items that this batch makes pages, filled in now that the pages have their pks:
        written once, complete, instead of completed at the end of the run (`fill_pending_links`).

        The entries' fields keep the marks: a batch that fails is made again page by page from them, and
        its items' links are then completed at the end. `filled` names the items done here.
        """
        batch = {entry.item.wp_id: ("page", entry.page.id) for entry in entries if entry.kind != "publication"}
        self.filled = set()
        for entry in entries:
            _item, later = self.importer.relink.get(entry.item.wp_id, (None, None))
            body = later.fill(lambda href: self.importer.link(href, batch)) if later else None
            if body is not None:
                entry.page.body_de = body
                self.filled.add(entry.item.wp_id)

    @staticmethod
    def insert_type_rows(pages):
        """One INSERT per table of each page type below Wagtail's page table.

        The page types' own tables, which hold the bodies' JSON, are inserted as VALUES (see
        `inserts_as_values`): 250 news rows 0.21 s → 0.08 s.
        """
        by_model = {}
        for page in pages:
            by_model.setdefault(type(page), []).append(page)
        for model, group in by_model.items():
            for table in [parent for parent in reversed(model._meta.get_parent_list()) if parent is not Page] + [
                model
            ]:
                for page in group:
                    setattr(page, table._meta.pk.attname, page.id)
                with inserts_as_values():
                    table._base_manager._insert(group, fields=table._meta.local_concrete_fields)
            for page in group:
                page._state.adding, page._state.db = False, "default"

    @staticmethod
    def insert_relations(entries):
        rows = {}
        for entry in entries:
            for relation, targets in entry.relations.items():
                through = relation.remote_field.through
                source, target = relation.m2m_field_name(), relation.m2m_reverse_field_name()
                rows.setdefault(through, []).extend(
                    through(**{f"{source}_id": entry.page.pk, f"{target}_id": obj.pk}) for obj in targets
                )
        for through, objects in rows.items():
            through.objects.bulk_create(objects)

    def write_redirects(self, entries):
        wanted = {}
        for entry in entries:
            if entry.kind != "publication":
                for path in self.importer.old_paths(entry.item):
                    if path and path not in ("/", ""):
                        wanted[path] = entry.page
        existing = {
            redirect.old_path: redirect for redirect in Redirect.objects.filter(site=None, old_path__in=wanted)
        }
        for path, redirect in existing.items():
            redirect.redirect_page, redirect.redirect_link, redirect.is_permanent = wanted[path], "", True
        Redirect.objects.bulk_update(existing.values(), ["redirect_page", "redirect_link", "is_permanent"])
        Redirect.objects.bulk_create(
            Redirect(site=None, old_path=path, redirect_page=page, is_permanent=True)
            for path, page in wanted.items()
            if path not in existing
        )
