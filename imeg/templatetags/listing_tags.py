"""`{{ item|card_ready }}`: a list's item with what its card shows, fetched when the card is rendered.

    {% load listing_tags %}
    {% cachedfragment "news-card" item.pk 2 %}{% include "components/news_card.html" with item=item|card_ready %}…

Inside the card's cached fragment, so a card from the cache fetches nothing (imeg.listing.CardPrefetch).
"""

from django import template

register = template.Library()


@register.filter
def card_ready(item):
    prefetch = getattr(item, "card_prefetch", None)
    if prefetch is not None:
        prefetch.run()
    return item
