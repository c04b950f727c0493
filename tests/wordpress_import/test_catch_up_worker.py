"""The catch-up in a second process (wordpress_import.catch_up_worker): the same indexes as in the import's own.

The worker sees only what is committed: these tests commit (transactional database) on PostgreSQL.
"""

import logging
import time

import pytest
from django.db import transaction
from modelsearch.backends.database.postgres.postgres import IndexEntry
from modelsearch.index import get_indexed_models
from wagtail.models import Page, ReferenceIndex

from imeg.models import ExternalLink, SearchEntry, TranslationStatus
from news.models import NewsPage
from tests.wordpress_import.conftest import empty_site, run_import
from tests.wordpress_import.exports import BASE, item, write_export, wxr
from tests.worker_support import requires_a_shared_database
from wordpress_import import catch_up_worker
from wordpress_import.catch_up_worker import Worker
from wordpress_import.deferred import Deferred
from wordpress_import.importer import bulk

# Serialized rollback brings back the root page and default site that Wagtail's migrations create.
pytestmark = [
    pytest.mark.servers,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    requires_a_shared_database,
]


@pytest.fixture
def site():
    return empty_site()


@pytest.fixture
def export(tmp_path, monkeypatch):
    """Seven news in batches of two, each linking to the next and to an outside study."""
    monkeypatch.setattr(bulk, "BATCH_SIZE", 2)
    items = [
        item(
            10 + n,
            f"Meldung {n}",
            post_type="post",
            slug=f"meldung-{n}",
            content=(
                f'<p>Weiter mit <a href="{BASE}/?p={10 + (n + 1) % 7}">der nächsten</a> '
                'und <a href="https://example.org/studie">der Studie</a> über Grenzpendler.</p>'
            ),
            link=f"{BASE}/2020/01/02/meldung-{n}/",
        )
        for n in range(7)
    ]
    export, _uploads = write_export(tmp_path, wxr(items))
    return export


def indexes():
    """What the catch-up writes for the imported news, comparable between two runs over the same pages."""
    pks = list(NewsPage.objects.values_list("pk", flat=True))
    return {
        "references": sorted(
            ReferenceIndex.objects.filter(object_id__in=[str(pk) for pk in pks]).values_list(
                "object_id", "to_object_id", "content_path"
            )
        ),
        "statuses": sorted(
            TranslationStatus.objects.filter(object_id__in=pks).values_list("object_id", "language", "status")
        ),
        "site search": sorted(SearchEntry.objects.filter(page__in=pks).values_list("page", "language", "body")),
        "wagtail search": sorted(
            IndexEntry.objects.filter(object_id__in=[str(pk) for pk in pks]).values_list(
                "object_id", "title_text", "body_text"
            )
        ),
        "external links": sorted(ExternalLink.objects.filter(pages__in=pks).values_list("url", "pages")),
    }


def forget_indexes():
    pks = list(NewsPage.objects.values_list("pk", flat=True))
    ReferenceIndex.objects.filter(object_id__in=[str(pk) for pk in pks]).delete()
    TranslationStatus.objects.filter(object_id__in=pks).delete()
    SearchEntry.objects.filter(page__in=pks).delete()
    IndexEntry.objects.filter(object_id__in=[str(pk) for pk in pks]).delete()
    for link in ExternalLink.objects.all():
        link.pages.clear()


def catch_up_here():
    """The catch-up of every imported news in this process, as the import does without a worker."""
    pks = sorted(NewsPage.objects.values_list("pk", flat=True))
    Deferred.catch_up_one(Page._meta.label_lower, pks, pks, ())


def test_the_worker_writes_what_the_import_would_write_itself(site, export, tmp_path, monkeypatch, caplog):
    # The importer does not help, so the worker does every batch.
    monkeypatch.setattr(Worker, "help", lambda self, catch_up_batch: None)
    caplog.set_level(logging.INFO, logger=catch_up_worker.__name__)

    run_import(export, folder=tmp_path)

    assert "5 batches, 5 by the worker, 0 left" in caplog.text
    assert NewsPage in get_indexed_models()
    by_the_worker = indexes()
    assert len(by_the_worker["statuses"]) == 7 * 3
    assert len(by_the_worker["site search"]) == 7
    assert len(by_the_worker["wagtail search"]) == 7
    assert len(by_the_worker["references"]) == 7 * 2  # each link through `body` and through `body_de`
    assert len(by_the_worker["external links"]) == 7
    assert NewsPage.objects.search("Grenzpendler").count() == 7
    forget_indexes()
    catch_up_here()
    assert indexes() == by_the_worker


def test_batches_the_worker_fails_are_done_by_the_importer(site, export, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(Worker, "help", lambda self, catch_up_batch: None)
    caplog.set_level(logging.INFO, logger=catch_up_worker.__name__)
    database = Worker.database
    monkeypatch.setattr(Worker, "database", lambda self: {**database(self), "NAME": "no_such_database"})

    run_import(export, folder=tmp_path)

    assert "The catch-up worker failed on batch" in caplog.text
    assert "5 batches, 0 by the worker, 5 left" in caplog.text
    done_by_the_importer = indexes()
    assert len(done_by_the_importer["statuses"]) == 7 * 3
    assert NewsPage.objects.search("Grenzpendler").count() == 7
    forget_indexes()
    catch_up_here()
    assert indexes() == done_by_the_importer


def test_a_worker_that_dies_leaves_its_batches_to_the_importer(site, export, tmp_path, monkeypatch):
    # Killed once the import has written everything: what it did not report done is done by the importer.
    monkeypatch.setattr(Worker, "help", lambda self, catch_up_batch: self.process.kill())
    started = time.monotonic()

    run_import(export, folder=tmp_path)

    assert time.monotonic() - started < catch_up_worker.FINISH_TIMEOUT / 2  # not waiting for the dead worker
    caught_up = indexes()
    assert len(caught_up["statuses"]) == 7 * 3
    assert NewsPage.objects.search("Grenzpendler").count() == 7
    forget_indexes()
    catch_up_here()
    assert indexes() == caught_up


def test_with_both_at_work_every_page_is_caught_up_once(site, export, tmp_path):
    run_import(export, folder=tmp_path)

    caught_up = indexes()
    assert len(caught_up["statuses"]) == 7 * 3
    assert len(caught_up["site search"]) == 7
    assert NewsPage.objects.search("Grenzpendler").count() == 7
    forget_indexes()
    catch_up_here()
    assert indexes() == caught_up


def test_inside_a_transaction_or_turned_off_there_is_no_worker(site, settings):
    assert catch_up_worker.wanted()
    with transaction.atomic():
        assert not catch_up_worker.wanted()
    settings.WORDPRESS_IMPORT_WORKER = False
    assert not catch_up_worker.wanted()
