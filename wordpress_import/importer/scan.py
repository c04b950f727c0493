"""Pass 1: an index of every item in the export (ids, parents, titles, old paths), and what earlier runs made."""

from urllib.parse import urlsplit

from django.utils.translation import gettext as _
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from wordpress_import.importer.common import CONTENT_TYPES, DRAFTS, PUBLISHED, Indexed
from wordpress_import.models import ImportedItem
from wordpress_import.wxr import MalformedItem, WxrBroken, read_items


class Scan:
    """The index pass and the questions answered from the index: which items are wanted, their old paths."""

    def known_objects(self):
        """What earlier runs imported, so that links to it resolve before its item comes up again."""
        records = list(ImportedItem.objects.filter(source=self.source))
        self.records = {(record.wp_id, record.kind): record for record in records}
        page_ids = [record.object_id for record in records if record.kind not in ("image", "document")]
        self.existing_pages = set(Page.objects.filter(pk__in=page_ids).values_list("pk", flat=True))
        for record in records:
            if record.kind in ("image", "document"):
                self.objects[record.wp_id] = (record.kind, record.object_id)
            elif record.kind != "publication" and record.object_id in self.existing_pages:
                self.objects[record.wp_id] = ("page", record.object_id)

    def scan(self):
        channel, items = read_items(self.export_path)
        try:
            self.index_items(channel, items)
        except WxrBroken as error:
            if not self.index:
                raise
            rest = _("Die %(count)s Elemente davor werden importiert.") % {"count": len(self.index)}
            self.report.warnings.append(f"{error} {rest}")
        self.finish_scan(channel)

    def index_items(self, channel, items):
        for item in items:
            if isinstance(item, MalformedItem):
                self.report.add("errors", item, _("fehlerhaftes Element: %(reason)s") % {"reason": item.reason})
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
            message = _(
                "Der Export gibt als Sprache %(language)s an, nicht Deutsch. Sein Text wird in die deutschen Felder "
                "(die Ausgangssprache der Website) importiert; bitte prüfen, ob es der richtige Export ist."
            )
            self.report.warnings.append(message % {"language": repr(channel.language)})
        for url in (channel.base_site_url, channel.base_blog_url):
            host = urlsplit(url).hostname
            if host:
                self.old_hosts |= {host, host.removeprefix("www."), "www." + host.removeprefix("www.")}
        if not self.index:
            self.report.warnings.append(_("Der Export enthält keine Elemente."))

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
            return _("Inhaltstyp %(type)s wird nicht importiert") % {"type": repr(item.post_type)}
        if item.status == "private":
            return _("privat")
        if item.status == "trash":
            return _("im Papierkorb")
        if item.status in DRAFTS and not self.include_drafts:
            return _("%(status)s (--include-drafts importiert Entwürfe)") % {"status": item.status}
        if item.status not in PUBLISHED | DRAFTS:
            return _("Status %(status)s") % {"status": repr(item.status)}
        return None

    def items(self):
        _channel, items = read_items(self.export_path)
        try:
            for item in items:
                if not isinstance(item, MalformedItem):
                    yield item
        except WxrBroken:
            return  # reported by the scan
