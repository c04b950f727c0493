"""The database the tests run on: PostgreSQL (DATABASE_URL, as CI) or SQLite (the default, in memory).

Every test runs on both unless it is marked `requires_postgresql(reason)`, the one marker for tests
that cannot run on SQLite; its reason says what exactly needs PostgreSQL. CI runs on PostgreSQL, so
the tests it skips on SQLite still run there.
"""

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

