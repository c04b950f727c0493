"""Backups of the PostgreSQL database and MEDIA_ROOT as one verified archive, and their restore.

An archive is a tar file (gzip-compressed unless its name ends in `.tar`) with three kinds of members:
`database.dump` (pg_dump's custom format), `media/<path>` for every file under MEDIA_ROOT, and, last,
`manifest.json`, which lists every other member with its SHA-256 and size and records the versions
and the migration state the backup was made with. A restore checks every member against the manifest
before it touches anything, and only ever restores into an empty database.
"""

import datetime
import os
import platform
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import django
import wagtail
from django.conf import settings
from django.db import connections
from django.utils import timezone

from imeg.backup import archive, bucket, postgres
from imeg.backup.archive import summarise, verify_archive
from imeg.backup.errors import BackupError

__all__ = [
    "BackupError",
    "BackupResult",
    "RestoreResult",
    "create_backup",
    "restore_backup",
    "summarise",
    "verify_archive",
]

DEFAULT_DIRECTORY = Path(settings.BASE_DIR) / "backups"


@dataclass
class BackupResult:
    path: Path
    size: int
    media_files: int
    skipped: list[str] = field(default_factory=list)


@dataclass
class RestoreResult:
    database: str
    media_written: int
    media_unchanged: int
    unknown_migrations: list[str]
    pending_migrations: list[str]


def create_backup(output=None, using="default"):
    """Dump the database and copy MEDIA_ROOT into a new archive, written under a temporary name first."""
    connection = connections[using]
    server_version = postgres.postgresql_version(connection)
    pg_dump, pg_dump_version = postgres.client_tool("pg_dump", server_version)
    output = _output_path(output)
    result = BackupResult(path=output, size=0, media_files=0)
    try:
        descriptor, partial = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".part", dir=output.parent)
    except OSError as error:
        raise BackupError(f"In {output.parent} lässt sich nicht schreiben: {error}") from error
    partial = Path(partial)
    try:
        with tempfile.TemporaryDirectory(prefix="imeg-backup-") as work:
            dump = Path(work) / archive.DATABASE_DUMP
            postgres.run_tool(
                [pg_dump, "--format=custom", "--no-owner", "--no-privileges", "--no-password", f"--file={dump}"],
                connection.settings_dict,
            )
            # Read after the dump: a migration run meanwhile shows up here rather than going unnoticed.
            manifest = {
                "format": archive.FORMAT,
                "format_version": archive.FORMAT_VERSION,
                "created_at": timezone.localtime().isoformat(timespec="seconds"),
                "database": {
                    "vendor": connection.vendor,
                    "name": connection.settings_dict["NAME"],
                    "server_version": ".".join(map(str, server_version)),
                    "dumped_with": pg_dump_version,
                },
                "versions": {
                    "django": django.get_version(),
                    "wagtail": wagtail.__version__,
                    "python": platform.python_version(),
                },
                "migrations": postgres.applied_migrations(connection),
            }
            compression = "" if output.name.endswith(".tar") else "gz"
            with open(descriptor, "wb") as raw:
                media = _media_sources(result.skipped, exclude=partial)
                members = archive.write_archive(raw, compression, dump, manifest, media)
                raw.flush()
                os.fsync(raw.fileno())
        if output.exists():
            raise BackupError(f"{output} ist inzwischen angelegt worden; es wird nicht überschrieben.")
        os.replace(partial, output)
    except BaseException as error:
        partial.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise BackupError(f"Die Sicherung ist fehlgeschlagen: {error}") from error
        raise
    result.size = output.stat().st_size
    result.media_files = len(members) - 1
    return result


