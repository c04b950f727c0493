"""Fields of the library translated per language (django-modeltranslation adds a column per language)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from publications.models import PublicationIndexPage, PublicationPage


@register(PublicationIndexPage)
class PublicationIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(PublicationPage)
class PublicationPageTranslation(TranslationOptions):
    fields = ("summary", "citation")
