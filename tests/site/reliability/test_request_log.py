"""The request log: one JSON line per request on `imeg.request`, with no personal data in it."""

import io
import json
import logging
import os
import subprocess
import sys

import pytest
from django.test import Client

from imeg.logging import JsonFormatter
from imeg.models import ContentPage
from tests.conftest import HOST

VISITOR_ADDRESS = "203.0.113.77"
USER_AGENT = "Mozilla/5.0 (SecretPhone; Anna's personal device)"
COOKIE_VALUE = "cookie-value-6b1d2f"
QUERY_VALUE = "anna.muster@example.org"


@pytest.fixture
def log_lines():
    """What the configured handler (settings.LOGGING, JSON formatter) writes, one string per line."""
    handlers = [
        handler
        for handler in logging.getLogger("imeg.request").handlers
        if isinstance(handler.formatter, JsonFormatter)
    ]
    assert len(handlers) == 1
    stream = io.StringIO()
    previous = handlers[0].setStream(stream)
    yield lambda: stream.getvalue().splitlines()
    handlers[0].setStream(previous)


@pytest.fixture
def visitor():
    client = Client(
        headers={
            "host": HOST,
            "user-agent": USER_AGENT,
            "x-forwarded-for": VISITOR_ADDRESS,
            "referer": f"https://example.org/?from={QUERY_VALUE}",
        },
        REMOTE_ADDR=VISITOR_ADDRESS,
        raise_request_exception=False,
    )
    client.cookies["sessionid"] = COOKIE_VALUE
    return client


def test_one_json_line_per_request_with_what_operators_need(site_tree, visitor, log_lines):
    response = visitor.get(site_tree.network.url + f"?q={QUERY_VALUE}&page=2&q=again")

    lines = log_lines()
    assert len(lines) == 1
    entry = json.loads(lines[0])
    assert entry["logger"] == "imeg.request"
    assert entry["level"] == "INFO"
    assert entry["method"] == "GET"
    assert entry["path"] == site_tree.network.url
    assert entry["query_keys"] == ["page", "q"]
    assert entry["status"] == 200
    assert entry["bytes"] == len(response.content)
    assert entry["language"] == "de"
    assert 0 < entry["duration_ms"] < 60_000


def test_the_log_line_holds_no_personal_data(site_tree, visitor, log_lines):
    visitor.get(site_tree.network.url + f"?email={QUERY_VALUE}")
    visitor.post(
        site_tree.contact.url,
        {"name": "Anna Muster", "e_mail": QUERY_VALUE, "nachricht": "Hallo"},
        HTTP_ORIGIN=f"http://{HOST}",
    )

    text = "\n".join(log_lines())
    assert len(log_lines()) == 2
    for secret in (VISITOR_ADDRESS, "SecretPhone", COOKIE_VALUE, QUERY_VALUE, "anna", "Anna", "Hallo"):
        assert secret not in text


def test_errors_and_not_found_are_logged_with_their_status(site_tree, visitor, log_lines):
    visitor.get("/de/gibt-es-nicht/")
    visitor.get("/healthz")

    entries = [json.loads(line) for line in log_lines()]
    assert [(entry["path"], entry["status"], entry["level"]) for entry in entries] == [
        ("/de/gibt-es-nicht/", 404, "INFO"),
        ("/healthz", 200, "INFO"),
    ]


def test_server_errors_are_logged_at_error_level(site_tree, visitor, log_lines, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(ContentPage, "get_context", broken)

    assert visitor.get(site_tree.network.url).status_code == 500
    entry = json.loads(log_lines()[0])
    assert (entry["status"], entry["level"]) == (500, "ERROR")


def test_odd_query_strings_and_paths_do_not_break_the_log(db, visitor, log_lines):
    visitor.get("/de/" + "x" * 5_000 + "/?" + "&".join(f"k{n}=%ZZ" for n in range(500)) + "&%00=1&=2&%C3%28=3")

    entry = json.loads(log_lines()[0])
    assert len(entry["path"]) <= 300
    assert len(entry["query_keys"]) <= 20


def test_the_level_is_configurable():
    """REQUEST_LOG_LEVEL=ERROR keeps only server errors; the settings read it at start-up."""
    code = "from imeg import settings; print(settings.LOGGING['loggers']['imeg.request']['level'])"
    environment = {**os.environ, "REQUEST_LOG_LEVEL": "ERROR"}

    result = subprocess.run([sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=True)

    assert result.stdout.strip() == "ERROR"
