"""Background tasks of the publications app (django-tasks; see TASKS in settings, docs/operations.md).

A reading that raises is tried again after a pause, at most MAX_ATTEMPTS times in all; a worker
that died while reading counts as an attempt too (`manage.py db_worker` hands its task out again).
After the last attempt the document is marked as failed, which the editor sees in the admin.
"""

import datetime
import logging

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from publications import reading

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 3


@task(takes_context=True)
def read_pdf(context, document_id, file_hash, attempt=1):
    """Read the PDF of a document version: page count, metadata, text and a WebP cover."""
    # Each claim of this task by a worker adds to its worker ids: more than one means a worker died in it.
    attempt += max(context.attempt - 1, 0)
    if attempt > MAX_ATTEMPTS:
        reading.give_up(document_id, file_hash)
        return "failed"
    try:
        return reading.read_document(document_id, file_hash)
    except Exception:
        if attempt < MAX_ATTEMPTS:
            logger.warning("Reading document %s failed (attempt %d), trying again", document_id, attempt)
            retry_read_pdf(document_id, file_hash, attempt + 1)
        else:
            reading.give_up(document_id, file_hash)
        raise


def retry_read_pdf(document_id, file_hash, attempt):
    pending = read_pdf
    if read_pdf.get_backend().supports_defer:
        # The pause grows with each failed attempt: 30 s, then 60 s.
        delay = datetime.timedelta(seconds=settings.PUBLICATIONS_RETRY_SECONDS * (attempt - 1))
        pending = read_pdf.using(run_after=timezone.now() + delay)
    pending.enqueue(document_id, file_hash, attempt)
