"""The news and event lists: order, pagination, filters in the query string, bad parameters."""

import datetime

import pytest
from django.utils import timezone, translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from imeg.listing import PageCards
from news.models import EventIndexPage, EventPage
from tests.news.factories import _bulk_children, bulk_news

NEWS = "/de/aktuelles/"
EVENTS = "/de/aktivitaeten-themen/veranstaltungen/"


def titles(response):
    return [item.title for item in response.context["items"]]


@pytest.mark.django_db
def test_news_list_shows_newest_first(client, news_tree):
    response = client.get(NEWS)
    assert titles(response) == [
        "Grenzraumakademie in Berlin",
        "Workshops zur Pandemie",
        "Workshop in Karlsruhe",
        "Stellungnahme zum Bundesverkehrswegeplan",
    ]


@pytest.mark.django_db
def test_news_list_leaves_out_drafts(client, news_tree):
    news_tree.karlsruhe.unpublish()
    assert "Workshop in Karlsruhe" not in titles(client.get(NEWS))


@pytest.mark.django_db
def test_news_list_filters_by_topic(client, news_tree):
    response = client.get(NEWS, {"topic": news_tree.tree.monitoring.pk})
    assert titles(response) == ["Workshops zur Pandemie", "Workshop in Karlsruhe"]


@pytest.mark.django_db
def test_news_list_filters_by_region(client, news_tree):
    response = client.get(NEWS, {"region": news_tree.oberrhein.pk})
    assert titles(response) == ["Grenzraumakademie in Berlin", "Workshop in Karlsruhe"]


@pytest.mark.django_db
def test_news_list_filters_by_year(client, news_tree):
    assert titles(client.get(NEWS, {"year": 2018})) == ["Workshop in Karlsruhe"]


@pytest.mark.django_db
def test_news_list_combines_filters(client, news_tree):
    query = {"topic": news_tree.tree.monitoring.pk, "region": news_tree.oberrhein.pk}
    assert titles(client.get(NEWS, query)) == ["Workshop in Karlsruhe"]
    assert titles(client.get(NEWS, {**query, "year": 2020})) == []


@pytest.mark.django_db
def test_news_list_offers_only_years_with_news(client, news_tree):
    form = client.get(NEWS).context["filter_form"]
    assert [value for value, _label in form.fields["year"].choices][1:] == ["2023", "2020", "2018", "2016"]


@pytest.mark.django_db
def test_news_list_is_paginated_and_keeps_filters(client, news_tree):
    bulk_news(news_tree.news_index, 25, topics=[news_tree.tree.mobility])
    first = client.get(NEWS, {"topic": news_tree.tree.mobility.pk})
    assert len(first.context["items"]) == 10
    assert f"topic={news_tree.tree.mobility.pk}&amp;page=2" in first.content.decode()
    third = client.get(NEWS, {"topic": news_tree.tree.mobility.pk, "page": 3})
    assert len(third.context["items"]) == 7  # 25 + 2 news about mobility


@pytest.mark.django_db
def test_filtered_lists_are_not_indexed(client, news_tree):
    assert 'name="robots"' not in client.get(NEWS).content.decode()
    assert '<meta name="robots" content="noindex, follow">' in client.get(NEWS, {"year": 2018}).content.decode()
    assert '<meta name="robots" content="noindex, follow">' in client.get(EVENTS, {"when": "past"}).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=0",
        "page=-1",
        "page=99999999999999999999999",
        "year=99999",
        "year=abc",
        "topic=abc",
        "topic=999999999999999999999999999",
        "region=%00",
        "topic=1&topic=2&topic=x",
        "year=2018&year=2019",
        "when=tomorrow",
        "page=1e3",
    ],
)
def test_bad_parameters_give_a_page_not_an_error(client, news_tree, query):
    for url in (NEWS, EVENTS):
        response = client.get(f"{url}?{query}")
        assert response.status_code == 200


@pytest.mark.django_db
def test_an_unknown_topic_is_reported_and_ignored(client, news_tree):
    response = client.get(NEWS, {"topic": 999999})
    assert response.context["filter_form"].errors
    assert len(titles(response)) == 4
    assert "Ein Filter in der Adresse ist ungültig" in response.content.decode()


@pytest.mark.django_db
def test_a_page_past_the_end_shows_the_last_page(client, news_tree):
    response = client.get(NEWS, {"page": 50})
    assert response.status_code == 200
    assert response.context["page_obj"].number == 1


parameter_names = st.sampled_from(["page", "topic", "region", "year", "when", "q", "page[]", "", "tópico"])
parameter_values = st.one_of(
    st.text(max_size=30),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(["upcoming", "past", "2018", "1", "0", "%", "&", "=", "\x00"]),
)


