"""A real `manage.py db_worker` (django-tasks-db) for tests that need one, and waiting for its work.

The worker uses the test database; tests that use it commit (transactional database) so that it
sees their rows, and set TASKS to DATABASE_TASKS so that their tasks go to its queue. They are
marked `requires_a_shared_database`: they run on PostgreSQL; SQLite's test database is a file of the
test process's own, where one writer at a time locks the whole file.
"""

import os
import subprocess
import sys
import time
from contextlib import contextmanager

import pytest
from django.conf import settings as django_settings

from tests.database_support import postgresql_url, requires_postgresql

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
requires_a_shared_database = requires_postgresql(
    "a task worker in another process shares the test database (SQLite's is the test process's own file)"
)


@contextmanager
def db_worker(log_path, worker_id, **environment):
    """A worker process with the site's settings plus `environment` (e.g. MEDIA_ROOT); stopped at the end."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.publications.worker_settings",
        "DATABASE_URL": postgresql_url(),
        "TASKS_BACKEND": "database",
        **{name: str(value) for name, value in environment.items()},
    }
    command = [sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay"]
    with open(log_path, "wb") as log:
        process = subprocess.Popen(  # noqa: S603 - our own manage.py
            [*command, "--worker-id", worker_id],
            cwd=django_settings.BASE_DIR,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    process.log_path = log_path
    try:
        yield process
    finally:
        process.terminate()
        process.wait(timeout=20)


def wait_for(condition, worker, seconds=90):
    """Poll the database until the worker has done its part; fail if it died or took too long."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert worker.poll() is None, f"the worker process ended: {worker.log_path.read_text()[-3000:]}"
        if value := condition():
            return value
        time.sleep(0.2)
    pytest.fail(f"the worker did not finish within {seconds} s")
