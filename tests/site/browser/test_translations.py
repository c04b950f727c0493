"""The translation report and the page's translation status in a real browser, with axe-core."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.test import Client
from playwright.sync_api import expect

from imeg.translations import xliff
from tests.browser_support import AXE_OPTIONS
from tests.imeg.translations.xliff_support import translate

# Serialized rollback brings back the root page and default site that Wagtail's migrations create.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def admin_page(site_tree, superuser, live_server, browser):
    """A browser tab logged in to the admin (German) as a superuser, over the live server."""
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


def test_language_toggles_say_their_state_and_keep_it_after_saving(admin_page, live_server, site_tree):
    admin_page.goto(f"{live_server.url}/admin/pages/{site_tree.mobility.pk}/edit/")
    english = admin_page.get_by_role("button", name="Englisch (en)")
    expect(english).to_have_attribute("aria-pressed", "false")

    english.click()
    expect(english).to_have_attribute("aria-pressed", "true")
    assert_accessible_within(admin_page, ".locale-picker")

    admin_page.get_by_role("button", name="Entwurf speichern").click()
    expect(admin_page.get_by_role("button", name="Englisch (en)")).to_have_attribute("aria-pressed", "true")


def assert_accessible_within(page, selector):
    results = Axe().run(page, context=selector, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def test_the_import_of_many_pages_has_no_accessibility_violations(admin_page, live_server, site_tree):
    pages = [site_tree.mobility, site_tree.goals]
    data = translate(xliff.export_pages(pages, "nl"), prefix="[nl] ")
    data = data.replace(f'original="page/{site_tree.goals.pk}"'.encode(), b'original="page/999999"')

    admin_page.goto(f"{live_server.url}/admin/reports/translations/")
    admin_page.get_by_role("button", name="Aktionen").click()
    admin_page.get_by_role("link", name="XLIFF importieren").click()
    expect(admin_page.get_by_role("heading", name="XLIFF mehrerer Seiten importieren")).to_be_visible()
    assert_accessible(admin_page)

    admin_page.get_by_label("XLIFF-Datei").set_input_files(
        {"name": "agentur-nl.xlf", "mimeType": "application/xliff+xml", "buffer": data}
    )
    admin_page.get_by_role("button", name="Importieren").click()

    expect(admin_page.locator(f'section[data-original="page/{site_tree.mobility.pk}"]')).to_have_attribute(
        "data-outcome", "imported"
    )
    expect(admin_page.locator('section[data-original="page/999999"]')).to_contain_text(
        "gibt es auf dieser Website nicht"
    )
    assert_accessible(admin_page)
