"""`{{ item|card_ready }}`: the page behind a list's entry, with what its card shows, read when the card is rendered.

    {% load listing_tags %}
    {% cachedfragment "news-card" item.pk 2 %}{% with news=item|card_ready %}{% if news %}{% include … %}…

Inside the card's cached fragment, so a card from the cache reads nothing (imeg.listing.PageCards).
None for a page that went away since the list's ids were read (a change while the request ran).
"""

from django import template

from imeg.listing import ListEntry

register = template.Library()


@register.filter
def card_ready(item):
    return item.page if isinstance(item, ListEntry) else item
