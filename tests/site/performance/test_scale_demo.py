"""The scale set (`load_demo --scale`): pages inserted in bulk form a tree Wagtail and the site serve."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.models import Page

from imeg.demo.builder import DemoBuilder
from imeg.demo.scale import ScaleBuilder
from imeg.models import TopicPage
from news.demo.scale import build_scale_events, build_scale_news
from news.models import EventPage, NewsPage
from publications.demo.scale import build_scale_publications
from publications.models import PublicationPage
from tests.factories import ContentPageFactory
from tests.news.factories import EventIndexPageFactory, NewsIndexPageFactory, NewsPageFactory
from tests.publications.factories import PublicationIndexPageFactory
from tests.regions.factories import RegionIndexPageFactory, RegionPageFactory


@pytest.fixture
def scale(site_tree):
    """A ScaleBuilder over the fixture tree with the demo's keys for the news, event and publication indexes."""
    border_regions = ContentPageFactory(parent=site_tree.home, title_de="Metropolitane Grenzregionen")
    region_index = RegionIndexPageFactory(parent=border_regions)
    RegionPageFactory(parent=region_index, title_de="Oberrhein", title_en="Upper Rhine")
    RegionPageFactory(parent=region_index, title_de="Großregion", title_en="Greater Region")
    news_index = NewsIndexPageFactory(
        parent=site_tree.home, slug_de="aktuelles", slug_en="news", slug_fr="actualites", title_en="News"
    )
    builder = DemoBuilder(io.StringIO())
    builder.pages.update(
        home=site_tree.home,
        aktuelles=news_index,
        veranstaltungen=EventIndexPageFactory(parent=site_tree.activities),
        veroeffentlichungen=PublicationIndexPageFactory(parent=site_tree.home),
    )
    with translation.override("de"):
        yield ScaleBuilder(builder, factor=0.004)


def news(title, slug, **fields):
    return NewsPage(title_de=title, slug_de=slug, teaser_de=f"Über {title}.", **fields)


def test_bulk_pages_form_a_valid_tree_after_the_existing_children(scale):
    index = scale.builder.page("aktuelles")
    existing = NewsPageFactory(parent=index, title_de="Schon da")
    pages = scale.add_children(index, [news(f"Meldung {n}", f"meldung-{n}") for n in range(30)])

    assert all(not problems for problems in Page.find_problems())
    index.refresh_from_db()
    assert index.numchild == 31
    assert list(index.get_children().values_list("pk", flat=True)) == [existing.pk] + [page.pk for page in pages]
    assert NewsPage.objects.child_of(index).live().count() == 31


def test_a_page_added_in_the_admin_way_follows_the_bulk_pages(scale):
    index = scale.builder.page("aktuelles")
    scale.add_children(index, [news("Massenhaft", "massenhaft")])
    later = index.add_child(instance=news("Später", "spaeter"))

    assert later.get_prev_sibling().slug_de == "massenhaft"
    assert all(not problems for problems in Page.find_problems())


def test_bulk_pages_are_served_in_every_language_with_german_fallback(scale, client):
    index = scale.builder.page("aktuelles")
    page = scale.add_children(
        index, [news("Grenzpendeln", "grenzpendeln", title_en="Commuting", slug_en="commuting")]
    )[0]

    german = client.get("/de/aktuelles/grenzpendeln/")
    english = client.get("/en/news/commuting/")
    french = client.get("/fr/actualites/grenzpendeln/")

    assert german.status_code == english.status_code == french.status_code == 200
    assert german.context["page"].pk == english.context["page"].pk == page.pk
    assert "<h1>Commuting</h1>" in english.content.decode()
    assert french.context["is_translated"] is False


def test_slugs_a_sibling_uses_get_a_suffix_in_each_language(scale):
    index = scale.builder.page("aktuelles")
    NewsPageFactory(parent=index, title_de="Alt", slug_de="treffen", slug_en="meeting")
    first, second = scale.add_children(
        index,
        [news("Treffen", "treffen", slug_en="meeting"), news("Noch ein Treffen", "treffen", slug_en="meeting")],
    )

    assert (first.slug_de, first.slug_en) == ("treffen-2", "meeting-2")
    assert (second.slug_de, second.slug_en) == ("treffen-3", "meeting-3")
    assert first.url_path_en == f"{index.url_path_en}meeting-2/"


def test_url_paths_follow_each_languages_slugs(scale):
    index = scale.builder.page("aktuelles")
    page = scale.add_children(index, [news("Fahrplan", "fahrplan", slug_en="timetable")])[0]

    assert page.url_path_de == f"{index.url_path_de}fahrplan/"
    assert page.url_path_en == f"{index.url_path_en}timetable/"
    assert page.url_path_nl == f"{index.url_path_nl}fahrplan/"


def test_scale_set_spreads_over_topics_regions_and_years_and_a_second_run_adds_nothing(scale):
    build_scale_news(scale)
    build_scale_events(scale)
    build_scale_publications(scale)
    counts = (NewsPage.objects.count(), EventPage.objects.count(), PublicationPage.objects.count())
    build_scale_news(scale)
    build_scale_events(scale)
    build_scale_publications(scale)

    assert counts == (20, 2, 4)
    assert (NewsPage.objects.count(), EventPage.objects.count(), PublicationPage.objects.count()) == counts
    news_pages = NewsPage.objects.all()
    assert len({page.date.year for page in news_pages}) > 5
    assert {topic.pk for page in news_pages for topic in page.topics.all()} == set(
        TopicPage.objects.values_list("pk", flat=True)
    )
    assert all(page.regions.exists() for page in news_pages)
    assert all(publication.main_file.info.page_count == 2 for publication in PublicationPage.objects.all())
    assert all(not problems for problems in Page.find_problems())


@pytest.mark.parametrize("value", ["0", "-1", "11", "viel"])
def test_load_demo_refuses_a_scale_that_is_not_a_sensible_factor(value):
    with pytest.raises(CommandError):
        call_command("load_demo", f"--scale={value}")
