"""RSS 2.0 and Atom feeds of an index page's items, one per language (news, publications)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _


class FeedIndex:
    """An index page with RSS and Atom feeds at its routes `rss` and `atom` (mixed into a page model)."""

    def feed_urls(self, request):
        base = self.get_full_url(request)
        return {"rss": base + self.reverse_subpage("rss"), "atom": base + self.reverse_subpage("atom")}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["feed_urls"] = self.feed_urls(request)
        return context


class IndexPageFeed(Feed):
    """The items of an index page (`index.feed_items()`) that have their own text in the active language.

    Served by the index page's routes `rss` and `atom`; subclasses say what an item's
    description, date, categories and enclosures are.
    """

    feed_type = Rss201rev2Feed
    default_description = ""

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
        return self.index.intro or str(self.default_description)

    def items(self):
        return self.index.feed_items()

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)


class AtomFeedMixin:
    """Turns an IndexPageFeed into its Atom 1.0 variant."""

    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
