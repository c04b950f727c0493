"""The news app's contributions to the home page, topic pages and the demo site."""

from wagtail import hooks

from news.demo import build_news_and_events
from news.sections import home_section, related_section


@hooks.register("imeg_home_sections")
def latest_news_and_next_event(request, page):
    section = home_section(request, page)
    return section and {"template": "components/news_home.html", "context": section}


@hooks.register("imeg_topic_sections")
def topic_news_and_events(request, page):
    section = related_section(request, page, "topic")
    return section and {"template": "components/news_related.html", "context": section}


@hooks.register("imeg_region_sections")
def region_news_and_events(request, page):
    section = related_section(request, page, "region")
    return section and {"template": "components/news_related.html", "context": section}


@hooks.register("imeg_demo_content")
def add_demo_news_and_events(builder):
    """ "Aktuelles" with its news and "Veranstaltungen" with its events (manage.py load_demo)."""
    build_news_and_events(builder)


@hooks.register("imeg_demo_scale")
def add_scale_news_and_events(scale):
    """5,000 news and 500 events for the scale set (manage.py load_demo --scale)."""
    from news.demo_scale import build_scale_events, build_scale_news

    build_scale_news(scale)
    build_scale_events(scale)
