"""The import: three passes over the export, each item in its own transaction.

1. an index of every item (ids, parents, slugs, old URLs), small enough for 10,000 items;
2. attachments: images and PDFs, through the same checks as an upload in the admin;
3. pages and posts, parents before children, with their content converted and their old URLs
   redirected; links to items imported later in the pass are filled in at the end.
"""

import datetime
import hashlib
import io
import json
import logging
import re
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.text import slugify
from PIL import Image as PILImage
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField
from wagtail.models import Collection, Page, Site
from wagtail.utils.file import hash_filelike
from wagtail_modeltranslation import patch_wagtailadmin

from imeg.models import ContentPage, HomePage, TopicPage
from imeg.translation_utils import LANGUAGE_CODES
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from publications.models import PublicationIndexPage, PublicationPage
from publications.models.pages import PublicationFile
from publications.upload import max_size as max_pdf_size
from publications.upload import readable_file_name, validate_pdf_upload
from wordpress_import.content import Converter, plain_text, resized_original
from wordpress_import.deferred import deferred_indexing
from wordpress_import.files import FileRefused, relative_upload_path
from wordpress_import.models import ImportedItem
from wordpress_import.report import Report
from wordpress_import.wxr import MalformedItem, WxrBroken, WxrError, read_items

logger = logging.getLogger(__name__)

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


def _hash(*parts):
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def _aware(value):
    return timezone.make_aware(value, datetime.UTC) if value else None


