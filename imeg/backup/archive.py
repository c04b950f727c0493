"""The archive: writing it, checking every member against the manifest, and unpacking it safely.

Members: `database.dump` (pg_dump's custom format), `media/<path>` for every file under MEDIA_ROOT
and, last, `manifest.json` with the SHA-256 and size of every other member, the versions and the
migration state. Anything else, and any path that could leave MEDIA_ROOT, is refused.
"""

import hashlib
import json
import lzma
import os
import re
import tarfile
import tempfile
import zlib
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from imeg.backup.errors import BackupError

FORMAT = "imeg-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE_DUMP = "database.dump"
MEDIA_DIR = "media"
# Leftovers of an interrupted restore inside MEDIA_ROOT; a backup leaves them out.
STAGING_PREFIX = ".imeg-restore-"
CHUNK_SIZE = 1024 * 1024
MANIFEST_MAX_SIZE = 64 * 1024 * 1024
SHA256 = re.compile(r"[0-9a-f]{64}")
ARCHIVE_ERRORS = (tarfile.TarError, EOFError, zlib.error, lzma.LZMAError, OSError)
SHOWN_NAMES = 5


def write_archive(raw, compression, dump, manifest, media):
    """Write the dump, the media ((path, member name) pairs) and last the manifest with their checksums;
    return the members."""
    with tarfile.open(fileobj=raw, mode=f"w:{compression}", format=tarfile.PAX_FORMAT) as archive:
        members = {DATABASE_DUMP: _add_file(archive, dump, DATABASE_DUMP)}
        for path, name in media:
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


def media_files(media_root, skipped, exclude):
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


def media_target(media_root, name):
    target = media_root / name.removeprefix(f"{MEDIA_DIR}/")
    # A symbolic link inside MEDIA_ROOT must not carry a restored file elsewhere.
    if not target.resolve().is_relative_to(media_root.resolve()):
        raise BackupError(f"{target} liegt außerhalb von MEDIA_ROOT; es wird nichts wiederhergestellt.")
    return target


def existing_media(media_root, members):
    """Media names whose file already exists with the same content, and those where another file is in the way."""
    unchanged, conflicts = set(), []
    for name, expected in members.items():
        if name == DATABASE_DUMP:
            continue
        target = media_target(media_root, name)
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


def unpack(path, members, dump, staging, skip):
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