def restore_backup(path, using="default", overwrite_media=False):
    """Restore a verified archive into the empty database `using` and into MEDIA_ROOT.

    Everything is checked first: the archive, the target database (empty, PostgreSQL not older than
    the backup's), the client tool and the files already in MEDIA_ROOT. Then the media are unpacked
    into a private folder inside MEDIA_ROOT, pg_restore runs in one transaction, and only when it
    has succeeded are the media files moved into place.
    """
    manifest = verify_archive(path)
    connection = connections[using]
    server_version = postgres.postgresql_version(connection)
    pg_restore, _ = postgres.client_tool("pg_restore", server_version)
    backup_version = manifest["database"]["server_version"]
    if server_version[0] < int(backup_version.split(".")[0]):
        raise BackupError(
            f"Die Sicherung stammt von PostgreSQL {backup_version}, die Ziel-Datenbank läuft mit "
            f"{server_version[0]}: eine Sicherung lässt sich nur in dieselbe oder eine neuere Version zurückspielen."
        )
    postgres.require_empty(connection)
    media_bucket = bucket.media_bucket()
    if media_bucket is not None:
        unchanged, conflicts = bucket.existing_objects(media_bucket, manifest["members"])
        in_the_way = f"Im Bucket liegen schon {len(conflicts)} andere Objekte"
    else:
        media_root = Path(settings.MEDIA_ROOT)
        unchanged, conflicts = archive.existing_media(media_root, manifest["members"])
        in_the_way = f"In MEDIA_ROOT ({media_root}) liegen schon {len(conflicts)} andere Dateien"
    if conflicts and not overwrite_media:
        raise BackupError(
            f"{in_the_way} mit Namen aus der Sicherung: {summarise(conflicts)}. "
            "Mit --overwrite-media werden sie ersetzt; es wurde nichts verändert."
        )
    unknown = postgres.unknown_migrations(manifest["migrations"])
    if media_bucket is not None:
        # Staged outside any media folder, uploaded only after pg_restore has succeeded.
        with tempfile.TemporaryDirectory(prefix=archive.STAGING_PREFIX) as folder:
            staging = Path(folder)
            staged = _unpack_and_restore_database(Path(path), manifest, staging, unchanged, pg_restore, connection)
            bucket.upload(media_bucket, staged, path)
    else:
        try:
            media_root.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=archive.STAGING_PREFIX, dir=media_root))
        except OSError as error:
            raise BackupError(f"MEDIA_ROOT ({media_root}) ist nicht beschreibbar: {error}") from error
        try:
            staged = _unpack_and_restore_database(Path(path), manifest, staging, unchanged, pg_restore, connection)
            _move_media_into_place(staged, media_root, path)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return RestoreResult(
        database=connection.settings_dict["NAME"],
        media_written=len(staged),
        media_unchanged=len(unchanged),
        unknown_migrations=unknown,
        pending_migrations=postgres.pending_migrations(connection),
    )


def _media_sources(skipped, exclude):
    """The media files under MEDIA_ROOT, or the objects of the bucket with MEDIA_STORAGE=s3."""
    media_bucket = bucket.media_bucket()
    if media_bucket is not None:
        return bucket.bucket_files(media_bucket, skipped)
    return archive.media_files(Path(settings.MEDIA_ROOT), skipped, exclude)


def _unpack_and_restore_database(path, manifest, staging, unchanged, pg_restore, connection):
    """Unpack the media into `staging` and restore the dump, all or nothing; return the staged media."""
    try:
        with tempfile.TemporaryDirectory(prefix="imeg-restore-") as work:
            dump = Path(work) / archive.DATABASE_DUMP
            staged = archive.unpack(path, manifest["members"], dump, staging, skip=unchanged)
            postgres.run_tool(
                [
                    pg_restore,
                    "--dbname=",  # empty: libpq takes the database from PGDATABASE, like the other parameters
                    "--no-owner",
                    "--no-privileges",
                    "--no-password",
                    "--single-transaction",
                    "--exit-on-error",
                    str(dump),
                ],
                connection.settings_dict,
            )
    except OSError as error:
        raise BackupError(f"Die Wiederherstellung ist fehlgeschlagen, es wurde nichts verändert: {error}") from error
    return staged


def _move_media_into_place(staged, media_root, path):
    try:
        for name, staged_path in staged:
            target = archive.media_target(media_root, name)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged_path, target)
    except OSError as error:
        raise BackupError(
            f"Die Datenbank ist wiederhergestellt, aber nicht alle Mediendateien ließen sich nach MEDIA_ROOT "
            f"verschieben ({error}). Den Ordner media/ aus dem Archiv von Hand auspacken (tar -xf {path})."
        ) from error


def _archive_name():
    """imeg-20261127-021500Z.tar.gz: the time in UTC, so names sort and compare across time zones."""
    return f"imeg-{datetime.datetime.now(datetime.UTC):%Y%m%d-%H%M%S}Z.tar.gz"


def _output_path(output):
    if output is None:
        output = DEFAULT_DIRECTORY / _archive_name()
    directory = str(output).endswith(("/", os.sep))
    output = Path(output)
    if directory or output.is_dir():
        output = output / _archive_name()
    if output.exists():
        raise BackupError(f"{output} gibt es schon; eine Sicherung überschreibt nichts.")
    try:
        output.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise BackupError(f"Der Ordner {output.parent} lässt sich nicht anlegen: {error}") from error
    return output
