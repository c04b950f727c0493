"""The database the tests run on: PostgreSQL (DATABASE_URL, as CI) or SQLite (the default, a file per test process).

Every test runs on both unless it is marked `requires_postgresql(reason)`, the one marker for tests
that cannot run on SQLite; its reason says what exactly needs PostgreSQL. CI runs on PostgreSQL, so
the tests it skips on SQLite still run there.
"""

import sqlite3
from urllib.parse import quote

import pytest
from django.db import connection

POSTGRESQL = connection.vendor == "postgresql"


def requires_postgresql(reason):
    """Skip the test (or module, as `pytestmark`) on SQLite; `reason` names what needs PostgreSQL."""
    return pytest.mark.skipif(not POSTGRESQL, reason=f"needs PostgreSQL: {reason}")


def postgresql_url(name=None):
    """The address of the test database (or of database `name` on the same server) for another process."""
    database = connection.settings_dict
    credentials = quote(database["USER"] or "", safe="")
    if database["PASSWORD"]:
        credentials += ":" + quote(database["PASSWORD"], safe="")
    host = database["HOST"] or "localhost"
    port = database["PORT"] or 5432
    return f"postgres://{credentials}@{host}:{port}/{quote(name or database['NAME'], safe='')}"


def database_url_for_subprocess(folder):
    """DATABASE_URL for a `manage.py` command run in a subprocess.

    On PostgreSQL the test database itself: the subprocess sees what the test committed. On SQLite
    the test's rows so far are in its open transaction, so the subprocess gets a copy of the test
    database as a file in `folder`, with those rows; what the subprocess writes stays in the copy. For a
    subprocess that must share the database with the test (a task worker) the test needs PostgreSQL.
    """
    if POSTGRESQL:
        return postgresql_url()
    copy = folder / "database.sqlite3"
    connection.ensure_connection()
    source = connection.connection
    # A virtual table (the search's FTS5 index) keeps its rows in shadow tables, which are dumped too;
    # iterdump() would also insert its rows before the table exists (CPython issue gh-153729).
    virtual = source.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'").fetchall()
    virtual_rows = tuple(f'INSERT INTO "{name}" VALUES(' for (name,) in virtual)
    dump = [line for line in source.iterdump() if not line.startswith(virtual_rows)]
    # Not sqlite3's backup(), which waits for the test's own open transaction to end.
    target = sqlite3.connect(copy)
    try:
        target.executescript("\n".join(dump))
    finally:
        target.close()
    return f"sqlite:///{copy}"
