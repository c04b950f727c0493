"""Uploads in the admin: decompression bombs and files whose content does not match their name.

Each is refused with a message in the form, and nothing is stored: no database row, no file in MEDIA_ROOT.
The PDF pipeline's own refusals (encrypted, JavaScript, truncated …) are covered in tests/publications.
"""

import io
import struct
import zlib
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse_lazy
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from tests.conftest import HOST
from tests.publications.pdfs import valid_pdf

IMAGE_ADD = reverse_lazy("wagtailimages:add")
IMAGE_MULTIPLE_ADD = reverse_lazy("wagtailimages:add_multiple")
DOCUMENT_ADD = reverse_lazy("wagtaildocs:add")


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(width=20_000, height=20_000):
    """A valid 1-bit PNG of width × height black pixels: a few hundred kilobytes, 400 million pixels."""
    row = b"\x00" + bytes((width + 7) // 8)
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", data) + png_chunk(b"IEND", b"")


def small_png():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "#3366aa").save(buffer, "PNG")
    return buffer.getvalue()


def truncated_jpeg():
    """The first third of a JPEG: its header (size and format) reads fine, its pixels do not."""
    buffer = io.BytesIO()
    Image.effect_noise((400, 300), 50).convert("RGB").save(buffer, "JPEG")
    return buffer.getvalue()[: len(buffer.getvalue()) // 3]


def stored_files(media_root):
    root = Path(media_root)
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()) if root.exists() else []


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def empty_media(settings, tmp_path):
    """A media folder of this test's own, so that any file an upload leaves behind shows."""
    settings.MEDIA_ROOT = tmp_path / "upload-media"
    return settings.MEDIA_ROOT


def upload_image(admin_client, content, name):
    return admin_client.post(
        IMAGE_ADD,
        {
            "title": "Grenzbrücke",
            "collection": Collection.get_first_root_node().pk,
            "description_de": "Eine Brücke über den Rhein",
            "file": SimpleUploadedFile(name, content),
        },
    )


REFUSED_IMAGES = [
    pytest.param(png_bomb(), "bombe.png", "zu viele Pixel", id="decompression bomb"),
    pytest.param(valid_pdf(pages=1), "foto.png", "", id="PDF named .png"),
    pytest.param(b"<html><script>alert(1)</script></html>", "foto.jpg", "", id="HTML named .jpg"),
    pytest.param(small_png(), "foto.exe", "", id="PNG named .exe"),
    pytest.param(b"", "leer.png", "", id="empty file"),
    pytest.param(truncated_jpeg(), "halb.jpg", "beschädigt oder unvollständig", id="truncated JPEG"),
]


def test_the_image_pixel_limit_is_set_below_the_bomb(settings):
    width, height = struct.unpack(">II", png_bomb()[16:24])

    assert width * height > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS


@pytest.mark.parametrize(("content", "name", "message"), REFUSED_IMAGES)
def test_refused_image_uploads_show_a_message_and_store_nothing(admin_client, empty_media, content, name, message):
    images = get_image_model().objects.count()

    response = upload_image(admin_client, content, name)

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "file" in errors
    if message:
        assert message in " ".join(errors["file"])
    assert get_image_model().objects.count() == images
    assert stored_files(empty_media) == []


@pytest.mark.parametrize(("content", "name"), [(png_bomb(), "bombe.png"), (truncated_jpeg(), "halb.jpg")])
def test_the_multiple_upload_refuses_them_too(admin_client, empty_media, content, name):
    images = get_image_model().objects.count()

    response = admin_client.post(
        IMAGE_MULTIPLE_ADD,
        {"collection": Collection.get_first_root_node().pk, "files[]": SimpleUploadedFile(name, content)},
    )

    assert response.status_code == 200
    assert response.json()["success"] is False
    assert get_image_model().objects.count() == images
    assert stored_files(empty_media) == []


def test_a_real_image_is_stored(admin_client, empty_media):
    """The refusals above are not a broken upload form."""
    response = upload_image(admin_client, small_png(), "foto.png")

    assert response.status_code == 302
    assert get_image_model().objects.get(title="Grenzbrücke").file.name.startswith("original_images/")
    assert len(stored_files(empty_media)) == 1


REFUSED_DOCUMENTS = [
    pytest.param(small_png(), "papier.pdf", id="PNG named .pdf"),
    pytest.param(b"%!PS-Adobe-3.0\nshowpage\n", "papier.pdf", id="PostScript named .pdf"),
    pytest.param(b"MZ\x90\x00" + bytes(200), "papier.pdf", id="Windows program named .pdf"),
]


@pytest.mark.parametrize(("content", "name"), REFUSED_DOCUMENTS)
def test_refused_document_uploads_show_a_message_and_store_nothing(admin_client, empty_media, content, name):
    documents = get_document_model().objects.count()

    response = admin_client.post(
        DOCUMENT_ADD,
        {
            "title": "Papier",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content, content_type="application/pdf"),
        },
    )

    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert get_document_model().objects.count() == documents
    assert stored_files(empty_media) == []


@pytest.mark.parametrize("name", ["papier.exe", "papier.pdf.html", "papier"])
def test_a_pdf_under_another_name_is_stored_as_pdf(admin_client, empty_media, name):
    """The content decides: a real PDF is kept, under a name that says what it is."""
    response = admin_client.post(
        DOCUMENT_ADD,
        {
            "title": "Papier",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, valid_pdf(pages=1), content_type="application/octet-stream"),
        },
    )

    assert response.status_code == 302
    assert get_document_model().objects.get(title="Papier").filename.endswith(".pdf")
    assert all(path.endswith(".pdf") for path in stored_files(empty_media) if path.startswith("documents/"))


def test_upload_forms_are_for_editors_only(db, empty_media):
    """An anonymous POST is sent to the login page: no row, no file."""
    images = get_image_model().objects.count()

    response = Client(headers={"host": HOST}).post(IMAGE_ADD, {"file": SimpleUploadedFile("bombe.png", png_bomb())})

    assert response.status_code == 302
    assert "/login/" in response["Location"]
    assert get_image_model().objects.count() == images
    assert stored_files(empty_media) == []
