"""Backups of the PostgreSQL database and MEDIA_ROOT as one verified archive, and their restore.

An archive is a tar file (gzip-compressed unless its name ends in `.tar`) with three kinds of members:
`database.dump` (pg_dump's custom format), `media/<path>` for every file under MEDIA_ROOT, and, last,
`manifest.json`, which lists every other member with its SHA-256 and size and records the versions
and the migration state the backup was made with. A restore checks every member against the manifest
before it touches anything, and only ever restores into an empty database.
"""

import hashlib
import json
import lzma
import os
import platform
import re
import shutil
import subprocess
import tarfile
import tempfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import django
import wagtail
from django.conf import settings
from django.db import DatabaseError, connections
from django.db.backends.postgresql.client import DatabaseClient
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT = "imeg-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE_DUMP = "database.dump"
MEDIA_DIR = "media"
DEFAULT_DIRECTORY = Path(settings.BASE_DIR) / "backups"
# Leftovers of an interrupted restore inside MEDIA_ROOT; a backup leaves them out.
STAGING_PREFIX = ".imeg-restore-"
CHUNK_SIZE = 1024 * 1024
MANIFEST_MAX_SIZE = 64 * 1024 * 1024
SHA256 = re.compile(r"[0-9a-f]{64}")
ARCHIVE_ERRORS = (tarfile.TarError, EOFError, zlib.error, lzma.LZMAError, OSError)
SHOWN_NAMES = 5


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message tells the operator why and what to do."""


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
    server_version = _postgresql_version(connection)
    pg_dump, pg_dump_version = _client_tool("pg_dump", server_version)
    output = _output_path(output)
    result = BackupResult(path=output, size=0, media_files=0)
    try:
        descriptor, partial = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".part", dir=output.parent)
    except OSError as error:
        raise BackupError(f"In {output.parent} lässt sich nicht schreiben: {error}") from error
    partial = Path(partial)
    try:
        with tempfile.TemporaryDirectory(prefix="imeg-backup-") as work:
            dump = Path(work) / DATABASE_DUMP
            _run_tool(
                [pg_dump, "--format=custom", "--no-owner", "--no-privileges", "--no-password", f"--file={dump}"],
                connection.settings_dict,
            )
            # Read after the dump: a migration run meanwhile shows up here rather than going unnoticed.
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
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
                "migrations": _applied_migrations(connection),
            }
            compression = "" if output.name.endswith(".tar") else "gz"
            with open(descriptor, "wb") as raw:
                members = _write_archive(raw, compression, dump, manifest, result.skipped, exclude=partial)
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


def _write_archive(raw, compression, dump, manifest, skipped, exclude):
    """Write the dump, the media and last the manifest with their checksums; return the members."""
    with tarfile.open(fileobj=raw, mode=f"w:{compression}", format=tarfile.PAX_FORMAT) as archive:
        members = {DATABASE_DUMP: _add_file(archive, dump, DATABASE_DUMP)}
        for path, name in _media_files(Path(settings.MEDIA_ROOT), skipped, exclude):
            members[name] = _add_file(archive, path, name)
        manifest = {**manifest, "members": members}
        _add_bytes(archive, MANIFEST, json.dumps(manifest, indent=2, sort_keys=True).encode())
    return members


def verify_archive(path):
    """Read the whole archive and return its manifest if every member matches it; raise BackupError if not."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path} gibt es nicht oder ist keine Datei.")
    found = {}
    manifest = None
    with _open_archive(path) as archive:
        for member in _members(archive, path):
            if member.name == MANIFEST:
                if manifest is not None:
                    raise BackupError(f"{path} enthält {MANIFEST} mehrmals; es wird nichts wiederhergestellt.")
                data = (
                    b"".join(_chunks(archive.extractfile(member), path)) if member.size <= MANIFEST_MAX_SIZE else b""
                )
                manifest = _parse_manifest(data, member.size, path)
            elif member.name in found:
                raise BackupError(f"{path} enthält „{member.name}“ mehrmals; es wird nichts wiederhergestellt.")
            else:
                found[member.name] = _digest(archive.extractfile(member), path)
    if manifest is None:
        raise BackupError(f"{path} enthält kein {MANIFEST}: das ist keine Sicherung dieser Website.")
    expected = manifest["members"]
    problems = []
    for label, names in (
        ("fehlen im Archiv", [name for name in expected if name not in found]),
        ("stehen nicht im Manifest", [name for name in found if name not in expected]),
        ("haben eine falsche Prüfsumme oder Größe", [n for n in expected if n in found and found[n] != expected[n]]),
    ):
        if names:
            problems.append(f"{len(names)} Einträge {label}: {summarise(names)}")
    if problems:
        raise BackupError(
            f"{path} ist beschädigt oder verändert worden; es wird nichts wiederhergestellt.\n" + "\n".join(problems)
        )
    return manifest


