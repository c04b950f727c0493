"""When the mail server is down, a contact message is still stored and the visitor is thanked."""

import smtplib

import pytest
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission

from tests.conftest import HOST


class FailingBackend:
    """An e-mail backend whose server cannot be reached; the test sets the error it raises."""

    error = None

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise self.error


@pytest.mark.parametrize(
    "error",
    [smtplib.SMTPConnectError(421, "Service not available"), ConnectionRefusedError(111, "Connection refused")],
    ids=["SMTP error", "connection refused"],
)
def test_a_failed_mail_keeps_the_message_and_thanks_the_visitor(site_tree, settings, monkeypatch, caplog, error):
    settings.EMAIL_BACKEND = f"{__name__}.FailingBackend"
    monkeypatch.setattr(FailingBackend, "error", error)
    visitor = Client(headers={"host": HOST}, raise_request_exception=False)

    response = visitor.post(
        site_tree.contact.url,
        {"name": "Anna Muster", "e_mail": "anna@example.org", "nachricht": "Wann ist der nächste Workshop?"},
        HTTP_ORIGIN=f"http://{HOST}",
    )

    assert response.status_code == 200
    assert "Wir melden uns bald." in response.content.decode()
    submission = FormSubmission.objects.get()
    assert "Workshop" in submission.form_data["nachricht"]
    assert "the e-mail failed" in caplog.text
