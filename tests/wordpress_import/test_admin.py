"""Item 7: the import in the admin. Superusers only; uploads checked before anything is stored; the run
goes through the background task (the immediate backend here; test_admin_worker.py: a real worker)."""

import threading
from pathlib import Path

import psycopg
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from wagtail.models import Page
from wagtail.users.models import UserProfile

from tests.database_support import requires_postgresql
from tests.wordpress_import.admin_support import START, upload_form, uploads_zip
from tests.wordpress_import.conftest import empty_site
from tests.wordpress_import.exports import IMEG_MAP, png, small_export, zip_claiming, zip_uploads
from wordpress_import.models import ImportRun

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(db):
    return empty_site()


def start(client, data):
    """Post the form; the task runs when the request's transaction commits (immediate backend)."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(START, data)


def stored_files(settings):
    root = Path(settings.WORDPRESS_IMPORT_ROOT)
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


# Permissions


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_editors_and_moderators_get_403_and_no_menu_item(client, request, role, superuser, settings):
    run = ImportRun.objects.create(export="runs/x.xml", created_by=superuser)
    client.force_login(request.getfixturevalue(role))

    for url in (START, f"{START}{run.pk}/", f"{START}{run.pk}/redirects.csv", f"{START}{run.pk}/report.txt"):
        assert client.get(url).status_code == 403, url
    assert client.post(START, upload_form()).status_code == 403
    assert ImportRun.objects.count() == 1
    assert START not in client.get("/admin/").content.decode()


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(START)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_superusers_find_it_under_settings(client, superuser):
    client.force_login(superuser)
    assert START in client.get("/admin/").content.decode()
    response = client.get(START)
    assert response.status_code == 200
    assert "WordPress-Export (XML)" in response.content.decode()


# Upload validation: a clear message, status 400, nothing stored, nothing queued


def bad_zip_bytes(tmp_path, kind):
    if kind == "parent":
        return zip_uploads(tmp_path / "u.zip", {"wp-content/uploads/../../evil.png": png()})
    if kind == "absolute":
        return zip_uploads(tmp_path / "u.zip", {"/etc/evil.png": png()})
    if kind == "link":
        return zip_uploads(tmp_path / "u.zip", {}, links=[("wp-content/uploads/2018/10/link.png", "/etc/passwd")])
    if kind == "bomb":
        return zip_claiming(tmp_path / "u.zip", 2 * 1024**3)
    path = tmp_path / "u.zip"
    path.write_bytes(png())  # an image named .zip
    return path


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("parent", "Das ZIP-Archiv enthält unsichere Einträge (Verweise, absolute Pfade oder „../“)"),
        ("absolute", "es wurde nicht angenommen: /etc/evil.png"),
        ("link", "es wurde nicht angenommen: wp-content/uploads/2018/10/link.png"),
        ("bomb", "Das ZIP-Archiv würde entpackt 2,0 GB belegen, erlaubt sind höchstens 1,0 GB."),
        ("not_zip", "Die Datei ist kein lesbares ZIP-Archiv."),
    ],
)
def test_an_unsafe_or_broken_zip_is_refused_before_anything_is_stored(
    site, client, superuser, tmp_path, settings, kind, message
):
    client.force_login(superuser)
    response = start(client, upload_form(uploads=bad_zip_bytes(tmp_path, kind)))

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ImportRun.objects.exists()
    assert stored_files(settings) == []
    assert not (tmp_path.parent / "evil.png").exists()


def test_a_zip_with_too_many_files_is_refused(site, client, superuser, tmp_path, settings, monkeypatch):
    monkeypatch.setattr("wordpress_import.forms.MAX_ZIP_MEMBERS", 3)
    archive = zip_uploads(tmp_path / "u.zip", {f"2018/10/{number}.png": b"x" for number in range(4)})
    client.force_login(superuser)

    response = start(client, upload_form(uploads=archive))

    assert response.status_code == 400
    assert "Das ZIP-Archiv enthält mehr als 3 Dateien." in response.content.decode()
    assert not ImportRun.objects.exists()


@pytest.mark.parametrize(
    ("xml", "message"),
    [
        ("", "Die übertragene Datei ist leer."),
        ('<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title></channel></rss>', "Werkzeuge"),
        ("%PDF-1.7 nothing like XML", "kein WordPress-Export"),
    ],
)
def test_a_file_that_is_no_wordpress_export_is_refused(site, client, superuser, settings, xml, message):
    client.force_login(superuser)
    data = upload_form()
    data["export"] = SimpleUploadedFile("export.xml", xml.encode())

    response = start(client, data)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ImportRun.objects.exists()
    assert stored_files(settings) == []


def test_a_bad_map_file_is_refused(site, client, superuser, settings):
    client.force_login(superuser)
    response = start(client, upload_form(map_text='[posts]\ndefault = "blog"\n'))
    assert response.status_code == 400
    message = "Die Zuordnungsdatei kann nicht verwendet werden: [posts] default = &#x27;blog&#x27;"
    assert message in response.content.decode()
    assert not ImportRun.objects.exists()


def test_the_message_is_in_the_editors_language(site, client, superuser, tmp_path):
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(superuser)

    response = start(client, upload_form(uploads=bad_zip_bytes(tmp_path, "not_zip")))

    assert response.status_code == 400
    assert "The file is not a readable zip archive." in response.content.decode()


# A run through the task, and its result page


def test_an_import_runs_as_a_task_and_its_result_page_shows_the_report(site, client, superuser, tmp_path, settings):
    client.force_login(superuser)
    response = start(client, upload_form(uploads=uploads_zip(tmp_path), map_text=IMEG_MAP))

    run = ImportRun.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{START}{run.pk}/"
    assert (run.status, run.dry_run, run.error) == ("done", False, "")
    assert Page.objects.filter(slug_de="hintergrund").exists()
    # The files are private: under WORDPRESS_IMPORT_ROOT, none under MEDIA_ROOT, no public URL.
    assert {path.name for path in stored_files(settings)} >= {"export.xml", "uploads.zip", "map.toml"}
    assert not list(Path(settings.MEDIA_ROOT).rglob("export*.xml"))
    with pytest.raises(ValueError, match="no public URL"):
        run.export.url  # noqa: B018

    page = client.get(response["Location"]).content.decode()
    assert 'data-status="done"' in page
    assert "Der Import ist fertig." in page
    assert "<td>Seite</td>" in page and "<td>angelegt 3</td>" in page
    assert "<td>Bild</td>" in page
    assert "Weiterleitungen" in page

    csv = client.get(f"{START}{run.pk}/redirects.csv")
    assert csv["Content-Disposition"] == 'attachment; filename="wordpress-redirects-1.csv"'.replace("1", str(run.pk))
    rows = csv.content.decode().splitlines()
    assert rows[0] == "old_url,new_url,kind,wordpress_id"
    assert any(row.startswith("/initiativkreis/hintergrund,/de/initiativkreis/hintergrund/,page,11") for row in rows)

    Path(run.redirects_csv.path).unlink()  # the folder cleared after the move: gone, not an error
    assert client.get(f"{START}{run.pk}/redirects.csv").status_code == 404

    text = client.get(f"{START}{run.pk}/report.txt").content.decode()
    assert text == run.report_text
    assert "  Seite: angelegt 3" in text

    listing = client.get(START).content.decode()
    assert f'href="{START}{run.pk}/"' in listing


def test_a_dry_run_writes_nothing_and_reports_what_it_would_do(site, client, superuser, tmp_path):
    pages = Page.objects.count()
    client.force_login(superuser)

    start(client, upload_form(uploads=uploads_zip(tmp_path), mode="dry_run"))

    run = ImportRun.objects.get()
    assert (run.status, run.dry_run) == ("done", True)
    assert Page.objects.count() == pages
    assert run.report_text.startswith("WordPress-Import — PROBELAUF, nichts wurde geschrieben")
    page = client.get(f"{START}{run.pk}/").content.decode()
    assert "Der Probelauf ist fertig; nichts wurde gespeichert." in page


def test_the_report_shows_in_the_viewers_language(site, client, superuser, tmp_path):
    client.force_login(superuser)
    start(client, upload_form(uploads=uploads_zip(tmp_path)))
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = "en"
    profile.save()

    page = client.get(f"{START}{ImportRun.objects.get().pk}/").content.decode()

    assert "<td>Page</td>" in page and "<td>created 3</td>" in page


def test_an_export_that_breaks_part_way_is_imported_up_to_the_break_with_a_warning(site, client, superuser):
    xml = small_export()[0].replace("</channel>", "<item><title>kaputt</channel>")
    client.force_login(superuser)

    start(client, upload_form(xml=xml))

    run = ImportRun.objects.get()
    assert run.status == "done"
    assert Page.objects.filter(slug_de="hintergrund").exists()
    page = client.get(f"{START}{run.pk}/").content.decode()
    assert "Warnung: The export is not well-formed XML:" in page


def test_an_export_with_a_document_type_fails_with_a_clear_message(site, client, superuser):
    xml = small_export()[0].replace("<rss", '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<rss', 1)
    pages = Page.objects.count()
    client.force_login(superuser)

    start(client, upload_form(xml=xml))

    run = ImportRun.objects.get()
    assert run.status == "failed"
    assert Page.objects.count() == pages
    page = client.get(f"{START}{run.pk}/").content.decode()
    assert 'data-status="failed"' in page
    assert "Der Lauf ist fehlgeschlagen." in page
    assert "The file declares a document type or entities" in page
    assert "Traceback" not in page


def test_a_queued_run_says_so_and_offers_a_reload(client, superuser):
    run = ImportRun.objects.create(export="runs/x.xml", created_by=superuser)
    client.force_login(superuser)

    page = client.get(f"{START}{run.pk}/").content.decode()

    assert "Der Lauf wartet darauf, dass der Hintergrunddienst ihn übernimmt." in page
    assert "Neu laden" in page
    assert client.get(f"{START}{run.pk}/redirects.csv").status_code == 404
    assert client.get(f"{START}{run.pk + 1}/").status_code == 404


def test_the_task_leaves_a_finished_run_alone(site, superuser):
    from wordpress_import.tasks import run_import

    run = ImportRun.objects.create(export="runs/x.xml", created_by=superuser, status="done")
    assert run_import.call(run.pk) is None
    run.refresh_from_db()
    assert run.status == "done"


def test_a_second_import_waits_until_the_first_has_finished(db):
    """Two runs at once (two workers, or two uploads to the development server): the second waits."""
    from django.db import connection

    from wordpress_import.tasks import one_import_at_a_time

    first_in, first_may_end, second_in = threading.Event(), threading.Event(), threading.Event()

    def run(entered, may_end=None):
        try:
            with one_import_at_a_time():
                entered.set()
                if may_end is not None:
                    may_end.wait(10)
        finally:
            connection.close()  # the thread's own database session (on PostgreSQL, the lock's)

    first = threading.Thread(target=run, args=(first_in, first_may_end))
    second = threading.Thread(target=run, args=(second_in,))
    first.start()
    try:
        assert first_in.wait(10)
        second.start()
        assert not second_in.wait(0.5)
    finally:
        first_may_end.set()
        first.join(10)
    assert second_in.wait(10)
    second.join(10)


@requires_postgresql("another process holds the advisory lock: a PostgreSQL session of its own (psycopg)")
def test_imports_never_run_side_by_side(db):
    """While another session holds the import lock (a run in another worker), a run waits for it."""
    from django.db import OperationalError, connection, transaction

    from wordpress_import.tasks import IMPORT_LOCK, one_import_at_a_time

    database = connection.settings_dict
    other = psycopg.connect(
        dbname=database["NAME"], user=database["USER"], host=database["HOST"], port=database["PORT"], autocommit=True
    )
    try:
        other.execute("SELECT pg_advisory_lock(%s)", [IMPORT_LOCK])
        with pytest.raises(OperationalError, match="lock timeout"), transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL lock_timeout = '300ms'")
            with one_import_at_a_time():
                pytest.fail("ran beside another import")
        other.execute("SELECT pg_advisory_unlock(%s)", [IMPORT_LOCK])
        with one_import_at_a_time():
            taken = other.execute("SELECT pg_try_advisory_lock(%s)", [IMPORT_LOCK]).fetchone()[0]
        assert taken is False
    finally:
        other.close()


def test_an_unexpected_error_in_the_run_is_shown_as_failed_never_a_500(site, client, superuser, monkeypatch):
    def broken(self):
        raise RuntimeError("Festplatte voll")

    monkeypatch.setattr("wordpress_import.importer.Importer.run", broken)
    client.force_login(superuser)

    response = start(client, upload_form())

    run = ImportRun.objects.get()
    assert response.status_code == 302
    assert (run.status, run.error) == ("failed", "Unerwarteter Fehler: RuntimeError")
    page = client.get(f"{START}{run.pk}/")
    assert page.status_code == 200
    assert "Der Lauf ist fehlgeschlagen." in page.content.decode()
