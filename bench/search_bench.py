"""Search latency at demo size and with the scale set: p50/p95 of the search page per language.

    DATABASE_URL=postgres://… python bench/search_bench.py [--pages 5000] [--queries 50] [--keepdb]

Runs in a throwaway database (`<name>_search_bench`, made like a test database, dropped unless
--keepdb): loads the demo, measures, adds the scale set of `load_demo --scale` (5,000 news pages
plus publications and events, scaled with --pages) and measures again. Each measurement is the full
search page through Django's test client, ~50 queries per language taken from the index's own words.
"""

import argparse
import io
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "imeg.settings")
# Production settings refuse to run without a key; this process only serves its throwaway database.
os.environ.setdefault("SECRET_KEY", "search-bench-throwaway-key")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings, setup_databases, setup_test_environment, teardown_databases  # noqa: E402
from wagtail.models import Page  # noqa: E402

from imeg.models import SearchEntry  # noqa: E402
from imeg.search import SEARCH_SLUGS  # noqa: E402

SCALE_NEWS = 5000
STATIC_STORAGE = "django.contrib.staticfiles.storage.StaticFilesStorage"
WORD_LENGTH = 5


def say(text):
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def sample_queries(language, count, rng):
    """Words and word pairs from the language's indexed titles and summaries, plus a few that find nothing."""
    words = set()
    for title, summary in SearchEntry.objects.filter(language=language).values_list("title", "summary")[:2000]:
        words.update(word.strip(".,:;!?()„“\"'") for word in f"{title} {summary}".split())
    words = sorted(word for word in words if len(word) >= WORD_LENGTH and word.isalpha())
    if not words:
        return ["Grenzregion"] * count
    queries = []
    while len(queries) < count:
        roll = rng.random()
        if roll < 0.6:
            queries.append(rng.choice(words))
        elif roll < 0.9:
            queries.append(f"{rng.choice(words)} {rng.choice(words)}")
        else:
            queries.append(f"{rng.choice(words)}xyz")
    return queries


def measure(client, queries_per_language, rng):
    """{language: (p50 ms, p95 ms)} for the search page."""
    timings = {}
    for language, slug in SEARCH_SLUGS.items():
        durations = []
        queries = sample_queries(language, queries_per_language, rng)
        client.get(f"/{language}/{slug}/", {"q": queries[0]}, secure=True)  # warm caches (site, content types)
        for query in queries:
            started = time.perf_counter()
            response = client.get(f"/{language}/{slug}/", {"q": query}, secure=True)
            durations.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"/{language}/{slug}/?q={query} answered {response.status_code}")
        cuts = statistics.quantiles(durations, n=20)
        timings[language] = (statistics.median(durations), cuts[18])
    return timings


def row(label, pages, entries, timings):
    cells = "".join(f"  {p50:6.1f} / {p95:6.1f}" for p50, p95 in timings.values())
    return f"{label:<22}{pages:>7}{entries:>9}{cells}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=SCALE_NEWS, help="news pages of the scale set (5000)")
    parser.add_argument("--queries", type=int, default=50, help="queries per language and size (50)")
    parser.add_argument("--keepdb", action="store_true", help="keep the throwaway database for the next run")
    options = parser.parse_args()
    if connection.vendor != "postgresql":
        raise SystemExit("search_bench needs PostgreSQL: set DATABASE_URL=postgres://…")

    rng = random.Random(6)
    setup_test_environment()
    # Its own name, so that it never meets a test run's test_<name> database.
    connection.settings_dict["TEST"]["NAME"] = f"{connection.settings_dict['NAME']}_search_bench"
    say("Wegwerf-Datenbank wird angelegt …")
    old_config = setup_databases(verbosity=0, interactive=False, keepdb=options.keepdb)
    try:
        # Static files as they are in the source tree: the manifest of `collectstatic` is not needed here.
        plain_static = {**settings.STORAGES, "staticfiles": {"BACKEND": STATIC_STORAGE}}
        with (
            tempfile.TemporaryDirectory(prefix="imeg-search-bench-") as media,
            override_settings(MEDIA_ROOT=media, STORAGES=plain_static),
        ):
            client = Client(HTTP_HOST="localhost")
            lines = []
            call_command("load_demo", stdout=io.StringIO())
            lines.append(
                row("Demo", Page.objects.count(), SearchEntry.objects.count(), measure(client, options.queries, rng))
            )
            say("Massendatensatz wird angelegt und indexiert …")
            call_command("load_demo", scale=options.pages / SCALE_NEWS, stdout=io.StringIO())
            lines.append(
                row(
                    f"Demo + {options.pages} Meldungen",
                    Page.objects.count(),
                    SearchEntry.objects.count(),
                    measure(client, options.queries, rng),
                )
            )
    finally:
        teardown_databases(old_config, verbosity=0, keepdb=options.keepdb)

    languages = "".join(f"{code + ' p50/p95 ms':>17}" for code in SEARCH_SLUGS)
    say(f"\nSuchseite, {options.queries} Anfragen je Sprache (Django-Testclient, ganze Seite)")
    say(f"{'Datenbestand':<22}{'Seiten':>7}{'Einträge':>9}{languages}")
    for line in lines:
        say(line)


if __name__ == "__main__":
    main()
