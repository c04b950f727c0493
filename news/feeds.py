"""RSS 2.0 and Atom feeds of the news, one per language (served by NewsIndexPage's routes)."""

from django.utils.feedgenerator import Enclosure
from django.utils.translation import gettext_lazy as _

from imeg.feeds import AtomFeedMixin, IndexPageFeed

ENCLOSURE_FILTER = "fill-1200x630|format-jpeg"


class NewsFeed(IndexPageFeed):
    """The latest news of an index that have their own text in the active language."""

    default_description = _("Neuigkeiten aus dem Initiativkreis Metropolitane Grenzregionen")

    def item_description(self, item):
        return item.teaser

    def item_pubdate(self, item):
        return item.published_at

    def item_categories(self, item):
        return [topic.title for topic in item.topics.all()]

    def item_enclosures(self, item):
        if item.lead_image is None:
            return []
        rendition = item.lead_image.get_rendition_or_none(ENCLOSURE_FILTER)
        if rendition is None:
            return []
        try:
            size = rendition.file.size
        except OSError:
            return []
        return [Enclosure(self.request.build_absolute_uri(rendition.url), str(size), "image/jpeg")]


class NewsAtomFeed(AtomFeedMixin, NewsFeed):
    pass
