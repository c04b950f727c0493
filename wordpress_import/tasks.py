"""The admin's import as a background task (django-tasks; TASKS in settings, docs/operations.md).

It calls the importer as `manage.py import_wordpress` does and keeps the report with the run: as data
(shown in the viewer's language), as the command's text (German) and the old → new URLs as CSV.
A worker killed in a run hands the task out again (imeg's db_worker); an import is safe to repeat,
and imports never run side by side (`one_import_at_a_time`).
"""

import io
import logging
import threading
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import connection
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from wordpress_import.files import UploadsError, open_uploads
from wordpress_import.importer import Importer
from wordpress_import.mapping import MappingError, load_mapping
from wordpress_import.models import ImportRun
from wordpress_import.wxr import WxrError

logger = logging.getLogger(__name__)


IMPORT_LOCK = 0x57505F494D50  # "WP_IMP"
_process_lock = threading.Lock()


@contextmanager
def one_import_at_a_time():
    """Hold the import lock: a second run (another upload, or this one handed out again by a worker
    that started while it ran longer than ABANDONED_AFTER) waits for it, then finds its run finished.

    PostgreSQL (production, any number of workers): an advisory lock of the worker's database session.
    A killed worker's session ends, and with it the lock.

    SQLite (development only, `make run`): a lock in this process, nothing across processes. SQLite
    has no lock that outlives a transaction, and an import is many transactions. None is needed there:
    the development server runs the tasks in the request that starts them (TASKS_BACKEND=immediate), so
    two uploads at once are two of its threads, which this lock makes wait for each other; a single
    `db_worker` runs its tasks one after another anyway.
    """
    if connection.vendor != "postgresql":
        with _process_lock:
            yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s)", [IMPORT_LOCK])
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [IMPORT_LOCK])


@task()
def run_import(run_id):
    with one_import_at_a_time():
        return start_run(run_id)


def start_run(run_id):
    run = ImportRun.objects.filter(pk=run_id).first()
    if run is None or run.finished:
        return None
    run.status, run.started_at = ImportRun.Status.RUNNING, timezone.now()
    run.save(update_fields=["status", "started_at"])
    with translation.override(settings.LANGUAGE_CODE):
        try:
            report, error = execute(run)
        except Exception as unexpected:
            logger.exception("WordPress import %s failed", run.pk)
            finish(run, None, _("Unerwarteter Fehler: %(error)s") % {"error": type(unexpected).__name__})
            raise
        finish(run, report, error)
    return run.status


def execute(run):
    """(the report, None) or, when the run could not go on, (the report so far or None, why)."""
    try:
        mapping = load_mapping(Path(run.map_file.path) if run.map_file else None)
        uploads = open_uploads(Path(run.uploads.path)) if run.uploads else None
    except (MappingError, UploadsError) as error:
        return None, str(error)
    importer = Importer(Path(run.export.path), mapping=mapping, uploads=uploads, dry_run=run.dry_run)
    try:
        return importer.run(), None
    except WxrError as error:
        # As the command: what was read before the break is imported and reported.
        importer.report.warnings.insert(0, _("Der Import brach ab: %(error)s") % {"error": error})
        return importer.report, str(error)


def finish(run, report, error):
    run.status = ImportRun.Status.FAILED if error else ImportRun.Status.DONE
    run.error = error or ""
    run.finished_at = timezone.now()
    if report is not None:
        run.report = report.as_data()
        run.report_text = report.text()
        csv = io.StringIO()
        report.write_csv_to(csv)
        run.redirects_csv.save(f"wordpress-redirects-{run.pk}.csv", ContentFile(csv.getvalue().encode()), save=False)
    run.save()
