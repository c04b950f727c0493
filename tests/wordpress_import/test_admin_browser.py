"""Item 7 in a real browser: the upload form, its messages and a run's result page pass axe-core."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.test import Client
from playwright.sync_api import expect

from tests.browser_support import AXE_OPTIONS, chromium
from tests.wordpress_import.admin_support import uploads_zip
from tests.wordpress_import.conftest import empty_site
from tests.wordpress_import.exports import small_export, write_export
from wordpress_import.models import ImportRun

# Serialized rollback brings back the root page and default site that Wagtail's migrations create.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def assert_accessible(page):
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def test_upload_form_messages_and_result_page_have_no_accessibility_violations(
    live_server, superuser, tmp_path, monkeypatch
):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    empty_site()
    export, _uploads = write_export(tmp_path, small_export()[0])
    uploads = uploads_zip(tmp_path)
    not_a_zip = tmp_path / "kaputt.zip"
    not_a_zip.write_bytes(b"kein zip")
    client = Client()
    client.force_login(superuser)

    with chromium() as browser:
        context = browser.new_context(locale="de-DE")
        session = client.cookies["sessionid"].value
        context.add_cookies([{"name": "sessionid", "value": session, "url": live_server.url}])
        page = context.new_page()

        page.goto(f"{live_server.url}/admin/wordpress-import/")
        expect(page.get_by_label("Probelauf: alles prüfen, nichts speichern")).to_be_checked()
        assert_accessible(page)

        page.get_by_label("WordPress-Export (XML)").set_input_files(str(export))
        page.get_by_label("Uploads-Ordner als ZIP").set_input_files(str(not_a_zip))
        page.get_by_role("button", name="Import starten").click()
        expect(page.get_by_text("Die Datei ist kein lesbares ZIP-Archiv.")).to_be_visible()
        assert_accessible(page)

        page.get_by_label("WordPress-Export (XML)").set_input_files(str(export))
        page.get_by_label("Uploads-Ordner als ZIP").set_input_files(str(uploads))
        page.get_by_label("Importieren", exact=True).check()
        page.get_by_role("button", name="Import starten").click()
        # The immediate backend runs the task when the request's transaction commits.
        expect(page.locator("p[data-status]")).to_contain_text("Der Import ist fertig.")
        expect(page.get_by_role("cell", name="angelegt 3")).to_be_visible()
        assert_accessible(page)
        with page.expect_download() as download:
            page.get_by_role("link", name="Alte → neue Adressen (CSV)").click()
        filename = download.value.suggested_filename
        assert download.value.path().read_text().startswith("old_url,new_url,kind,wordpress_id")

        page.goto(f"{live_server.url}/admin/wordpress-import/")
        assert_accessible(page)
    # Outside Playwright's event loop: the ORM uses the test's own connection again.
    assert filename == f"wordpress-redirects-{ImportRun.objects.get().pk}.csv"
