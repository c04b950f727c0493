"""Admin protection: lockout after failed logins, password reset limit, the visitor's address behind a proxy."""

import pytest
from django.test import Client, RequestFactory

from imeg.security import client_ip

LOGIN = "/admin/login/"
PASSWORD = "richtiges-Passwort-2026"


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Each login checks a password; Django's real hasher takes a second per check on a busy machine."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser(username="redaktion", password=PASSWORD, email="r@example.org")


def log_in(client, password, username="redaktion", **extra):
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"}, **extra)


def test_a_correct_login_works(client, staff):
    response = log_in(client, PASSWORD)

    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_failed_logins_lock_the_username_from_that_address_out(client, staff, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(client, "falsch").status_code == 200  # the form again, with its error

    locked = log_in(client, "falsch")
    still_locked = log_in(client, PASSWORD)

    assert locked.status_code == still_locked.status_code == 429
    content = still_locked.content.decode()
    assert "Anmeldung vorübergehend gesperrt" in content
    assert "15 Minuten" in content
    assert still_locked["Retry-After"] == "900"
    assert "Content-Security-Policy" in still_locked
    assert "sessionid" not in still_locked.cookies


def test_a_lockout_keeps_other_users_and_other_addresses_out_of_it(client, staff, django_user_model, settings):
    django_user_model.objects.create_superuser(username="kollegin", password=PASSWORD, email="k@example.org")
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "falsch")

    assert log_in(Client(), PASSWORD, username="kollegin").status_code == 302
    assert log_in(Client(REMOTE_ADDR="198.51.100.9"), PASSWORD).status_code == 302


def test_behind_a_proxy_the_lockout_counts_the_forwarded_address(client, staff, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "falsch", HTTP_X_FORWARDED_FOR="203.0.113.5")

    # Every request comes from the proxy (REMOTE_ADDR 127.0.0.1); only the forwarded address is locked out.
    assert log_in(Client(), PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.5").status_code == 429
    assert log_in(Client(), PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.6").status_code == 302


def test_password_reset_requests_are_limited_per_address(client, staff, settings, mailoutbox):
    settings.PASSWORD_RESET_RATE_LIMIT = 3
    url = "/admin/password_reset/"
    statuses = [client.post(url, {"email": "r@example.org"}).status_code for _ in range(4)]

    assert statuses == [302, 302, 302, 429]
    assert len(mailoutbox) == 3
    other = Client(REMOTE_ADDR="198.51.100.9").post(url, {"email": "r@example.org"})
    assert other.status_code == 302
    refused = client.post(url, {"email": "r@example.org"})
    assert "Zu viele Anfragen" in refused.content.decode()
    assert refused["Retry-After"] == "3600"


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "203.0.113.5", "192.0.2.1"),  # no proxy trusted: the header is the client's word
        (1, "203.0.113.5", "203.0.113.5"),
        (1, "10.9.9.9, 203.0.113.5", "203.0.113.5"),  # the client's own entry is ignored
        (2, "10.9.9.9, 203.0.113.5, 192.0.2.50", "203.0.113.5"),
        (1, "", "192.0.2.1"),
        (2, "203.0.113.5", "192.0.2.1"),  # fewer entries than proxies: misconfigured, not trusted
        (1, "nonsense", "192.0.2.1"),
        (1, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_client_ip_trusts_only_the_configured_proxies(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.1", HTTP_X_FORWARDED_FOR=forwarded)

    assert client_ip(request) == expected
