"""The search page: its URL per language, results, filters, pagination, empty states, bad input, query budget."""

import datetime
import time

import psycopg
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from hypothesis import HealthCheck, given, settings, strategies

from imeg.search import SEARCH_SLUGS, index
from imeg.search import views as search_views
from imeg.search.query import Search
from tests.imeg.search.conftest import requires_text_search
from tests.news.factories import NewsPageFactory
from tests.site.reliability.test_database_outage import assert_outage_page, database_unreachable

MAX_QUERIES = 10
# PostgreSQL cancels a search after 5 s (imeg/search/views.py); the page must come back within that.
TIME_LIMIT = datetime.timedelta(seconds=5)


@pytest.mark.parametrize("language", SEARCH_SLUGS)
def test_the_search_url_is_in_the_active_language(language):
    with translation.override(language):
        assert reverse("search") == f"/{language}/{SEARCH_SLUGS[language]}/"


def test_another_languages_search_slug_is_not_the_search_page(searchable, client):
    assert client.get("/en/suche/").status_code == 404


def test_every_page_has_the_search_form_in_its_header(searchable, client):
    for path, action in (("/de/", "/de/suche/"), ("/fr/actualites/", "/fr/recherche/")):
        content = client.get(path).content.decode()
        assert f'<form class="search-form" role="search" method="get" action="{action}"' in content


@requires_text_search
def test_results_show_type_date_and_highlighted_excerpt(searchable, client):
    response = client.get("/de/suche/", {"q": "Grenzregion"})

    assert response.status_code == 200
    assert response.context["noindex"] is True
    content = response.content.decode()
    assert '<a href="/de/aktuelles/grenzregionen-im-wandel/"><mark>Grenzregionen</mark> im Wandel</a>' in content
    assert '<span class="search-result__type">Meldung</span>' in content
    assert '<time datetime="2024-05-02">' in content
    assert "<mark>Grenzregionen</mark> Europas" in content


def test_results_are_in_the_visitors_language(searchable, client):
    content = client.get("/nl/zoeken/", {"q": "grensregio"}).content.decode()

    assert "/nl/nieuws/de-grensregios-van-europa/" in content
    assert "<mark>grensregio</mark>" in content
    assert "/de/aktuelles/" not in content


@requires_text_search
def test_the_type_filter_links_keep_the_query(searchable, client):
    response = client.get("/de/suche/", {"q": "Raumordnung OR Pendler"})
    content = response.content.decode()
    assert 'href="?q=Raumordnung+OR+Pendler&amp;type=publication"' in content

    filtered = client.get("/de/suche/", {"q": "Raumordnung OR Pendler", "type": "publication"})
    assert [result.title for result in filtered.context["results"]] == ["Positionspapier <mark>Raumordnung</mark>"]


def test_results_are_paginated(searchable, client):
    for number in range(12):
        NewsPageFactory(parent=searchable.news_index, title_de=f"Fähre {number}", teaser_de="Über den Rhein.")
    index.rebuild()

    first = client.get("/de/suche/", {"q": "Fähre"})
    second = client.get("/de/suche/", {"q": "Fähre", "page": "2"})

    assert len(first.context["results"]) == 10
    assert len(second.context["results"]) == 2
    assert 'href="?q=F%C3%A4hre&amp;type=&amp;page=2"' in first.content.decode()
    assert second.context["page_obj"].start_index() == 11


def test_no_query_asks_for_one(searchable, client):
    response = client.get("/de/suche/")
    assert response.status_code == 200
    assert "Geben Sie einen oder mehrere Begriffe ein." in response.content.decode()


def test_no_results_help_and_offer_the_other_languages(searchable, client):
    response = client.get("/de/suche/", {"q": "Quarkspeise"})
    content = response.content.decode()

    assert response.status_code == 200
    assert "Keine Treffer für „Quarkspeise“" in content
    assert 'href="/fr/recherche/?q=Quarkspeise"' in content


def test_the_language_switcher_keeps_the_query(searchable, client):
    content = client.get("/de/suche/", {"q": "Grenze"}).content.decode()
    assert 'href="/en/search/?q=Grenze"' in content


def test_the_search_page_only_answers_safe_methods(searchable, client):
    assert client.post("/de/suche/", {"q": "x"}).status_code == 405


