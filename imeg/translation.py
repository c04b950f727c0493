"""Fields translated per language (django-modeltranslation adds a column per language)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from imeg.models import (
    ContentPage,
    CustomImage,
    FormField,
    FormPage,
    HomePage,
    SiteSettings,
    TopicIndexPage,
    TopicPage,
)


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = ("intro", "teasers")


@register(ContentPage)
class ContentPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(TopicIndexPage)
class TopicIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(TopicPage)
class TopicPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(FormPage)
class FormPageTranslation(TranslationOptions):
    fields = ("intro", "thank_you_text", "subject")


@register(FormField)
class FormFieldTranslation(TranslationOptions):
    fields = ("label", "help_text", "choices", "default_value")


@register(SiteSettings)
class SiteSettingsTranslation(TranslationOptions):
    fields = ("organisation_name", "address")


@register(CustomImage)
class ImageTranslation(TranslationOptions):
    fields = ("description", "caption", "credit")
