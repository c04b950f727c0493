"""A visitor searches from the header of any page and reads highlighted results, in a real browser."""

from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser_support import AXE_OPTIONS
from tests.imeg.search.conftest import build_site, requires_text_search

# Serialized rollback brings back the root page and default site that Wagtail's migrations create.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def live_search_site(live_server, monkeypatch):
    # Playwright's sync API runs an event loop in the test thread; the ORM calls stay synchronous.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    site = build_site()
    address = urlsplit(live_server.url)
    site.site.hostname, site.site.port = address.hostname, address.port
    site.site.save()
    return live_server.url


@requires_text_search
def test_a_visitor_searches_from_the_header_and_sees_highlighted_results(live_search_site, browser):
    page = browser.new_page()
    page.goto(f"{live_search_site}/fr/")

    page.get_by_role("searchbox").fill("région")  # the header's, the only one on the home page
    page.keyboard.press("Enter")

    expect(page).to_have_url(f"{live_search_site}/fr/recherche/?q=r%C3%A9gion")
    result = page.locator(".search-result")
    expect(result).to_have_count(1)
    expect(result.locator("mark").first).to_have_text("régions")
    expect(result.get_by_role("link")).to_have_attribute("href", "/fr/actualites/les-regions-frontalieres/")
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()

    result.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Les régions frontalières")


def test_the_empty_state_has_no_accessibility_violations(live_search_site, browser):
    page = browser.new_page()
    page.goto(f"{live_search_site}/de/suche/?q=Quarkspeise")

    expect(page.locator(".search-empty h2")).to_have_text("Keine Treffer für „Quarkspeise“")
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()