BAD_QUERIES = [
    {"q": "Grenz\x00region"},
    {"q": "\x00"},
    {"q": "x" * 100_000},
    {"q": '"unclosed phrase'},
    {"q": "!:*&|()<>' -- ; DROP TABLE imeg_searchentry"},
    {"q": "OR OR - - \"\" ''"},
    {"q": "der die das"},
    {"q": "<script>alert(1)</script>"},
    {"q": "\ud7ff\U0010ffff\u202e"},
    {"q": ["eins", "zwei"]},
    {"q": "Pendler", "page": "abc"},
    {"q": "Pendler", "page": "-1"},
    {"q": "Pendler", "page": "99999999999999999999999"},
    {"q": "Pendler", "page": "1e3"},
    {"q": "Pendler", "type": "<script>"},
    {"q": "Pendler", "type": "page"},
]


@pytest.mark.parametrize("params", BAD_QUERIES, ids=range(len(BAD_QUERIES)))
def test_bad_input_gives_a_page_not_an_error(searchable, client, params):
    response = client.get("/de/suche/", params)
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


def test_an_overlong_query_is_shortened_with_a_note(searchable, client):
    response = client.get("/de/suche/", {"q": "Pendler " + "x" * 300})
    assert response.context["query"] == ("Pendler " + "x" * 300)[:200]
    assert "gesucht wurde mit dem gekürzten Text" in response.content.decode()


@settings(max_examples=40, deadline=TIME_LIMIT, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    query=strategies.text(max_size=300),
    page=strategies.one_of(strategies.none(), strategies.text(max_size=20), strategies.integers().map(str)),
    page_type=strategies.sampled_from(["", "news", "publication", "page", "x"]),
    language=strategies.sampled_from(sorted(SEARCH_SLUGS)),
)
def test_any_query_answers_quickly_without_a_server_error(searchable, client, query, page, page_type, language):
    params = {"q": query, "type": page_type}
    if page is not None:
        params["page"] = page
    started = time.monotonic()
    response = client.get(f"/{language}/{SEARCH_SLUGS[language]}/", params)
    assert response.status_code in (200, 400)
    assert time.monotonic() - started < TIME_LIMIT.total_seconds()


def test_the_results_page_needs_a_constant_number_of_queries(searchable, client):
    def queries_for(query):
        with CaptureQueriesContext(connection) as context:
            response = client.get("/de/suche/", {"q": query})
        assert response.status_code == 200
        return len(response.context["results"]), len(context.captured_queries)

    def warm_up():
        # Content types, site root paths and site settings are cached; new pages clear the cache.
        client.get("/de/suche/", {"q": "Warmlaufen"})

    warm_up()
    one = queries_for("Brückenschlag")
    for number in range(12):
        NewsPageFactory(parent=searchable.news_index, title_de=f"Brückenschlag {number}")
    index.rebuild()
    warm_up()
    ten = queries_for("Brückenschlag")

    assert one[0] == 1 and ten[0] == 10
    assert one[1] == ten[1] <= MAX_QUERIES


@requires_text_search
def test_a_search_over_the_time_limit_is_cancelled_with_a_400(searchable, client, monkeypatch):
    slow = Search.matching

    def matching(self):
        return slow(self).extra(where=["(SELECT 1 FROM pg_sleep(0.5)) = 1"])

    monkeypatch.setattr(Search, "matching", matching)
    monkeypatch.setattr(search_views, "TIME_LIMIT_MS", 50)

    response = client.get("/de/suche/", {"q": "Pendler"})

    assert response.status_code == 400
    assert "Diese Suche konnte nicht beantwortet werden." in response.content.decode()
    assert client.get("/de/").status_code == 200  # the connection is usable again


@requires_text_search
def test_a_search_while_the_database_is_down_gets_the_outage_page_not_a_400(searchable, client):
    client.raise_request_exception = False
    with database_unreachable():
        response = client.get("/en/search/", {"q": "Pendler"})

    assert_outage_page(response, language="en")
    assert "simpler" not in response.content.decode()


@requires_text_search
def test_a_search_whose_connection_is_killed_gets_the_outage_page(searchable, client, monkeypatch):
    """As when PostgreSQL restarts during the query: psycopg's AdminShutdown, as Django wraps it."""

    def run(self, *args):
        with connection.wrap_database_errors:
            raise psycopg.errors.AdminShutdown("terminating connection due to administrator command")

    monkeypatch.setattr(Search, "run", run)
    client.raise_request_exception = False

    assert_outage_page(client.get("/de/suche/", {"q": "Pendler"}))
