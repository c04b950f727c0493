"""SPEC §4 Contact form: to the secretariat, with honeypot, origin check and rate limit, without cookies."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.utils import translation
from wagtail.contrib.forms.models import FormSubmission

URL = "/de/kontakt/"
ORIGIN = "http://localhost"
VALID = {"name": "Anna Muster", "e_mail": "anna@example.org", "nachricht": "Wann ist der nächste Workshop?"}
RATE_LIMIT_MESSAGE = "Sie haben in kurzer Zeit viele Nachrichten gesendet. Bitte versuchen Sie es später erneut."


def submit(client, data=None, **headers):
    headers.setdefault("HTTP_ORIGIN", ORIGIN)
    return client.post(URL, VALID if data is None else data, **headers)


def templates(response):
    return [t.name for t in response.templates]


def test_form_page_shows_the_fields_and_a_hidden_honeypot(site_tree, client):
    response = client.get(URL)

    html = BeautifulSoup(response.content, "html.parser")
    assert [field["name"] for field in html.select("form.form input, form.form textarea")] == [
        "name",
        "e_mail",
        "nachricht",
        "website",
    ]
    trap = html.select_one('input[name="website"]')
    assert trap["tabindex"] == "-1"
    assert trap.find_parent(attrs={"aria-hidden": "true"}) is not None


def test_showing_the_form_sets_no_cookie(site_tree, client):
    response = client.get(URL)

    assert response.status_code == 200
    assert not response.cookies


def test_valid_message_is_mailed_to_the_secretariat_and_stored(site_tree, client, mailoutbox):
    response = submit(client)

    assert response.status_code == 200
    assert "imeg/form_page_landing.html" in templates(response)
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["geschaeftsstelle@example.org"]
    assert mail.subject == "Nachricht über das Kontaktformular"
    assert "anna@example.org" in mail.body
    assert "Wann ist der nächste Workshop?" in mail.body
    assert FormSubmission.objects.filter(page=site_tree.contact).count() == 1


def test_message_goes_to_the_public_address_when_no_recipient_is_set(site_tree, client, mailoutbox):
    site_tree.settings.contact_email = ""
    site_tree.settings.save()

    submit(client)

    assert [mail.to for mail in mailoutbox] == [["info@example.org"]]


def test_stored_message_does_not_keep_the_honeypot_field(site_tree, client):
    submit(client, dict(VALID, website=""))

    submission = FormSubmission.objects.get(page=site_tree.contact)
    assert "website" not in submission.get_data()
    assert submission.get_data()["e_mail"] == "anna@example.org"


def test_filled_honeypot_looks_like_success_but_sends_and_stores_nothing(site_tree, client, mailoutbox):
    response = submit(client, dict(VALID, website="http://spam.example"))

    assert response.status_code == 200
    assert "imeg/form_page_landing.html" in templates(response)
    assert mailoutbox == []
    assert not FormSubmission.objects.exists()


def test_messages_beyond_the_rate_limit_are_refused(site_tree, client, mailoutbox, settings):
    settings.CONTACT_FORM_RATE_LIMIT = 2
    assert [submit(client).status_code for _ in range(2)] == [200, 200]

    response = submit(client)

    assert response.status_code == 429
    assert len(mailoutbox) == 2
    assert FormSubmission.objects.count() == 2
    with translation.override("de"):
        assert translation.gettext(RATE_LIMIT_MESSAGE) in response.content.decode()


def test_rate_limit_counts_each_visitors_address_separately(site_tree, client, mailoutbox, settings):
    settings.CONTACT_FORM_RATE_LIMIT = 1
    submit(client, REMOTE_ADDR="192.0.2.1")

    response = submit(client, REMOTE_ADDR="192.0.2.2")

    assert response.status_code == 200
    assert len(mailoutbox) == 2


def test_rate_limit_does_not_keep_the_visitors_address(site_tree, client):
    submit(client, REMOTE_ADDR="192.0.2.77")

    keys = list(getattr(cache, "_cache", {}).keys())
    assert keys, "the test expects the local-memory cache"
    assert not any("192.0.2.77" in key for key in keys)


@pytest.mark.parametrize(
    ("field", "data"),
    [
        ("nachricht", {"name": "Anna Muster", "e_mail": "anna@example.org", "nachricht": ""}),
        ("name", {"e_mail": "anna@example.org", "nachricht": "Hallo"}),
        ("e_mail", {"name": "Anna Muster", "e_mail": "keine-adresse", "nachricht": "Hallo"}),
    ],
)
def test_invalid_message_is_returned_with_the_error_and_not_sent(site_tree, client, mailoutbox, field, data):
    response = submit(client, data)

    assert response.status_code == 400
    assert "imeg/form_page.html" in templates(response)
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one('[role="alert"]') is not None
    assert html.select_one(f"#id_{field}_error") is not None
    assert html.select_one(f'[name="{field}"]')["aria-invalid"] == "true"
    assert mailoutbox == []
    assert not FormSubmission.objects.exists()


def test_invalid_message_keeps_what_the_visitor_typed(site_tree, client):
    response = submit(client, dict(VALID, e_mail="keine-adresse"))

    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one('[name="nachricht"]').get_text().strip() == VALID["nachricht"]
    assert html.select_one('[name="e_mail"]')["value"] == "keine-adresse"


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "http://localhost.evil.example"},
        {"HTTP_REFERER": "https://evil.example/de/kontakt/"},
        {"HTTP_ORIGIN": "null"},
    ],
    ids=["no-origin", "other-origin", "lookalike-origin", "other-referer", "null-origin"],
)
def test_message_from_another_origin_is_forbidden(site_tree, client, mailoutbox, headers):
    response = client.post(URL, VALID, **headers)

    assert response.status_code == 403
    assert mailoutbox == []
    assert not FormSubmission.objects.exists()


def test_referer_from_the_site_is_accepted_without_origin(site_tree, client, mailoutbox):
    response = client.post(URL, VALID, HTTP_REFERER="http://localhost/de/kontakt/")

    assert response.status_code == 200
    assert len(mailoutbox) == 1


def test_form_in_english_sends_to_the_same_recipient(site_tree, client, mailoutbox):
    response = client.post("/en/contact/", VALID, HTTP_ORIGIN=ORIGIN)

    assert response.status_code == 200
    assert [mail.to for mail in mailoutbox] == [["geschaeftsstelle@example.org"]]