def restore_backup(path, using="default", overwrite_media=False):
    """Restore a verified archive into the empty database `using` and into MEDIA_ROOT.

    Everything is checked first: the archive, the target database (empty, PostgreSQL not older than
    the backup's), the client tool and the files already in MEDIA_ROOT. Then the media are unpacked
    into a private folder inside MEDIA_ROOT, pg_restore runs in one transaction, and only when it
    has succeeded are the media files moved into place.
    """
    manifest = verify_archive(path)
    connection = connections[using]
    server_version = _postgresql_version(connection)
    pg_restore, _ = _client_tool("pg_restore", server_version)
    backup_version = manifest["database"]["server_version"]
    if server_version[0] < int(backup_version.split(".")[0]):
        raise BackupError(
            f"Die Sicherung stammt von PostgreSQL {backup_version}, die Ziel-Datenbank läuft mit "
            f"{server_version[0]}: eine Sicherung lässt sich nur in dieselbe oder eine neuere Version zurückspielen."
        )
    _require_empty(connection)
    media_root = Path(settings.MEDIA_ROOT)
    unchanged, conflicts = _existing_media(media_root, manifest["members"])
    if conflicts and not overwrite_media:
        raise BackupError(
            f"In MEDIA_ROOT ({media_root}) liegen schon {len(conflicts)} andere Dateien mit Namen aus der "
            f"Sicherung: {summarise(conflicts)}. Mit --overwrite-media werden sie ersetzt; es wurde nichts verändert."
        )
    unknown = _unknown_migrations(manifest["migrations"])
    try:
        media_root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=media_root))
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
        pending_migrations=_pending_migrations(connection),
    )


def _unpack_and_restore_database(path, manifest, staging, unchanged, pg_restore, connection):
    """Unpack the media into `staging` and restore the dump, all or nothing; return the staged media."""
    try:
        with tempfile.TemporaryDirectory(prefix="imeg-restore-") as work:
            dump = Path(work) / DATABASE_DUMP
            staged = _unpack(path, manifest["members"], dump, staging, skip=unchanged)
            _run_tool(
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
            target = _media_target(media_root, name)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged_path, target)
    except OSError as error:
        raise BackupError(
            f"Die Datenbank ist wiederhergestellt, aber nicht alle Mediendateien ließen sich nach MEDIA_ROOT "
            f"verschieben ({error}). Den Ordner media/ aus dem Archiv von Hand auspacken (tar -xf {path})."
        ) from error


# PostgreSQL and its client tools


def _postgresql_version(connection):
    if connection.vendor != "postgresql":
        raise BackupError(
            f"Sicherung und Wiederherstellung brauchen PostgreSQL; diese Datenbank ist {connection.vendor}. "
            "Eine SQLite-Entwicklungsdatenbank sichert man, indem man bei gestopptem Server die Datenbankdatei "
            "und MEDIA_ROOT kopiert."
        )
    try:
        connection.ensure_connection()
    except DatabaseError as error:
        raise BackupError(f"Keine Verbindung zur Datenbank „{connection.settings_dict['NAME']}“: {error}") from error
    version = connection.pg_version  # e.g. 150020 for 15.20
    return version // 10000, version % 10000


