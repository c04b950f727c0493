"""Garbage sent to the contact form: a message in the form or a 4xx, nothing stored, no mail."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from wagtail.contrib.forms.models import FormSubmission

from imeg.models.contact import MAX_BODY_SIZE
from tests.conftest import HOST

ORIGIN = f"http://{HOST}"
VALID = {"name": "Anna Muster", "e_mail": "anna@example.org", "nachricht": "Guten Tag."}

GARBAGE_POSTS = {
    "NUL in every field": {"name": "An\x00na", "e_mail": "anna@example.org\x00", "nachricht": "\x00\x00"},
    "bad e-mail": {**VALID, "e_mail": "not an address@@"},
    "huge e-mail": {**VALID, "e_mail": "a" * 10_000 + "@example.org"},
    "missing fields": {},
    "unknown fields only": {"foo": "bar", "page": "-1", "csrfmiddlewaretoken": "x"},
    "lists instead of values": {"name": ["a", "b"], "e_mail": ["anna@example.org", "x"], "nachricht": []},
    "control characters": {"name": "\x1b[31mAnna", "e_mail": "anna@example.org", "nachricht": ""},
}


@pytest.fixture
def contact_url(site):
    return site.pages["form"].get_url()


@pytest.mark.parametrize("data", GARBAGE_POSTS.values(), ids=GARBAGE_POSTS.keys())
def test_garbage_posts_get_the_form_back_with_a_message(visitor, contact_url, data):
    response = visitor.post(contact_url, data, HTTP_ORIGIN=ORIGIN)

    assert response.status_code == 400
    assert response.context["form"].errors
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


RAW_BODIES = {
    "JSON": ("application/json", b'{"name": "Anna", "e_mail": "anna@example.org"}'),
    "broken multipart": ("multipart/form-data; boundary=xyz", b"--xyz\r\nContent-Disposition: form-data\r\n\r\n"),
    "multipart without boundary": ("multipart/form-data", b"name=Anna"),
    "broken urlencoding": ("application/x-www-form-urlencoded", b"name=%ZZ&e_mail=%&nachricht=%C3%28&%00=%00"),
    "binary": ("application/octet-stream", bytes(range(256)) * 16),
    "XML": ("text/xml", b"<!DOCTYPE x [<!ENTITY a SYSTEM 'file:///etc/passwd'>]><x>&a;</x>"),
}


@pytest.mark.parametrize(("content_type", "body"), RAW_BODIES.values(), ids=RAW_BODIES.keys())
def test_raw_garbage_bodies_are_refused_without_storing(visitor, contact_url, content_type, body):
    response = visitor.generic("POST", contact_url, body, content_type=content_type, HTTP_ORIGIN=ORIGIN)

    assert 400 <= response.status_code < 500
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_a_huge_body_is_refused(visitor, contact_url, settings):
    data = {**VALID, "nachricht": "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)}

    response = visitor.post(contact_url, data, HTTP_ORIGIN=ORIGIN)

    assert response.status_code == 413
    assert "<h1>Anfrage zu groß</h1>" in response.content.decode()
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_a_body_over_the_forms_own_limit_gets_the_413_page_in_the_visitors_language(site, visitor):
    """However large a body the proxy lets through: Django refuses it unread, below DATA_UPLOAD_MAX_MEMORY_SIZE."""
    with translation.override("en"):
        url = site.pages["form"].get_url()
    data = {**VALID, "nachricht": "x" * MAX_BODY_SIZE}

    response = visitor.post(url, data, HTTP_ORIGIN=ORIGIN)

    assert response.status_code == 413
    html = response.content.decode()
    assert '<html lang="en">' in html and "<h1>Request too large</h1>" in html
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_a_long_message_within_the_limit_is_accepted(visitor, contact_url):
    data = {**VALID, "nachricht": "Grüße aus Saarbrücken. " * 2_000}  # 46,000 characters

    response = visitor.post(contact_url, data, HTTP_ORIGIN=ORIGIN)

    assert response.status_code == 200
    assert FormSubmission.objects.count() == 1


def test_a_file_part_is_refused_and_neither_stored_nor_mailed(site, visitor):
    """The issue's attack: a valid message with an unexpected file part was stored and mailed."""
    with translation.override("fr"):
        url = site.pages["form"].get_url()
    upload = SimpleUploadedFile("anhang.pdf", b"%PDF-1.4 " + b"x" * 50_000, content_type="application/pdf")

    response = visitor.post(url, {**VALID, "anhang": upload}, HTTP_ORIGIN=ORIGIN)

    assert response.status_code == 400
    html = response.content.decode()
    assert '<html lang="fr">' in html and "<h1>Requête invalide</h1>" in html
    assert "Bad Request (400)" not in html
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_a_broken_body_gets_the_sites_400_page_not_djangos_bare_one(visitor, contact_url):
    """multipart/form-data without a boundary: Django's parser gives up (MultiPartParserError)."""
    body = b"name=Anna"
    response = visitor.generic("POST", contact_url, body, content_type="multipart/form-data", HTTP_ORIGIN=ORIGIN)

    assert response.status_code == 400
    assert "<h1>Ungültige Anfrage</h1>" in response.content.decode()
    assert not FormSubmission.objects.exists()


def test_a_post_from_another_site_is_forbidden(visitor, contact_url):
    response = visitor.post(contact_url, VALID, HTTP_ORIGIN="https://evil.example.org")

    assert response.status_code == 403
    assert not FormSubmission.objects.exists()


def test_the_valid_message_is_stored_and_sent(visitor, contact_url):
    """The refusals above are not a broken form."""
    response = visitor.post(contact_url, VALID, HTTP_ORIGIN=ORIGIN)

    assert response.status_code == 200
    assert FormSubmission.objects.count() == 1
    assert len(mail.outbox) == 1


def test_posts_to_pages_without_a_form_are_not_allowed(site, visitor):
    for name, page in site.pages.items():
        if name != "form":
            assert visitor.post(page.get_url(), VALID, HTTP_ORIGIN=ORIGIN).status_code == 405, name
