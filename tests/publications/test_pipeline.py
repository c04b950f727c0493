"""Reading a stored PDF in the background: page count, metadata, text and a WebP cover, never half done."""

import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.images import get_image_model
from wagtail.models import Collection

from publications import reading
from publications.models import PdfInfo, PdfStatus
from publications.tasks import read_pdf
from tests.publications import pdfs
from tests.publications.factories import attach, make_document


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


def test_reading_extracts_pages_metadata_text_and_cover(db):
    document = make_document(pdfs.valid_pdf(pages=7, title="Luxemburger Thesen", text="Grenzpendler im Netzwerk"))

    assert reading.read_document(document.pk, document.file_hash) == PdfStatus.READY

    info = PdfInfo.objects.get(document=document)
    assert info.page_count == 7
    assert info.title == "Luxemburger Thesen"
    assert info.author == "IMeG"
    assert "Grenzpendler im Netzwerk" in info.text
    assert "Seite 7" in info.text
    assert info.cover.file.name.endswith(".webp")
    assert info.cover.width == 1200
    assert info.cover.description_de == "Titelseite von „Positionspapier“"
    assert info.is_current


def test_the_task_runs_through_django_tasks(db):
    document = make_document()

    result = read_pdf.enqueue(document.pk, document.file_hash)

    assert result.status == "SUCCESSFUL"
    assert result.return_value == PdfStatus.READY
    assert PdfInfo.objects.get(document=document).page_count == 3


def test_saving_a_document_schedules_reading_after_commit(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        document = make_document()
    assert not PdfInfo.objects.filter(document=document).exists()

    for callback in callbacks:
        callback()
    assert PdfInfo.objects.get(document=document).page_count == 3


def test_a_task_for_a_replaced_file_changes_nothing(db):
    document = make_document()
    reading.read_document(document.pk, document.file_hash)

    assert reading.read_document(document.pk, "0" * 40) == "stale"
    assert PdfInfo.objects.get(document=document).file_hash == document.file_hash


def test_replacing_the_pdf_never_shows_the_old_pages_with_the_new_file(
    library, admin_client, client, django_capture_on_commit_callbacks
):
    document = library.full_text
    old_cover = document.pdf_info.cover
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = admin_client.post(
            f"/admin/documents/edit/{document.pk}/",
            {
                "title": document.title,
                "collection": document.collection_id,
                "file": SimpleUploadedFile("neu.pdf", pdfs.valid_pdf(pages=9), content_type="application/pdf"),
            },
        )
    assert response.status_code == 302

    # Stored, but not read yet: the page shows the new size and no page count, and no stale cover.
    html = client.get(library.monitoring.url).content.decode()
    assert "24 Seiten" not in html
    assert "9 Seiten" not in html
    library.monitoring.refresh_from_db()
    assert library.monitoring.cover_image is None or library.monitoring.cover_image.pk != old_cover.pk

    with django_capture_on_commit_callbacks(execute=True):
        for callback in callbacks:
            callback()
    html = client.get(library.monitoring.url).content.decode()
    assert "9 Seiten" in html
    assert not get_image_model().objects.filter(pk=old_cover.pk).exists()


def test_a_pdf_that_cannot_be_read_later_is_marked_failed_and_shows_its_size(library, client, settings):
    document = make_document(pdfs.valid_pdf(pages=2), title="Kaputt", name="kaputt.pdf")
    attach(library.convention, document)
    settings.PUBLICATIONS_PDF_LIMITS = {"wall_seconds": 0.001}

    assert reading.read_document(document.pk, document.file_hash) == PdfStatus.FAILED

    info = PdfInfo.objects.get(document=document)
    assert info.error == "too_complex" and info.cover is None
    html = client.get(library.convention.url).content.decode()
    assert "PDF, 2" in html or "PDF, 1" in html
    assert "Seiten" not in html.split("publication-downloads")[1]


def test_deleting_a_document_deletes_its_cover(db, django_capture_on_commit_callbacks):
    document = make_document()
    reading.read_document(document.pk, document.file_hash)
    cover_pk = PdfInfo.objects.get(document=document).cover_id

    with django_capture_on_commit_callbacks(execute=True):
        document.delete()

    assert not get_image_model().objects.filter(pk=cover_pk).exists()


def test_a_hundred_page_pdf_is_checked_fast_and_read_in_the_background(
    db, admin_client, django_capture_on_commit_callbacks, record_property
):
    content = pdfs.valid_pdf(pages=100)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        started = time.monotonic()
        response = admin_client.post(
            "/admin/documents/add/",
            {
                "title": "Hundert Seiten",
                "collection": Collection.get_first_root_node().pk,
                "file": SimpleUploadedFile("hundert.pdf", content, content_type="application/pdf"),
            },
        )
        request_seconds = time.monotonic() - started
    assert response.status_code == 302

    started = time.monotonic()
    for callback in callbacks:
        callback()
    background_seconds = time.monotonic() - started

    record_property(
        "upload_seconds", {"request": round(request_seconds, 2), "background": round(background_seconds, 2)}
    )
    assert PdfInfo.objects.get().page_count == 100
    assert request_seconds < 10


def test_the_editor_sees_what_was_read_from_each_file(library, admin_client):
    html = admin_client.get(f"/admin/pages/{library.monitoring.pk}/edit/").content.decode()

    assert "Gelesene PDFs" in html
    assert "PDF, " in html and "24 Seiten" in html
    assert "Raumbeobachtung" in html


def test_the_editor_sees_that_a_new_file_is_still_being_read(library, admin_client):
    document = make_document(pdfs.valid_pdf(pages=2), title="Neu", name="neu.pdf")
    attach(library.convention, document)

    html = admin_client.get(f"/admin/pages/{library.convention.pk}/edit/").content.decode()

    assert "Das PDF wird gelesen" in html
