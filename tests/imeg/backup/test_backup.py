"""Issue #7, item 6: `manage.py backup` and `manage.py restore`.

The demo site is built in a database of its own, backed up and restored into a second, empty one; both
are then compared row by row, file by file and page by page. The commands run in subprocesses, as an
operator runs them, each pointed at its database by DATABASE_URL and at its media by MEDIA_ROOT.
"""

import datetime
import hashlib
import io
import json
import os
import re
import secrets
import subprocess
import sys
import tarfile
from pathlib import Path
from types import SimpleNamespace

import psycopg
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from psycopg import sql
from wagtail.models import Page

from imeg.backup import BackupError, create_backup
from tests.database_support import postgresql_url, requires_postgresql

needs_postgresql = requires_postgresql(
    "backups are pg_dump and pg_restore, into databases made on the PostgreSQL server (imeg.backup refuses SQLite)"
)
LANGUAGES = [code for code, _ in settings.LANGUAGES]


def admin_sql(statement, *names):
    database = connection.settings_dict
    parameters = {"host": database["HOST"], "port": database["PORT"], "user": database["USER"]}
    parameters["password"] = database["PASSWORD"]
    parameters = {key: value for key, value in parameters.items() if value}
    with psycopg.connect(dbname="postgres", autocommit=True, **parameters) as admin:
        admin.execute(sql.SQL(statement).format(*map(sql.Identifier, names)))


def relation_count(name):
    database = connection.settings_dict
    parameters = {"host": database["HOST"], "port": database["PORT"], "user": database["USER"]}
    parameters["password"] = database["PASSWORD"]
    parameters = {key: value for key, value in parameters.items() if value}
    with psycopg.connect(dbname=name, **parameters) as target:
        return target.execute(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'S', 'v') AND n.nspname = 'public'"
        ).fetchone()[0]


