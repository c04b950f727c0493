"""The regions' part of the demo site: four regions in four languages, built once."""

import io

import pytest
from wagtail.models import Revision

from imeg.demo.builder import DemoBuilder
from regions.demo import build_regions
from regions.demo.content import PARENT_KEY
from regions.models import HomeSlide, KeyFigure, RegionIndexPage, RegionPage
from regions.wagtail_hooks import add_demo_regions
from tests.factories import ContentPageFactory

LANGUAGES = ["de", "en", "fr", "nl"]


@pytest.fixture
def builder(site_tree):
    section = ContentPageFactory(parent=site_tree.home, title_de="Metropolitane Grenzregionen", slug_de=PARENT_KEY)
    demo = DemoBuilder(io.StringIO())
    demo.pages[PARENT_KEY] = section
    return demo


def build(builder):
    build_regions(builder)
    builder.finish()


def test_demo_builds_the_index_with_four_regions_in_four_languages(builder):
    build(builder)

    index = RegionIndexPage.objects.get()
    regions = RegionPage.objects.child_of(index).live().order_by("path")
    assert index.live
    assert [region.title_de for region in regions] == [
        "Euregio Maas-Rhein",
        "Großregion",
        "Trinationale Metropolregion Oberrhein",
        "Bodenseeregion",
    ]
    for region in regions:
        assert all(getattr(region, f"title_{code}") for code in LANGUAGES)
        assert all(getattr(region, f"intro_{code}") for code in LANGUAGES)
        assert region.outline_polygons()
        assert region.countries


def test_demo_regions_have_figures_with_year_and_source_in_every_language(builder):
    build(builder)

    assert KeyFigure.objects.count() == 13
    for figure in KeyFigure.objects.all():
        assert 1900 < figure.year <= 2026
        assert all(getattr(figure, f"source_{code}") for code in LANGUAGES)


def test_demo_gives_each_region_its_own_picture_and_a_home_slide(builder):
    build(builder)

    images = [region.hero_image for region in RegionPage.objects.select_related("hero_image")]
    assert len({image.pk for image in images}) == 4
    assert all(image.caption_en and image.description_fr and image.credit for image in images)
    slides = HomeSlide.objects.order_by("sort_order")
    assert [slide.region.specific.short_name_de for slide in slides] == [
        "Maas-Rhein",
        "Großregion",
        "Oberrhein",
        "Bodensee",
    ]
    assert all(getattr(slide, f"caption_{code}") for slide in slides for code in LANGUAGES)


def test_data_note_says_the_outlines_are_approximate(builder):
    build(builder)

    index = RegionIndexPage.objects.get()
    assert "ungefähr" in index.data_note_de
    assert "approximate" in index.data_note_en


def test_second_demo_run_creates_and_changes_nothing(builder):
    build(builder)
    revisions = Revision.objects.count()
    figures = list(KeyFigure.objects.values_list("pk", "value"))

    again = DemoBuilder(io.StringIO())
    again.pages[PARENT_KEY] = builder.page(PARENT_KEY)
    add_demo_regions(again)
    again.finish()

    assert again.created_count == 0
    assert Revision.objects.count() == revisions
    assert list(KeyFigure.objects.values_list("pk", "value")) == figures
