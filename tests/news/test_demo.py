"""The news part of the demo site: news and events from the facts, in four languages, built once."""

import io

import pytest
from django.utils import timezone

from imeg.demo.builder import DemoBuilder
from news.demo import build_news_and_events
from news.models import EventIndexPage, EventPage, EventStatus, NewsIndexPage, NewsPage


@pytest.fixture
def builder(site_tree):
    demo = DemoBuilder(io.StringIO())
    demo.pages.update(
        home=site_tree.home,
        kontakt=site_tree.contact,
        mobilitaet=site_tree.mobility,
        raumbeobachtung=site_tree.monitoring,
    )
    demo.pages["aktivitaeten-themen"] = site_tree.activities
    return demo


def build(builder):
    build_news_and_events(builder)
    builder.finish()


def test_demo_builds_news_and_events_under_their_sections(builder, site_tree):
    build(builder)
    news_index = NewsIndexPage.objects.get()
    event_index = EventIndexPage.objects.get()
    assert news_index.get_parent().pk == site_tree.home.pk
    assert event_index.get_parent().pk == site_tree.activities.pk
    assert 10 <= NewsPage.objects.child_of(news_index).live().count() <= 20
    assert EventPage.objects.child_of(event_index).live().count() >= 5


def test_demo_has_an_upcoming_and_a_cancelled_event(builder):
    build(builder)
    upcoming = EventPage.objects.upcoming(timezone.now()).exclude(status=EventStatus.CANCELLED)
    assert upcoming.exists()
    assert EventPage.objects.filter(status=EventStatus.CANCELLED).exists()


def test_demo_leaves_some_items_untranslated_in_french_and_dutch(builder):
    build(builder)
    pages = list(NewsPage.objects.all()) + list(EventPage.objects.all())
    for language in ("fr", "nl"):
        assert any(page.is_translated(language) for page in pages), language
        assert any(not page.is_translated(language) for page in pages), language


def test_demo_news_refer_to_topics(builder, site_tree):
    build(builder)
    assert NewsPage.objects.for_topic(site_tree.mobility).exists()
    assert EventPage.objects.for_topic(site_tree.monitoring).exists()


def test_demo_runs_twice_without_changes(builder):
    build(builder)
    count = builder.created_count
    again = DemoBuilder(io.StringIO())
    again.pages.update(builder.pages)
    build_news_and_events(again)
    again.finish()
    assert count > 0
    assert again.created_count == 0
