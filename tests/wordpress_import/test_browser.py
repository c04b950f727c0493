"""Imported pages in a real browser: no axe-core violations, in German and as the German fallback."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser_support import AXE_OPTIONS, chromium
from tests.wordpress_import.conftest import empty_site, run_import
from tests.wordpress_import.exports import IMEG_MAP, imeg_export, write_export

# Serialized rollback brings back the root page and default site that Wagtail's migrations create.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

IMPORTED_PAGES = [
    "/de/initiativkreis/",
    "/de/initiativkreis/hintergrund/",
    "/de/metropolitane-grenzregionen/grenz%C3%BCberschreitende-r%C3%A4ume/",
    "/de/aktuelles/positionspapier-raumbeobachtung/",
    "/de/aktivitaeten-themen/veranstaltungen/grenzraeume-verbindungsraeume/",
    "/de/veroeffentlichungen/raumbeobachtung/",
    "/en/initiativkreis/",
]


def test_imported_pages_have_no_accessibility_violations(live_server, tmp_path, monkeypatch, settings):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    settings.MEDIA_ROOT = tmp_path / "media"
    empty_site()
    xml, files = imeg_export()
    export, uploads = write_export(tmp_path, xml, files)
    (tmp_path / "map.toml").write_text(IMEG_MAP, encoding="utf-8")
    run_import(export, "--uploads", str(uploads), "--map", str(tmp_path / "map.toml"), folder=tmp_path)

    with chromium() as browser:
        page = browser.new_page()
        for path in IMPORTED_PAGES:
            response = page.goto(live_server.url + path)
            assert response.status == 200, path
            results = Axe().run(page, options=AXE_OPTIONS)
            assert results.violations_count == 0, f"{path}: {results.generate_report()}"
