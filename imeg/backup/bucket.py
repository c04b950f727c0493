"""The media in an S3 bucket (MEDIA_STORAGE=s3): copied into a backup, written back by a restore.

Archive members are the same as for MEDIA_ROOT, `media/<key>`, with their SHA-256 and size in the
manifest, so an archive restores into either kind of storage.
"""

import hashlib
import tempfile
from pathlib import Path

from botocore.exceptions import ClientError
from django.core.files.storage import default_storage

from imeg.backup.archive import DATABASE_DUMP, MEDIA_DIR, _unsafe
from imeg.backup.errors import BackupError

CHUNK_SIZE = 1024 * 1024


def media_bucket():
    """The boto3 bucket of the default storage (django-storages' S3Storage), or None for files on disk."""
    return getattr(default_storage, "bucket", None)


def bucket_files(bucket, skipped):
    """(local copy, member name) of every object, each downloaded once into a temporary file."""
    with tempfile.TemporaryDirectory(prefix="imeg-backup-bucket-") as work:
        copy = Path(work) / "object"
        for key in sorted(summary.key for summary in bucket.objects.all()):
            name = f"{MEDIA_DIR}/{key}"
            if key.endswith("/") or _unsafe(name):
                skipped.append(name)
                continue
            try:
                bucket.download_file(key, str(copy))
            except ClientError as error:
                raise BackupError(f"Das Objekt {key} ließ sich nicht aus dem Bucket lesen: {error}") from error
            yield copy, name
            copy.unlink()


def _object_digest(bucket, key):
    """SHA-256 and size of an object, or None if there is none."""
    try:
        body = bucket.Object(key).get()["Body"]
    except ClientError as error:
        if error.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
            return None
        raise BackupError(f"Das Objekt {key} ließ sich nicht aus dem Bucket lesen: {error}") from error
    sha256, size = hashlib.sha256(), 0
    for chunk in body.iter_chunks(CHUNK_SIZE):
        sha256.update(chunk)
        size += len(chunk)
    return {"sha256": sha256.hexdigest(), "size": size}


def existing_objects(bucket, members):
    """Media names whose object already exists with the same content, and those where another one is in the way."""
    unchanged, conflicts = set(), []
    for name, expected in members.items():
        if name == DATABASE_DUMP:
            continue
        found = _object_digest(bucket, name.removeprefix(f"{MEDIA_DIR}/"))
        if found == expected:
            unchanged.add(name)
        elif found is not None:
            conflicts.append(name)
    return unchanged, conflicts


def upload(bucket, staged, path):
    """Put the checked, staged files into the bucket."""
    try:
        for name, staged_path in staged:
            bucket.upload_file(str(staged_path), name.removeprefix(f"{MEDIA_DIR}/"))
    except (ClientError, OSError) as error:
        raise BackupError(
            f"Die Datenbank ist wiederhergestellt, aber nicht alle Mediendateien ließen sich in den Bucket "
            f"schreiben ({error}). Den Ordner media/ aus dem Archiv ({path}) von Hand hochladen."
        ) from error
