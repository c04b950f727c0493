"""The import's catch-up in a second process, while the import goes on (decision 83).

The import is one process, on one of the machine's cores. Its catch-up (`wordpress_import.deferred`:
Wagtail's search index, the reference index, translation statuses, broken-links rows and the site
search's rows of every page it wrote) was two fifths of its time, all at its end. A batch of new pages
is complete and committed when it is written (links to later items of the same batch are filled in
before), so a second process with its own database connection catches it up while the import goes on
with the next batch. At the end the importer queues what it never sent (pages changed after their
batch, images, documents), takes batches from the same queue itself until it is empty, waits for the
worker, and does again every batch the worker did not report done (a worker that died or failed).

Only where another process sees what the import wrote: on PostgreSQL (SQLite lets one writer at a
time lock the whole file), and outside a transaction (a dry run catches nothing up; a test's
transaction is its own). Elsewhere, and when the worker cannot start, the importer does it all itself.
`WORDPRESS_IMPORT_WORKER=0` in the environment turns the worker off.

The worker is started with "spawn", not "fork": the import may run in a threaded process (the admin's
task worker, the development server), where a forked child could inherit a held lock; a spawned one
loads Django afresh and connects with the importer's database settings (the test database's too).
"""

import logging
import multiprocessing
import queue
import time

import django
from django.conf import settings
from django.db import connection, connections

logger = logging.getLogger(__name__)

# How long the importer waits for the worker to finish the last batches before doing them itself.
FINISH_TIMEOUT = 600


def wanted():
    """Whether a second process would see the import's writes (and is not turned off)."""
    return settings.WORDPRESS_IMPORT_WORKER and connection.vendor == "postgresql" and not connection.in_atomic_block


class Worker:
    """The second process and its two queues: batches to catch up, and the numbers of those done."""

    def __init__(self):
        context = multiprocessing.get_context("spawn")
        self.tasks = context.Queue()
        self.results = context.Queue()
        self.batches = {}  # number → (model label, pks, created, retrack): what was sent
        self.done = set()  # numbers done, by either process
        self.by_worker = 0
        self.process = context.Process(
            target=work,
            args=(self.database(), self.tasks, self.results),
            name="wordpress-import-catch-up",
            daemon=True,
        )
        self.process.start()

    def database(self):
        """The importer's database settings, for the worker's own connection."""
        return dict(connection.settings_dict)

    @classmethod
    def start(cls):
        """A started worker, or None where it is not wanted or cannot start (the importer does it all)."""
        if not wanted():
            return None
        try:
            return cls()
        except (OSError, AssertionError, RuntimeError):  # no processes here, or inside a daemonic process
            logger.warning("The import's catch-up runs in the import's own process", exc_info=True)
            return None

    def send(self, label, pks, created, retrack):
        number = len(self.batches)
        self.batches[number] = (label, list(pks), sorted(created), sorted(retrack))
        self.tasks.put((number, *self.batches[number]))

    def help(self, catch_up_batch):
        """Take batches from the queue and do them here until it is empty (the worker takes them too)."""
        while True:
            try:
                task = self.tasks.get(timeout=0.5)
            except queue.Empty:
                return
            number, *batch = task
            catch_up_batch(*batch)
            self.done.add(number)

    def finish(self):
        """Stop the worker once its queue is empty; the batches nobody reported done, to be done here."""
        self.tasks.put(None)
        deadline = time.monotonic() + FINISH_TIMEOUT
        while time.monotonic() < deadline:
            try:
                message = self.results.get(timeout=1)
            except queue.Empty:
                if self.process.is_alive():
                    continue
                break  # died without saying so: what it did not report is done here
            if message is None:
                break
            if message[0] == "done":
                self.done.add(message[1])
                self.by_worker += 1
            else:
                logger.warning("The catch-up worker failed on batch %s: %s", message[1], message[2])
        self.process.join(timeout=10)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join()
        left = [batch for number, batch in self.batches.items() if number not in self.done]
        logger.info("Catch-up: %s batches, %s by the worker, %s left", len(self.batches), self.by_worker, len(left))
        return left

    def stop(self):
        """On an error: end the worker without waiting for its queue."""
        if self.process.is_alive():
            self.process.terminate()
            self.process.join()


def work(database, tasks, results):
    """The worker process: catch up each batch from `tasks`, report its number, stop at None."""
    django.setup()
    connections["default"].settings_dict.update(database)
    # Models can be imported only once Django is set up in this new process (decision 83).
    from wordpress_import.deferred import Deferred

    for task in iter(tasks.get, None):
        number, *batch = task
        try:
            Deferred.catch_up_one(*batch)
        except Exception as error:  # noqa: BLE001 - reported; the importer does the batch again itself
            logger.debug("Catch-up batch %s failed", number, exc_info=True)
            results.put(("failed", number, f"{type(error).__name__}: {error}"))
        else:
            results.put(("done", number))
    connections.close_all()
    results.put(None)
