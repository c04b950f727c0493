"""What news and events share: their querysets, page language and JSON-LD; their lists are imeg.listing's."""

from django.db.models import Prefetch
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.models import PageManager

from imeg import listing
from imeg.translation_utils import DEFAULT_LANGUAGE

PAGE_SIZE = 10
# Query parameters that narrow a list; a list showing any of them is kept out of search engines.
FILTER_PARAMETERS = ("topic", "region", "year", "when")


def page_language(page):
    """The language a page's text is shown in: the active one, or German where it is not translated."""
    return translation.get_language() if page.is_translated() else DEFAULT_LANGUAGE


class ListedPageQuerySet(listing.ListedPageQuerySet):
    """News and events: what lists, feeds, the home page and topic and region pages ask for."""

    def card_prefetches(self):
        """A card shows the topics, the lead image and its renditions."""
        images = get_image_model().objects.prefetch_renditions()
        return [*super().card_prefetches(), Prefetch("lead_image", queryset=images)]


ListedPageManager = PageManager.from_queryset(ListedPageQuerySet)


class NewsListIndex(listing.ListIndex):
    """The lists of news and events: ten items a page; `when` (the event list's) also keeps them unindexed."""

    page_size = PAGE_SIZE
    filter_parameters = FILTER_PARAMETERS
