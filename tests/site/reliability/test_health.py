"""/healthz (the process answers) and /readyz (database, media storage and cache work)."""

import pytest
from django.test import Client

from imeg import health
from tests.conftest import HOST


@pytest.fixture
def probe():
    return Client(headers={"host": HOST}, raise_request_exception=False)


def test_healthz_answers_without_touching_the_database(probe, db, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = probe.get("/healthz")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok"}
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies


def test_healthz_needs_no_database_access_at_all(probe):
    """Without the db fixture pytest-django refuses every query: the probe must not make one."""
    assert probe.get("/healthz").status_code == 200


def test_health_endpoints_only_answer_get_and_head(probe, db):
    for path in ("/healthz", "/readyz"):
        assert probe.head(path).status_code == 200
        assert probe.post(path).status_code == 405


def test_health_endpoints_have_no_language_prefix(probe, db):
    assert probe.get("/de/healthz", follow=True).status_code == 404
    assert probe.get("/de/readyz", follow=True).status_code == 404


def test_readyz_checks_database_storage_and_cache(probe, db, settings, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = probe.get("/readyz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "storage": "ok", "cache": "ok"}}
    assert "no-store" in response["Cache-Control"]
    # The storage probe deletes its file again.
    assert not [path for path in settings.MEDIA_ROOT.rglob("*") if path.is_file()]


def test_readyz_is_unavailable_when_media_cannot_be_written(probe, db, settings, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the media folder should be")
    settings.MEDIA_ROOT = blocker

    response = probe.get("/readyz")

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["database"] == "ok"
    assert body["checks"]["storage"].startswith("error: ")
    assert str(tmp_path) not in response.content.decode()


def test_readyz_reports_a_cache_that_keeps_nothing_as_degraded_but_ready(probe, db, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}

    response = probe.get("/readyz")

    assert response.status_code == 200
    assert response.json() == {
        "status": "degraded",
        "checks": {"database": "ok", "storage": "ok", "cache": "error: RuntimeError"},
    }


def test_readyz_never_raises(probe, db, monkeypatch):
    def broken():
        raise ZeroDivisionError

    monkeypatch.setitem(health.READY_CHECKS, "database", broken)

    response = probe.get("/readyz")

    assert response.status_code == 503
    assert response.json()["checks"]["database"] == "error: ZeroDivisionError"
