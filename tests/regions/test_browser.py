"""What a visitor sees in a real browser: the region slider, keyboard use, no JavaScript, axe-core."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import translation
from playwright.sync_api import expect

# Serialized rollback brings back the root page and default site that Wagtail's migrations create.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LANGUAGES = ["de", "en", "fr", "nl"]


@pytest.fixture
def browser_site(regions_tree, live_server, monkeypatch):
    """The fixture tree served by a live server; Playwright's event loop needs the ORM let through."""
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    return regions_tree


def axe_violations(page, context=None):
    results = Axe().run(page, context=context)
    return [(item["id"], [node["target"] for node in item["nodes"]]) for item in results.response["violations"]]


def test_slider_shows_one_slide_and_never_moves_by_itself(browser_site, live_server, browser):
    page = browser.new_page()
    page.goto(f"{live_server.url}/de/")
    slides = page.locator("[data-slider-slide]")

    expect(slides.nth(0)).to_be_visible()
    expect(slides.nth(1)).to_be_hidden()
    expect(page.locator("[data-slider-status]")).to_have_text("1 von 2")
    page.wait_for_timeout(3000)
    expect(slides.nth(0)).to_be_visible()
    expect(slides.nth(1)).to_be_hidden()


def test_slider_has_carousel_semantics(browser_site, live_server, browser):
    page = browser.new_page()
    page.goto(f"{live_server.url}/de/")

    slider = page.locator("[data-slider]")
    expect(slider).to_have_attribute("aria-roledescription", "Karussell")
    first = page.locator("[data-slider-group]").first
    expect(first).to_have_attribute("role", "group")
    expect(first).to_have_attribute("aria-roledescription", "Folie")
    expect(first).to_have_attribute("aria-label", "1 von 2")
    expect(page.locator("[data-slider-viewport]")).to_have_attribute("aria-live", "polite")
    expect(page.locator("[data-slider-next]")).to_have_attribute("aria-controls", "slider-slides")


def test_slider_works_with_the_keyboard(browser_site, live_server, browser):
    page = browser.new_page()
    page.goto(f"{live_server.url}/de/")
    slides = page.locator("[data-slider-slide]")
    status = page.locator("[data-slider-status]")

    # Tab to the "next" button as a keyboard user would, then press Enter.
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.hasAttribute('data-slider-next')"):
            break
    else:
        pytest.fail("The next button cannot be reached with Tab")
    page.keyboard.press("Enter")
    expect(slides.nth(1)).to_be_visible()
    expect(slides.nth(0)).to_be_hidden()
    expect(status).to_have_text("2 von 2")

    page.keyboard.press("ArrowRight")  # wraps round to the first slide
    expect(slides.nth(0)).to_be_visible()
    page.keyboard.press("ArrowLeft")
    expect(slides.nth(1)).to_be_visible()
    assert page.evaluate("document.activeElement.hasAttribute('data-slider-previous')")
    page.keyboard.press("Space")
    expect(slides.nth(0)).to_be_visible()


def test_slider_without_javascript_is_a_list_of_all_slides(browser_site, live_server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/de/")

    slides = page.locator("[data-slider-slide]")
    expect(slides).to_have_count(2)
    expect(slides.nth(0)).to_be_visible()
    expect(slides.nth(1)).to_be_visible()
    expect(page.locator("[data-slider-controls]")).to_be_hidden()
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_region_components_have_no_axe_violations(browser_site, live_server, browser, language):
    with translation.override(language):
        urls = [f"/{language}/", browser_site.index.url, browser_site.oberrhein.url]
    page = browser.new_page()
    for url in urls:
        page.goto(f"{live_server.url}{url}")
        assert axe_violations(page) == [], url
