"""The admin report „Übersetzungen“ at scale: server time and SQL queries of its pages.

    DATABASE_URL=postgres://…/imeg_bench_scale python bench/translation_report_bench.py [--repeat 10]

Runs inside a transaction that is rolled back (its admin user and session leave nothing behind),
through Django's test client: the report's first page, a filtered page and the CSV and Excel exports
of all rows (read to the last byte). `make bench` runs it on the scale set (`load_demo --scale`).
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "imeg.settings")
os.environ.setdefault("SECRET_KEY", "translation-report-bench-throwaway-key")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402

from imeg.translations.models import TranslationStatus  # noqa: E402
from imeg.translations.report import counts_by_language  # noqa: E402

REPORT = "/admin/reports/translations/"
REQUESTS = {
    "first page": {},
    "nl missing": {"language": "nl", "status": "missing"},
    "outdated, page 2": {"status": "incomplete", "p": "2"},
    "CSV export (all rows)": {"export": "csv"},
    "XLSX export (all rows)": {"export": "xlsx"},
}


def say(text):
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def measure(client, params, repeat):
    times, queries = [], 0
    for _number in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(REPORT, params)
            if response.streaming:
                b"".join(response.streaming_content)
            times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
        queries = len(captured)
    return statistics.median(times), queries


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    # The admin's static files by name: no collectstatic manifest needed to run this alone.
    static_storage = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    storages = {**settings.STORAGES, "staticfiles": static_storage}
    with override_settings(STORAGES=storages), transaction.atomic():
        user = get_user_model().objects.create_superuser("translation-bench", "bench@example.org", None)
        client = Client(HTTP_HOST=os.environ.get("ALLOWED_HOSTS", "localhost").split(",")[0])
        client.force_login(user)
        client.get(REPORT)  # content types and the session are cached from here on
        pages = TranslationStatus.objects.filter(page__isnull=False).values("page").distinct().count()
        say(f"\nReport „Übersetzungen“: {pages} pages × {len(counts_by_language())} languages")
        say(f"{'request':<24} {'median ms':>10} {'queries':>8}")
        for name, params in REQUESTS.items():
            milliseconds, queries = measure(client, params, args.repeat)
            say(f"{name:<24} {milliseconds:>10.1f} {queries:>8}")
        say("(queries include 3 for the session, the user and the admin profile)")
        for language, counts in counts_by_language().items():
            say(f"  {language}: " + ", ".join(f"{status} {count}" for status, count in counts.items()))
        transaction.set_rollback(True)


if __name__ == "__main__":
    main()
