"""Issue 16.1 / 15.2: the site shares Redis as its cache and keeps serving while Redis is down or hangs.

Against the machine's Redis (database 10, flushed before and after each test), a closed port, a
socket that accepts and never answers, and a proxy to Redis whose connections the test cuts.
"""

import logging

import pytest
import redis
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page

from imeg import cache as resilient_cache
from imeg.page_cache.middleware import CACHE_HEADER
from imeg.page_cache.models import MissedPurge
from tests.conftest import HOST
from tests.network_support import SilentServer, TcpProxy, free_port
from tests.page_forms import edit_form_data, edit_url

REDIS = ("127.0.0.1", 6379)
DATABASE = 10
BACKGROUND = "/de/initiativkreis/hintergrund/"
PAGES = ["/de/", "/en/network/", BACKGROUND, "/de/kontakt/", "/fr/reseau/"]
PASSWORD = "richtiges-Passwort-2026"
ORIGIN = "http://localhost"
MESSAGE = {"name": "Anna Muster", "e_mail": "anna@example.org", "nachricht": "Wann ist der nächste Workshop?"}


def use_redis(settings, port, retry_after=60):
    settings.CACHES = {
        "default": {
            "BACKEND": "imeg.cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/{DATABASE}",
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25, "RETRY_AFTER": retry_after},
        }
    }


@pytest.fixture(scope="module")
def redis_db():
    connection = redis.Redis(*REDIS, db=DATABASE, socket_timeout=2)
    try:
        connection.ping()
    except redis.ConnectionError:
        pytest.fail(f"These tests need Redis on {REDIS[0]}:{REDIS[1]} (.ci/run starts it).")
    yield connection
    connection.close()


@pytest.fixture(autouse=True)
def _caches(settings, redis_db):
    settings.PAGE_CACHE_ENABLED = True
    settings.FRAGMENT_CACHE_ENABLED = True
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    resilient_cache.breakers.clear()
    redis_db.flushdb()
    yield
    redis_db.flushdb()
    resilient_cache.breakers.clear()


@pytest.fixture(scope="module")
def silent_redis():
    server = SilentServer()
    yield server
    server.close()


@pytest.fixture(scope="module")
def redis_proxy():
    proxy = TcpProxy(REDIS)
    yield proxy
    proxy.close()


@pytest.fixture
def redis_down(settings):
    use_redis(settings, free_port())


def outage_lines(caplog):
    return [record for record in caplog.records if record.name == "imeg.cache" and record.levelno == logging.ERROR]


def test_pages_are_cached_in_redis(site_tree, client, settings, redis_db, django_assert_num_queries):
    use_redis(settings, REDIS[1])

    assert client.get(BACKGROUND)[CACHE_HEADER] == "miss"
    with django_assert_num_queries(0):
        assert client.get(BACKGROUND)[CACHE_HEADER] == "hit"
    assert any(key.startswith(b":1:pagecache:entry:") for key in redis_db.scan_iter(":1:pagecache:entry:*"))


def test_pages_render_without_redis_and_the_outage_is_logged_once(site_tree, client, redis_down, caplog):
    for _round in range(2):
        for path in PAGES:
            response = client.get(path)
            assert response.status_code == 200, path
            assert response.get(CACHE_HEADER) == "skip"

    assert len(outage_lines(caplog)) == 1
    assert "Cache unavailable" in outage_lines(caplog)[0].getMessage()


def test_a_redis_that_never_answers_costs_one_timeout_per_interval(site_tree, client, settings, silent_redis, caplog):
    use_redis(settings, silent_redis.port)
    before = silent_redis.connections

    for path in PAGES:
        assert client.get(path).status_code == 200, path

    # One connection timed out; the breaker then skipped Redis for every further cache call.
    assert silent_redis.connections - before == 1
    assert len(outage_lines(caplog)) == 1
    assert "TimeoutError" in outage_lines(caplog)[0].getMessage()


