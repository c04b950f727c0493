"""List pages cost the same number of queries with 10 or 2,000 items; lead images cost no query each."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from news.models import EventPage, NewsPage
from tests.factories import CustomImageFactory
from tests.news.factories import bulk_events, bulk_news
from tests.query_support import tables_read_on_second_visit

# Issue #8: at most ten queries per page, however many items (page cache off, cached lookups warm).
BUDGET = 10
NEWS = "/de/aktuelles/"
EVENTS = "/de/aktivitaeten-themen/veranstaltungen/"


def count_queries(client, url):
    client.get(url)  # renders the renditions once
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.fixture
def images(db):
    return [CustomImageFactory(title=f"Listenbild {n}") for n in range(10)]


@pytest.mark.django_db
# The second page needs more than ten items to be a page of items with lead images.
@pytest.mark.parametrize(
    ("url", "few"), [(NEWS, 10), (f"{NEWS}?topic={{topic}}&year=2025", 10), (f"{NEWS}?page=2", 20)]
)
def test_news_list_queries_do_not_grow_with_the_news(client, news_tree, images, url, few):
    url = url.format(topic=news_tree.tree.mobility.pk)
    topics = [news_tree.tree.mobility, news_tree.tree.monitoring]
    bulk_news(news_tree.news_index, few, images=images, topics=topics)
    queries_few = count_queries(client, url)
    bulk_news(news_tree.news_index, 2000 - few, images=images, topics=topics, first_date=datetime.date(2025, 6, 1))
    many = count_queries(client, url)
    assert queries_few == many
    assert many <= BUDGET


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "few"), [("", 10), ("?when=past", 10), ("?when=upcoming&topic={topic}", 10), ("?page=3", 40)]
)
def test_event_list_queries_do_not_grow_with_the_events(client, news_tree, images, query, few):
    url = EVENTS + query.format(topic=news_tree.tree.mobility.pk)
    topics = [news_tree.tree.mobility, news_tree.tree.monitoring]
    bulk_events(news_tree.event_index, few, images=images, topics=topics)
    queries_few = count_queries(client, url)
    bulk_events(news_tree.event_index, 2000 - few, images=images, topics=topics)
    many = count_queries(client, url)
    assert many == queries_few
    assert many <= BUDGET


@pytest.mark.django_db
def test_lead_images_cost_no_query_each(client, news_tree, images):
    bulk_news(news_tree.news_index, 1, images=images[:1])
    one = count_queries(client, NEWS)
    bulk_news(news_tree.news_index, 9, images=images[1:])
    assert count_queries(client, NEWS) == one


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/de/", "/de/aktuelles/feed/rss/", "/de/aktivitaeten-themen/veranstaltungen/ical/"])
def test_home_page_and_feeds_queries_do_not_grow(client, news_tree, images, url):
    topics = [news_tree.tree.mobility]
    bulk_news(news_tree.news_index, 10, images=images, topics=topics)
    bulk_events(news_tree.event_index, 10, images=images, topics=topics)
    few = count_queries(client, url)
    bulk_news(news_tree.news_index, 1990, images=images, topics=topics)
    bulk_events(news_tree.event_index, 1990, images=images, topics=topics)
    assert count_queries(client, url) == few <= BUDGET


@pytest.mark.django_db
def test_news_and_event_pages_render_with_a_small_number_of_queries(client, news_tree, images):
    topics = [news_tree.tree.mobility, news_tree.tree.monitoring]
    bulk_news(news_tree.news_index, 30, images=images, topics=topics)
    for page in (news_tree.academy, news_tree.upcoming, news_tree.cancelled):
        assert count_queries(client, page.url) <= BUDGET, page.url
    assert count_queries(client, news_tree.upcoming.url + "ical/") <= BUDGET


@pytest.mark.django_db
def test_topic_pages_list_news_and_events_in_a_constant_number_of_queries(client, news_tree, images):
    topic = news_tree.tree.mobility
    bulk_news(news_tree.news_index, 3, images=images, topics=[topic])
    bulk_events(news_tree.event_index, 3, images=images, topics=[topic])
    few = count_queries(client, topic.url)
    bulk_news(news_tree.news_index, 300, images=images, topics=[topic], first_date=datetime.date(2025, 6, 1))
    bulk_events(news_tree.event_index, 300, images=images, topics=[topic])
    assert count_queries(client, topic.url) == few <= BUDGET


@pytest.mark.django_db
def test_a_region_page_with_its_news_and_events_stays_within_the_budget(client, news_tree, images):
    region = news_tree.oberrhein
    response = client.get(region.url)
    # The region's own news and events are shown, so the budget covers its sections.
    assert news_tree.academy.title_de in response.content.decode()

    assert count_queries(client, region.url) <= BUDGET


@pytest.mark.django_db
def test_cards_from_the_fragment_cache_read_nothing_for_their_cards(client, news_tree, images, settings):
    """The cards' topics, lead images and renditions are read only when a card is rendered (PageCards)."""
    settings.FRAGMENT_CACHE_ENABLED = True
    bulk_news(news_tree.news_index, 10, images=images, topics=[news_tree.tree.mobility])
    response, read = tables_read_on_second_visit(client, NEWS, [NewsPage.topics.through, get_image_model()])
    assert "Massenmeldung 9" in response.content.decode()
    assert read == []


@pytest.mark.django_db
def test_event_cards_from_the_fragment_cache_read_nothing_for_their_cards(client, news_tree, images, settings):
    """Event cards are cached fragments too; upcoming or past is the list's grouping, outside the cards."""
    settings.FRAGMENT_CACHE_ENABLED = True
    bulk_events(news_tree.event_index, 10, images=images, topics=[news_tree.tree.mobility])
    response, read = tables_read_on_second_visit(client, EVENTS, [EventPage.topics.through, get_image_model()])
    html = response.content.decode()
    assert "Kommende Veranstaltungen" in html and "Vergangene Veranstaltungen" in html
    assert read == []


@pytest.mark.django_db
def test_home_page_sections_from_the_fragment_cache_read_no_page_and_no_image(client, news_tree, images, settings):
    """The home page's news, next event, slider and regions come from cached ids and fragments (decision 84)."""
    settings.FRAGMENT_CACHE_ENABLED = True
    bulk_news(news_tree.news_index, 10, images=images, topics=[news_tree.tree.mobility])
    models = [NewsPage, EventPage, NewsPage.topics.through, get_image_model()]
    response, read = tables_read_on_second_visit(client, "/de/", models)
    html = response.content.decode()
    assert "Massenmeldung 2" in html and "Jahrestreffen 2030" in html
    assert read == []
