"""Pass 3: WordPress pages (and what every page shares): where they go, their fields, their revisions."""

import logging

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Page, Revision

from imeg.models import ContentPage, HomePage
from imeg.models.base import BasePage
from wordpress_import.content import Converter, plain_text
from wordpress_import.importer.bulk import BATCH_SIZE, NewPage
from wordpress_import.importer.common import PUBLISHED, ItemFailed, digest

# Page kinds whose new pages are written in batches; publications (few, with files) the Wagtail way.
BATCHED_KINDS = {"page", "news", "event"}

logger = logging.getLogger(__name__)


def saves_plainly(model):
    """Whether the page type adds nothing to `BasePage.save` (EventPage does): a batch skips save()."""
    save = vars(model).get("save")  # wagtail-modeltranslation's wrapper, holding the class's own save
    return getattr(save, "func", save) is BasePage.save


class Pages:
    """Content pages and the common path of every imported page: create, update or leave alone."""

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
        note = _("Bereich „%(title)s“ angelegt (%(type)s)") % {"title": title, "type": model._meta.verbose_name}
        self.report.add("notes", None, note)
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
                message = _("Die Elternseite %(parent)s aus [pages] der Map-Datei gibt es nicht")
                raise ItemFailed(message % {"parent": repr(self.mapping.pages_parent)})
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
        where = {"parent": item.parent_id, "page": root.title, "status": getattr(known, "status", "")}
        if known is None:
            message = _("Elternelement #%(parent)s ist nicht im Export; unter „%(page)s“ eingeordnet")
        else:
            message = _("Elternelement #%(parent)s wurde nicht importiert (%(status)s); unter „%(page)s“ eingeordnet")
        self.report.add("parent_missing", item, message % where)
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
            self.relink[item.wp_id] = (item, converter.later_links())
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

    def item_hash(self, item, *extra):
        """Of everything the export says about the item, and of the mapping: unchanged means nothing to do."""
        fields = (item.title, item.slug, item.status, item.parent_id, item.date, item.content, item.excerpt)
        return digest(item.post_type, fields, item.terms, item.meta.get("_thumbnail_id"), extra, self.mapping.digest())

    def save_page(self, item, kind, model, parent, build, extra=None, publish=None):
        """Create or update the page. New pages of the usual kinds wait for the batch (`bulk`); others, and
        updates, go through Wagtail's normal path. Both end in the search index, sitemaps and purges.

        `build()` gives (fields, update); it converts the content, so it runs only when something changed.
        """
        content_hash = self.item_hash(item, extra, parent.pk)
        publish = bool(publish or (publish is None and item.status in PUBLISHED))
        record = self.record(item, kind)
        if record:
            self.update_page(item, kind, record, content_hash, build, publish)
            return
        fields, update = build()
        entry = NewPage(item, kind, model, parent, fields, update, content_hash, publish)
        if kind in BATCHED_KINDS and saves_plainly(model):
            entry.prepare(self.images_seen)
            self.new_pages.add(entry)
        else:
            self.create_page(entry)

    def create_page(self, entry):
        """A new page the Wagtail way: `add_child`, a revision, and `publish` for published items."""
        page = entry.build()
        entry.parent.add_child(instance=page)
        self.new_pages.forget_parent(entry.parent)
        self.slug_done(entry.item, entry.fields["slug_de"], page)
        # Validated by add_child just now, with the same fields: not a second time.
        revision = page.save_revision(clean=False)
        if entry.publish:
            revision.publish()
        self.page_written(entry.item, entry.kind, page, entry.content_hash, revision, created=True)

    def update_page(self, item, kind, record, content_hash, build, publish):
        """The item was imported before: a new revision if it changed, unless an editor changed the page."""
        if record.object_id not in self.existing_pages:
            self.report.count(kind, "left alone")
            message = _("Seite %(id)s wurde in Wagtail gelöscht; nicht neu angelegt") % {"id": record.object_id}
            self.report.add("editor_changed", item, message)
            return
        if kind != "publication":
            self.objects[item.wp_id] = ("page", record.object_id)
        if record.content_hash == content_hash:
            self.report.count(kind, "unchanged")
            return
        page = Page.objects.get(pk=record.object_id).specific
        if str(page.latest_revision_id) != record.object_state:
            self.report.count(kind, "left alone")
            message = _("„%(title)s“ (%(url)s) wurde in Wagtail bearbeitet") % {
                "title": page.title,
                "url": page.get_url(),
            }
            self.report.add("editor_changed", item, message)
            return
        page = page.get_latest_revision_as_object()
        fields, update = build()
        for name, value in fields.items():
            if name != "slug_de":
                setattr(page, name, value)
        if update:
            update(page)
        revision = page.save_revision()
        if publish:
            revision.publish()
        self.page_written(item, kind, page, content_hash, revision, created=False)

    def page_written(self, item, kind, page, content_hash, revision, created):
        """After a page was saved on its own: its redirects and import record, then the run's bookkeeping."""
        if kind != "publication":
            for path in self.old_paths(item):
                self.write_redirect(path, page=page)
        self.remember(item, kind, page, content_hash, str(revision.pk))
        self.page_done(item, kind, page, created)

    def page_done(self, item, kind, page, created):
        """The page is in the database (with its redirects): links to it resolve, the report counts it."""
        self.existing_pages.add(page.pk)
        if kind != "publication":
            self.objects[item.wp_id] = ("page", page.pk)
            for path in self.old_paths(item):
                self.note_redirect(path, item, page=page)
        self.report.count(kind, "created" if created else "updated")

    def slug_done(self, item, wanted, page):
        if page.slug_de != wanted:
            message = _("„%(wanted)s“ ist hier vergeben; die Seite bekam „%(slug)s“")
            self.report.add("slug_changed", item, message % {"wanted": wanted, "slug": page.slug_de})

    def fill_pending_links(self):
        """Links to pages that came later in the export, in batches: filled into the rich text the first
        conversion marked them in (`LaterLinks`), or, where that cannot be (a button that becomes a block
        of its own, a link that still leads nowhere), by converting the item again.

        The page's latest revision is the one this run made from the item (relink only holds items
        converted in this run): its body is completed in place, in the revision and, where that revision
        is the page's current content (published, or never published), in the page, instead of saving
        and publishing a second revision of every such page. A failed batch is done again item by item.
        """
        waiting = [
            (item, self.objects[wp_id][1], later)
            for wp_id, (item, later) in self.relink.items()
            if wp_id in self.objects
        ]
        for start in range(0, len(waiting), BATCH_SIZE):
            chunk = waiting[start : start + BATCH_SIZE]
            try:
                with transaction.atomic():
                    notes = self.complete_links(chunk)
            except Exception:  # noqa: BLE001 - each item is tried on its own below and fails with its own message
                logger.debug("Completing the links of %s pages failed; one by one", len(chunk), exc_info=True)
                notes = []
                for entry in chunk:
                    self.guarded(
                        entry[0], lambda _item, entry=entry, found=notes: found.extend(self.complete_links([entry]))
                    )
            for item, href in notes:
                self.report.add("dangling_links", item, href)

    def complete_links(self, chunk):
        """The bodies of the (item, page pk, LaterLinks or None) entries with the links to later pages;
        returns the links that still point nowhere."""
        pages = Page.objects.filter(pk__in=[pk for _item, pk, _later in chunk]).specific().in_bulk()
        revisions = Revision.objects.in_bulk([page.latest_revision_id for page in pages.values()])
        notes, changed = [], {}
        for item, pk, later in chunk:
            page = pages[pk]
            revision = revisions[page.latest_revision_id]
            body = later.fill(self.link) if later else None
            if body is None:
                converter = Converter(self)
                body = converter.convert(item.content)
                notes += [(item, href) for href in sorted(converter.notes.pending_links)]
            field = type(page)._meta.get_field("body_de")
            revision.content = {**revision.content, "body_de": field.get_prep_value(body)}
            if page.live_revision_id == revision.pk or not page.live:
                page.body_de = body
                changed.setdefault(type(page), []).append(page)
            self.deferred.retrack.add(pk)
            self.deferred.pages.add(pk)
        Revision.objects.bulk_update(list(revisions.values()), ["content"])
        for model, group in changed.items():
            model.objects.bulk_update(group, ["body_de", "body"])
        return notes
