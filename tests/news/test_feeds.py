"""RSS/Atom feeds of the news per language and iCalendar files of the events."""

import datetime
from zoneinfo import ZoneInfo

import feedparser
import icalendar
import pytest
from django.utils import translation

from tests.factories import CustomImageFactory
from tests.news.conftest import berlin
from tests.news.factories import EventPageFactory

BERLIN = ZoneInfo("Europe/Berlin")


def feed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return response, parsed


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_german_feed_lists_every_news_item_newest_first(client, news_tree, kind):
    _response, parsed = feed(client, f"/de/aktuelles/feed/{kind}/")
    assert [entry.title for entry in parsed.entries] == [
        "Grenzraumakademie in Berlin",
        "Workshops zur Pandemie",
        "Workshop in Karlsruhe",
        "Stellungnahme zum Bundesverkehrswegeplan",
    ]
    assert parsed.entries[0].link == "http://localhost/de/aktuelles/grenzraumakademie-in-berlin/"
    assert parsed.entries[0].summary == "Rund 130 Gäste."
    assert parsed.entries[0].published_parsed[:3] == (2023, 4, 20)  # midnight in Berlin is 22:00 UTC


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "path", "expected"),
    [
        ("en", "/en/news/", ["Border academy in Berlin", "Pandemic workshops"]),
        ("fr", "/fr/actualites/", ["Académie des frontières à Berlin"]),
        ("nl", "/nl/nieuws/", ["Grensacademie in Berlijn"]),
    ],
)
def test_feeds_list_the_news_translated_into_their_language(client, news_tree, language, path, expected):
    for kind in ("rss", "atom"):
        _response, parsed = feed(client, f"{path}feed/{kind}/")
        assert [entry.title for entry in parsed.entries] == expected
        assert all(entry.link.startswith(f"http://localhost/{language}/") for entry in parsed.entries)
    assert parsed.feed.get("language", language) == language


@pytest.mark.django_db
def test_feed_has_an_enclosure_for_the_lead_image(client, news_tree):
    news_tree.academy.lead_image = CustomImageFactory()
    news_tree.academy.save()
    _response, parsed = feed(client, "/de/aktuelles/feed/rss/")
    enclosure = parsed.entries[0].enclosures[0]
    assert enclosure.type == "image/jpeg"
    assert enclosure.href.startswith("http://localhost/media/images/")
    assert int(enclosure.length) > 0


@pytest.mark.django_db
def test_news_pages_link_their_feeds(client, news_tree):
    for url in ("/en/news/", news_tree.academy.url):
        html = client.get(url).content.decode()
        assert '<link rel="alternate" type="application/rss+xml"' in html
        assert '<link rel="alternate" type="application/atom+xml"' in html
    html = client.get("/en/news/").content.decode()
    assert 'href="http://localhost/en/news/feed/rss/"' in html


def calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


@pytest.mark.django_db
def test_event_calendar_file_describes_the_event(client, news_tree):
    cal = calendar(client, news_tree.brussels.url + "ical/")
    (event,) = cal.walk("VEVENT")
    assert str(event["UID"]) == f"event-{news_tree.brussels.pk}@localhost"
    assert "DTSTAMP" in event
    assert str(event["SUMMARY"]) == "Mobilität und Siedlungsentwicklung"
    assert event.decoded("DTSTART") == berlin(2019, 1, 30, 10, 0)
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert str(event["LOCATION"]) == "Vertretung eines Landes, Rue Montoyer 1, 1000 Brüssel"
    assert str(event["URL"]) == "http://localhost" + news_tree.brussels.url
    assert str(event["STATUS"]) == "CONFIRMED"
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Berlin"]


@pytest.mark.django_db
def test_event_calendar_keeps_berlin_time_across_daylight_saving(client, news_tree):
    summer = EventPageFactory(
        parent=news_tree.event_index,
        title_de="Sommertreffen",
        start=berlin(2031, 7, 3, 9, 30),
        end=berlin(2031, 7, 3, 17),
    )
    winter = EventPageFactory(parent=news_tree.event_index, title_de="Wintertreffen", start=berlin(2031, 1, 15, 9, 30))
    events = {
        str(e["SUMMARY"]): e for e in calendar(client, "/de/aktivitaeten-themen/veranstaltungen/ical/").walk("VEVENT")
    }
    for page, offset in ((summer, 2), (winter, 1)):
        start = events[page.title].decoded("DTSTART")
        assert (start.hour, start.minute) == (9, 30)
        assert start.utcoffset() == datetime.timedelta(hours=offset)
        assert start.astimezone(BERLIN) == page.start


@pytest.mark.django_db
def test_upcoming_calendar_lists_only_upcoming_events_and_marks_cancelled_ones(client, news_tree):
    events = calendar(client, "/de/aktivitaeten-themen/veranstaltungen/ical/").walk("VEVENT")
    assert {str(e["SUMMARY"]): str(e["STATUS"]) for e in events} == {
        "Jahrestreffen 2030": "CONFIRMED",
        "Abgesagtes Forum": "CANCELLED",
    }


@pytest.mark.django_db
def test_all_day_event_is_a_date_in_the_calendar(client, news_tree):
    (event,) = calendar(client, news_tree.luxembourg.url + "ical/").walk("VEVENT")
    assert event.decoded("DTSTART") == datetime.date(2012, 11, 19)
    assert event.decoded("DTEND") == datetime.date(2012, 11, 21)


@pytest.mark.django_db
def test_calendar_is_in_the_visitors_language(client, news_tree):
    with translation.override("en"):
        url = news_tree.upcoming.get_url()
    (event,) = calendar(client, url + "ical/").walk("VEVENT")
    assert str(event["SUMMARY"]) == "Annual meeting 2030"
