"""Bad exports and uploads: a clear message, the rest imported, nothing half-written, never a traceback."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import CommandError, call_command
from wagtail.images import get_image_model
from wagtail.models import Page

from tests.database_support import database_url_for_subprocess
from tests.wordpress_import.conftest import empty_site, run_import
from tests.wordpress_import.exports import (
    BASE,
    attachment,
    item,
    png,
    small_export,
    write_export,
    wxr,
    zip_claiming,
    zip_uploads,
)

pytestmark = pytest.mark.django_db

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss><channel><title>&lol4;</title></channel></rss>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss><channel><title>&secret;</title></channel></rss>
"""

PLAIN_RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Ein Blog</title><item><title>Hallo</title></item></channel></rss>
"""


@pytest.fixture
def site(db):
    return empty_site()


def refused(tmp_path, text, *options):
    export = tmp_path / "export.xml"
    export.write_text(text, encoding="utf-8")
    pages = Page.objects.count()
    with pytest.raises(CommandError) as error:
        run_import(export, *options, folder=tmp_path)
    assert Page.objects.count() == pages
    return str(error.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (BILLION_LAUGHS, "declares a document type or entities (possibly an XML bomb"),
        (EXTERNAL_ENTITY, "declares a document type or entities (possibly an XML bomb or external entities)"),
        (PLAIN_RSS, "This is no WordPress export: the file has items but no wp:wxr_version."),
        ('{"posts": []}', "The export is not well-formed XML: not well-formed (invalid token): line 1, column 0."),
        ("<html><body>Hallo</body></html>", "This is no WordPress export: the file starts with <html>, not <rss>."),
        ("", "The export is not well-formed XML: no element found"),
    ],
    ids=["billion laughs", "external entity", "plain RSS", "JSON", "HTML", "empty"],
)
def test_a_file_that_is_no_wordpress_export_is_refused_with_a_clear_message(site, tmp_path, text, message):
    assert message in refused(tmp_path, text)


def test_an_unsupported_wxr_version_is_refused(site, tmp_path):
    text = wxr([item(10, "Seite", slug="seite")]).replace("<wp:wxr_version>1.2<", "<wp:wxr_version>1.0<")
    assert "WXR version 1.0 is not supported" in refused(tmp_path, text)


def test_an_export_broken_part_way_imports_the_items_before_the_break(site, tmp_path):
    text = wxr([item(10, "Erste Seite", slug="erste"), item(11, "Zweite Seite", slug="zweite")])
    broken = text[: text.index("<item>", text.index("Zweite") - 600)] + "<item><title>Zweite</tit"
    export = tmp_path / "export.xml"
    export.write_text(broken, encoding="utf-8")

    output, report, _csv = run_import(export, folder=tmp_path)

    assert Page.objects.filter(slug_de="erste").exists()
    assert "WARNUNG: The export is not well-formed XML:" in report
    assert "Die 1 Elemente davor werden importiert." in report
    assert "Traceback" not in output


def test_the_command_line_shows_a_message_and_no_traceback(site, tmp_path):
    export = tmp_path / "export.xml"
    export.write_text(BILLION_LAUGHS, encoding="utf-8")
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "imeg.settings",
        "DATABASE_URL": database_url_for_subprocess(tmp_path),
    }
    completed = subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "import_wordpress", str(export), "--report", str(tmp_path / "r.txt"),
         "--csv", str(tmp_path / "r.csv")],
        cwd=Path(django_settings.BASE_DIR), capture_output=True, text=True, env=environment, check=False,
    )  # fmt: skip
    assert completed.returncode == 1
    assert "CommandError: The file declares a document type or entities" in completed.stderr
    assert "Traceback" not in completed.stderr + completed.stdout


def test_a_missing_export_or_a_bad_map_file_is_refused(site, tmp_path):
    with pytest.raises(CommandError, match="gibt es nicht"):
        call_command("import_wordpress", str(tmp_path / "nichts.xml"))
    export, _uploads = write_export(tmp_path, *small_export())
    map_file = tmp_path / "map.toml"
    map_file.write_text('[posts]\ndefault = "blog"\n', encoding="utf-8")
    with pytest.raises(CommandError, match=r"\[posts\] default = 'blog': expected news \| event \| skip"):
        call_command("import_wordpress", str(export), "--map", str(map_file))
    map_file.write_text("[posts\n", encoding="utf-8")
    with pytest.raises(CommandError, match="The map file is no valid TOML"):
        call_command("import_wordpress", str(export), "--map", str(map_file))


def test_a_zip_with_parent_paths_or_links_is_read_without_them(site, tmp_path, settings):
    xml, files = small_export()
    export, _uploads = write_export(tmp_path, xml)
    members = {f"wp-content/uploads/{name}": data for name, data in files.items()}
    members["../../evil.png"] = png()
    members["/etc/evil.png"] = png()
    uploads = zip_uploads(tmp_path / "uploads.zip", members, links=[("wp-content/uploads/2018/10/link.png", "/etc")])

    _output, report, _csv = run_import(export, "--uploads", str(uploads), folder=tmp_path)

    assert "Unsichere Einträge im Uploads-ZIP (nicht gelesen) (3):" in report
    assert "  - ../../evil.png" in report
    assert "  - wp-content/uploads/2018/10/link.png" in report
    assert get_image_model().objects.filter(title="Karte").exists()
    assert not (tmp_path.parent / "evil.png").exists()
    assert not list(Path(settings.MEDIA_ROOT).rglob("evil*"))


def test_a_zip_that_would_unpack_to_two_gigabytes_is_refused_from_its_headers(site, tmp_path):
    export, _uploads = write_export(tmp_path, *small_export())
    archive = zip_claiming(tmp_path / "uploads.zip", 2 * 1024**3)

    with pytest.raises(CommandError, match=r"would unpack to 2\.0 GB, more than the 1 GB allowed"):
        run_import(export, "--uploads", str(archive), folder=tmp_path)
    assert not Page.objects.filter(slug_de="initiativkreis").exists()


def test_a_zip_bomb_member_is_cut_off_at_the_size_limit(site, tmp_path, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024 * 1024
    xml = wxr([attachment(101, "Bombe", "2018/10/bombe.png"), item(10, "Seite", slug="seite")])
    export, _uploads = write_export(tmp_path, xml)
    archive = zip_uploads(tmp_path / "uploads.zip", {"2018/10/bombe.png": b"\0" * (30 * 1024 * 1024)})
    assert archive.stat().st_size < 100_000

    _output, report, _csv = run_import(export, "--uploads", str(archive), folder=tmp_path)

    assert "#101 „Bombe“: it is larger than 1 MB" in report
    assert Page.objects.filter(slug_de="seite").exists()


def test_a_file_behind_a_link_in_the_uploads_folder_is_not_read(site, tmp_path):
    xml = wxr([attachment(101, "Passwort", "2018/10/passwd.png")])
    export, uploads = write_export(tmp_path, xml)
    (uploads / "2018/10").mkdir(parents=True)
    (uploads / "2018/10/passwd.png").symlink_to("/etc/passwd")

    _output, report, _csv = run_import(export, "--uploads", str(uploads), folder=tmp_path)

    assert "#101 „Passwort“: it is a link or lies outside the uploads folder" in report
    assert not get_image_model().objects.exists()


def test_an_item_that_fails_leaves_nothing_half_written(site, tmp_path, monkeypatch):
    """A page whose import record fails after its page and redirects were written: the batch is taken back
    and its pages made one by one, where the failing item's transaction takes back its page and redirects."""
    from wordpress_import import importer

    xml = wxr([item(10, "Gut", slug="gut"), item(11, "Schlecht", slug="schlecht"), item(12, "Auch gut", slug="auch")])
    export, _uploads = write_export(tmp_path, xml)
    imported_row = importer.Importer.imported_row

    def failing_row(self, item, *args):
        if item.wp_id == 11:
            raise RuntimeError("Festplatte voll")
        return imported_row(self, item, *args)

    monkeypatch.setattr(importer.Importer, "imported_row", failing_row)

    _output, report, _csv = run_import(export, folder=tmp_path)

    assert "#11 „Schlecht“: RuntimeError: Festplatte voll" in report
    assert not Page.objects.filter(slug_de="schlecht").exists()
    from wagtail.contrib.redirects.models import Redirect

    assert not Redirect.objects.filter(old_path="/?page_id=11").exists()
    assert Page.objects.filter(slug_de__in=["gut", "auch"]).count() == 2


