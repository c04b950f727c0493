"""Factories for the site core's models (wagtail-factories); translated fields are set per language."""

import factory
import wagtail_factories
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Collection, Site

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


class TranslatedPageFactory(wagtail_factories.PageFactory):
    """A page with its German title and slug; other languages are given per test (title_en=…)."""

    title = None
    slug = None
    title_de = factory.Sequence(lambda n: f"Seite {n}")
    slug_de = factory.LazyAttribute(lambda page: slugify(page.title_de))

    class Meta:
        abstract = True

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        # Titles given in a language get that language's slug unless the test sets one.
        for key, value in list(kwargs.items()):
            if key.startswith("title_") and value:
                code = key.removeprefix("title_")
                kwargs.setdefault(f"slug_{code}", slugify(value))
        for key in ("title", "slug"):
            if kwargs.get(key) is None:
                kwargs.pop(key, None)
        return kwargs


class FiledPageFactory(TranslatedPageFactory):
    """A page filed under topics and regions: `topics=[…]`, `regions=[…]` set them after creation."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)
            self.save()

    @factory.post_generation
    def regions(self, create, extracted, **kwargs):
        if create and extracted:
            self.regions.set(extracted)
            self.save()


class HomePageFactory(TranslatedPageFactory):
    title_de = "Startseite"
    slug_de = "startseite"

    class Meta:
        model = HomePage


class ContentPageFactory(TranslatedPageFactory):
    title_de = factory.Sequence(lambda n: f"Inhaltsseite {n}")

    class Meta:
        model = ContentPage


class TopicIndexPageFactory(TranslatedPageFactory):
    title_de = "Themen"

    class Meta:
        model = TopicIndexPage


class TopicPageFactory(TranslatedPageFactory):
    title_de = factory.Sequence(lambda n: f"Thema {n}")
    intro_de = "Worum es bei diesem Thema geht."

    class Meta:
        model = TopicPage


class FormPageFactory(TranslatedPageFactory):
    title_de = "Kontakt"

    class Meta:
        model = FormPage


class FormFieldFactory(DjangoModelFactory):
    page = factory.SubFactory(FormPageFactory)
    sort_order = factory.Sequence(int)
    label_de = factory.Sequence(lambda n: f"Feld {n}")
    field_type = "singleline"
    required = True

    class Meta:
        model = FormField


class CustomImageFactory(wagtail_factories.ImageFactory):
    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = factory.Sequence(lambda n: f"Bild {n}")
    description_de = factory.Sequence(lambda n: f"Beschreibung von Bild {n}")
    caption_de = "Blick über die Grenze"
    credit = "Foto: IMeG"

    class Meta:
        model = CustomImage


class SiteSettingsFactory(DjangoModelFactory):
    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    organisation_name_de = "Initiativkreis Metropolitane Grenzregionen"
    email = "info@example.org"
    contact_email = "geschaeftsstelle@example.org"

    class Meta:
        model = SiteSettings
        django_get_or_create = ("site",)
