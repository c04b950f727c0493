import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from tests.news.conftest import news_tree  # noqa
from tests.publications.conftest import library  # noqa
from tests.regions.conftest import regions_tree  # noqa


def dump(client, paths, name):
    out = []
    for path in paths:
        client.get(path)
        with CaptureQueriesContext(connection) as ctx:
            r = client.get(path)
        out.append(f"=== {path} {r.status_code} {len(ctx)}")
        for q in ctx.captured_queries:
            out.append("   " + q["sql"])
    open(f"/tmp/perf_q_{name}.txt", "w").write("\n".join(out))


def test_news(news_tree, client):
    t = news_tree
    dump(client, ["/de/", t.news_index.url, t.academy.url, t.event_index.url, t.upcoming.url, t.upcoming.url + "ical/",
                  t.news_index.url + "feed/rss/", t.event_index.url + "ical/", t.tree.mobility.url, t.oberrhein.url,
                  t.oberrhein.get_parent().url, "/de/kontakt/", t.tree.topics.url, t.tree.network.url], "news")


def test_library(library, client):
    t = library
    dump(client, ["/de/", t.index.url, t.convention.url, t.index.url + "feed/rss/", t.tree.mobility.url], "library")


def test_regions(regions_tree, client):
    t = regions_tree
    dump(client, ["/de/", t.index.url, t.oberrhein.url], "regions")
