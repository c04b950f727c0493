"""django-tasks-db's `db_worker`, which first hands out again the tasks a killed worker left running.

A worker that is killed (out of memory, SIGKILL, a host failure) leaves its task marked as running
for ever. When a worker starts, it returns to the queue the running tasks that its own earlier
life claimed (same `--worker-id`, as the systemd unit gives it) and any task that has been running
longer than ABANDONED_AFTER. The task sees from its worker ids that it is being tried again
(publications.tasks.read_pdf bounds its attempts).
"""

import datetime
import logging

from django.db import transaction
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger("imeg.tasks")

# Far longer than any task of this site runs (a PDF is read within publications.pdf_runner's 60 s).
ABANDONED_AFTER = datetime.timedelta(minutes=15)


def requeue_abandoned(backend_name, worker_id):
    """Put the running tasks of a dead worker back into the queue; return how many."""
    cutoff = timezone.now() - ABANDONED_AFTER
    requeued = 0
    with transaction.atomic():
        running = DBTaskResult.objects.select_for_update(skip_locked=True).filter(
            status=TaskResultStatus.RUNNING, backend_name=backend_name
        )
        for result in running:
            if (result.worker_ids and result.worker_ids[-1] == worker_id) or result.started_at < cutoff:
                result.status = TaskResultStatus.READY
                result.save(update_fields=["status"])
                requeued += 1
    if requeued:
        logger.warning("Handed out again %d task(s) left running by a worker that stopped", requeued)
    return requeued


class Command(db_worker.Command):
    help = db_worker.Command.help + " Tasks a killed worker left running are handed out again first."

    def handle(self, *args, **options):
        requeue_abandoned(options["backend_name"], options["worker_id"])
        return super().handle(*args, **options)
