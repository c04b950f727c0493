"""Screenshots compared with committed baselines, and the demo site the visual tests photograph.

A screenshot is taken of the whole page, halved and reduced to a 64-colour palette (so the baselines
stay small), then compared pixel by pixel with its baseline: a pixel differs when a colour channel
moves by more than PIXEL_TOLERANCE, and a page fails when more than DIFFERENT_PIXELS_ALLOWED of its
pixels differ or its size changed. `VISUAL_BASELINES=update` (`make visual-baselines`) writes new
baselines instead; the differing images of a failed comparison go to test-artifacts/visual/.
"""

import datetime
import io
import os
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connections
from django.test.testcases import LiveServerThread
from django.utils import timezone
from PIL import Image, ImageChops

BASELINES = Path(__file__).parent / "visual_baselines"
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts" / "visual"
UPDATE = os.environ.get("VISUAL_BASELINES") == "update"
SCALE = 0.5
COLOURS = 64
PIXEL_TOLERANCE = 40
DIFFERENT_PIXELS_ALLOWED = 0.005
# Upcoming demo events are dated from today (news/demo/__init__.py); the screenshots show them on these fixed days.
FIXED_TODAY = datetime.datetime(2099, 1, 1, tzinfo=datetime.UTC)

# Lazy images load at once and every image has arrived before the picture is taken.
SETTLE_SCRIPT = """async () => {
    document.querySelectorAll('img[loading="lazy"]').forEach((image) => { image.loading = "eager"; });
    await document.fonts.ready;
    await Promise.all([...document.images].map((image) => image.complete ? null : new Promise((resolve) => {
        image.addEventListener("load", resolve);
        image.addEventListener("error", resolve);
    })));
}"""


def saved_database():
    """The database as the test run created it (Wagtail's root page, default site, groups), per alias.

    pytest-django keeps it when a test of the run asks for serialized_rollback; a transactional test
    before this one may have emptied the tables. Without it, the tables are still as migrated.
    """
    saved = {}
    for alias in connections:
        connection = connections[alias]
        # Flushing is for the test database only (pytest-django sets one up for django_db tests):
        # test_… on PostgreSQL, a file test_….sqlite3 in pytest's temporary folder on SQLite (tests/conftest.py).
        name = connection.settings_dict["NAME"]
        assert Path(name).name.startswith("test_"), name
        contents = getattr(connection, "_test_serialized_contents", None)
        if contents:
            restore_database({alias: contents})
        saved[alias] = contents or connection.creation.serialize_db_to_string()
    return saved


def restore_database(saved):
    for alias, contents in saved.items():
        connection = connections[alias]
        # As TransactionTestCase does: the saved rows include the content types post_migrate would make.
        call_command("flush", database=alias, interactive=False, verbosity=0, inhibit_post_migrate=True)
        connection.creation.deserialize_db_from_string(contents)
        # flush restarted every id sequence at 1, but the saved rows keep their ids: move the sequences past
        # them, or the next row created (the demo's pages, a later test's) collides with one of them.
        # (PostgreSQL's sequences; SQLite's follow the largest id inserted, and this finds nothing to do.)
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True)):
                cursor.execute(sql)


def load_fixed_demo():
    """The demo site, its upcoming events moved to fixed days so that no picture changes with the date."""
    from news.models import EventPage

    call_command("load_demo", stdout=io.StringIO())
    today = timezone.localdate()
    midnight = datetime.datetime.combine(today, datetime.time(), tzinfo=timezone.get_current_timezone())
    for event in EventPage.objects.filter(start__gte=midnight):
        shift = FIXED_TODAY - midnight
        changes = {"start": event.start + shift, "end": event.end + shift if event.end else None}
        if event.registration_deadline:
            changes["registration_deadline"] = event.registration_deadline + shift
        EventPage.objects.filter(pk=event.pk).update(**changes)


def start_server():
    server = LiveServerThread("localhost", StaticFilesHandler, port=0)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    if server.error:
        raise server.error
    return server


def settle(page):
    page.evaluate(SETTLE_SCRIPT)


def reduced(png):
    image = Image.open(io.BytesIO(png)).convert("RGB")
    image = image.resize((round(image.width * SCALE), round(image.height * SCALE)), Image.Resampling.LANCZOS)
    return image.quantize(colors=COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)


def compare_with_baseline(name, png):
    """None when the screenshot matches its baseline (or the baseline was just written), else why not."""
    actual = reduced(png)
    baseline_path = BASELINES / f"{name}.png"
    if UPDATE or not baseline_path.exists():
        if not UPDATE:
            return f"no baseline {baseline_path.name}: run `make visual-baselines` and commit it"
        BASELINES.mkdir(exist_ok=True)
        actual.save(baseline_path, optimize=True)
        return None
    baseline = Image.open(baseline_path).convert("RGB")
    actual_rgb = actual.convert("RGB")
    if baseline.size != actual_rgb.size:
        problem = f"{name}: size {actual_rgb.size} instead of {baseline.size}"
        save_artifacts(name, actual_rgb, None)
        return problem
    red, green, blue = ImageChops.difference(baseline, actual_rgb).split()
    largest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    mask = largest.point(lambda value: 255 if value > PIXEL_TOLERANCE else 0)
    share = mask.histogram()[255] / (mask.width * mask.height)
    if share > DIFFERENT_PIXELS_ALLOWED:
        save_artifacts(name, actual_rgb, mask)
        return f"{name}: {share:.2%} of the pixels differ (allowed {DIFFERENT_PIXELS_ALLOWED:.2%})"
    return None


def save_artifacts(name, actual, mask):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    actual.save(ARTIFACTS / f"{name}-actual.png")
    if mask is not None:
        mask.save(ARTIFACTS / f"{name}-difference.png")
