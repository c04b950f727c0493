"""The translation report and the page's translation status in a real browser, with axe-core."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.test import Client
from playwright.sync_api import expect, sync_playwright

from tests.browser_support import AXE_OPTIONS, CHROMIUM, CHROMIUM_ARGS

# Serialized rollback brings back the root page and default site that Wagtail's migrations create.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def admin_page(site_tree, superuser, live_server, browser, monkeypatch):
    """A browser tab logged in to the admin as a superuser, over the live server."""
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    client = Client()
    client.force_login(superuser)
    context = browser.new_context(locale="de-DE")
    context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}])
    page = context.new_page()
    yield page
    context.close()


def assert_accessible(page):
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def test_the_report_filters_and_has_no_accessibility_violations(admin_page, live_server, site_tree):
    response = admin_page.goto(f"{live_server.url}/admin/reports/translations/")
    assert response.status == 200
    expect(
        admin_page.locator('.translation-counts__language[data-language="fr"] [data-status="missing"]')
    ).to_contain_text("4")
    assert_accessible(admin_page)

    admin_page.goto(f"{live_server.url}/admin/reports/translations/?language=fr&status=missing")
    expect(admin_page.locator("#listing-results table tbody tr")).to_have_count(4)
    assert_accessible(admin_page)


def test_the_status_page_has_no_accessibility_violations(admin_page, live_server, site_tree):
    site_tree.mobility.intro_de = "Täglich über die Grenze zur Arbeit."
    site_tree.mobility.save()

    admin_page.goto(f"{live_server.url}/admin/translations/page/{site_tree.mobility.pk}/")
    expect(admin_page.locator('[data-language="en"] del')).to_have_count(1)
    assert_accessible(admin_page)

    admin_page.get_by_role("button", name="Übersetzung (Englisch) geprüft, noch richtig").click()
    expect(admin_page.locator('[data-language="en"] del')).to_have_count(0)
