"""`manage.py restore ARCHIVE`: a backup into an empty PostgreSQL database and MEDIA_ROOT."""

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from imeg.backup import BackupError, restore_backup, summarise, verify_archive


class Command(BaseCommand):
    help = (
        "Spielt eine Sicherung von `manage.py backup` in eine leere PostgreSQL-Datenbank und nach MEDIA_ROOT "
        "zurück. Prüft vorher jede Prüfsumme; eine Datenbank mit Tabellen wird abgelehnt, vorhandene andere "
        "Mediendateien ohne --overwrite-media auch."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="Die Archivdatei von `manage.py backup`.")
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="Datenbank-Alias aus DATABASES.")
        parser.add_argument(
            "--overwrite-media",
            action="store_true",
            help="Andere Dateien in MEDIA_ROOT mit denselben Namen durch die aus der Sicherung ersetzen.",
        )
        parser.add_argument(
            "--verify-only",
            action="store_true",
            help="Nur das Archiv gegen seine Prüfsummen prüfen; Datenbank und Dateien bleiben unberührt.",
        )

    def handle(self, *args, **options):
        try:
            if options["verify_only"]:
                manifest = verify_archive(options["archive"])
                self.stdout.write(
                    self.style.SUCCESS(
                        f"Archiv in Ordnung: {len(manifest['members'])} Einträge stimmen mit manifest.json überein "
                        f"(Sicherung vom {manifest['created_at']})."
                    )
                )
                return
            result = restore_backup(
                options["archive"], using=options["database"], overwrite_media=options["overwrite_media"]
            )
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Wiederhergestellt in die Datenbank „{result.database}“; {result.media_written} Mediendateien "
                f"geschrieben, {result.media_unchanged} waren schon gleich vorhanden."
            )
        )
        if result.unknown_migrations:
            self.stderr.write(
                self.style.WARNING(
                    f"Die Sicherung enthält {len(result.unknown_migrations)} Migrationen, die dieser Code nicht "
                    f"kennt ({summarise(result.unknown_migrations)}): sie stammt von einer neueren Version "
                    "der Website. Diese Version einsetzen, bevor die Website wieder läuft."
                )
            )
        if result.pending_migrations:
            self.stdout.write(
                f"Der Code hat {len(result.pending_migrations)} Migrationen mehr als die Sicherung: "
                "python manage.py migrate --noinput ausführen."
            )