def test_a_french_export_is_imported_into_the_german_fields_with_a_warning(site, tmp_path):
    content = "<p>Les régions frontalières.</p>"
    xml = wxr([item(40, "Régions", post_type="post", slug="regions", content=content)], language="fr-FR")
    export, _uploads = write_export(tmp_path, xml)

    _output, report, _csv = run_import(export, folder=tmp_path)

    assert "nicht Deutsch" in report
    news = Page.objects.get(slug_de="regions").specific
    assert news.body_de.raw_data[0]["value"] == content
    assert not news.title_fr


def test_links_to_unsafe_schemes_are_dropped(site, tmp_path):
    content = f'<p><a href="javascript:alert(1)">A</a> <a href="data:text/html,x">B</a> <a href="{BASE}/x/">C</a></p>'
    export, _uploads = write_export(tmp_path, wxr([item(10, "Seite", slug="seite", content=content)]))

    run_import(export, folder=tmp_path)

    body = Page.objects.get(slug_de="seite").specific.body_de.raw_data[0]["value"]
    assert body == "<p>A B C</p>"


def test_uploads_folder_that_does_not_exist_is_refused(site, tmp_path):
    export, _uploads = write_export(tmp_path, *small_export())
    with pytest.raises(CommandError, match="does not exist"):
        run_import(export, "--uploads", str(tmp_path / "nirgends"), folder=tmp_path)
