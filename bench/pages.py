"""The Django side of `make bench`: which URL stands for each page type, and what each page costs.

    python bench/pages.py urls      JSON {page type: path} from the database DATABASE_URL names
    python bench/pages.py measure   JSON {"cold"|"warm": {page type: {status, queries, html_bytes,
                                    gzip_bytes}}} for the paths read from standard input (as `urls`
                                    prints them), with the page cache off and on

Run with the benchmark's environment (production settings); bench/bench.py calls it. `measure` asks
each page twice through Django's test client and counts the second request's SQL queries: the first
fills what every running process keeps warm (lookups, renditions; with the cache on, the page). Then
it times SERVER_TIME_REQUESTS more requests: the server time per page, without network or queueing.
"""

import contextlib
import gzip
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "imeg.settings")

import django  # noqa: E402

django.setup()

from django.apps import apps  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import NoReverseMatch, reverse  # noqa: E402
from django.utils import translation  # noqa: E402

HOST = "127.0.0.1"
LANGUAGE = "de"
SCALE_PREFIX = "massendaten-"
SEARCH_QUERY = "Grenzregion"
# Server time: the median of this many requests, one at a time, through the whole middleware stack
# in this process (no network, no queueing), after the first request warmed the per-process lookups.
SERVER_TIME_REQUESTS = 15


def first_url(label, **filters):
    """The URL path of the first live page of model `label` (demo pages before scale pages)."""
    model = apps.get_model(label)
    pages = model.objects.live().public().exclude(slug_de__startswith=SCALE_PREFIX)
    page = pages.filter(**filters).order_by("path").first()
    return page and page.get_url()


def urls():
    with translation.override(LANGUAGE):
        news_index = apps.get_model("news.NewsIndexPage").objects.live().first()
        topic = apps.get_model("imeg.TopicPage").objects.live().order_by("path").first()
        news_page = apps.get_model("news.NewsPage").objects.live().exclude(slug_de__startswith=SCALE_PREFIX)
        news_page = news_page.exclude(lead_image=None).order_by("-date").first()
        result = {
            "home": f"/{LANGUAGE}/",
            "content page": first_url("imeg.ContentPage", depth=3),
            "region index": first_url("regions.RegionIndexPage"),
            "region page": first_url("regions.RegionPage"),
            "news list": news_index and news_index.get_url(),
            "news list filtered": news_index and topic and f"{news_index.get_url()}?topic={topic.pk}&year=2020",
            "news page": news_page and news_page.get_url(),
            "event list": first_url("news.EventIndexPage"),
            "publication library": first_url("publications.PublicationIndexPage"),
            "publication page": first_url("publications.PublicationPage"),
        }
        with contextlib.suppress(NoReverseMatch):
            result["search"] = f"{reverse('search')}?q={SEARCH_QUERY}"
    return {name: url for name, url in result.items() if url}


def measure(paths):
    client = Client(HTTP_HOST=HOST)
    result = {}
    # "bare": nothing rendered is reused either (FRAGMENT_CACHE=0), what a page costs after any change.
    modes = (("bare", False, False), ("cold", False, True), ("warm", True, True))
    for label, page_cache, fragments in modes:
        with override_settings(PAGE_CACHE_ENABLED=page_cache, FRAGMENT_CACHE_ENABLED=fragments):
            result[label] = {name: measure_page(client, path) for name, path in paths.items()}
    return result


def measure_page(client, path):
    client.get(path, HTTP_ACCEPT_ENCODING="gzip")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, HTTP_ACCEPT_ENCODING="gzip")
    query_count = len(queries)  # now: the next request clears the connection's query log
    server_ms = []
    for _ in range(SERVER_TIME_REQUESTS):
        started = time.perf_counter()
        client.get(path, HTTP_ACCEPT_ENCODING="gzip")
        server_ms.append((time.perf_counter() - started) * 1000)
    body = response.content
    compressed = response.get("Content-Encoding") == "gzip"
    html = gzip.decompress(body) if compressed else body
    return {
        "status": response.status_code,
        "queries": query_count,
        "server_ms": statistics.median(server_ms),
        "html_bytes": len(html),
        "gzip_bytes": len(body) if compressed else len(gzip.compress(html)),
        "gzip_from_server": compressed,
    }


def main():
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "urls":
        print(json.dumps(urls()))  # noqa: T201
    elif command == "measure":
        print(json.dumps(measure(json.load(sys.stdin))))  # noqa: T201
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