def _client_tool(name, server_version):
    path = shutil.which(name)
    if path is None:
        raise BackupError(
            f"{name} wurde nicht gefunden. Die PostgreSQL-Client-Programme installieren "
            f"(Debian: apt-get install postgresql-client-{server_version[0]}) oder in den PATH aufnehmen."
        )
    output = subprocess.run([path, "--version"], capture_output=True, text=True, check=False).stdout.strip()
    match = re.search(r"\) (\d+)", output) or re.search(r"(\d+)", output)
    major = int(match.group(1)) if match else 0
    if major < server_version[0]:
        raise BackupError(
            f"{path} ist Version {major or output!r}, der Datenbankserver {server_version[0]}: {name} muss mindestens "
            f"so neu sein wie der Server (Debian: apt-get install postgresql-client-{server_version[0]}, dann "
            f"/usr/lib/postgresql/{server_version[0]}/bin vorn in den PATH)."
        )
    return path, output


def _run_tool(arguments, settings_dict):
    """Run pg_dump/pg_restore with the connection in the environment: no password on a command line."""
    _, extra = DatabaseClient.settings_to_cmd_args_env(settings_dict, [])
    environment = {**os.environ, **(extra or {})}
    for key, variable in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("NAME", "PGDATABASE")):
        if settings_dict.get(key):
            environment[variable] = str(settings_dict[key])
    completed = subprocess.run(
        arguments, env=environment, stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False
    )
    if completed.returncode != 0:
        tool = Path(arguments[0]).name
        raise BackupError(f"{tool} ist fehlgeschlagen (Exit-Code {completed.returncode}):\n{completed.stderr.strip()}")


def _applied_migrations(connection):
    applied = {}
    for app_label, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app_label, []).append(name)
    return applied


def _unknown_migrations(archived):
    """Migrations applied in the backup that this code does not have: the backup is from a newer version."""
    in_code = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    return sorted(
        f"{app_label}.{name}"
        for app_label, names in archived.items()
        for name in names
        if (app_label, name) not in in_code
    )


def _pending_migrations(connection):
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [f"{migration.app_label}.{migration.name}" for migration, _ in plan]


def _require_empty(connection):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') "
            "AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'"
        )
        (count,) = cursor.fetchone()
    if count:
        name = connection.settings_dict["NAME"]
        raise BackupError(
            f"Die Datenbank „{name}“ ist nicht leer ({count} Tabellen, Sequenzen oder Sichten). Eine Sicherung wird "
            "nur in eine leere Datenbank zurückgespielt, damit nichts überschrieben wird: eine neue Datenbank "
            f"anlegen (createdb) und DATABASE_URL auf sie zeigen lassen. Es wurde nichts verändert."
        )


# Archive members


def _output_path(output):
    if output is None:
        output = DEFAULT_DIRECTORY / f"imeg-{timezone.localtime():%Y%m%d-%H%M%S}.tar.gz"
    directory = str(output).endswith(("/", os.sep))
    output = Path(output)
    if directory or output.is_dir():
        output = output / f"imeg-{timezone.localtime():%Y%m%d-%H%M%S}.tar.gz"
    if output.exists():
        raise BackupError(f"{output} gibt es schon; eine Sicherung überschreibt nichts.")
    try:
        output.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise BackupError(f"Der Ordner {output.parent} lässt sich nicht anlegen: {error}") from error
    return output


def _media_files(media_root, skipped, exclude):
    """(path, member name) of every regular file under MEDIA_ROOT, in a stable order."""
    if not media_root.is_dir():
        return
    for directory, subdirectories, files in os.walk(media_root):
        subdirectories[:] = sorted(name for name in subdirectories if not name.startswith(STAGING_PREFIX))
        for filename in sorted(files):
            path = Path(directory) / filename
            name = f"{MEDIA_DIR}/{path.relative_to(media_root).as_posix()}"
            if path == exclude:
                continue
            if path.is_symlink() or not path.is_file() or _unsafe(name):
                skipped.append(name)
                continue
            yield path, name


