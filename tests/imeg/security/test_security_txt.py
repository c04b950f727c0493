"""/.well-known/security.txt after RFC 9116."""

import datetime

import pytest
from django.utils import timezone

URL = "/.well-known/security.txt"


def fields(response):
    lines = response.content.decode().splitlines()
    return [tuple(line.split(": ", 1)) for line in lines if line]


def test_security_txt_names_the_contact_an_expiry_the_languages_and_its_address(client, db, settings):
    settings.SECURITY_CONTACT = ["security@example.org", "https://www.example.org/de/kontakt/"]

    response = client.get(URL, secure=True)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    entries = fields(response)
    assert entries[:2] == [
        ("Contact", "mailto:security@example.org"),
        ("Contact", "https://www.example.org/de/kontakt/"),
    ]
    values = dict(entries[2:])
    assert values["Preferred-Languages"] == "de, en, fr, nl"
    assert values["Canonical"] == "https://localhost/.well-known/security.txt"
    expires = datetime.datetime.strptime(values["Expires"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.UTC)
    # RFC 9116: in the future and, as recommended, less than a year away.
    assert timezone.now() + datetime.timedelta(days=90) < expires < timezone.now() + datetime.timedelta(days=365)


def test_without_a_contact_there_is_no_security_txt(client, db, settings):
    settings.SECURITY_CONTACT = []

    assert client.get(URL).status_code == 404


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_security_txt_only_answers_reads(client, db, settings, method):
    settings.SECURITY_CONTACT = ["security@example.org"]

    assert getattr(client, method)(URL).status_code == 405
