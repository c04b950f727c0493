"""Where attachment files come from: the copied uploads folder, a zip of it, or the old server.

Each source hands out one file's bytes at a time and never more than `limit` of them: sizes in a
zip's headers are checked first, and every read is cut off after the limit in case they lie.
"""

import stat
import urllib.error
import urllib.request
import zipfile
from pathlib import Path, PurePosixPath
from urllib.parse import quote, urlsplit

MAX_ZIP_TOTAL = 1024 * 1024 * 1024
MAX_ZIP_MEMBERS = 100_000
FETCH_TIMEOUT = 10


def too_large(limit):
    return f"it is larger than {limit / 1024**2:.{0 if limit % 1024**2 == 0 else 1}f} MB"


class UploadsError(Exception):
    """The uploads folder or zip cannot be used at all; the message says why."""


class FileRefused(Exception):
    """This one file cannot be used; the message says why."""


def relative_upload_path(value):
    """ "https://imeg.de/wp-content/uploads/2018/10/a.pdf" or "2018/10/a.pdf" → "2018/10/a.pdf" (or "")."""
    path = urlsplit(value).path if "://" in value else value
    if "/wp-content/uploads/" in path:
        path = path.split("/wp-content/uploads/", 1)[1]
    parts = [part for part in PurePosixPath(path.lstrip("/")).parts if part not in ("", ".")]
    if not parts or ".." in parts:
        return ""
    return "/".join(parts)


def unsafe_member(info):
    """A zip entry that must never be read: a link, an absolute path, `../` or a drive letter."""
    name = info.filename.replace("\\", "/")
    parts = PurePosixPath(name).parts
    is_link = stat.S_ISLNK(info.external_attr >> 16)
    return is_link or name.startswith("/") or ".." in parts or (bool(parts) and ":" in parts[0])


class DirectoryUploads:
    def __init__(self, root):
        self.root = Path(root).resolve()
        if not self.root.is_dir():
            raise UploadsError(f"The uploads folder {root} does not exist.")
        self.unsafe = []

    def read(self, relative, limit):
        if not relative:
            return None
        path = self.root / relative
        if path.is_symlink() or not path.resolve().is_relative_to(self.root):
            raise FileRefused("it is a link or lies outside the uploads folder")
        if not path.is_file():
            return None
        if path.stat().st_size > limit:
            raise FileRefused(too_large(limit))
        with path.open("rb") as file:
            data = file.read(limit + 1)
        if len(data) > limit:
            raise FileRefused(too_large(limit))
        return data


class ZipUploads:
    """A zip of the uploads folder; unsafe members (`../`, absolute paths, links) are reported, never read."""

    def __init__(self, path, max_total=MAX_ZIP_TOTAL):
        try:
            self.zip = zipfile.ZipFile(path)
            infos = self.zip.infolist()
        except (OSError, zipfile.BadZipFile) as error:
            raise UploadsError(f"The uploads zip cannot be read: {error}.") from None
        if len(infos) > MAX_ZIP_MEMBERS:
            raise UploadsError(f"The uploads zip has more than {MAX_ZIP_MEMBERS} files.")
        total = sum(info.file_size for info in infos)
        if total > max_total:
            raise UploadsError(
                f"The uploads zip would unpack to {total / 1024**3:.1f} GB, more than the "
                f"{max_total / 1024**3:.0f} GB allowed; copy the folder and use --uploads with it instead."
            )
        self.members = {}
        self.unsafe = []
        for info in infos:
            if info.is_dir():
                continue
            name = info.filename.replace("\\", "/")
            if unsafe_member(info):
                self.unsafe.append(name)
                continue
            relative = relative_upload_path("/" + name if "wp-content/uploads/" in name else name)
            if relative.startswith("uploads/"):
                relative = relative.removeprefix("uploads/")
            self.members[relative] = info

    def read(self, relative, limit):
        info = self.members.get(relative)
        if info is None:
            return None
        if info.file_size > limit:
            raise FileRefused(too_large(limit))
        try:
            with self.zip.open(info) as file:
                data = file.read(limit + 1)
        except (OSError, zipfile.BadZipFile, RuntimeError, EOFError) as error:
            raise FileRefused(f"it cannot be unpacked ({error})") from None
        if len(data) > limit:
            raise FileRefused(too_large(limit))
        return data


def open_uploads(path):
    if path is None:
        return None
    if Path(path).is_file():
        return ZipUploads(path)
    return DirectoryUploads(path)


class HttpFetcher:
    """Fetches missing files from the old server (`--fetch-base`), with a timeout and a size limit."""

    def __init__(self, base, timeout=FETCH_TIMEOUT):
        parts = urlsplit(base)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise UploadsError(f"--fetch-base needs an http(s) address, not {base!r}.")
        self.base = base.rstrip("/")
        self.timeout = timeout

    def read(self, relative, limit):
        url = f"{self.base}/wp-content/uploads/{quote(relative)}"
        request = urllib.request.Request(url, headers={"User-Agent": "imeg-wordpress-import"})  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 - http(s) only
                length = response.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > limit:
                    raise FileRefused(too_large(limit))
                data = response.read(limit + 1)
        except urllib.error.HTTPError as error:
            if error.code == 404:
                return None
            raise FileRefused(f"the old server answered {error.code}") from None
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            raise FileRefused(f"it could not be fetched ({getattr(error, 'reason', error)})") from None
        if len(data) > limit:
            raise FileRefused(too_large(limit))
        return data
