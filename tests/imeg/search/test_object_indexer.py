"""Wagtail's search index (the admin's page search) reads each search field of an object once
(imeg/search/object_indexer.py, decision 68) and writes the same rows as modelsearch's own indexer."""

import pytest
from modelsearch.backends import get_search_backend
from modelsearch.backends.database.postgres import postgres, weights
from modelsearch.index import SearchField
from wagtail.models import Page

from imeg.search.object_indexer import OnePassObjectIndexer
from tests.news.factories import NewsPageFactory

VALUES = ("title", "body", "autocomplete", "title_text", "body_text")


def news(searchable):
    return NewsPageFactory(
        parent=searchable.news_index,
        title_de="Brückenbau",
        title_fr="Construction de ponts",
        teaser_de="Eine Brücke über den Rhein.",
        teaser_fr="Un pont sur le Rhin.",
        body_de=[("paragraph", "<p>Die Brücke verbindet Kehl und Straßburg.</p>")],
    )


def counted_reads(monkeypatch):
    reads = []
    original = SearchField.get_value

    def get_value(field, obj):
        reads.append(field.field_name)
        return original(field, obj)

    monkeypatch.setattr(SearchField, "get_value", get_value)
    return reads


def test_the_index_uses_the_one_pass_indexer():
    assert postgres.ObjectIndexer is OnePassObjectIndexer


@pytest.fixture
def _postgresql_weights(monkeypatch):
    """The tsvector weight of each boost, which modelsearch works out at start-up on PostgreSQL only.

    The indexers compared below are the PostgreSQL backend's; building a row's values is Python alone,
    so the comparison runs on SQLite too once they have the weights.
    """
    if not weights.BOOSTS_WEIGHTS:
        monkeypatch.setattr(weights, "BOOSTS_WEIGHTS", weights.determine_boosts_weights())


@pytest.mark.usefixtures("_postgresql_weights")
def test_the_same_values_as_modelsearch_with_each_field_read_once(searchable, monkeypatch):
    page = news(searchable)
    backend = get_search_backend()
    reads = counted_reads(monkeypatch)

    theirs = postgres.ObjectIndexer.__mro__[1](page, backend)
    their_values = [getattr(theirs, name) for name in VALUES]
    their_reads = len(reads)
    reads.clear()
    ours = OnePassObjectIndexer(page, backend)
    our_values = [getattr(ours, name) for name in VALUES]

    assert [repr(value) for value in our_values] == [repr(value) for value in their_values]
    assert "Brücke verbindet Kehl" in ours.body_text
    assert "Un pont sur le Rhin." in ours.body_text  # the French teaser: a search field per language
    assert sorted(reads) == sorted(set(reads))  # each search field once
    assert their_reads == 5 * len(reads)


def test_the_admin_search_finds_a_page_indexed_with_it(searchable):
    page = news(searchable)
    get_search_backend().add_bulk(type(page), [page])

    results = Page.objects.search("Straßburg")

    assert page.pk in [result.pk for result in results]
