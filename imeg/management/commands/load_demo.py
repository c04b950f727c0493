"""Build the demo site (§3 of the spec) with texts in four languages and generated pictures."""

import logging
import time
from contextlib import contextmanager

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import translation
from wagtail import hooks
from wagtail.images import get_image_model
from wagtail.models import Page

from imeg.demo.builder import DemoBuilder
from imeg.demo.scale import ScaleBuilder
from imeg.demo.site import build_site
from imeg.translation_utils import DEFAULT_LANGUAGE

MAX_SCALE = 10


@contextmanager
def logger_level(name, level):
    logger = logging.getLogger(name)
    previous = logger.level
    logger.setLevel(level)
    try:
        yield
    finally:
        logger.setLevel(previous)


class Command(BaseCommand):
    help = (
        "Baut die Demo-Website mit Inhalten in vier Sprachen und generierten Bildern. Idempotent: Vorhandenes "
        "bleibt unverändert, ein zweiter Lauf legt nichts neu an. Apps ergänzen ihre Bereiche über den "
        "Wagtail-Hook „imeg_demo_content“, der den DemoBuilder erhält."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            nargs="?",
            type=float,
            const=1.0,
            metavar="FAKTOR",
            help=(
                "Zusätzlich den Massendatensatz für Lasttests anlegen: 5.000 Nachrichten, 1.000 Veröffentlichungen, "
                "500 Veranstaltungen (mit FAKTOR mal so viele, z. B. 0.1). Idempotent wie der Rest."
            ),
        )

    def handle(self, *args, **options):
        if options["scale"] is not None and not 0 < options["scale"] <= MAX_SCALE:
            raise CommandError(f"--scale erwartet einen Faktor größer als 0 und höchstens {MAX_SCALE:g}.")
        started = time.monotonic()
        builder = DemoBuilder(self.stdout)
        # Wagtail logs every page it creates and publishes; our own lines say the same more briefly.
        quiet = logging.WARNING if options["verbosity"] < 2 else logging.NOTSET
        self.stdout.write("Demo-Website wird aufgebaut …")
        try:
            # Page.title, .slug etc. stand for the active language's column; German is the original.
            with logger_level("wagtail", quiet), translation.override(DEFAULT_LANGUAGE), transaction.atomic():
                build_site(builder)
                builder.finish()
                for add_section in hooks.get_hooks("imeg_demo_content"):
                    add_section(builder)
                builder.finish()
                if options["scale"] is not None:
                    self.build_scale_set(builder, options["scale"])
                pages = Page.objects.descendant_of(builder.page("home"), inclusive=True).count()
        except BaseException:
            # Nothing of a failed run stays behind: the database rolls back, the files go too.
            builder.discard_files()
            raise
        images = get_image_model().objects.count()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo-Website: {pages} Seiten, {images} Bilder; {builder.created_count} neu angelegt "
                f"({time.monotonic() - started:.1f} s)"
            )
        )
        # The demo's pages (and the scale set's, created without publish signals) become searchable.
        call_command("rebuild_search_index", stdout=self.stdout, verbosity=0)
        # The scale set's pages skip the save signals that track their translations.
        call_command("track_translations", "--untracked", stdout=self.stdout)
        if options["scale"] is not None:
            # Thousands of rows arrived at once: the planner needs their statistics before the first
            # request (autovacuum gathers them only later, or never where it is off), or it plans the
            # lists for a handful of rows and reads the whole archive (decision 63).
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

    def build_scale_set(self, builder, factor):
        """The scale set: apps add their many items through the `imeg_demo_scale` hook (imeg/demo/scale.py)."""
        started = time.monotonic()
        scale = ScaleBuilder(builder, factor)
        for add_items in hooks.get_hooks("imeg_demo_scale"):
            add_items(scale)
        self.stdout.write(
            f"Massendatensatz: {scale.created_pages} Seiten neu angelegt ({time.monotonic() - started:.1f} s)"
        )
