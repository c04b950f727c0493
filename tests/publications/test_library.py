"""The library list: newest first, filters in the URL, pagination, feeds; bad input never breaks it."""

import feedparser
import pytest
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.publications.factories import bulk_publications

INDEX = "/de/veroeffentlichungen/"


def titles(response):
    return [item.title for item in response.context["items"]]


def test_index_lists_live_publications_newest_first(library, client):
    response = client.get(INDEX)

    assert titles(response) == [
        "Krisenfestigkeit von Grenzregionen",
        "Raumbeobachtung Deutschland und angrenzende Regionen",
        "Europäische grenzüberschreitende Konvention",
        "Grenzüberschreitende Mobilität und Bundesverkehrswegeplan 2030",
    ]


def test_index_cards_show_cover_type_date_and_languages(library, client):
    html = client.get(INDEX).content.decode()

    assert html.count('class="publication-card"') == 4
    assert "Präsentation" in html and "Stellungnahme" in html
    assert '<time datetime="2017-06">Juni 2017</time>' in html
    assert '<abbr title="Deutsch" lang="de">DE</abbr>, <abbr title="Englisch" lang="en">EN</abbr>' in html
    assert html.count('class="publication-cover"') == 1


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "type=statement",
            {
                "Europäische grenzüberschreitende Konvention",
                "Grenzüberschreitende Mobilität und Bundesverkehrswegeplan 2030",
            },
        ),
        ("year=2018", {"Raumbeobachtung Deutschland und angrenzende Regionen"}),
        ("type=statement&year=2017", {"Europäische grenzüberschreitende Konvention"}),
    ],
)
def test_filters_by_type_and_year(library, client, query, expected):
    assert set(titles(client.get(f"{INDEX}?{query}"))) == expected


def test_filters_by_topic_and_region(library, client):
    by_topic = titles(client.get(f"{INDEX}?topic={library.tree.mobility.pk}"))
    by_region = titles(client.get(f"{INDEX}?region={library.grossregion.pk}"))

    assert by_topic == ["Grenzüberschreitende Mobilität und Bundesverkehrswegeplan 2030"]
    assert by_region == ["Krisenfestigkeit von Grenzregionen", "Raumbeobachtung Deutschland und angrenzende Regionen"]


def test_a_bad_filter_is_reported_and_the_others_still_apply(library, client):
    response = client.get(f"{INDEX}?year=zwanzig&type=statement")

    assert response.status_code == 200
    assert "ungültig" in response.content.decode()
    assert len(titles(response)) == 2


def test_a_filtered_list_is_kept_out_of_search_engines(library, client):
    assert 'content="noindex, follow"' in client.get(f"{INDEX}?type=study").content.decode()
    assert "noindex" not in client.get(INDEX).content.decode()


def test_pagination_keeps_the_filters(library, client):
    bulk_publications(library.index, 30)

    html = client.get(f"{INDEX}?page=2").content.decode()
    filtered = client.get(f"{INDEX}?year=2025")

    assert "Seite 2 von 3" in html
    assert 'href="?page=3"' in html
    assert filtered.context["page_obj"].paginator.count == 30
    assert 'href="?year=2025&amp;page=2"' in filtered.content.decode()


@pytest.mark.parametrize("page", ["0", "-1", "abc", "99999999999999999999", "1e9", ""])
def test_odd_page_numbers_give_a_page(library, client, page):
    assert client.get(f"{INDEX}?page={page}").status_code == 200


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.dictionaries(
        st.sampled_from(["type", "year", "topic", "region", "page", "x", "year[]"]),
        st.text(max_size=40) | st.integers(min_value=-(10**20), max_value=10**20).map(str),
        max_size=5,
    )
)
def test_no_query_string_breaks_the_library(library, client, query):
    response = client.get(INDEX, query)

    assert response.status_code == 200


@pytest.mark.parametrize(("language", "path"), [("de", "veroeffentlichungen"), ("en", "publications")])
@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_parse_and_list_the_publications_of_the_language(library, client, language, path, kind):
    response = client.get(f"/{language}/{path}/feed/{kind}/")
    feed = feedparser.parse(response.content)

    assert response.status_code == 200
    assert not feed.bozo
    entries = [entry.title for entry in feed.entries]
    if language == "de":
        assert len(entries) == 4
    else:
        assert entries == [
            "Crisis resilience of border regions",
            "Spatial monitoring of Germany and its neighbours",
            "Cross-border mobility and the federal transport plan",
        ]
    monitoring = next(
        entry for entry in feed.entries if "2018" in entry.get("published", "") or "onitoring" in entry.title
    )
    enclosures = [link for link in monitoring.links if link.rel == "enclosure"]
    assert enclosures and enclosures[0].type == "application/pdf"


def test_pages_link_their_feeds(library, client):
    with translation.override("fr"):
        url = library.index.get_url()
    html = client.get(url).content.decode()

    assert 'type="application/rss+xml"' in html
    assert "/fr/publications/feed/atom/" in html
