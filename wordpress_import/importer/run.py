"""The import: three passes over the export, each item in its own transaction.

1. an index of every item (ids, parents, slugs, old URLs), small enough for 10,000 items;
2. attachments: images and PDFs, through the same checks as an upload in the admin;
3. pages and posts, parents before children, with their content converted and their old URLs
   redirected; links to items imported later in the pass are filled in at the end.
"""

import logging
import time
from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models import Site

from wordpress_import.content import resized_original
from wordpress_import.deferred import deferred_indexing
from wordpress_import.files import FileRefused, relative_upload_path
from wordpress_import.importer.attachments import Attachments
from wordpress_import.importer.bulk import NewPages
from wordpress_import.importer.common import (
    CONTENT_TYPES,
    FileMissing,
    ItemFailed,
    fast_slug_validation,
    throwaway_file_storage,
)
from wordpress_import.importer.pages import Pages
from wordpress_import.importer.posts import Posts
from wordpress_import.importer.redirects import Redirects
from wordpress_import.importer.scan import Scan
from wordpress_import.models import ImportedItem
from wordpress_import.report import Report
from wordpress_import.wxr import WxrError

logger = logging.getLogger(__name__)


class Importer(Scan, Attachments, Pages, Posts, Redirects):
    def __init__(
        self,
        export_path,
        *,
        mapping,
        uploads=None,
        fetcher=None,
        dry_run=False,
        include_drafts=False,
        progress=None,
    ):
        self.export_path = export_path
        self.mapping = mapping
        self.uploads = uploads
        self.fetcher = fetcher
        self.dry_run = dry_run
        self.include_drafts = include_drafts
        self.progress = progress or (lambda done, total: None)
        self.report = Report(dry_run=dry_run)
        self.index = {}
        self.paths = {}  # normalised old path → wp id
        self.objects = {}  # wp id → (kind, pk)
        self.relink = {}  # wp id → (item, its LaterLinks or None): links to later items, filled in at the end
        self.attachment_pages = []
        self.sections = {}  # index page model → the page, once found
        self.source = ""
        self.old_hosts = set()
        self.records = {}  # (wp id, kind) → ImportedItem of an earlier run
        self.existing_pages = set()  # pks of the pages earlier runs made that still exist
        self.file_urls = {}  # image pk → its file's URL, for links to images
        self.images_seen = set()  # pks of the images this run made or found in the database
        self.new_pages = NewPages(self)
        self.deferred = None

    def run(self):
        started = time.monotonic()
        with translation.override("de"), fast_slug_validation():
            if self.dry_run:
                with transaction.atomic(), throwaway_file_storage(), deferred_indexing(catch_up=False) as deferred:
                    self.deferred = deferred
                    self.passes()
                    transaction.set_rollback(True)
            else:
                # Search index, reference index and page cache: once for everything, at the end.
                with deferred_indexing() as deferred:
                    self.deferred = deferred
                    self.passes()
        self.report.seconds = time.monotonic() - started
        return self.report

    def passes(self):
        self.scan()
        self.site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if self.site is None:
            message = _("Die Website hat keine Standard-Site mit Startseite; erst migrieren und eine anlegen.")
            raise WxrError(message)
        self.home = self.site.root_page.specific
        if getattr(self.uploads, "unsafe", None):
            for name in self.uploads.unsafe:
                self.report.add("unsafe_files", None, name)
        self.known_objects()
        self.total = sum(1 for entry in self.index.values() if self.wanted(entry))
        self.done = 0
        self.import_attachments()
        self.import_content()
        self.fill_pending_links()
        self.redirect_attachment_pages()
        self.redirect_feed()

    def step(self):
        self.done += 1
        self.progress(self.done, self.total)

    def import_content(self):
        deferred = []
        for item in self.items():
            if item.post_type == "attachment":
                continue
            reason = self.skip_reason(item)
            if reason:
                kind = item.post_type if item.post_type in CONTENT_TYPES else "other"
                self.report.count(kind, "skipped")
                if kind != "other" or item.post_type not in ("nav_menu_item", "revision", "customize_changeset"):
                    self.report.add("skipped", item, reason)
                continue
            if item.post_type == "page" and self.parent_comes_later(item):
                deferred.append(item)
                continue
            self.import_one(item, self.import_page if item.post_type == "page" else self.import_post)
        while deferred:
            waiting = [item for item in deferred if self.parent_comes_later(item)]
            ready = [item for item in deferred if item not in waiting] or waiting  # a loop: break it
            for item in ready:
                self.import_one(item, self.import_page)
            deferred = [item for item in deferred if item not in ready]
        self.new_pages.flush()

    def import_one(self, item, handler):
        """Between items, the batch of new pages is written when it is full or holds a page this item may
        need: its parent, an earlier item with its id, or (for a post) a page its section goes under."""
        if (
            self.new_pages.full
            or item.parent_id in self.new_pages
            or item.wp_id in self.new_pages
            or (item.post_type == "post" and self.new_pages.holds("page"))
        ):
            self.new_pages.flush()
        self.guarded(item, handler)
        self.step()

    def parent_comes_later(self, item):
        parent = self.index.get(item.parent_id)
        return (
            item.parent_id
            and item.parent_id not in self.objects
            and item.parent_id not in self.new_pages
            and parent is not None
            and parent.post_type == "page"
            and self.wanted(parent)
            and not getattr(parent, "failed", False)
        )

    def guarded(self, item, handler):
        """Run one item's import in its own transaction; a failure is reported and the rest goes on."""
        try:
            with transaction.atomic():
                handler(item)
        except FileMissing as error:
            self.report.count(item.post_type, "file missing")
            self.report.add("missing_files", item, str(error))
        except (ItemFailed, FileRefused) as error:
            self.fail(item, str(error))
        except ValidationError as error:
            self.fail(item, "; ".join(error.messages))
        except Exception as error:  # noqa: BLE001 - one bad item must not stop the rest
            logger.debug("WordPress item %s failed", item.wp_id, exc_info=True)
            self.fail(item, f"{type(error).__name__}: {error}")

    def fail(self, item, message):
        self.report.add("errors", item, message)
        self.report.count(item.post_type, "failed")
        if item.wp_id in self.index:
            self.index[item.wp_id].failed = True

    def record(self, item, kind):
        return self.records.get((item.wp_id, kind))

    def imported_row(self, item, kind, obj, content_hash, state):
        """The record of what the item became, unsaved."""
        return ImportedItem(
            source=self.source,
            wp_id=item.wp_id,
            kind=kind,
            guid=item.guid[:500],
            object_id=obj.pk,
            content_hash=content_hash,
            object_state=state,
        )

    def remember(self, item, kind, obj, content_hash, state):
        row = self.imported_row(item, kind, obj, content_hash, state)
        fields = ("guid", "object_id", "content_hash", "object_state")
        ImportedItem.objects.update_or_create(
            source=row.source, wp_id=row.wp_id, kind=kind, defaults={name: getattr(row, name) for name in fields}
        )
        self.records[item.wp_id, kind] = row

    def link(self, href, batch=None):
        """What a link in an item's content leads to: ("page" | "document" | "url" | "pending" |
        "dangling", pk or URL), or None for a link that is not the old site's. `batch`: wp id → target of
        pages about to be written, not yet in `objects`."""
        path = self.local_path(href)
        if path is None:
            return None
        if path in ("/", ""):
            return ("page", self.home.pk)
        query = parse_qs(urlsplit(path).query)
        wp_id = None
        for name in ("p", "page_id", "attachment_id"):
            if query.get(name, [""])[0].isdigit():
                wp_id = int(query[name][0])
        wp_id = wp_id or self.paths.get(path) or self.paths.get(resized_original(path))
        if wp_id is None and "/wp-content/uploads/" in path:
            wp_id = self.paths.get(f"/wp-content/uploads/{relative_upload_path(path)}")
        target = self.objects.get(wp_id) or (batch or {}).get(wp_id)
        if target is None:
            indexed = self.index.get(wp_id)
            if indexed and self.wanted(indexed) and indexed.post_type in CONTENT_TYPES:
                return ("pending", None)
            return ("dangling", None)
        if target[0] == "image":
            if target[1] not in self.file_urls:
                self.file_urls[target[1]] = get_image_model().objects.get(pk=target[1]).file.url
            return ("url", self.file_urls[target[1]])
        return target

    def image(self, wp_id, src):
        target = self.objects.get(wp_id) if wp_id else None
        if target is None and src:
            path = self.local_path(src)
            if path:
                found = self.paths.get(path) or self.paths.get(resized_original(path))
                target = self.objects.get(found)
        if target and target[0] == "image":
            return target[1], ""
        return None
