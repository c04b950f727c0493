"""Fields of news and events translated per language (django-modeltranslation adds a column per language)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage


@register(NewsIndexPage)
class NewsIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(NewsPage)
class NewsPageTranslation(TranslationOptions):
    fields = ("teaser", "body")


@register(EventIndexPage)
class EventIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(EventPage)
class EventPageTranslation(TranslationOptions):
    fields = ("status_note", "teaser", "body", "venue_name", "venue_address", "organisers", "programme")
