"""Wagtail's search index (the admin's page search) reads each search field of an object once and
compiles its vectors from templates (imeg/search/object_indexer.py, decision 68), and writes the same
rows as modelsearch's own indexer."""

import pytest
from django.db import connection
from django.db.models.sql.subqueries import InsertQuery
from modelsearch.backends import get_search_backend
from modelsearch.backends.database.postgres import postgres, weights
from modelsearch.index import SearchField
from wagtail.models import Page

from imeg.search.object_indexer import CompiledVector, OnePassObjectIndexer
from tests.database_support import requires_postgresql
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


def written(value):
    """A value of the index row as add_items writes it: the SQL and parameters of a vector, or the text."""
    if not hasattr(value, "resolve_expression"):
        return value
    compiler = InsertQuery(postgres.IndexEntry).get_compiler(connection=connection)
    value = compiler.prepare_value(postgres.IndexEntry._meta.get_field("body"), value)
    return value.as_sql(compiler, connection)


def index_row(page):
    get_search_backend().add_bulk(type(page), [page])
    return postgres.IndexEntry.objects.values(*VALUES).get(object_id=str(page.pk))


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

    assert [written(value) for value in our_values] == [written(value) for value in their_values]
    assert "Brücke verbindet Kehl" in ours.body_text
    assert "Un pont sur le Rhin." in ours.body_text  # the French teaser: a search field per language
    assert sorted(reads) == sorted(set(reads))  # each search field once
    assert their_reads == 5 * len(reads)


def test_the_admin_search_finds_a_page_indexed_with_it(searchable):
    page = news(searchable)
    get_search_backend().add_bulk(type(page), [page])

    results = Page.objects.search("Straßburg")

    assert page.pk in [result.pk for result in results]


@requires_postgresql("the rows are written into modelsearch's PostgreSQL index table, as tsvectors")
def test_the_same_rows_as_modelsearch_for_pages_of_different_shapes(searchable, monkeypatch):
    pages = [
        news(searchable),
        NewsPageFactory(parent=searchable.news_index, title_de="Nur ein Titel"),
        NewsPageFactory(parent=searchable.news_index, title_de="Grenze", teaser_de="Grenzgänger", teaser_nl="Grens"),
    ]
    ours = [index_row(page) for page in pages]

    monkeypatch.setattr(postgres, "ObjectIndexer", OnePassObjectIndexer.__mro__[1])
    theirs = [index_row(page) for page in pages]

    assert ours == theirs
    assert "'grenzgänger':" in ours[2]["body"]


@requires_postgresql("the template is PostgreSQL's tsvector SQL (to_tsvector with a text-search configuration)")
def test_a_vector_template_is_compiled_once_per_shape(searchable):
    backend = get_search_backend()
    first, second = news(searchable), NewsPageFactory(parent=searchable.news_index, title_de="Zweite Brücke")
    CompiledVector.templates.clear()

    sql, params = written(OnePassObjectIndexer(first, backend).title)
    other_sql, other_params = written(OnePassObjectIndexer(second, backend).title)

    assert len(CompiledVector.templates) == 1
    assert other_sql == sql
    assert "Brückenbau" in params and "Zweite Brücke" in other_params
