"""SPEC §5 Accessibility: zero axe-core violations (WCAG 2.1 A and AA) in a real browser."""

import io
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from wagtail.models import Site

from tests.browser_support import AXE_OPTIONS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PAGES = {
    ("home", "de"): "/de/",
    ("home", "en"): "/en/",
    ("home", "fr"): "/fr/",
    ("home", "nl"): "/nl/",
    ("content", "de"): "/de/initiativkreis/",
    ("content", "en"): "/en/network/",
    ("content", "fr"): "/fr/reseau/",
    ("content", "nl"): "/nl/netwerk/",
    ("untranslated content", "fr"): "/fr/reseau/hintergrund/",
    ("topic", "en"): "/en/activities-topics/topics/mobility/",
    ("contact form", "de"): "/de/kontakt/",
}


@pytest.mark.parametrize(("page_type", "language"), PAGES, ids=[f"{t}-{lang}" for t, lang in PAGES])
def test_page_has_no_accessibility_violations(live_site, page, page_type, language):
    response = page.goto(live_site.url + PAGES[page_type, language])
    assert response.status == 200

    results = Axe().run(page, options=AXE_OPTIONS)

    assert results.violations_count == 0, results.generate_report()


def test_demo_home_page_has_no_accessibility_violations_in_any_language(live_server, page, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo", stdout=io.StringIO())
    site = Site.objects.get(is_default_site=True)
    site.port = urlsplit(live_server.url).port
    site.save()

    for language in ("de", "en", "fr", "nl"):
        assert page.goto(f"{live_server.url}/{language}/").status == 200
        results = Axe().run(page, options=AXE_OPTIONS)
        assert results.violations_count == 0, f"/{language}/: {results.generate_report()}"
