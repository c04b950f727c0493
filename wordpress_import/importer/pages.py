"""Pass 3: WordPress pages (and what every page shares): where they go, their fields, their revisions."""

from django.utils.text import slugify
from wagtail.models import Page

from imeg.models import ContentPage, HomePage
from wordpress_import.content import Converter, plain_text
from wordpress_import.importer.common import PUBLISHED, ItemFailed, aware, digest


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

    def item_hash(self, item, *extra):
        """Of everything the export says about the item, and of the mapping: unchanged means nothing to do."""
        fields = (item.title, item.slug, item.status, item.parent_id, item.date, item.content, item.excerpt)
        return digest(item.post_type, fields, item.terms, item.meta.get("_thumbnail_id"), extra, self.mapping.digest())

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
            page = model(live=False, first_published_at=aware(item.date_gmt), owner=None)
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
