"""RSS 2.0 and Atom feeds of the news, one per language (served by NewsIndexPage's routes)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _

ENCLOSURE_FILTER = "fill-1200x630|format-jpeg"


class NewsFeed(Feed):
    """The latest news of an index that have their own text in the active language."""

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
        return self.index.intro or _("Neuigkeiten aus dem Initiativkreis Metropolitane Grenzregionen")

    def items(self):
        return self.index.feed_items()

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.teaser

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.published_at

    def item_categories(self, item):
        return [topic.title for topic in item.topics.all()]

    def item_enclosures(self, item):
        if item.lead_image is None:
            return []
        rendition = item.lead_image.get_rendition(ENCLOSURE_FILTER)
        try:
            size = rendition.file.size
        except OSError:
            return []
        return [Enclosure(self.request.build_absolute_uri(rendition.url), str(size), "image/jpeg")]


class NewsAtomFeed(NewsFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
