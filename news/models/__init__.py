from news.models.events import EventIndexPage, EventPage, EventStatus
from news.models.news import NewsIndexPage, NewsPage, NewsRelatedPublication

__all__ = ["EventIndexPage", "EventPage", "EventStatus", "NewsIndexPage", "NewsPage", "NewsRelatedPublication"]