def manage(*arguments, database_url, media, check=True):
    environment = {
        **os.environ,
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media),
        "CACHE_URL": "locmemcache://backup-test",
        "REQUEST_LOG_LEVEL": "WARNING",
    }
    completed = subprocess.run(
        [sys.executable, *arguments],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if check:
        assert completed.returncode == 0, f"{arguments} failed:\n{completed.stdout}\n{completed.stderr}"
    return completed


def snapshot(name, media):
    completed = manage("-m", "tests.imeg.backup.snapshot", database_url=postgresql_url(name), media=media)
    return json.loads(completed.stdout)


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def manifest_of(archive):
    with tarfile.open(archive) as tar:
        return json.load(tar.extractfile("manifest.json"))


@pytest.fixture(scope="module")
def original(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo site in a database of its own, every page visited once, and its backup."""
    name = f"imeg_backup_original_{secrets.token_hex(4)}"
    try:
        with django_db_blocker.unblock():
            template = connection.settings_dict["NAME"]
            # The migrated test database, copied: CREATE DATABASE … TEMPLATE needs it without connections.
            connection.close()
            admin_sql("CREATE DATABASE {} TEMPLATE {}", name, template)
        work = tmp_path_factory.mktemp("original")
        media = work / "media"
        manage("manage.py", "load_demo", database_url=postgresql_url(name), media=media)
        before = snapshot(name, media)
        archive = work / "backups" / "site.tar.gz"
        backup = manage(
            "manage.py", "backup", "--output", str(archive), database_url=postgresql_url(name), media=media
        )
        yield SimpleNamespace(name=name, media=media, archive=archive, snapshot=before, output=backup.stdout)
    finally:
        admin_sql("DROP DATABASE IF EXISTS {} WITH (FORCE)", name)


@pytest.fixture(scope="module")
def restored(original, tmp_path_factory):
    """The backup restored into a new, empty database and media folder that already hold three files."""
    name = f"imeg_backup_restore_{secrets.token_hex(4)}"
    try:
        admin_sql("CREATE DATABASE {}", name)
        media = tmp_path_factory.mktemp("restored") / "media"
        documents = sorted((original.media / "documents").iterdir())
        same, different = documents[0].name, documents[1].name
        (media / "documents").mkdir(parents=True)
        (media / "documents" / same).write_bytes(documents[0].read_bytes())
        (media / "documents" / different).write_bytes(b"another file of the same name")
        (media / "unrelated.txt").write_text("not in the backup")
        url = postgresql_url(name)
        refused = manage("manage.py", "restore", str(original.archive), database_url=url, media=media, check=False)
        refused_state = SimpleNamespace(
            relations=relation_count(name), different=(media / "documents" / different).read_bytes()
        )
        restore = manage(
            "manage.py", "restore", "--overwrite-media", str(original.archive), database_url=url, media=media
        )
        yield SimpleNamespace(
            name=name,
            media=media,
            refused=refused,
            refused_state=refused_state,
            output=restore.stdout,
            snapshot=snapshot(name, media),
        )
    finally:
        admin_sql("DROP DATABASE IF EXISTS {} WITH (FORCE)", name)


@needs_postgresql
def test_restore_gives_the_same_page_tree_in_every_language(original, restored):
    assert len(original.snapshot["pages"]) > 40
    assert restored.snapshot["pages"] == original.snapshot["pages"]
    assert restored.snapshot["sites"] == original.snapshot["sites"]


@needs_postgresql
def test_restore_gives_the_same_revisions(original, restored):
    assert len(original.snapshot["revisions"]) >= len(original.snapshot["pages"]) - 1
    assert restored.snapshot["revisions"] == original.snapshot["revisions"]


@needs_postgresql
def test_restore_gives_the_same_documents_images_and_renditions_with_identical_files(original, restored):
    documents, images = original.snapshot["documents"], original.snapshot["images"]
    assert documents and all(document["sha256"] for document in documents)
    assert any(image["renditions"] for image in images)
    assert all(image["sha256"] and all(image["renditions"].values()) for image in images)
    assert restored.snapshot["documents"] == documents
    assert restored.snapshot["images"] == images


@needs_postgresql
def test_restore_gives_the_same_number_of_rows_in_every_table(original, restored):
    assert restored.snapshot["rows"] == original.snapshot["rows"]


@needs_postgresql
def test_every_live_page_renders_the_same_html_in_every_language_after_restore(original, restored):
    html = original.snapshot["html"]
    live_pages = sum(page["live"] for page in original.snapshot["pages"] if len(page["path"]) > 4)  # not the root
    assert len(html) == live_pages * len(LANGUAGES)
    assert {response["status"] for response in html.values()} == {200}

    different = [url for url in html if restored.snapshot["html"].get(url) != html[url]]

    assert not different, f"{len(different)} pages differ, e.g. {different[:5]}"
    assert restored.snapshot["html"].keys() == html.keys()


@needs_postgresql
def test_restore_copies_every_media_file_and_leaves_other_files_alone(original, restored):
    originals = {path.relative_to(original.media) for path in original.media.rglob("*") if path.is_file()}
    copies = {path.relative_to(restored.media) for path in restored.media.rglob("*") if path.is_file()}

    assert copies == originals | {Path("unrelated.txt")}
    assert all(sha256(original.media / path) == sha256(restored.media / path) for path in originals)
    assert "1 waren schon gleich vorhanden" in restored.output
    assert not [path for path in restored.media.iterdir() if path.name.startswith(".imeg-restore-")]


@needs_postgresql
def test_restore_refuses_to_replace_other_media_files_unless_asked(restored):
    assert restored.refused.returncode == 1
    assert "--overwrite-media" in restored.refused.stderr
    assert "Traceback" not in restored.refused.stderr
    assert restored.refused_state.relations == 0
    assert restored.refused_state.different == b"another file of the same name"


@needs_postgresql
def test_backup_manifest_lists_every_file_with_its_checksum_and_the_versions(original):
    manifest = manifest_of(original.archive)
    media = {path.relative_to(original.media).as_posix(): path for path in original.media.rglob("*") if path.is_file()}

    assert set(manifest["members"]) == {"database.dump"} | {f"media/{name}" for name in media}
    for name, path in media.items():
        assert manifest["members"][f"media/{name}"] == {"sha256": sha256(path), "size": path.stat().st_size}
    assert manifest["database"]["vendor"] == "postgresql"
    assert manifest["database"]["server_version"].split(".")[0] == str(connection.pg_version // 10000)
    assert manifest["versions"]["django"] and manifest["versions"]["wagtail"]
    assert "0001_initial" in manifest["migrations"]["imeg"]
    assert manifest["created_at"]
    assert f"{len(media)} Mediendateien" in original.output


@needs_postgresql
def test_backup_writes_one_private_archive_and_no_leftovers(original):
    assert [path.name for path in original.archive.parent.iterdir()] == ["site.tar.gz"]
    assert original.archive.stat().st_mode & 0o777 == 0o600


@needs_postgresql
def test_backup_does_not_overwrite_an_existing_file(db, tmp_path):
    existing = tmp_path / "imeg.tar.gz"
    existing.write_bytes(b"an older backup")

    with pytest.raises(BackupError, match="überschreibt nichts"):
        create_backup(existing)

    assert existing.read_bytes() == b"an older backup"


@needs_postgresql
def test_backup_into_a_folder_names_the_archive_by_its_utc_time(db, tmp_path, settings):
    settings.TIME_ZONE = "Pacific/Kiritimati"  # UTC+14: a local time would show a different date
    before = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    result = create_backup(tmp_path)
    after = datetime.datetime.now(datetime.UTC)

    assert result.path.parent == tmp_path
    match = re.fullmatch(r"imeg-(\d{8}-\d{6})Z\.tar\.gz", result.path.name)
    assert match, result.path.name
    named = datetime.datetime.strptime(match[1], "%Y%m%d-%H%M%S").replace(tzinfo=datetime.UTC)
    assert before <= named <= after
    assert call_command("restore", "--verify-only", str(result.path), stdout=io.StringIO()) is None


def test_backup_of_sqlite_says_it_needs_postgresql(tmp_path):
    completed = manage(
        "manage.py",
        "backup",
        "--output",
        str(tmp_path / "backup.tar.gz"),
        database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        media=tmp_path / "media",
        check=False,
    )

    assert completed.returncode == 1
    assert "brauchen PostgreSQL" in completed.stderr
    assert "Traceback" not in completed.stderr
    assert not (tmp_path / "backup.tar.gz").exists()


# Archives that must be refused before anything is touched


@needs_postgresql
def test_restore_refuses_a_non_empty_database(original, db, settings):
    pages = Page.objects.count()

    with pytest.raises(CommandError, match="ist nicht leer"):
        call_command("restore", str(original.archive), stdout=io.StringIO())

    assert Page.objects.count() == pages
    assert not Path(settings.MEDIA_ROOT).exists()


@needs_postgresql
def test_restore_refuses_a_tampered_archive_before_touching_anything(original, db, settings, tmp_path):
    tampered = tmp_path / "tampered.tar.gz"
    with tarfile.open(original.archive) as source, tarfile.open(tampered, "w:gz") as target:
        for member in source:
            data = source.extractfile(member).read()
            if member.name.startswith("media/documents/"):
                data = data.replace(b"PDF", b"PDX", 1)
            target.addfile(member, io.BytesIO(data))

    with pytest.raises(CommandError, match="falsche Prüfsumme") as refused:
        call_command("restore", str(tampered), stdout=io.StringIO())

    assert "media/documents/" in str(refused.value)
    assert not Path(settings.MEDIA_ROOT).exists()
    with pytest.raises(CommandError, match="falsche Prüfsumme"):
        call_command("restore", "--verify-only", str(tampered), stdout=io.StringIO())


def archive_with(path, files, extra_member=None):
    """An archive whose manifest matches its files, so that only the member itself can be refused."""
    files = {"database.dump": b"not a real dump", **files}
    manifest = {
        "format": "imeg-backup",
        "format_version": 1,
        "created_at": "2026-11-27T20:00:00+01:00",
        "database": {"vendor": "postgresql", "name": "imeg", "server_version": "15.0", "dumped_with": "pg_dump"},
        "versions": {},
        "migrations": {},
        "members": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)} for name, data in files.items()
        },
    }
    with tarfile.open(path, "w:gz") as tar:
        if extra_member is not None:
            tar.addfile(extra_member)
        for name, data in {**files, "manifest.json": json.dumps(manifest).encode()}.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def link(name, target, kind):
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = target
    return info


@pytest.mark.parametrize(
    ("files", "extra_member"),
    [
        ({"media/../../escaped.txt": b"outside"}, None),
        ({"/tmp/imeg-backup-absolute.txt": b"outside"}, None),
        ({"media/documents/../../../escaped.txt": b"outside"}, None),
        ({}, link("media/documents/passwd", "/etc/passwd", tarfile.SYMTYPE)),
        ({}, link("media/documents/passwd", "/etc/passwd", tarfile.LNKTYPE)),
    ],
    ids=["dot-dot", "absolute", "nested-dot-dot", "symlink", "hardlink"],
)
def test_restore_refuses_members_outside_media_and_links(files, extra_member, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "site" / "media"
    archive = archive_with(tmp_path / "evil.tar.gz", files, extra_member)

    with pytest.raises(CommandError, match="unsicheren Eintrag"):
        call_command("restore", str(archive), stdout=io.StringIO())

    assert not (tmp_path / "escaped.txt").exists()
    assert not (tmp_path / "site").exists()
    assert not Path("/tmp/imeg-backup-absolute.txt").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "kein lesbares Sicherungsarchiv"),
        (b"\x1f\x8b\x08\x00 this is not gzip", "kein lesbares Sicherungsarchiv|beschädigt"),
        (b"no archive at all" * 100, "kein lesbares Sicherungsarchiv"),
    ],
    ids=["empty", "broken-gzip", "text"],
)
def test_restore_refuses_a_file_that_is_no_archive(content, message, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    archive.write_bytes(content)

    with pytest.raises(CommandError, match=message):
        call_command("restore", "--verify-only", str(archive), stdout=io.StringIO())


def test_restore_refuses_a_truncated_archive(tmp_path):
    complete = archive_with(tmp_path / "complete.tar.gz", {"media/a.txt": os.urandom(300_000)})
    truncated = tmp_path / "truncated.tar.gz"
    truncated.write_bytes(complete.read_bytes()[:150_000])

    with pytest.raises(CommandError, match="beschädigt|kein lesbares"):
        call_command("restore", "--verify-only", str(truncated), stdout=io.StringIO())


def test_restore_refuses_an_archive_without_manifest_or_with_a_foreign_one(tmp_path):
    archive = tmp_path / "other.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        info = tarfile.TarInfo("manifest.json")
        info.size = 2
        tar.addfile(info, io.BytesIO(b"{}"))

    with pytest.raises(CommandError, match="keine Sicherung dieser Website"):
        call_command("restore", "--verify-only", str(archive), stdout=io.StringIO())


def test_verify_only_accepts_a_consistent_archive(tmp_path):
    archive = archive_with(tmp_path / "fine.tar.gz", {"media/documents/a.pdf": b"%PDF-1.4"})
    out = io.StringIO()

    call_command("restore", "--verify-only", str(archive), stdout=out)

    assert "Archiv in Ordnung: 2 Einträge" in out.getvalue()
