"""News and event pages: tree rules, rendering in every language, status, structured data, related lists."""

import datetime
import json
import re

import pytest
from django.utils import timezone, translation
from wagtail.models import Page

from imeg.models import ContentPage, HomePage
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from tests.news.factories import EventPageFactory, NewsPageFactory

LANGUAGES = ["de", "en", "fr", "nl"]


def structured_data(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def test_page_tree_rules():
    assert NewsIndexPage.allowed_parent_page_models() == [HomePage]
    assert NewsIndexPage.allowed_subpage_models() == [NewsPage]
    assert NewsPage.allowed_parent_page_models() == [NewsIndexPage]
    assert NewsPage.allowed_subpage_models() == []
    assert set(EventIndexPage.allowed_parent_page_models()) == {ContentPage, HomePage}
    assert EventIndexPage.allowed_subpage_models() == [EventPage]
    assert EventPage.allowed_parent_page_models() == [EventIndexPage]
    assert Page not in NewsIndexPage.allowed_parent_page_models()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_detail_pages_render_in_every_language_with_their_template(client, news_tree, language):
    for page, template in (
        (news_tree.academy, "news/news_page.html"),
        (news_tree.karlsruhe, "news/news_page.html"),
        (news_tree.upcoming, "news/event_page.html"),
        (news_tree.luxembourg, "news/event_page.html"),
    ):
        with translation.override(language):
            url = page.get_url()
        response = client.get(url)
        assert response.status_code == 200
        assert template in [t.name for t in response.templates]
        html = response.content.decode()
        if page.is_translated(language):
            assert f"<h1>{getattr(page, f'title_{language}')}</h1>" in html
        else:
            assert "<h1>" + page.title_de + "</h1>" in html
            assert 'lang="de"' in html


@pytest.mark.django_db
def test_news_page_has_news_article_data(client, news_tree):
    data = structured_data(client.get("/en/news/border-academy-in-berlin/").content.decode())
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Border academy in Berlin"
    assert data["datePublished"].startswith("2023-04-21T00:00:00+02:00")
    assert data["inLanguage"] == "en"


@pytest.mark.django_db
def test_event_page_has_event_data_with_status_and_location(client, news_tree):
    data = structured_data(client.get(news_tree.cancelled.url).content.decode())
    assert data["@type"] == "Event"
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert data["location"]["@type"] == "VirtualLocation"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    data = structured_data(client.get(news_tree.brussels.url).content.decode())
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["location"]["@type"] == "Place"
    assert data["startDate"] == "2019-01-30T10:00:00+01:00"


@pytest.mark.django_db
def test_structured_data_cannot_end_the_script_element(client, news_tree):
    news_tree.karlsruhe.teaser_de = "</script><script>alert(1)</script> & <!--"
    news_tree.karlsruhe.save_revision().publish()
    html = client.get(news_tree.karlsruhe.url).content.decode()
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in script and ">" not in script
    assert json.loads(script)["description"] == "</script><script>alert(1)</script> & <!--"


@pytest.mark.django_db
def test_cancelled_event_shows_its_status_prominently(client, news_tree):
    html = client.get(news_tree.cancelled.url).content.decode()
    assert (
        '<p class="event-status event-status--cancelled"><strong>Abgesagt</strong>: Ein neuer Termin folgt.</p>'
        in html
    )
    assert "event-status--cancelled" in client.get("/de/aktivitaeten-themen/veranstaltungen/").content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", "30. Januar 2019, 10:00–16:30"),
        ("en", "30 January 2019, 10:00–16:30"),
        ("fr", "30 janvier 2019, 10:00–16:30"),
    ],
)
def test_event_times_are_berlin_times_in_the_locale_format(news_tree, language, expected):
    with translation.override(language):
        assert news_tree.brussels.when_text() == expected


@pytest.mark.django_db
def test_event_page_shows_interpretation_and_registration(client, news_tree):
    html = client.get(news_tree.upcoming.url).content.decode()
    assert "Deutsch, Französisch" in html
    assert 'href="mailto:anmeldung@example.org"' in html


@pytest.mark.django_db
def test_event_end_before_start_is_refused(news_tree):
    from django.core.exceptions import ValidationError

    event = news_tree.brussels
    event.end = event.start.replace(year=2018)
    with pytest.raises(ValidationError):
        event.full_clean()


@pytest.mark.django_db
def test_home_page_shows_three_latest_news_and_the_next_event_that_takes_place(client, news_tree):
    NewsPageFactory(parent=news_tree.news_index, title_de="Ganz alt", date="2001-01-01")
    response = client.get("/de/")
    (section,) = [s for s in response.context["home_sections"] if s["template"] == "components/news_home.html"]
    assert [item.title for item in section["context"]["news"]] == [
        "Grenzraumakademie in Berlin",
        "Workshops zur Pandemie",
        "Workshop in Karlsruhe",
    ]
    assert section["context"]["event"].title == "Jahrestreffen 2030"  # the cancelled forum comes earlier
    assert "Nächste Veranstaltung" in response.content.decode()


@pytest.mark.django_db
def test_home_page_with_its_cache_warm_shows_new_news_changed_events_and_the_next_event_as_time_passes(
    client, news_tree, settings, monkeypatch
):
    """The home page keeps the news' ids, the events' dates and the cards in the cache (decision 84)."""
    settings.FRAGMENT_CACHE_ENABLED = True
    later = EventPageFactory(
        parent=news_tree.event_index,
        title_de="Herbstforum",
        start=news_tree.upcoming.start + datetime.timedelta(days=20),
    )
    html = client.get("/de/").content.decode()
    assert "Jahrestreffen 2030" in html and "Herbstforum" not in html

    NewsPageFactory(parent=news_tree.news_index, title_de="Brandneue Meldung", date=datetime.date(2099, 1, 1))
    news_tree.upcoming.title_de = "Jahrestreffen 2030 in Metz"
    news_tree.upcoming.save_revision().publish()
    html = client.get("/de/").content.decode()
    assert "Brandneue Meldung" in html and "Jahrestreffen 2030 in Metz" in html

    # No page changes when the annual meeting ends: the clock alone makes the forum the next event.
    after_meeting = news_tree.upcoming.end + datetime.timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: after_meeting)
    html = client.get("/de/").content.decode()
    assert "Herbstforum" in html and "Jahrestreffen 2030 in Metz" not in html
    assert later.title_de in html


@pytest.mark.django_db
def test_topic_page_lists_its_news_and_events(client, news_tree):
    response = client.get(news_tree.tree.monitoring.url)
    html = response.content.decode()
    assert "Workshops zur Pandemie" in html and "Workshop in Karlsruhe" in html
    assert "Grenzraumakademie in Berlin" not in html
    assert "Abgesagtes Forum" in html
    assert f"/de/aktuelles/?topic={news_tree.tree.monitoring.pk}" in html


def test_region_page_lists_its_news_and_events(client, news_tree):
    assert set(NewsPage.objects.for_region(news_tree.oberrhein)) == {news_tree.academy, news_tree.karlsruhe}
    assert list(EventPage.objects.for_region(news_tree.grossregion)) == [news_tree.upcoming]

    html = client.get(news_tree.oberrhein.url).content.decode()

    assert "Workshop in Karlsruhe" in html and "Mobilität und Siedlungsentwicklung" in html
    assert f"?region={news_tree.oberrhein.pk}" in html
