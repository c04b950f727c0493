"""RSS 2.0 and Atom feeds of new publications, one per language (served by PublicationIndexPage's routes)."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _


class PublicationFeed(Feed):
    """The latest publications of a library that have their own title in the active language."""

    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index
        self.request = None

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return _("%(title)s – Initiativkreis Metropolitane Grenzregionen") % {"title": self.index.title}

    def link(self):
        return self.index.get_full_url(self.request)

    def feed_url(self):
        name = "atom" if self.feed_type is Atom1Feed else "rss"
        return self.index.get_full_url(self.request) + self.index.reverse_subpage(name)

    def description(self):
        return self.index.intro or _("Neue Veröffentlichungen des Initiativkreises Metropolitane Grenzregionen")

    def items(self):
        return self.index.feed_items()

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time()))

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_categories(self, item):
        return [item.get_publication_type_display(), *(topic.title for topic in item.topics.all())]

    def item_enclosures(self, item):
        file = item.main_file
        if file is None or not file.document.file_size:
            return []
        url = self.request.build_absolute_uri(file.document.url)
        return [Enclosure(url, str(file.document.file_size), "application/pdf")]


class PublicationAtomFeed(PublicationFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
