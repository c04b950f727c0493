"""What the tests of the import's admin pages share: its address and the upload form's data."""

from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile

from tests.wordpress_import.exports import small_export, zip_uploads

START = "/admin/wordpress-import/"


def upload_form(xml=None, uploads=None, map_text=None, mode="import"):
    data = {"mode": mode, "export": SimpleUploadedFile("export.xml", (xml or small_export()[0]).encode())}
    if uploads is not None:
        data["uploads"] = SimpleUploadedFile("uploads.zip", Path(uploads).read_bytes())
    if map_text is not None:
        data["map_file"] = SimpleUploadedFile("map.toml", map_text.encode())
    return data


def uploads_zip(tmp_path, **extra):
    """The small export's files as an uploads ZIP (`wp-content/uploads/…`)."""
    _xml, files = small_export()
    members = {f"wp-content/uploads/{name}": data for name, data in files.items()}
    return zip_uploads(tmp_path / "uploads.zip", members, **extra)
