"""The news part of the demo site: news and events from the facts, in four languages, built once."""

import io
from types import SimpleNamespace

import pytest
from django.utils import timezone, translation

from imeg.demo.builder import DemoBuilder
from news.demo import build_news_and_events
from news.models import EventIndexPage, EventPage, EventStatus, NewsIndexPage, NewsPage
from tests.conftest import build_site_tree, module_database


def builder_for(site_tree):
    demo = DemoBuilder(io.StringIO())
    demo.pages.update(
        home=site_tree.home,
        kontakt=site_tree.contact,
        mobilitaet=site_tree.mobility,
        raumbeobachtung=site_tree.monitoring,
    )
    demo.pages["aktivitaeten-themen"] = site_tree.activities
    return demo


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker, tmp_path_factory):
    """The fixture tree with the news demo built into it once (its pictures take seconds); rolled back after."""
    media = tmp_path_factory.mktemp("news-demo-media")
    with module_database(django_db_blocker, media):
        site_tree = build_site_tree()
        builder = builder_for(site_tree)
        build_news_and_events(builder)
        builder.finish()
        yield SimpleNamespace(site_tree=site_tree, builder=builder, media=media)


@pytest.fixture
def demo(built, db, settings):
    settings.MEDIA_ROOT = built.media
    return built


def test_demo_builds_news_and_events_under_their_sections(demo):
    news_index = NewsIndexPage.objects.get()
    event_index = EventIndexPage.objects.get()
    assert news_index.get_parent().pk == demo.site_tree.home.pk
    assert event_index.get_parent().pk == demo.site_tree.activities.pk
    assert 10 <= NewsPage.objects.child_of(news_index).live().count() <= 20
    assert EventPage.objects.child_of(event_index).live().count() >= 5


def test_demo_has_an_upcoming_and_a_cancelled_event(demo):
    upcoming = EventPage.objects.upcoming(timezone.now()).exclude(status=EventStatus.CANCELLED)
    assert upcoming.exists()
    assert EventPage.objects.filter(status=EventStatus.CANCELLED).exists()


def test_demo_leaves_some_items_untranslated_in_french_and_dutch(demo):
    pages = list(NewsPage.objects.all()) + list(EventPage.objects.all())
    for language in ("fr", "nl"):
        assert any(page.is_translated(language) for page in pages), language
        assert any(not page.is_translated(language) for page in pages), language


def test_demo_news_refer_to_topics(demo):
    assert NewsPage.objects.for_topic(demo.site_tree.mobility).exists()
    assert EventPage.objects.for_topic(demo.site_tree.monitoring).exists()


def test_demo_runs_twice_without_changes(demo):
    again = DemoBuilder(io.StringIO())
    again.pages.update(demo.builder.pages)
    build_news_and_events(again)
    again.finish()
    assert demo.builder.created_count > 0
    assert again.created_count == 0


def test_the_english_event_page_shows_the_english_organiser(demo, client):
    event = EventPage.objects.get(organisers_de__contains="Geschäftsstelle Saarbrücken")

    with translation.override("en"):
        content = client.get(event.get_url()).content.decode()

    assert "Secretariat, Saarbrücken" in content
    assert "Geschäftsstelle" not in content
