"""`manage.py backup`: the PostgreSQL database and MEDIA_ROOT into one archive with checksums."""

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from imeg.backup import BackupError, create_backup


class Command(BaseCommand):
    help = (
        "Sichert die PostgreSQL-Datenbank (pg_dump) und alle Dateien in MEDIA_ROOT in ein Archiv mit "
        "Prüfsummen (manifest.json). Ohne --output: backups/imeg-JJJJMMTT-HHMMSS.tar.gz im Projektordner."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            "-o",
            help="Archivdatei (.tar.gz, oder .tar ohne Kompression) oder ein vorhandener Ordner dafür. "
            "Eine vorhandene Datei wird nicht überschrieben.",
        )
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="Datenbank-Alias aus DATABASES.")

    def handle(self, *args, **options):
        try:
            result = create_backup(options["output"], using=options["database"])
        except BackupError as error:
            raise CommandError(str(error)) from error
        if result.skipped:
            self.stderr.write(
                self.style.WARNING(
                    f"{len(result.skipped)} Einträge in MEDIA_ROOT sind keine gewöhnlichen Dateien oder haben "
                    f"unsichere Namen und fehlen in der Sicherung: {', '.join(result.skipped)}"
                )
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Sicherung geschrieben: {result.path} ({result.size / 1024 / 1024:.1f} MB; Datenbank und "
                f"{result.media_files} Mediendateien)"
            )
        )
