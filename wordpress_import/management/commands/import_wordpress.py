"""manage.py import_wordpress EXPORT.xml [--uploads DIR|ZIP] [--map FILE] [--dry-run] …

See docs/migration-from-wordpress.md.
"""

import datetime
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from wordpress_import.files import HttpFetcher, UploadsError, open_uploads
from wordpress_import.importer import Importer
from wordpress_import.mapping import MappingError, load_mapping
from wordpress_import.wxr import WxrError


class Command(BaseCommand):
    help = "Import a WordPress export (WXR) with its uploads into the site, with redirects for every old URL."

    def add_arguments(self, parser):
        parser.add_argument("export", help="The export file (Tools → Export → All content).")
        parser.add_argument(
            "--uploads", help="The wp-content/uploads folder copied from the old server, or a zip of it."
        )
        parser.add_argument("--map", dest="map_file", help="A TOML map file that changes where content goes.")
        parser.add_argument("--dry-run", action="store_true", help="Check and report everything; write nothing.")
        parser.add_argument("--include-drafts", action="store_true", help="Import drafts as Wagtail drafts.")
        parser.add_argument(
            "--fetch-base", help="Fetch files missing from --uploads from this address (the old site)."
        )
        parser.add_argument("--report", help="Where to write the report (default: wordpress-import-<time>.txt).")
        parser.add_argument("--csv", help="Where to write old → new URLs (default: wordpress-redirects-<time>.csv).")

    def handle(self, *args, **options):
        export = Path(options["export"])
        if not export.is_file():
            raise CommandError(_("Die Exportdatei %(path)s gibt es nicht.") % {"path": export})
        try:
            mapping = load_mapping(options["map_file"])
            uploads = open_uploads(options["uploads"])
            fetcher = HttpFetcher(options["fetch_base"]) if options["fetch_base"] else None
        except (MappingError, UploadsError) as error:
            raise CommandError(str(error)) from None

        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")  # noqa: DTZ005 - a file name for people
        report_path = Path(options["report"] or f"wordpress-import-{stamp}.txt")
        csv_path = Path(options["csv"] or f"wordpress-redirects-{stamp}.csv")
        importer = Importer(
            export,
            mapping=mapping,
            uploads=uploads,
            fetcher=fetcher,
            dry_run=options["dry_run"],
            include_drafts=options["include_drafts"],
            progress=self.progress_bar(),
        )
        try:
            report = importer.run()
        except WxrError as error:
            # What was read before the break is imported and reported; the error says where it stopped.
            importer.report.warnings.insert(0, _("Der Import brach ab: %(error)s") % {"error": error})
            self.finish(importer.report, report_path, csv_path)
            raise CommandError(str(error)) from None
        self.finish(report, report_path, csv_path)

    def finish(self, report, report_path, csv_path):
        self.stdout.write("")
        self.stdout.write(report.text())
        report.write(report_path)
        report.write_csv(csv_path)
        self.stdout.write(
            _("Bericht in %(report)s, alte → neue Adressen in %(csv)s gespeichert.")
            % {"report": report_path, "csv": csv_path}
        )

    def progress_bar(self, width=30):
        state = {"shown": -1, "at": 0.0}

        def show(done, total):
            percent = done * 100 // max(total, 1)
            now = time.monotonic()
            if percent == state["shown"] or (now - state["at"] < 1 and done < total):
                return
            state.update(shown=percent, at=now)
            filled = width * done // max(total, 1)
            self.stdout.write(f"[{'#' * filled}{'.' * (width - filled)}] {percent:3d}% ({done}/{total})")

        return show
