"""Every document upload of the admin goes through the PDF check: only safe PDFs are stored."""

import time
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from tests.publications import pdfs

SINGLE = "/admin/documents/add/"
MULTIPLE = "/admin/documents/multiple/add/"
CHOOSER = "/admin/documents/chooser/create/"
# Django's message for a file name without an allowed extension ("Dateiendung „“ ist nicht erlaubt …"),
# which a refused upload must not get besides its own message.
EXTENSION_MESSAGE = "Dateiendung"

REFUSED = [
    (lambda: b"Nur ein Text, umbenannt in .pdf.\n", "Die Datei ist kein PDF."),
    (pdfs.html_named_pdf, "Die Datei ist kein PDF."),
    (pdfs.png_named_pdf, "Die Datei ist kein PDF."),
    (lambda: b"", "leer"),
    (pdfs.truncated_pdf, "beschädigt oder unvollständig"),
    (pdfs.encrypted_pdf, "verschlüsselt"),
    (lambda: pdfs.encrypted_pdf(user_password="geheim"), "verschlüsselt"),
    (pdfs.javascript_pdf, "JavaScript"),
    (pdfs.hex_escaped_javascript_pdf, "JavaScript"),
    (pdfs.object_stream_javascript_pdf, "JavaScript"),
    (pdfs.launch_pdf, "Programme starten"),
]


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


def stored_files(settings):
    folder = Path(settings.MEDIA_ROOT) / "documents"
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


def upload(admin_client, content, name="papier.pdf", title="Papier"):
    return admin_client.post(
        SINGLE,
        {
            "title": title,
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content, content_type="application/pdf"),
        },
    )


def upload_multiple(admin_client, content, name="papier.pdf"):
    return admin_client.post(
        MULTIPLE,
        {
            "title": name,
            "collection": Collection.get_first_root_node().pk,
            "files[]": SimpleUploadedFile(name, content, content_type="application/pdf"),
        },
    )


def upload_in_chooser(admin_client, content, name="papier.pdf"):
    prefix = "document-chooser-upload"
    return admin_client.post(
        CHOOSER,
        {
            f"{prefix}-title": "Papier",
            f"{prefix}-collection": Collection.get_first_root_node().pk,
            f"{prefix}-file": SimpleUploadedFile(name, content, content_type="application/pdf"),
        },
    )


def test_a_valid_pdf_is_stored_under_a_readable_name(db, admin_client, settings, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(admin_client, pdfs.valid_pdf(pages=4), name="Positionspapier Raumbeobachtung (2018).PDF")

    assert response.status_code == 302
    document = get_document_model().objects.get()
    assert document.filename == "positionspapier-raumbeobachtung-2018.pdf"
    assert stored_files(settings) == ["positionspapier-raumbeobachtung-2018.pdf"]
    assert document.pdf_info.page_count == 4
    assert document.pdf_info.is_current


@pytest.mark.parametrize(("make", "message"), REFUSED)
def test_refused_uploads_get_a_clear_message_and_store_nothing(db, admin_client, settings, make, message):
    response = upload(admin_client, make())

    assert response.status_code == 200
    assert [message in error for error in response.context["form"].errors["file"]] == [True]
    assert EXTENSION_MESSAGE not in response.content.decode()
    assert not get_document_model().objects.exists()
    assert stored_files(settings) == []


@pytest.mark.parametrize(("make", "message"), REFUSED)
def test_multiple_upload_refuses_the_same_files(db, admin_client, settings, make, message):
    response = upload_multiple(admin_client, make())

    data = response.json()
    assert data["success"] is False
    assert message in str(data)
    assert EXTENSION_MESSAGE not in str(data)
    assert not get_document_model().objects.exists()
    assert stored_files(settings) == []


@pytest.mark.parametrize(("make", "message"), REFUSED)
def test_the_choosers_upload_refuses_the_same_files(db, admin_client, settings, make, message):
    response = upload_in_chooser(admin_client, make())

    data = response.json()
    assert data["step"] == "reshow_creation_form"
    assert message in data["htmlFragment"]
    assert EXTENSION_MESSAGE not in data["htmlFragment"]
    assert not get_document_model().objects.exists()
    assert stored_files(settings) == []


def test_names_inside_stream_data_are_no_reason_to_refuse(db, admin_client, settings):
    response = upload(admin_client, pdfs.binary_stream_pdf())

    assert response.status_code == 302
    assert stored_files(settings) == ["papier.pdf"]


def test_multiple_upload_stores_a_valid_pdf(db, admin_client, settings, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        data = upload_multiple(admin_client, pdfs.valid_pdf(pages=2), name="Stellungnahme.pdf").json()

    assert data["success"] is True
    document = get_document_model().objects.get()
    assert document.pdf_info.page_count == 2
    assert stored_files(settings) == ["stellungnahme.pdf"]


def test_oversized_upload_is_refused_with_the_limit(db, admin_client, settings):
    settings.PUBLICATIONS_MAX_PDF_SIZE = 10_000
    response = upload(admin_client, pdfs.valid_pdf(pages=1) + b"%" + b"x" * 20_000 + b"\n%%EOF\n")

    assert "Die Datei ist zu groß" in response.content.decode()
    assert "9,8" in response.content.decode()  # 10,000 bytes as 9,8 KB, formatted for German
    assert stored_files(settings) == []


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("de", "Die Datei ist kein PDF. Bitte laden Sie ein PDF-Dokument hoch."),
        ("en", "The file is not a PDF. Please upload a PDF document."),
        ("fr", "Le fichier n’est pas un PDF. Veuillez téléverser un document PDF."),
        ("nl", "Het bestand is geen pdf. Upload een pdf-document."),
    ],
)
def test_the_message_is_in_the_editors_language(db, admin_client, superuser, language, message):
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = language
    profile.save()

    response = upload(admin_client, pdfs.html_named_pdf())

    assert message in response.content.decode()


def test_a_decompression_bomb_is_refused_in_bounded_time(db, admin_client, settings):
    settings.PUBLICATIONS_PDF_LIMITS = {"inflate_bytes": 32 * 1024 * 1024}
    content = pdfs.decompression_bomb_pdf(megabytes=100)
    started = time.monotonic()

    response = upload(admin_client, content)

    assert time.monotonic() - started < 20
    assert "zu aufwendig" in response.content.decode()
    assert stored_files(settings) == []


def test_a_pdf_that_exhausts_the_memory_limit_is_refused(db, admin_client, settings):
    # The inflate budget would allow it; the child's memory limit stops pdfium instead.
    settings.PUBLICATIONS_PDF_LIMITS = {"inflate_bytes": 10**12, "memory_bytes": 256 * 1024 * 1024}
    started = time.monotonic()

    response = upload(admin_client, pdfs.decompression_bomb_pdf(megabytes=400))

    assert time.monotonic() - started < 30
    assert "zu aufwendig" in response.content.decode() or "beschädigt" in response.content.decode()


def test_a_deeply_nested_pdf_is_dealt_with_in_bounded_time(db, admin_client, settings):
    started = time.monotonic()

    response = upload(admin_client, pdfs.deeply_nested_pdf())

    assert time.monotonic() - started < 20
    assert response.status_code in (200, 302)


def test_the_wall_clock_limit_stops_a_slow_check(db, admin_client, settings):
    settings.PUBLICATIONS_PDF_LIMITS = {"wall_seconds": 0.001}

    response = upload(admin_client, pdfs.valid_pdf())

    assert "zu aufwendig" in response.content.decode()
    assert stored_files(settings) == []