@pytest.mark.parametrize("failure", ["closed port", "silent socket"])
def test_readyz_reports_the_cache_as_down_and_stays_ready(db, settings, silent_redis, failure):
    use_redis(settings, free_port() if failure == "closed port" else silent_redis.port)

    response = Client(headers={"host": HOST}).get("/readyz")

    assert response.status_code == 200
    expected = "error: ConnectionError" if failure == "closed port" else "error: TimeoutError"
    assert response.json() == {
        "status": "degraded",
        "checks": {"database": "ok", "storage": "ok", "cache": expected},
    }


def test_editors_log_in_and_publish_while_redis_is_down(site_tree, client, redis_down, django_user_model):
    django_user_model.objects.create_superuser(username="redaktion", password=PASSWORD, email="r@example.org")
    editor = Client(headers={"host": HOST})
    login = editor.post("/admin/login/", {"username": "redaktion", "password": PASSWORD, "next": "/admin/"})
    assert login.status_code == 302

    page = site_tree.background
    data = edit_form_data(page, title_de="Hintergrund und Geschichte", **{"action-publish": "action-publish"})
    response = editor.post(edit_url(page), data)

    assert response.status_code == 302
    assert Page.objects.get(pk=page.pk).title_de == "Hintergrund und Geschichte"
    assert "Hintergrund und Geschichte" in client.get(BACKGROUND).content.decode()
    assert MissedPurge.objects.exists()


def test_failed_logins_still_lock_out_while_redis_is_down(db, redis_down, settings, django_user_model):
    django_user_model.objects.create_superuser(username="redaktion", password=PASSWORD, email="r@example.org")
    browser = Client(headers={"host": HOST})
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        browser.post("/admin/login/", {"username": "redaktion", "password": "falsch"})

    response = browser.post("/admin/login/", {"username": "redaktion", "password": PASSWORD})

    assert response.status_code == 429


def test_the_contact_form_rate_limit_counts_in_redis(site_tree, client, settings, mailoutbox):
    use_redis(settings, REDIS[1])
    settings.CONTACT_FORM_RATE_LIMIT = 1

    statuses = [client.post("/de/kontakt/", MESSAGE, HTTP_ORIGIN=ORIGIN).status_code for _ in range(2)]

    assert statuses == [200, 429]
    assert len(mailoutbox) == 1


def test_the_contact_form_works_while_redis_is_down_and_its_rate_limit_fails_open(
    site_tree, client, redis_down, settings, mailoutbox
):
    settings.CONTACT_FORM_RATE_LIMIT = 1

    statuses = [client.post("/de/kontakt/", MESSAGE, HTTP_ORIGIN=ORIGIN).status_code for _ in range(2)]

    assert statuses == [200, 200]
    assert FormSubmission.objects.count() == 2
    assert len(mailoutbox) == 2


def test_a_purge_missed_while_redis_was_down_is_made_when_it_is_back(site_tree, client, settings, redis_proxy, caplog):
    use_redis(settings, redis_proxy.port, retry_after=0)
    client.get(BACKGROUND)
    assert client.get(BACKGROUND)[CACHE_HEADER] == "hit"

    redis_proxy.cut()
    try:
        page = site_tree.background
        page.title_de = "Hintergrund und Geschichte"
        page.save_revision().publish()
        assert MissedPurge.objects.exists()
    finally:
        redis_proxy.restore()

    # Redis kept the old tokens and the old page; the first cache call after the outage replays the purge.
    response = client.get(BACKGROUND)
    assert response[CACHE_HEADER] == "miss"
    assert "Hintergrund und Geschichte" in response.content.decode()
    assert not MissedPurge.objects.exists()
    assert client.get(BACKGROUND)[CACHE_HEADER] == "hit"
    messages = [record.getMessage() for record in caplog.records if record.name == "imeg.cache"]
    assert messages[0].startswith("Cache unavailable")
    assert "Cache available again" in messages
    assert any(message.startswith("Replayed") for message in messages)