class Importer:
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
        self.relink = {}  # wp id → item whose links to later items are filled in at the end
        self.attachment_pages = []
        self.sections = {}  # index page model → the page, once found
        self.source = ""
        self.old_hosts = set()

    # Entry point

    def run(self):
        started = time.monotonic()
        with translation.override("de"), fast_slug_validation():
            if self.dry_run:
                with transaction.atomic(), throwaway_file_storage(), deferred_indexing(catch_up=False):
                    self.passes()
                    transaction.set_rollback(True)
            else:
                # Search index, reference index and page cache: once for everything, at the end.
                with deferred_indexing():
                    self.passes()
        self.report.seconds = time.monotonic() - started
        return self.report

    def passes(self):
        self.scan()
        self.site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if self.site is None:
            raise WxrError("The site has no default site and home page; run the migrations and create one first.")
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

    def known_objects(self):
        """What earlier runs imported, so that links to it resolve before its item comes up again."""
        records = ImportedItem.objects.filter(source=self.source).exclude(kind="publication")
        pages = set(Page.objects.filter(pk__in=records.values("object_id")).values_list("pk", flat=True))
        for wp_id, kind, pk in records.values_list("wp_id", "kind", "object_id"):
            if kind in ("image", "document"):
                self.objects[wp_id] = (kind, pk)
            elif pk in pages:
                self.objects[wp_id] = ("page", pk)

    # Pass 1: the index

    def scan(self):
        channel, items = read_items(self.export_path)
        try:
            self.index_items(channel, items)
        except WxrBroken as error:
            if not self.index:
                raise
            self.report.warnings.append(f"{error} The {len(self.index)} items before that point are imported.")
        self.finish_scan(channel)

    def index_items(self, channel, items):
        for item in items:
            if isinstance(item, MalformedItem):
                self.report.add("errors", item, f"malformed item: {item.reason}")
                self.report.count("malformed", "skipped")
                continue
            self.index[item.wp_id] = Indexed(item.post_type, item.status, item.parent_id, item.title)
            for path in self.old_paths(item, channel):
                self.paths.setdefault(path, item.wp_id)

    def finish_scan(self, channel):
        self.channel = channel
        self.source = channel.base_site_url or channel.base_blog_url or channel.title or "wordpress"
        language = channel.language.lower()
        if language and not language.startswith("de"):
            self.report.warnings.append(
                f"The export says its language is {channel.language!r}, not German. Its text is imported into the "
                "German fields (the site's source language); check that this is the right export."
            )
        for url in (channel.base_site_url, channel.base_blog_url):
            host = urlsplit(url).hostname
            if host:
                self.old_hosts |= {host, host.removeprefix("www."), "www." + host.removeprefix("www.")}
        if not self.index:
            self.report.warnings.append("The export contains no items.")

    def old_paths(self, item, channel=None):
        paths = [f"/?p={item.wp_id}"]
        if item.post_type == "page":
            paths.append(f"/?page_id={item.wp_id}")
        if item.post_type == "attachment":
            paths.append(f"/?attachment_id={item.wp_id}")
        for url in (item.link, item.guid, item.attachment_url):
            if url and (path := self.local_path(url, channel)):
                paths.append(path)
        return list(dict.fromkeys(paths))

    def local_path(self, url, channel=None):
        """The normalised path of a URL on the old site, or None for another site."""
        parts = urlsplit(url.strip())
        if parts.scheme not in ("", "http", "https"):
            return None
        if parts.netloc:
            host = parts.hostname or ""
            hosts = self.old_hosts
            if channel is not None and not hosts:
                hosts = {urlsplit(channel.base_site_url).hostname, urlsplit(channel.base_blog_url).hostname}
            if host not in hosts and host.removeprefix("www.") not in hosts:
                return None
        elif not parts.path.startswith("/") and not parts.query:
            return None
        return Redirect.normalise_path(url.strip())

    def wanted(self, entry):
        if entry.post_type == "attachment":
            return True
        if entry.post_type not in CONTENT_TYPES:
            return False
        return entry.status in PUBLISHED or (self.include_drafts and entry.status in DRAFTS)

    def skip_reason(self, item):
        if item.post_type not in CONTENT_TYPES | {"attachment"}:
            return f"post type {item.post_type!r} is not imported"
        if item.status == "private":
            return "private"
        if item.status == "trash":
            return "in the trash"
        if item.status in DRAFTS and not self.include_drafts:
            return f"{item.status} (use --include-drafts to import drafts)"
        if item.status not in PUBLISHED | DRAFTS:
            return f"status {item.status!r}"
        return None

    # Passes 2 and 3

    def items(self):
        _channel, items = read_items(self.export_path)
        try:
            for item in items:
                if not isinstance(item, MalformedItem):
                    yield item
        except WxrBroken:
            return  # reported by the scan

    def step(self):
        self.done += 1
        self.progress(self.done, self.total)

    def import_attachments(self):
        for item in self.items():
            if item.post_type == "attachment":
                self.guarded(item, self.import_attachment)
                self.step()

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
            self.guarded(item, self.import_page if item.post_type == "page" else self.import_post)
            self.step()
        while deferred:
            waiting = [item for item in deferred if self.parent_comes_later(item)]
            ready = [item for item in deferred if item not in waiting] or waiting  # a loop: break it
            for item in ready:
                self.guarded(item, self.import_page)
                self.step()
            deferred = [item for item in deferred if item not in ready]

    def parent_comes_later(self, item):
        parent = self.index.get(item.parent_id)
        return (
            item.parent_id
            and item.parent_id not in self.objects
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

    # Re-runs

    def record(self, item, kind):
        return ImportedItem.objects.filter(source=self.source, wp_id=item.wp_id, kind=kind).first()

    def remember(self, item, kind, obj, content_hash, state):
        ImportedItem.objects.update_or_create(
            source=self.source,
            wp_id=item.wp_id,
            kind=kind,
            defaults={
                "guid": item.guid[:500],
                "object_id": obj.pk,
                "content_hash": content_hash,
                "object_state": state,
            },
        )

    # Attachments

    def import_attachment(self, item):
        file_path = relative_upload_path(item.meta.get("_wp_attached_file") or item.attachment_url)
        extension = PurePosixPath(file_path).suffix.lower().lstrip(".")
        if extension in IMAGE_EXTENSIONS:
            self.import_image(item, file_path)
        elif extension == "pdf":
            document = self.import_document(item, file_path)
            entry = self.mapping.publications.get(PurePosixPath(file_path).name)
            if document is not None and entry is not None:
                self.import_publication(item, document, entry)
        else:
            self.report.count("attachment", "skipped")
            self.report.add("skipped", item, f"file type .{extension or '?'} is not imported (images and PDFs only)")

    def read_file(self, item, file_path, limit):
        data = None
        for source in (self.uploads, self.fetcher):
            if source is not None and data is None:
                data = source.read(file_path, limit)
        if data is None:
            where = "the uploads folder" if self.uploads else "no uploads folder given"
            raise FileMissing(f"{file_path or item.attachment_url} ({where})")
        return data

    def attachment_redirects(self, item, target):
        """The attachment page and the file's old paths lead to `target` (a document or image URL)."""
        paths = self.old_paths(item) + [Redirect.normalise_path(f"/wp-content/uploads/{item.meta_path}")]
        pages = []
        for path in dict.fromkeys(paths):
            if path.startswith("/wp-content/uploads/"):
                self.redirect(path, item, link=target)
            else:
                pages.append(path)
        # The attachment page leads to the page it belongs to, once that is imported (pass 3).
        self.attachment_pages.append((item.wp_id, item.title, item.parent_id, pages, target))

    def import_image(self, item, file_path):
        alt = plain_text(item.meta.get("_wp_attachment_image_alt", ""), 255)
        caption = plain_text(item.excerpt, 255)
        credit = (CREDIT.search(item.meta.get("_wp_attachment_metadata", "")) or [None, ""])[1][:255]
        title = plain_text(item.title, 255) or PurePosixPath(file_path).stem
        content_hash = _hash(title, alt, caption, credit, file_path)
        record = self.record(item, "image")
        images = get_image_model().objects
        if record and (image := images.filter(pk=record.object_id).first()):
            self.objects[item.wp_id] = ("image", image.pk)
            item.meta_path = file_path
            if record.content_hash == content_hash:
                self.report.count("image", "unchanged")
                return
            if self.image_state(image) != record.object_state:
                self.report.count("image", "left alone")
                self.report.add("editor_changed", item, f"image {image.pk} was changed in Wagtail")
                return
        else:
            image = None
        data = self.read_file(item, file_path, WagtailImageField().max_upload_size or 20 * 1024 * 1024)
        name = PurePosixPath(file_path).name
        upload = SimpleUploadedFile(name, data)
        try:
            # The admin's own check: format, size, pixel count (WAGTAILIMAGES_*).
            WagtailImageField().clean(upload)
        except ValidationError as error:
            self.report.count("image", "refused")
            self.report.add("refused", item, f"{name}: {' '.join(error.messages)}")
            return
        created = image is None
        image = image or get_image_model()(collection=Collection.get_first_root_node())
        image.title = title
        image.description_de, image.caption_de, image.credit = alt, caption, credit
        if image.file_hash != hash_filelike(io.BytesIO(data)):
            self.attach_file(image, "file", data, name, image=True)
        image.save()
        self.objects[item.wp_id] = ("image", image.pk)
        item.meta_path = file_path
        self.attachment_redirects(item, image.file.url)
        self.remember(item, "image", image, content_hash, self.image_state(image))
        self.report.count("image", "created" if created else "updated")

    def image_state(self, image):
        return _hash(image.title, image.description_de, image.caption_de, image.credit, image.file_hash)

    def attach_file(self, instance, field_name, data, name, image=False):
        if image:
            with PILImage.open(io.BytesIO(data)) as picture:
                instance.width, instance.height = picture.size
        instance.file_size = len(data)
        instance.file_hash = hash_filelike(io.BytesIO(data))
        setattr(instance, field_name, ImageFile(io.BytesIO(data), name=name))

    def import_document(self, item, file_path):
        title = plain_text(item.title, 255) or PurePosixPath(file_path).stem
        content_hash = _hash(title, file_path)
        record = self.record(item, "document")
        documents = get_document_model().objects
        item.meta_path = file_path
        if record and (document := documents.filter(pk=record.object_id).first()):
            self.objects[item.wp_id] = ("document", document.pk)
            if record.content_hash == content_hash or self.document_state(document) != record.object_state:
                self.report.count("document", "unchanged")
                return document
        else:
            document = None
        data = self.read_file(item, file_path, max_pdf_size())
        name = PurePosixPath(file_path).name
        upload = SimpleUploadedFile(name, data, content_type="application/pdf")
        try:
            # The admin upload's checks (publications.upload): a PDF by content, size, no scripts, readable.
            validate_pdf_upload(upload)
        except ValidationError as error:
            self.report.count("document", "refused")
            self.report.add("refused", item, f"{name}: {' '.join(error.messages)}")
            return None
        created = document is None
        document = document or get_document_model()(collection=Collection.get_first_root_node())
        document.title = title
        if document.file_hash != hash_filelike(io.BytesIO(data)):
            self.attach_file(document, "file", data, readable_file_name(name))
        document.save()
        self.objects[item.wp_id] = ("document", document.pk)
        self.attachment_redirects(item, document.url)
        self.remember(item, "document", document, content_hash, self.document_state(document))
        self.report.count("document", "created" if created else "updated")
        return document

    def document_state(self, document):
        return _hash(document.title, document.file_hash)

    def import_publication(self, item, document, entry):
        title = entry.get("title") or plain_text(item.title, 255)
        summary = entry.get("summary") or plain_text(item.content or item.excerpt, 1000) or title
        date = entry.get("date") or (item.date.date() if item.date else timezone.localdate())
        fields = {
            "title_de": title[:255],
            "slug_de": slugify(entry.get("slug") or title, allow_unicode=True)[:255],
            "summary_de": summary,
            "publication_type": entry.get("type", "position_paper"),
            "date": date,
        }
        parent = self.section(PublicationIndexPage, "Veröffentlichungen", "veroeffentlichungen")

        def update(page):
            page.files = [PublicationFile(document=document, language="de", kind="full_text")]

        # Old links to the PDF keep leading to the PDF (the document), so the publication gets no redirects.
        extra = (entry, document.pk)
        self.save_page(item, "publication", PublicationPage, parent, lambda: (fields, update), extra, publish=True)

    # Pages and posts

    def section(self, model, title, slug, parent=None):
        """The site's index page of that type; made under `parent` (the home page) if there is none."""
        # Remembered once found in the database: found, it was committed by an earlier item's transaction.
        if model in self.sections:
            return self.sections[model]
        existing = model.objects.descendant_of(self.home).first()
        if existing:
            self.sections[model] = existing
            return existing
        index = model(title_de=title, slug_de=slug, live=False)
        (parent or self.home).add_child(instance=index)
        index.save_revision().publish()
        self.report.add("notes", None, f"created the section „{title}“ ({model._meta.verbose_name})")
        return index

    def events_parent(self):
        """SPEC §3: events live under „Aktivitäten & Themen“ where that page exists."""
        page = ContentPage.objects.child_of(self.home).filter(slug_de="aktivitaeten-themen").first()
        return page or self.home

    def pages_root(self):
        if not self.mapping.pages_parent:
            return self.home
        page = self.home
        for slug in self.mapping.pages_parent.split("/"):
            page = page.get_children().filter(slug=slug).first()
            if page is None:
                raise ItemFailed(f"the map file's [pages] parent {self.mapping.pages_parent!r} does not exist")
        return page.specific

    def parent_for(self, item):
        root = self.pages_root()
        if not item.parent_id:
            return root
        target = self.objects.get(item.parent_id)
        if target and target[0] == "page":
            parent = Page.objects.get(pk=target[1]).specific
            if isinstance(parent, ContentPage | HomePage):
                return parent
        known = self.index.get(item.parent_id)
        why = "not in the export" if known is None else f"not imported ({known.status})"
        self.report.add("parent_missing", item, f"parent #{item.parent_id} is {why}; placed under „{root.title}“")
        return root

    def common_fields(self, item):
        title = plain_text(item.title, 255) or f"WordPress #{item.wp_id}"
        slug = slugify(item.slug or title, allow_unicode=True)[:255] or f"wp-{item.wp_id}"
        return {"title_de": title, "slug_de": slug}

    def convert(self, item):
        converter = Converter(self)
        blocks = converter.convert(item.content)
        notes = converter.notes
        for name in sorted(notes.unknown_shortcodes):
            self.report.add("unknown_shortcodes", item, f"[{name}]")
        for href in sorted(notes.dangling_links):
            self.report.add("dangling_links", item, href)
        for src in sorted(notes.missing_images):
            self.report.add("missing_images", item, src)
        if notes.pending_links:
            self.relink[item.wp_id] = item
        return blocks

    def featured_image(self, item):
        target = self.objects.get(int(item.meta.get("_thumbnail_id") or 0))
        return target[1] if target and target[0] == "image" else None

    def import_page(self, item):
        parent = self.parent_for(item)
        fields = self.common_fields(item)
        fields["intro_de"] = plain_text(item.excerpt, 1000)
        fields["image_id"] = self.featured_image(item)

        def build():
            fields["body_de"] = self.convert(item)
            return fields, None

        self.save_page(item, "page", ContentPage, parent, build)

    def import_post(self, item):
        target, topic_slugs = self.mapping.post_target(item.terms)
        if target == "skip":
            self.report.count("post", "skipped")
            self.report.add("skipped", item, "its category is mapped to skip")
            return
        fields = self.common_fields(item)
        teaser = plain_text(item.excerpt, 500) or plain_text(item.content, 300) or fields["title_de"]
        fields.update(teaser_de=teaser, lead_image_id=self.featured_image(item))
        topics = list(TopicPage.objects.filter(slug__in=topic_slugs)) if topic_slugs else []
        missing = set(topic_slugs) - {topic.slug for topic in topics}
        for slug in sorted(missing & set(self.mapping_topic_rules())):
            self.report.add("notes", item, f"topic „{slug}“ of the map file does not exist")
        date = item.date or datetime.datetime.now()  # noqa: DTZ005 - WordPress's local time
        if target == "event":
            parent = self.section(EventIndexPage, "Veranstaltungen", "veranstaltungen", self.events_parent())
            start = datetime.datetime.combine(date.date(), datetime.time(), tzinfo=BERLIN)
            fields.update(start=start, all_day=True, venue_name=self.mapping.event_venue)
            model = EventPage
        else:
            parent = self.section(NewsIndexPage, "Aktuelles", "aktuelles")
            fields.update(date=date.date())
            model = NewsPage

        def update(page):
            page.topics.set(topics)

        def build():
            fields["body_de"] = self.convert(item)
            return fields, update

        self.save_page(item, target, model, parent, build, extra=[topic.pk for topic in topics])

    def mapping_topic_rules(self):
        rules = list(self.mapping.categories.values()) + list(self.mapping.tags.values())
        return [rule.removeprefix("topic:") for rule in rules if rule.startswith("topic:")]

    def item_hash(self, item, *extra):
        """Of everything the export says about the item, and of the mapping: unchanged means nothing to do."""
        fields = (item.title, item.slug, item.status, item.parent_id, item.date, item.content, item.excerpt)
        return _hash(item.post_type, fields, item.terms, item.meta.get("_thumbnail_id"), extra, self.mapping.digest())

    def save_page(self, item, kind, model, parent, build, extra=None, publish=None):
        """Create or update the page; publish it through Wagtail's normal path (search, sitemaps, purges).

        `build()` gives (fields, update); it converts the content, so it runs only when something changed.
        """
        content_hash = self.item_hash(item, extra, parent.pk)
        record = self.record(item, kind)
        page = None
        if record:
            page = Page.objects.filter(pk=record.object_id).first()
            if page is None:
                self.report.count(kind, "left alone")
                self.report.add(
                    "editor_changed", item, f"page {record.object_id} was deleted in Wagtail; not recreated"
                )
                return None
            page = page.specific
            if kind != "publication":
                self.objects[item.wp_id] = ("page", page.pk)
            if record.content_hash == content_hash:
                self.report.count(kind, "unchanged")
                return page
            if str(page.latest_revision_id) != record.object_state:
                self.report.count(kind, "left alone")
                message = f"„{page.title}“ ({page.get_url()}) was edited in Wagtail"
                self.report.add("editor_changed", item, message)
                return page
            page = page.get_latest_revision_as_object()
        fields, update = build()
        created = page is None
        if created:
            page = model(live=False, first_published_at=_aware(item.date_gmt), owner=None)
        wanted_slug = fields["slug_de"]
        if not created:
            fields = {key: value for key, value in fields.items() if key != "slug_de"}
        for name, value in fields.items():
            setattr(page, name, value)
        if update:
            update(page)
        if created:
            parent.add_child(instance=page)
            if page.slug_de != wanted_slug:
                self.report.add("slug_changed", item, f"„{wanted_slug}“ is taken here; the page got „{page.slug_de}“")
        # A new page was validated by add_child just now, with the same fields: not a second time.
        revision = page.save_revision(clean=not created)
        if publish or (publish is None and item.status in PUBLISHED):
            revision.publish()
        if kind != "publication":
            self.objects[item.wp_id] = ("page", page.pk)
            for path in self.old_paths(item):
                self.redirect(path, item, page=page)
        self.remember(item, kind, page, content_hash, str(revision.pk))
        self.report.count(kind, "created" if created else "updated")
        return page

    def fill_pending_links(self):
        """Links to pages that came later in the export: convert those items again and save a revision."""
        for wp_id, item in self.relink.items():
            target = self.objects.get(wp_id)
            if not target:
                continue

            def relink(item=item, pk=target[1]):
                # The page's latest revision is the one this run made from the item (relink only holds
                # items converted in this run): its body is completed in place, in the revision and, where
                # that revision is the page's current content (published, or never published), in the
                # page, instead of saving and publishing a second revision of every such page.
                page = Page.objects.get(pk=pk).specific
                revision = page.latest_revision
                converter = Converter(self)
                body = converter.convert(item.content)
                for href in sorted(converter.notes.pending_links):
                    self.report.add("dangling_links", item, href)
                field = type(page)._meta.get_field("body_de")
                revision.content = {**revision.content, "body_de": field.get_prep_value(body)}
                revision.save(update_fields=["content"])
                if page.live_revision_id == revision.pk or not page.live:
                    page.body_de = body
                    page.save(update_fields=["body_de", "body"], clean=False)

            self.guarded(item, lambda _item, relink=relink: relink())

    # Redirects

    def redirect(self, path, item, page=None, link=""):
        if not path or path in ("/", ""):
            return
        Redirect.objects.update_or_create(
            site=None,
            old_path=path,
            defaults={"redirect_page": page, "redirect_link": "" if page else link, "is_permanent": True},
        )
        new_url = link
        if page is not None:
            new_url = "(new page)" if self.dry_run else page.get_url()
        self.report.redirects[path] = (path, new_url, item.post_type if item else "feed", item.wp_id if item else "")

    def redirect_attachment_pages(self):
        for wp_id, title, parent_id, paths, file_url in self.attachment_pages:
            item = Indexed("attachment", "inherit", parent_id, title)
            item.wp_id, item.post_type = wp_id, "attachment"
            parent = self.objects.get(parent_id)
            page = Page.objects.filter(pk=parent[1]).first() if parent and parent[0] == "page" else None
            with transaction.atomic():
                for path in paths:
                    self.redirect(path, item, page=page, link=file_url)

    def redirect_feed(self):
        index = NewsIndexPage.objects.descendant_of(self.home).first()
        if index is None:
            return
        Redirect.objects.update_or_create(
            site=None,
            old_path="/feed",
            defaults={"redirect_page": index, "redirect_page_route_path": "/feed/rss/", "is_permanent": True},
        )
        with translation.override("de"):
            feed_url = "(German RSS feed)" if self.dry_run else index.get_url() + index.reverse_subpage("rss")
        self.report.redirects["/feed"] = ("/feed", feed_url, "feed", "")

    # What the converter asks (wordpress_import.content.Converter's resolver)

    def link(self, href):
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
        target = self.objects.get(wp_id)
        if target is None:
            indexed = self.index.get(wp_id)
            if indexed and self.wanted(indexed) and indexed.post_type in CONTENT_TYPES:
                return ("pending", None)
            return ("dangling", None)
        if target[0] == "image":
            return ("url", get_image_model().objects.get(pk=target[1]).file.url)
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