class _HashingReader:
    """A file that hashes what tarfile reads from it, so each file is read only once."""

    def __init__(self, file):
        self.file = file
        self.sha256 = hashlib.sha256()

    def read(self, size=-1):
        data = self.file.read(size)
        self.sha256.update(data)
        return data


def _add_file(archive, path, name):
    with open(path, "rb") as file:
        status = os.fstat(file.fileno())
        info = tarfile.TarInfo(name)
        info.size = status.st_size
        info.mtime = int(status.st_mtime)
        info.mode = 0o644
        reader = _HashingReader(file)
        archive.addfile(info, reader)
    return {"sha256": reader.sha256.hexdigest(), "size": info.size}


def _add_bytes(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(timezone.now().timestamp())
    info.mode = 0o644
    with tempfile.SpooledTemporaryFile() as file:
        file.write(data)
        file.seek(0)
        archive.addfile(info, file)


def _unsafe(name):
    """Why a member name may not be unpacked, or None: only manifest, dump and media/… inside MEDIA_ROOT."""
    parts = name.split("/")
    if name.startswith("/"):
        return "absoluter Pfad"
    if "\\" in name or "\x00" in name or any(part in ("", ".", "..") for part in parts):
        return "Pfad mit .., leeren Teilen oder Backslash"
    if name not in (MANIFEST, DATABASE_DUMP) and not (parts[0] == MEDIA_DIR and len(parts) > 1):
        return "unbekannter Eintrag"
    return None


def _open_archive(path):
    try:
        return tarfile.open(path, "r:*")
    except ARCHIVE_ERRORS as error:
        raise BackupError(f"{path} ist kein lesbares Sicherungsarchiv ({error}).") from error


def _members(archive, path):
    """The archive's file members, each checked before anything reads it; directories are skipped."""
    try:
        for member in archive:
            if member.isdir() and member.name == MEDIA_DIR:
                continue
            reason = _unsafe(member.name)
            if reason is None:
                if member.isdir():
                    continue
                if member.issym() or member.islnk():
                    reason = "Verknüpfung"
                elif not member.isfile():
                    reason = "keine gewöhnliche Datei"
            if reason:
                raise BackupError(
                    f"{path} enthält einen unsicheren Eintrag {member.name!r} ({reason}); "
                    "es wird nichts wiederhergestellt."
                )
            yield member
    except ARCHIVE_ERRORS as error:
        raise BackupError(f"{path} ist beschädigt oder unvollständig ({error}).") from error


def _chunks(file, path):
    try:
        while chunk := file.read(CHUNK_SIZE):
            yield chunk
    except ARCHIVE_ERRORS as error:
        raise BackupError(f"{path} ist beschädigt oder unvollständig ({error}).") from error


def _digest(file, path):
    sha256 = hashlib.sha256()
    size = 0
    for chunk in _chunks(file, path):
        sha256.update(chunk)
        size += len(chunk)
    return {"sha256": sha256.hexdigest(), "size": size}


def _parse_manifest(data, size, path):
    invalid = f"{path}: {MANIFEST} ist ungültig"
    if size > MANIFEST_MAX_SIZE:
        raise BackupError(f"{invalid} (größer als {MANIFEST_MAX_SIZE // 1024 // 1024} MB).")
    try:
        manifest = json.loads(data)
        if manifest.get("format") != FORMAT:
            raise BackupError(f"{path} ist keine Sicherung dieser Website ({MANIFEST} ohne format „{FORMAT}“).")
        if manifest.get("format_version") != FORMAT_VERSION:
            raise BackupError(
                f"{path} hat das Sicherungsformat {manifest.get('format_version')!r}; dieser Code liest "
                f"Version {FORMAT_VERSION}."
            )
        members = manifest["members"]
        for name, entry in members.items():
            if _unsafe(name) or name == MANIFEST:
                raise BackupError(f"{invalid}: unsicherer Eintrag {name!r}; es wird nichts wiederhergestellt.")
            if set(entry) != {"sha256", "size"} or not SHA256.fullmatch(entry["sha256"]):
                raise ValueError(name)
            if not isinstance(entry["size"], int) or entry["size"] < 0:
                raise ValueError(name)
        if DATABASE_DUMP not in members:
            raise ValueError(DATABASE_DUMP)
        int(manifest["database"]["server_version"].split(".")[0])
        for app_label, names in manifest["migrations"].items():
            if not isinstance(app_label, str) or not all(isinstance(name, str) for name in names):
                raise ValueError(app_label)
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise BackupError(f"{invalid} ({error.__class__.__name__}: {error}).") from error
    return manifest


def _media_target(media_root, name):
    target = media_root / name.removeprefix(f"{MEDIA_DIR}/")
    # A symbolic link inside MEDIA_ROOT must not carry a restored file elsewhere.
    if not target.resolve().is_relative_to(media_root.resolve()):
        raise BackupError(f"{target} liegt außerhalb von MEDIA_ROOT; es wird nichts wiederhergestellt.")
    return target


def _existing_media(media_root, members):
    """Media names whose file already exists with the same content, and those where another file is in the way."""
    unchanged, conflicts = set(), []
    for name, expected in members.items():
        if name == DATABASE_DUMP:
            continue
        target = _media_target(media_root, name)
        if not (target.exists() or target.is_symlink()):
            continue
        if target.is_file() and not target.is_symlink():
            with open(target, "rb") as file:
                if _digest(file, target) == expected:
                    unchanged.add(name)
                    continue
        elif target.is_dir():
            raise BackupError(f"In MEDIA_ROOT ist {target} ein Ordner, die Sicherung hat dort eine Datei.")
        conflicts.append(name)
    return unchanged, conflicts


def _unpack(path, members, dump, staging, skip):
    """Write the dump and the media into place, checking each again: the archive may have changed since."""
    staged = []
    seen = set()
    with _open_archive(path) as archive:
        for member in _members(archive, path):
            if member.name == MANIFEST or member.name in skip:
                continue
            if member.name in seen:
                raise BackupError(f"{path} hat sich seit der Prüfung verändert; es wurde nichts wiederhergestellt.")
            if member.name not in members:
                raise BackupError(f"{path} hat sich seit der Prüfung verändert; es wurde nichts wiederhergestellt.")
            if member.name == DATABASE_DUMP:
                target = dump
            else:
                target = staging / member.name.removeprefix(f"{MEDIA_DIR}/")
                target.parent.mkdir(parents=True, exist_ok=True)
            source = archive.extractfile(member)
            sha256 = hashlib.sha256()
            size = 0
            with open(target, "xb") as file:
                for chunk in _chunks(source, path):
                    sha256.update(chunk)
                    size += len(chunk)
                    file.write(chunk)
            if {"sha256": sha256.hexdigest(), "size": size} != members[member.name]:
                raise BackupError(f"{path} hat sich seit der Prüfung verändert; es wurde nichts wiederhergestellt.")
            if target != dump:
                if settings.FILE_UPLOAD_PERMISSIONS is not None:
                    os.chmod(target, settings.FILE_UPLOAD_PERMISSIONS)
                staged.append((member.name, target))
            seen.add(member.name)
    if seen != set(members) - skip:
        raise BackupError(f"{path} hat sich seit der Prüfung verändert; es wurde nichts wiederhergestellt.")
    return staged


def summarise(names):
    """Up to five of the names, and how many more there are."""
    names = sorted(names)
    shown = ", ".join(names[:SHOWN_NAMES])
    return shown if len(names) <= SHOWN_NAMES else f"{shown} … (und {len(names) - SHOWN_NAMES} weitere)"
