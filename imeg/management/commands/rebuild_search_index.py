"""Fill the site search index anew from every live, public page (docs/search.md)."""

import time

from django.core.management.base import BaseCommand

from imeg.search import index


class Command(BaseCommand):
    help = (
        "Baut den Suchindex der Website neu auf: ein Eintrag je veröffentlichter, öffentlicher Seite und "
        "Sprache, in die sie übersetzt ist. Wagtails eigener Index für die Admin-Suche bleibt unberührt "
        "(dafür: update_index)."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        self.stdout.write("Suchindex wird neu aufgebaut …")

        def progress(done, total):
            if options["verbosity"] >= 1:
                self.stdout.write(f"  {done}/{total} Seiten")

        entries = index.rebuild(progress)
        backend = "PostgreSQL-Volltextsuche" if index.uses_vectors() else "einfacher Textvergleich (SQLite)"
        self.stdout.write(
            self.style.SUCCESS(f"Suchindex: {entries} Einträge, {backend} ({time.monotonic() - started:.1f} s)")
        )
