"""The live server of the browser tests beside the test's own database work (the test setup, not the site)."""

import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import transaction
from wagtail.models import Page

pytestmark = [pytest.mark.servers, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def status_of(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status


def test_the_live_server_answers_while_the_test_holds_a_write_transaction(live_server, site_tree):
    """As when the Wagtail editor, closing, releases its editing session while the test's database is flushed.

    On SQLite's shared-cache in-memory database the request failed at once ("database table is locked",
    a 503 from the site's database-error page); on a database file, as on PostgreSQL, it reads what was
    committed before.
    """
    with transaction.atomic():
        Page.objects.filter(pk=site_tree.home.pk).update(title_de="Startseite, gerade geändert")
        with ThreadPoolExecutor(max_workers=1) as server_request:
            # Answered while the transaction is still open: the request does not wait for it to end.
            status = server_request.submit(status_of, f"{live_server.url}/de/").result(timeout=60)

    assert status == 200
