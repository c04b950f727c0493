"""The news app's contributions to the home page, topic pages, region pages and the demo site."""

from wagtail import hooks

from news import sections
from news.demo import build_news_and_events
from news.demo.scale import build_scale_events, build_scale_news

hooks.register("imeg_home_sections", sections.home_news_and_event)
hooks.register("imeg_topic_sections", sections.topic_news_and_events)
hooks.register("imeg_region_sections", sections.region_news_and_events)


@hooks.register("imeg_demo_content")
def add_demo_news_and_events(builder):
    """ "Aktuelles" with its news and "Veranstaltungen" with its events (manage.py load_demo)."""
    build_news_and_events(builder)


@hooks.register("imeg_demo_scale")
def add_scale_news_and_events(scale):
    """5,000 news and 500 events for the scale set (manage.py load_demo --scale)."""
    build_scale_news(scale)
    build_scale_events(scale)
