"""Fields of the region app translated per language (django-modeltranslation)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from regions.models import HomeSlide, KeyFigure, MemberOrganisation, RegionIndexPage, RegionPage


@register(RegionIndexPage)
class RegionIndexPageTranslation(TranslationOptions):
    fields = ("intro", "data_note")


@register(RegionPage)
class RegionPageTranslation(TranslationOptions):
    fields = (
        "short_name",
        "full_name",
        "intro",
        "participating_areas",
        "core_cities",
        "cross_border_body",
        "cross_border_body_seat",
        "body",
    )


@register(KeyFigure)
class KeyFigureTranslation(TranslationOptions):
    fields = ("source",)


@register(MemberOrganisation)
class MemberOrganisationTranslation(TranslationOptions):
    fields = ("name",)


@register(HomeSlide)
class HomeSlideTranslation(TranslationOptions):
    fields = ("caption", "credit", "text")
