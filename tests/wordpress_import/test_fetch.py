"""--fetch-base: files missing from the uploads come from the old server (here a local one), within limits."""

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from wagtail.images import get_image_model

from tests.wordpress_import.conftest import empty_site, run_import
from tests.wordpress_import.exports import attachment, png, write_export, wxr

pytestmark = pytest.mark.django_db


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture
def old_server(tmp_path):
    """The old site's uploads served on 127.0.0.1; yields (base URL, its uploads folder)."""
    root = tmp_path / "old-site"
    uploads = root / "wp-content" / "uploads"
    uploads.mkdir(parents=True)
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", uploads
    server.shutdown()
    server.server_close()


def test_missing_files_are_fetched_from_the_old_server(db, tmp_path, old_server, settings):
    empty_site()
    base, served = old_server
    (served / "2018/10").mkdir(parents=True)
    (served / "2018/10/karte.png").write_bytes(png())
    (served / "2018/10/riesig.png").write_bytes(png(2000, 2000, (200, 10, 10)) + b"\0" * 200_000)
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 100_000
    xml = wxr(
        [
            attachment(101, "Karte", "2018/10/karte.png", alt="Karte"),
            attachment(102, "Riesig", "2018/10/riesig.png"),
            attachment(103, "Fehlt", "2018/10/fehlt.png"),
        ]
    )
    export, uploads = write_export(tmp_path, xml)

    _output, report, _csv = run_import(export, "--uploads", str(uploads), "--fetch-base", base, folder=tmp_path)

    assert get_image_model().objects.get().title == "Karte"
    assert "#102 „Riesig“: it is larger than 0.1 MB" in report
    assert "#103 „Fehlt“: 2018/10/fehlt.png" in report


def test_fetch_base_must_be_an_http_address(db, tmp_path):
    from django.core.management import CommandError

    export, _uploads = write_export(tmp_path, wxr([]))
    with pytest.raises(CommandError, match="--fetch-base needs an http"):
        run_import(export, "--fetch-base", "file:///etc/", folder=tmp_path)
