"""`make import-bench`: import a generated 10,000-item WordPress export and print the time and peak memory.

Targets (issue 14): under 2 minutes, peak RSS under 300 MB. The export has the old site's shape:
a page tree with Avada shortcodes, Gutenberg posts with images, tables and links, image and PDF
attachments with their files. It runs `manage.py import_wordpress` in a fresh PostgreSQL database
(BENCH_DATABASE_URL server, database imeg_import_bench) with media in a temporary folder.
BENCH_IMPORT_ITEMS changes the number of items, BENCH_IMPORT_DATABASE the database's name.
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.publications.pdfs import valid_pdf  # noqa: E402
from tests.wordpress_import.exports import (  # noqa: E402
    AVADA_PAGE,
    BASE,
    GUTENBERG_POST,
    attachment,
    item,
    png,
    wxr,
)

PYTHON = sys.executable
SERVER_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432").rstrip("/")
DATABASE = os.environ.get("BENCH_IMPORT_DATABASE", "imeg_import_bench")
ITEMS = int(os.environ.get("BENCH_IMPORT_ITEMS", "10000"))
TARGET_SECONDS, TARGET_MB = 120, 300


def log(message):
    print(message, file=sys.stderr, flush=True)  # noqa: T201


def generate(folder, total):
    """About 2 % pages, 8 % images, 0.2 % PDFs, the rest posts; returns (export path, uploads path)."""
    pages, images, pdfs = max(total // 50, 3), max(total // 12, 1), max(total // 500, 1)
    posts = total - pages - images - pdfs
    uploads = folder / "uploads"
    (uploads / "2018/10").mkdir(parents=True)
    items = []
    for number in range(images):
        path = f"2018/10/bild-{number}.png"
        (uploads / path).write_bytes(png(64, 48, (number % 255, 90, 160)))
        items.append(attachment(100_000 + number, f"Bild {number}", path, alt=f"Bild {number}", caption="Foto"))
    for number in range(pdfs):
        path = f"2018/10/papier-{number}.pdf"
        (uploads / path).write_bytes(valid_pdf(pages=2, title=f"Papier {number}"))
        items.append(attachment(200_000 + number, f"Papier {number}", path))
    for number in range(pages):
        parent = 0 if number < 3 else 1 + number % 3
        slug = f"seite-{number}"
        items.append(item(1 + number, f"Seite {number}", slug=slug, parent=parent, content=AVADA_PAGE))
    for number in range(posts):
        wp_id = 10_000 + number
        image = 100_000 + number % images
        content = GUTENBERG_POST.replace("wp-image-101", f"wp-image-{image}") + (
            f'\n\n<p>Siehe auch <a href="{BASE}/?p={10_000 + (number + 1) % posts}">die nächste Meldung</a>.</p>'
        )
        items.append(
            item(
                wp_id,
                f"Meldung {number}",
                post_type="post",
                slug=f"meldung-{number}",
                content=content,
                excerpt="Eine Meldung aus dem Netzwerk.",
                date=f"{2012 + number % 12}-{1 + number % 12:02d}-{1 + number % 28:02d} 10:00:00",
                link=f"{BASE}/{2012 + number % 12}/meldung-{number}/",
                meta={"_thumbnail_id": str(image)},
            )
        )
    export = folder / "export.xml"
    export.write_text(wxr(items), encoding="utf-8")
    return export, uploads


def main():
    with psycopg.connect(f"{SERVER_URL}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{DATABASE}"')
    with tempfile.TemporaryDirectory(prefix="imeg-import-bench-") as tmp:
        folder = Path(tmp)
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "imeg.settings",
            "DATABASE_URL": f"{SERVER_URL}/{DATABASE}",
            "MEDIA_ROOT": str(folder / "media"),
            "LOG_LEVEL": "WARNING",
        }
        env.pop("PYTEST_VERSION", None)
        log(f"Generating an export with {ITEMS} items …")
        export, uploads = generate(folder, ITEMS)
        log(f"Export: {export.stat().st_size / 1024**2:.1f} MB. Migrating {DATABASE} …")
        migrate = [PYTHON, "manage.py", "migrate", "--noinput", "-v", "0"]
        subprocess.run(migrate, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
        home = (
            "from imeg.models import HomePage; from wagtail.models import Page, Site; "
            "root = Page.get_first_root_node(); home = root.add_child(instance=HomePage(title='Startseite', "
            "slug='startseite')); site = Site.objects.get(is_default_site=True); welcome = site.root_page; "
            "site.root_page = home; site.save(); welcome.delete()"
        )
        subprocess.run(
            [PYTHON, "manage.py", "shell", "-c", home], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
        )
        log("Importing …")
        command = [
            PYTHON,
            "manage.py",
            "import_wordpress",
            str(export),
            "--uploads",
            str(uploads),
            "--report",
            str(folder / "report.txt"),
            "--csv",
            str(folder / "redirects.csv"),
        ]
        load_before = os.getloadavg()[0]
        started = time.monotonic()
        with open(folder / "stderr.txt", "w", encoding="utf-8") as errors:
            child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=errors)
            _pid, status, usage = os.wait4(child.pid, 0)
        seconds = time.monotonic() - started
        peak_mb = usage.ru_maxrss / 1024
        if not (folder / "report.txt").exists():
            log((folder / "stderr.txt").read_text(encoding="utf-8")[-3000:])
            log(f"The import stopped after {seconds:.0f} s without a report (exit status {status}).")
            return 1
        report = (folder / "report.txt").read_text(encoding="utf-8")
    counts = report.split("Anzahl:", 1)[1].split("\n\n", 1)[0]
    lines = [
        f"WordPress import of {ITEMS} items ({ITEMS / seconds:.2f} items/s), "
        f"exit status {os.waitstatus_to_exitcode(status)}",
        f"  time:          {seconds:6.1f} s    (target < {TARGET_SECONDS} s)",
        f"  CPU:           {usage.ru_utime + usage.ru_stime:6.1f} s    (import + catch-up worker, not PostgreSQL)",
        f"  peak RSS:      {peak_mb:6.0f} MB   (target < {TARGET_MB} MB; the larger of the two processes)",
        f"  load average:  {load_before:.1f} before, {os.getloadavg()[0]:.1f} after (other jobs slow the wall time)",
        f"  counts:{counts}",
    ]
    print("\n".join(lines))  # noqa: T201
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main())
