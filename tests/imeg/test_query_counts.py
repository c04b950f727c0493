"""SPEC §5 Speed: pages render with a small number of SQL queries that does not grow with their content."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ContentPageFactory, CustomImageFactory, TopicPageFactory

# Issue #8: at most ten queries per page, measured without the page cache (it is off in the tests) but
# with the cached lookups warm (site, settings, menu, routes, restrictions: imeg.lookup_cache).
BUDGET = 10
HOME_PAGE_QUERIES = BUDGET
CONTENT_PAGE_QUERIES = BUDGET
TOPIC_INDEX_QUERIES = BUDGET
MORE = 20


def queries_for(client, path):
    client.get(path)  # warm the cache as any earlier visitor would
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code == 200
    return len(context)


def add_teasers(home, pages, images):
    home.teasers_de = [
        ("teaser", {"page": page, "text": "Mehr dazu", "image": image})
        for page, image in zip(pages, images, strict=True)
    ]
    home.save_revision().publish()


@pytest.mark.parametrize("path", ["/de/", "/fr/"])
def test_home_page_renders_with_a_small_number_of_queries(site_tree, client, django_assert_max_num_queries, path):
    client.get(path)

    with django_assert_max_num_queries(HOME_PAGE_QUERIES):
        client.get(path)


def test_home_page_queries_do_not_grow_with_menu_items_and_teasers(site_tree, client):
    pages = [ContentPageFactory(parent=site_tree.home, show_in_menus=True) for _ in range(3)]
    add_teasers(site_tree.home, pages, CustomImageFactory.create_batch(3))
    before = queries_for(client, "/de/")

    pages += [ContentPageFactory(parent=site_tree.home, show_in_menus=True) for _ in range(MORE)]
    add_teasers(site_tree.home, pages, CustomImageFactory.create_batch(len(pages)))
    after = queries_for(client, "/de/")

    assert after == before


@pytest.mark.parametrize("path", ["/de/initiativkreis/", "/nl/netwerk/"])
def test_content_page_renders_with_a_small_number_of_queries(site_tree, client, django_assert_max_num_queries, path):
    client.get(path)

    with django_assert_max_num_queries(CONTENT_PAGE_QUERIES):
        client.get(path)


def test_content_page_queries_do_not_grow_with_its_subpages(site_tree, client):
    before = queries_for(client, "/de/initiativkreis/")

    for _ in range(MORE):
        ContentPageFactory(parent=site_tree.network, intro_de="Ein Teaser.")
    after = queries_for(client, "/de/initiativkreis/")

    assert after == before


def test_topic_index_renders_with_a_small_number_of_queries(site_tree, client, django_assert_max_num_queries):
    client.get("/en/activities-topics/topics/")

    with django_assert_max_num_queries(TOPIC_INDEX_QUERIES):
        client.get("/en/activities-topics/topics/")


def test_topic_index_queries_do_not_grow_with_its_topics(site_tree, client):
    before = queries_for(client, "/en/activities-topics/topics/")

    for _ in range(MORE):
        TopicPageFactory(parent=site_tree.topics)
    after = queries_for(client, "/en/activities-topics/topics/")

    assert after == before


@pytest.mark.parametrize(
    "path", ["/de/aktivitaeten-themen/themen/mobilitaet/", "/en/activities-topics/topics/mobility/"]
)
def test_topic_page_renders_with_a_small_number_of_queries(site_tree, client, path):
    assert queries_for(client, path) <= BUDGET


@pytest.mark.parametrize("path", ["/de/kontakt/", "/en/contact/"])
def test_form_page_renders_with_a_small_number_of_queries(site_tree, client, path):
    assert queries_for(client, path) <= BUDGET


def test_deep_pages_cost_no_query_per_url_segment(site_tree, client):
    parent = site_tree.background
    for depth in range(4):
        parent = ContentPageFactory(parent=parent, title_de=f"Ebene {depth}")
    shallow = queries_for(client, site_tree.background.url)
    deep = queries_for(client, parent.url)

    assert deep == shallow
