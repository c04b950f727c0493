"""Issue 15.3: PDFs are read by a real `manage.py db_worker` process (django-tasks-db) on PostgreSQL.

One worker per module, with the site's settings and TASKS_BACKEND=database; the tests commit
(transactional database) so that the worker sees their documents.
"""

import os
import signal
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import transaction
from django.template.loader import render_to_string
from django_tasks_db.models import DBTaskResult

from imeg.management.commands.db_worker import requeue_abandoned
from publications.models import PdfInfo, PdfStatus, PublicationFile
from publications.tasks import MAX_ATTEMPTS
from tests.publications import pdfs
from tests.publications.factories import make_document
from tests.worker_support import DATABASE_TASKS, db_worker, requires_a_shared_database, wait_for

pytestmark = [
    pytest.mark.servers,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    requires_a_shared_database,
]

WORKER_ID = "test-worker"


@pytest.fixture(scope="module")
def worker_media(tmp_path_factory):
    return tmp_path_factory.mktemp("worker-media")


@pytest.fixture(scope="module")
def worker(django_db_setup, worker_media, tmp_path_factory):
    log_path = tmp_path_factory.mktemp("worker") / "worker.log"
    with db_worker(log_path, WORKER_ID, MEDIA_ROOT=worker_media) as process:
        yield process


@pytest.fixture(autouse=True)
def _shared_media_and_queue(transactional_db, settings, worker_media, worker):
    settings.MEDIA_ROOT = worker_media
    settings.TASKS = DATABASE_TASKS
    yield
    # Before the database is emptied: no task (Wagtail's search and reference index ones too) may
    # still run against what this test made.
    wait_for(lambda: not (DBTaskResult.objects.ready() | DBTaskResult.objects.running()).exists(), worker)


def info(document):
    return PdfInfo.objects.filter(document=document, file_hash=document.file_hash).first()


def panel(document):
    """The editor's panel of a publication with the document (as fresh from the database as the admin's)."""
    document = type(document).objects.get(pk=document.pk)
    file = PublicationFile(document=document, language="de", kind="full_text")
    return render_to_string("publications/admin/pdf_status_panel.html", {"files": [file]})


@contextmanager
def paused(worker):
    """The worker stopped (SIGSTOP) in the block: what it would do happens only after it."""
    os.kill(worker.pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(worker.pid, signal.SIGCONT)


def queued_reading(document):
    return DBTaskResult.objects.get(task_path="publications.tasks.read_pdf", args_kwargs__args__0=document.pk)


def test_an_uploaded_pdf_is_processing_until_the_worker_has_read_it(worker):
    with paused(worker):
        document = make_document(pdfs.valid_pdf(pages=4))

        # Saved and committed, the reading only queued: the editor sees that it is being read.
        assert queued_reading(document).status == "READY"
        assert info(document) is None
        assert "Das PDF wird gelesen" in panel(document)

    read = wait_for(lambda: info(document), worker)

    assert read.status == PdfStatus.READY
    assert read.page_count == 4
    assert Path(read.cover.file.path).is_file()
    assert "4 Seiten" in panel(document)


def test_a_pdf_that_kills_the_reading_child_fails_and_the_worker_goes_on(worker):
    bomb = make_document(pdfs.decompression_bomb_pdf(megabytes=400), name="bombe.pdf")
    after = make_document(pdfs.valid_pdf(pages=2), name="danach.pdf")

    failed = wait_for(lambda: info(bomb), worker)
    read = wait_for(lambda: info(after), worker)

    assert failed.status == PdfStatus.FAILED
    assert "Das PDF konnte nicht gelesen werden" in panel(bomb)
    assert read.status == PdfStatus.READY
    assert worker.poll() is None


def test_a_task_that_crashes_is_tried_a_bounded_number_of_times_then_shown_as_failed(worker):
    with transaction.atomic():
        document = make_document(name="verschwunden.pdf")
        # The stored file vanishes before the worker reads it: every attempt raises.
        Path(document.file.path).unlink()

    failed = wait_for(lambda: info(document), worker)

    assert failed.status == PdfStatus.FAILED
    assert failed.error == "crashed"
    attempts = DBTaskResult.objects.filter(task_path="publications.tasks.read_pdf", status="FAILED")
    assert attempts.count() == MAX_ATTEMPTS
    assert "Das PDF konnte nicht gelesen werden" in panel(document)
    assert worker.poll() is None


def left_running(document, *dead_workers):
    """The document's reading as a worker killed in it leaves it (each dead worker claimed it once)."""
    result = queued_reading(document)
    for worker_id in dead_workers:
        result.claim(worker_id)
    return result


def test_a_task_left_running_by_a_killed_worker_is_handed_out_again(worker):
    with paused(worker):
        document = make_document(name="liegen-geblieben.pdf")
        result = left_running(document, "killed-worker")
        assert requeue_abandoned("default", "another-worker") == 0
        assert requeue_abandoned("default", "killed-worker") == 1

    read = wait_for(lambda: info(document), worker)

    assert read.status == PdfStatus.READY
    result.refresh_from_db()
    assert result.worker_ids == ["killed-worker", WORKER_ID]


def test_a_task_whose_workers_died_in_it_too_often_is_given_up(worker):
    with paused(worker):
        document = make_document(name="immer-wieder.pdf")
        left_running(document, *[f"killed-{number}" for number in range(MAX_ATTEMPTS)])
        requeue_abandoned("default", f"killed-{MAX_ATTEMPTS - 1}")

    failed = wait_for(lambda: info(document), worker)

    assert failed.status == PdfStatus.FAILED
    assert failed.error == "crashed"
