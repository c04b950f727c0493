"""The library in a real browser: no axe-core violations, filters without JavaScript, downloads that work."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import translation
from playwright.sync_api import expect

from tests.browser_support import AXE_OPTIONS

# Serialized rollback brings back the root page and default site that Wagtail's migrations create.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def browser_site(library, live_server, monkeypatch):
    """The library served by a live server; Playwright's event loop needs the ORM let through."""
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    return library


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


@pytest.mark.parametrize(
    ("name", "language"),
    [("index", "de"), ("index", "fr"), ("monitoring", "en"), ("monitoring", "de"), ("convention", "nl")],
)
def test_library_pages_have_no_accessibility_violations(browser_site, live_server, browser, name, language):
    page = browser.new_page()
    response = page.goto(live_server.url + url_in(getattr(browser_site, name), language))
    assert response.status == 200
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def test_filters_work_without_javascript(browser_site, live_server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/de/veroeffentlichungen/")
    expect(page.locator(".publication-card")).to_have_count(4)

    page.get_by_label("Art").select_option(label="Stellungnahme")
    page.get_by_label("Jahr").select_option("2017")
    page.get_by_role("button", name="Filtern").click()

    assert "type=statement" in page.url and "year=2017" in page.url
    expect(page.locator(".publication-card__title")).to_have_text(["Europäische grenzüberschreitende Konvention"])
    page.get_by_role("link", name="Alle Filter zurücksetzen").click()
    expect(page.locator(".publication-card")).to_have_count(4)
    context.close()


def test_the_download_link_delivers_the_pdf(browser_site, live_server, browser):
    page = browser.new_page()
    page.goto(live_server.url + url_in(browser_site.monitoring, "de"))
    link = page.get_by_role("link", name="Volltext (Deutsch)")
    expect(page.locator(".publication-downloads__meta").first).to_contain_text("24 Seiten")

    response = page.request.get(live_server.url + link.get_attribute("href"))

    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.body().startswith(b"%PDF-")
