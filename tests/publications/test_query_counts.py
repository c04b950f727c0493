"""The library costs the same number of queries with 10 or 1,000 publications; covers cost no query each."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from publications import reading
from publications.models import PublicationFile, PublicationPage
from tests.publications.factories import bulk_publications, make_document
from tests.publications.pdfs import valid_pdf
from tests.query_support import tables_read_on_second_visit

# Issue #8: at most ten queries per page, however many items (page cache off, cached lookups warm).
BUDGET = 10
INDEX = "/de/veroeffentlichungen/"


def count_queries(client, url):
    client.get(url)  # makes the cover renditions once
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.fixture
def documents(db):
    """Three read PDFs with covers, shared by the bulk publications."""
    result = []
    for number in range(3):
        document = make_document(valid_pdf(pages=number + 1), title=f"Papier {number}", name=f"papier-{number}.pdf")
        reading.read_document(document.pk, document.file_hash)
        result.append(document)
    return result


@pytest.mark.parametrize("query", ["", "?type=statement", "?topic={topic}&year=2025", "?page=2"])
def test_library_queries_do_not_grow_with_the_publications(library, client, documents, query, record_property):
    url = INDEX + query.format(topic=library.tree.mobility.pk)
    topics = [library.tree.mobility, library.tree.monitoring]
    bulk_publications(library.index, 30, topics=topics, documents=documents)
    few = count_queries(client, url)
    bulk_publications(library.index, 970, topics=topics, documents=documents)
    many = count_queries(client, url)
    record_property("queries", {"30": few, "1000": many})
    assert few == many
    assert many <= BUDGET


@pytest.mark.parametrize(
    "url", ["/de/", "/de/veroeffentlichungen/feed/rss/", "/de/aktivitaeten-themen/themen/mobilitaet/"]
)
def test_home_topic_and_feed_queries_do_not_grow(library, client, documents, url):
    topics = [library.tree.mobility]
    bulk_publications(library.index, 10, topics=topics, documents=documents)
    few = count_queries(client, url)
    bulk_publications(library.index, 990, topics=topics, documents=documents)
    assert count_queries(client, url) == few <= BUDGET


def test_publication_page_queries_do_not_grow_with_its_files(library, client, documents, record_property):
    from tests.publications.factories import attach

    url = library.convention.url
    attach(library.convention, documents[0])
    one = count_queries(client, url)
    for position, document in enumerate(documents[1:], start=1):
        attach(library.convention, document, sort_order=position)
    record_property("queries", {"1 file": one})
    assert count_queries(client, url) == one <= BUDGET


def test_cards_from_the_fragment_cache_read_nothing_for_their_cards(library, client, documents, settings):
    """The cards' topics, covers and files are read only when a card is rendered (PageCards)."""
    settings.FRAGMENT_CACHE_ENABLED = True
    bulk_publications(library.index, 12, topics=[library.tree.mobility], documents=documents)
    models = [PublicationPage.topics.through, PublicationFile, get_image_model()]
    _response, read = tables_read_on_second_visit(client, INDEX, models)
    assert read == []
