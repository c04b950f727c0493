"""Recompute the translation status of every page, snippet and setting (after bulk imports)."""

from django.core.management.base import BaseCommand

from imeg.translations.tracking import track_all


class Command(BaseCommand):
    help = (
        "Bring every translation status up to date; --untracked only for objects without one "
        "(their existing translations count as current)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--untracked", action="store_true", help="Only objects that have no status yet.")

    def handle(self, *args, untracked=False, **options):
        count = track_all(only_untracked=untracked)
        self.stdout.write(f"Translation status of {count} objects brought up to date.")