@pytest.mark.django_db
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pairs=st.lists(st.tuples(parameter_names, parameter_values), max_size=6), raw=st.text(max_size=40))
def test_no_query_string_makes_a_list_fail(client, news_tree, pairs, raw):
    from urllib.parse import urlencode

    for url in (NEWS, EVENTS):
        assert client.get(f"{url}?{urlencode(pairs)}").status_code in (200, 400)
        assert client.get(f"{url}?{raw}", follow=False).status_code in (200, 301, 302, 400, 404)


@pytest.mark.django_db
def test_event_list_shows_upcoming_first_then_the_archive(client, news_tree):
    response = client.get(EVENTS)
    assert titles(response) == [
        "Abgesagtes Forum",
        "Jahrestreffen 2030",
        "Mobilität und Siedlungsentwicklung",
        "Konferenz in Luxemburg",
    ]
    html = response.content.decode()
    assert html.index("Kommende Veranstaltungen") < html.index("Vergangene Veranstaltungen")


@pytest.mark.django_db
def test_event_list_filters_upcoming_and_past(client, news_tree):
    assert titles(client.get(EVENTS, {"when": "upcoming"})) == ["Abgesagtes Forum", "Jahrestreffen 2030"]
    assert titles(client.get(EVENTS, {"when": "past"})) == [
        "Mobilität und Siedlungsentwicklung",
        "Konferenz in Luxemburg",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("when", [None, "upcoming", "past"])
def test_event_list_orders_and_groups_as_the_database_does(news_tree, when):
    """The list orders the cached dates in Python; ties of start (and of ids) must come out as in SQL."""
    now = timezone.now()
    starts = [now + datetime.timedelta(days=days) for days in (-30, -30, -2, -2, 3, 3, 3, 40)]
    rows = [
        {"title_de": f"Gleichzeitig {n}", "teaser_de": "Kurz.", "start": start, "venue_name_de": "Metz"}
        for n, start in enumerate(starts)
    ]
    # Started two days ago, still running: upcoming, ordered by its start among the upcoming.
    rows.append(
        {"title_de": "Laufend", "teaser_de": "Kurz.", "start": starts[2], "end": now + datetime.timedelta(days=1)}
    )
    _bulk_children(news_tree.event_index, EventPage, rows)
    filters = {"when": when} if when else {}
    index = EventIndexPage.objects.get(pk=news_tree.event_index.pk)

    expected = [(pk, ended) for pk, ended in index.event_items(filters).values_list("pk", "ended")]
    assert index.timeline(filters, now) == expected
    assert len({pk for pk, _ended in expected}) == len(expected) >= 5


@pytest.mark.django_db
def test_news_list_shows_news_published_after_it_was_read(client, news_tree):
    assert titles(client.get(NEWS))[0] == "Grenzraumakademie in Berlin"  # the page's ids are now cached
    news_tree.karlsruhe.date = datetime.date(2031, 1, 1)
    news_tree.karlsruhe.save_revision().publish()
    assert titles(client.get(NEWS))[0] == "Workshop in Karlsruhe"
    news_tree.karlsruhe.unpublish()
    assert "Workshop in Karlsruhe" not in titles(client.get(NEWS))


@pytest.mark.django_db
def test_event_list_filters_by_topic_region_and_year(client, news_tree):
    mobility = news_tree.tree.mobility.pk
    assert titles(client.get(EVENTS, {"topic": mobility, "when": "past"})) == ["Mobilität und Siedlungsentwicklung"]
    assert titles(client.get(EVENTS, {"region": news_tree.grossregion.pk})) == ["Jahrestreffen 2030"]
    assert titles(client.get(EVENTS, {"year": 2012})) == ["Konferenz in Luxemburg"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["de", "en", "fr", "nl"])
def test_lists_render_in_every_language(client, news_tree, language):
    for page in (news_tree.news_index, news_tree.event_index):
        with translation.override(language):
            url = page.get_url()
        response = client.get(url)
        assert response.status_code == 200
        assert response.context["page"].pk == page.pk
        assert f'<html lang="{language}">' in response.content.decode()


@pytest.mark.django_db
def test_a_card_whose_page_went_away_since_its_id_was_read_is_left_out(news_tree):
    index = news_tree.news_index
    cards = PageCards(lambda: index.list_items({}), [news_tree.karlsruhe.pk, 10**9])
    assert cards.page(10**9) is None
    assert cards.page(news_tree.karlsruhe.pk).title == "Workshop in Karlsruhe"
