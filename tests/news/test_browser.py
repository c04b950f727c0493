"""News and events in a real browser: no axe-core violations, filters that work without JavaScript."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import translation
from playwright.sync_api import expect

from tests.browser_support import AXE_OPTIONS

# Serialized rollback brings back the root page and default site that Wagtail's migrations create.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def browser_site(news_tree, live_server, monkeypatch):
    """The news fixture tree served by a live server; Playwright's event loop needs the ORM let through."""
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    return news_tree


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("news_index", "de"),
        ("academy", "en"),
        ("karlsruhe", "fr"),
        ("event_index", "nl"),
        ("upcoming", "de"),
        ("cancelled", "en"),
        ("luxembourg", "fr"),
    ],
)
def test_news_and_event_pages_have_no_accessibility_violations(browser_site, live_server, browser, name, language):
    page = browser.new_page()
    response = page.goto(live_server.url + url_in(getattr(browser_site, name), language))
    assert response.status == 200
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def test_filters_work_without_javascript(browser_site, live_server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/de/aktuelles/")
    expect(page.locator(".news-card")).to_have_count(4)

    page.get_by_label("Thema").select_option(label="Raumbeobachtung")
    page.get_by_label("Jahr").select_option("2018")
    page.get_by_role("button", name="Filtern").click()

    assert f"topic={browser_site.tree.monitoring.pk}" in page.url and "year=2018" in page.url
    expect(page.locator(".news-card")).to_have_count(1)
    expect(page.locator(".news-card__title")).to_have_text("Workshop in Karlsruhe")
    expect(page.get_by_label("Thema")).to_have_value(str(browser_site.tree.monitoring.pk))

    page.get_by_role("link", name="Alle Filter zurücksetzen").click()
    expect(page.locator(".news-card")).to_have_count(4)
    context.close()


def test_event_filter_shows_the_archive_without_javascript(browser_site, live_server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/activities-topics/events/")
    page.get_by_label("Period").select_option("past")
    page.get_by_role("button", name="Filter").click()
    assert "when=past" in page.url
    expect(page.locator(".event-card__title")).to_have_text(["Mobility and settlement", "Konferenz in Luxemburg"])
    context.close()
