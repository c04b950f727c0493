"""Old addresses: a permanent Wagtail redirect for each, and the record of old → new for the CSV."""

from django.db import transaction
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from news.models import NewsIndexPage
from wordpress_import.importer.common import Indexed


class Redirects:
    """Redirects of pages, attachment pages, upload paths and the feed."""

    def redirect(self, path, item, page=None, link=""):
        self.write_redirect(path, page, link)
        self.note_redirect(path, item, page, link)

    def write_redirect(self, path, page=None, link=""):
        if not path or path in ("/", ""):
            return
        Redirect.objects.update_or_create(
            site=None,
            old_path=path,
            defaults={"redirect_page": page, "redirect_link": "" if page else link, "is_permanent": True},
        )

    def note_redirect(self, path, item, page=None, link=""):
        """For the report and the CSV: old path → new URL."""
        if not path or path in ("/", ""):
            return
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
