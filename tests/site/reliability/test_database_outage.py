"""While PostgreSQL cannot be reached visitors get a friendly 503, and the site recovers by itself.

The requests under test get a database connection of their own, pointed at a closed port or killed
on the server (on SQLite, at a file that cannot be opened), while the test's own connection keeps its
transaction (and so the fixture pages) for the requests before and after. Transactional tests would
leave an empty database behind for the tests that run after them in the same process.
"""

import os
import socket
from contextlib import contextmanager
from wsgiref.util import setup_testing_defaults

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.test import Client

from tests.conftest import HOST
from tests.database_support import requires_postgresql


def closed_port():
    """A local port nobody listens on: connecting to it is refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def own_connection(**settings):
    """Requests in this block use a new connection: the test's settings with `settings` changed."""
    test_connection = connections[DEFAULT_DB_ALIAS]
    request_connection = type(test_connection)({**test_connection.settings_dict, **settings}, DEFAULT_DB_ALIAS)
    connections[DEFAULT_DB_ALIAS] = request_connection
    try:
        yield request_connection
    finally:
        request_connection.close()
        connections[DEFAULT_DB_ALIAS] = test_connection


# SQLite is a file, not a server: it cannot be made unreachable or drop a kept connection.
needs_a_database_server = requires_postgresql(
    "simulates an outage of the database server (refused connections, a killed session); SQLite has no server"
)


def database_unreachable():
    """As when PostgreSQL is down or restarting: connecting is refused (SQLite: the file cannot be opened)."""
    if connection.vendor == "sqlite":
        return own_connection(NAME=f"{os.devnull}/test_imeg.sqlite3")
    return own_connection(HOST="127.0.0.1", PORT=closed_port())


@pytest.fixture
def visitor():
    return Client(headers={"host": HOST}, raise_request_exception=False)


def assert_outage_page(response, language="de"):
    assert response.status_code == 503
    assert response["Retry-After"].isdigit()
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert "Vorübergehend nicht erreichbar" in html or language != "de"
    assert "Traceback" not in html
    assert "OperationalError" not in html
    assert "127.0.0.1" not in html


def test_pages_answer_503_while_the_database_is_down_and_recover_without_a_restart(site_tree, visitor):
    url = site_tree.network.url
    assert visitor.get(url).status_code == 200

    with database_unreachable():
        assert_outage_page(visitor.get(url))
        assert_outage_page(visitor.get("/en/"), language="en")

    assert visitor.get(url).status_code == 200


def test_cached_pages_are_still_served_during_an_outage(site_tree, visitor, settings):
    """With the page cache (on in production) visitors keep reading what was cached; the rest gets 503."""
    settings.PAGE_CACHE_ENABLED = True
    assert visitor.get(site_tree.network.url).status_code == 200

    with database_unreachable():
        assert visitor.get(site_tree.network.url).status_code == 200
        assert_outage_page(visitor.get(site_tree.goals.url))

    assert visitor.get(site_tree.goals.url).status_code == 200


def test_errors_raised_in_middleware_get_the_outage_page_too(site_tree, visitor):
    """An unknown path reaches Wagtail's redirect middleware, which asks the database for a redirect."""
    with database_unreachable():
        assert_outage_page(visitor.get("/gibt-es-nicht/"))

    assert visitor.get("/gibt-es-nicht/").status_code == 404


def test_the_contact_form_loses_nothing_silently_during_an_outage(site_tree, visitor):
    """The visitor is told to try again (503), rather than shown a thank-you for a message never stored."""
    with database_unreachable():
        response = visitor.post(
            site_tree.contact.url,
            {"name": "Anna", "e_mail": "anna@example.org", "nachricht": "Hallo"},
            HTTP_ORIGIN=f"http://{HOST}",
        )

    assert_outage_page(response)


@needs_a_database_server
def test_readyz_reports_the_database_and_healthz_stays_up(db, visitor):
    with database_unreachable():
        ready = visitor.get("/readyz")
        alive = visitor.get("/healthz")

    assert ready.status_code == 503
    assert ready.json() == {
        "status": "unavailable",
        "checks": {"database": "error: OperationalError", "storage": "ok", "cache": "ok"},
    }
    assert alive.status_code == 200
    assert visitor.get("/readyz").status_code == 200


def serve(path):
    """One request through Django's real WSGI handler, which (unlike the test client) runs the
    connection housekeeping of a server: close_old_connections before and after the request."""
    environ = {}
    setup_testing_defaults(environ)
    environ.update(PATH_INFO=path, HTTP_HOST=HOST, SERVER_NAME=HOST)
    status = []
    response = WSGIHandler()(environ, lambda line, headers: status.append(int(line.split()[0])))
    b"".join(response)
    response.close()
    return status[0]


def terminate(backend_pid):
    """What a PostgreSQL restart does to a connection a server process keeps open."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", [backend_pid])
        assert cursor.fetchone()[0]


@needs_a_database_server
@pytest.mark.parametrize("health_checks", [True, False])
def test_a_kept_connection_that_the_database_dropped_is_replaced(db, health_checks):
    """With CONN_MAX_AGE a process keeps its connection; CONN_HEALTH_CHECKS (our setting) notices it died.

    The False case shows what the setting prevents: one failed request (the outage page) per process.
    """
    assert connection.settings_dict["CONN_HEALTH_CHECKS"] is True
    test_connection = connections[DEFAULT_DB_ALIAS]
    with own_connection(CONN_MAX_AGE=600, CONN_HEALTH_CHECKS=health_checks) as kept:
        assert serve("/readyz") == 200
        assert kept.connection is not None  # still open after the request
        backend_pid = kept.connection.info.backend_pid
        connections[DEFAULT_DB_ALIAS] = test_connection
        terminate(backend_pid)
        connections[DEFAULT_DB_ALIAS] = kept

        assert serve("/readyz") == (200 if health_checks else 503)
        assert serve("/readyz") == 200
