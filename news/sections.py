"""News and events shown on other pages: the home page, topic pages and region pages.

Each function is a section (docs/architecture.md, "Hooks"): registered in news/wagtail_hooks.py,
it returns the template and its context, or None when there is nothing to show.
"""

import time

from django.utils import timezone

from imeg.listing import CachedCards, ListEntry
from imeg.lookup_cache import cached, first_live
from news.models import EventIndexPage, EventPage, EventStatus, NewsIndexPage, NewsPage

HOME_NEWS = 3
RELATED_NEWS = 3
RELATED_EVENTS = 3
# How long a cached list of a page's events may keep an event that has just ended among the upcoming ones.
EVENT_CLOCK_SECONDS = 300


def home_news_and_event(request, home):
    """The three latest news and the next event below `home`.

    The news' ids and the events' dates come from the cache (imeg.lookup_cache) until a page changes; the
    template renders each card in a cached fragment and reads the pages behind them (from that cache too)
    only for a card missing there (imeg.listing.CachedCards, decision 84). Which event is next changes with
    the clock: the dates of the events are kept, the next one is picked on every visit.
    """

    # The querysets are built only when the cache or a card needs them.
    def news():
        return NewsPage.objects.descendant_of(home).published()

    def events():
        # A cancelled event is no "next event" to go to; the list and the calendar still show it.
        return EventPage.objects.descendant_of(home).published().exclude(status=EventStatus.CANCELLED)

    news_cards = CachedCards(
        f"home-news:{home.pk}", lambda: list(news().for_listing().order_by("-date", "-pk")[:HOME_NEWS])
    )
    news_ids = cached(f"home-news-ids:{home.pk}", lambda: [page.pk for page in news_cards.all()])
    dates = cached(
        f"home-event-dates:{home.pk}",
        lambda: list(events().with_timing().order_by("start", "pk").values_list("pk", "finish")),
    )
    # EventQuerySet.upcoming: not over yet, soonest first (the dates are in its order).
    now = timezone.now()
    event_id = next((pk for pk, finish in dates if not finish < now), None)
    if not news_ids and event_id is None:
        return None
    event_cards = CachedCards(f"home-event:{event_id}", lambda: [events().for_listing().filter(pk=event_id).first()])
    context = {
        "news": [ListEntry(pk, news_cards) for pk in news_ids],
        "event": ListEntry(event_id, event_cards) if event_id else None,
        "news_index": first_live(NewsIndexPage) if news_ids else None,
        "event_index": first_live(EventIndexPage) if event_id else None,
    }
    return {"template": "components/news_home.html", "context": context}


def topic_news_and_events(request, page):
    return related_section(request, page, "topic")


def region_news_and_events(request, page):
    return related_section(request, page, "region")


def related_section(request, page, relation):
    """The latest news and the upcoming (else the latest) events of a topic or region page.

    `relation` is "topic" or "region": the name of the list filter that shows them all.
    """
    if page.pk is None:
        return None  # a new page in preview: nothing refers to it yet
    # Kept in the cache until a page changes (imeg.lookup_cache), like the home page's news: the
    # query budget of topic and region pages. Which events are upcoming changes with the clock, so
    # their entry also changes every EVENT_CLOCK_SECONDS.
    news = cached(
        f"related-news:{relation}:{page.pk}",
        lambda: list(
            NewsPage.objects.filter(**{f"{relation}s": page})
            .published()
            .for_listing()
            .order_by("-date", "-pk")[:RELATED_NEWS]
        ),
    )
    events = cached(
        f"related-events:{relation}:{page.pk}:{int(time.time() // EVENT_CLOCK_SECONDS)}",
        lambda: list(
            EventPage.objects.filter(**{f"{relation}s": page})
            .published()
            .upcoming_first()
            .for_listing()[:RELATED_EVENTS]
        ),
    )
    if not news and not events:
        return None
    news_index = first_live(NewsIndexPage) if news else None
    event_index = first_live(EventIndexPage) if events else None
    context = {
        "news": news,
        "events": events,
        "news_url": f"{news_index.get_url(request)}?{relation}={page.pk}" if news_index else None,
        "events_url": f"{event_index.get_url(request)}?{relation}={page.pk}" if event_index else None,
    }
    return {"template": "components/news_related.html", "context": context}
