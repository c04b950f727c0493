"""Factories for the region app's models (wagtail-factories); translated fields are set per language."""

import factory
from factory.django import DjangoModelFactory

from regions.models import HomeSlide, KeyFigure, MemberOrganisation, RegionIndexPage, RegionPage
from tests.factories import TranslatedPageFactory


class RegionIndexPageFactory(TranslatedPageFactory):
    title_de = "IMeG-Regionen"
    slug_de = "imeg-regionen"

    class Meta:
        model = RegionIndexPage


class RegionPageFactory(TranslatedPageFactory):
    title_de = factory.Sequence(lambda n: f"Region {n}")
    short_name_de = factory.LazyAttribute(lambda page: page.title_de)
    countries = factory.LazyFunction(lambda: ["DE", "FR"])
    outline = "[[7.6, 47.6], [8.3, 48.9], [7.2, 48.4]]"

    class Meta:
        model = RegionPage


class KeyFigureFactory(DjangoModelFactory):
    page = factory.SubFactory(RegionPageFactory)
    indicator = "population"
    year = 2020
    value = 1_000_000
    source_de = "Statistisches Amt"

    class Meta:
        model = KeyFigure


class MemberOrganisationFactory(DjangoModelFactory):
    page = factory.SubFactory(RegionPageFactory)
    name_de = factory.Sequence(lambda n: f"Regionalverband {n}")
    url = "https://example.org/"

    class Meta:
        model = MemberOrganisation


class HomeSlideFactory(DjangoModelFactory):
    region = factory.SubFactory(RegionPageFactory)
    caption_de = factory.Sequence(lambda n: f"Blick auf Region {n}")

    class Meta:
        model = HomeSlide
