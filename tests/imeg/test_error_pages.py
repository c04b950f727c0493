"""Requests Django refuses get the site's own pages in the URL's language, and a refused Host no traceback."""

import logging

import pytest
from django.test import Client

from tests.conftest import HOST


@pytest.fixture
def visitor():
    return Client(headers={"host": HOST}, raise_request_exception=False)


@pytest.mark.parametrize(
    ("path", "language", "heading"),
    [("/de/", "de", "Ungültige Anfrage"), ("/en/", "en", "Bad request"), ("/fr/x/", "fr", "Requête invalide")],
)
def test_a_host_that_is_not_allowed_gets_the_sites_400_page_in_the_urls_language(
    db, visitor, caplog, path, language, heading
):
    with caplog.at_level(logging.INFO):
        response = visitor.get(path, HTTP_HOST="evil.example.org")

    assert response.status_code == 400
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert f"<h1>{heading}</h1>" in html
    assert "evil.example.org" not in html
    assert "Bad Request (400)" not in html
    records = [record for record in caplog.records if record.name == "django.security.DisallowedHost"]
    assert [(record.levelno, record.exc_info) for record in records] == [(logging.INFO, None)]
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


def test_a_refused_host_is_not_logged_at_all_with_log_level_warning(db, visitor, caplog):
    with caplog.at_level(logging.WARNING):  # the root logger's level, as LOG_LEVEL=WARNING sets it
        assert visitor.get("/de/", HTTP_HOST="evil.example.org").status_code == 400

    assert not [record for record in caplog.records if record.name.startswith("django.security")]
