"""Issue 12, defect 6: the main page types look as approved at 390, 1280 and 1536 px, and the layout
faults seen on the demo site stay fixed (menu in one row, cards aligned, no empty grid column,
slider counter on one line, event facts stacked on phones), plus the home page's hero.

One demo site, one server and one Chromium for the whole module: the demo is built once (with its
upcoming events on fixed days, tests/site/browser/visual.py) and the database is put back afterwards.
Baselines: tests/site/browser/visual_baselines/, renewed with `make visual-baselines`.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.test import override_settings
from wagtail.models import Site

from tests.browser_support import AXE_OPTIONS
from tests.site.browser import visual

# The tests' own transactions (django_db) leave the module's demo site alone: it is committed before
# them, and the server thread sees only committed data.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

WIDTHS = {"phone": 390, "laptop": 1280, "desktop": 1536}
PAGES = {
    "home": "/de/",
    "content": "/de/initiativkreis/ziele/",
    "news-list": "/de/aktuelles/",
    "news": "/de/aktuelles/grenzraumakademie-berlin/",
    "event": "/de/aktivitaeten-themen/veranstaltungen/jahrestreffen/",
    "region": "/de/metropolitane-grenzregionen/imeg-regionen/grossregion/",
    "library": "/de/veroeffentlichungen/",
    "publication": "/de/veroeffentlichungen/krisenfestigkeit-von-grenzregionen-2023/",
}
REGION_WITH_TWO_NEWS = PAGES["region"]


@pytest.fixture(scope="module")
def demo_media(tmp_path_factory):
    return tmp_path_factory.mktemp("visual-media")


@pytest.fixture(scope="module")
def demo_url(browser, django_db_setup, django_db_blocker, demo_media):
    """The demo site served by a live server of this module; the database as it was afterwards."""
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=demo_media, DEBUG=False):
        saved = visual.saved_database()
        visual.load_fixed_demo()
        server = visual.start_server()
        site = Site.objects.get(is_default_site=True)
        site.hostname, site.port = "localhost", server.port
        site.save()
        try:
            yield f"http://localhost:{server.port}"
        finally:
            server.terminate()
            visual.restore_database(saved)


@pytest.fixture(autouse=True)
def _demo_media(settings, demo_media):
    """Each test gets its own MEDIA_ROOT (tests/conftest.py); here the server must keep the demo's."""
    settings.MEDIA_ROOT = demo_media


@pytest.fixture
def open_page(browser, demo_url):
    """open_page(path, width): a settled page of the demo site in a window `width` px wide."""
    contexts = []

    def open_page(path, width):
        phone = width < 600
        context = browser.new_context(
            viewport={"width": width, "height": 844 if phone else 900},
            is_mobile=phone,
            has_touch=phone,
            reduced_motion="reduce",
        )
        contexts.append(context)
        page = context.new_page()
        response = page.goto(demo_url + path)
        assert response.status == 200, path
        visual.settle(page)
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.mark.parametrize("width_name", WIDTHS)
@pytest.mark.parametrize("page_name", PAGES)
def test_page_looks_as_approved(open_page, page_name, width_name):
    page = open_page(PAGES[page_name], WIDTHS[width_name])

    png = page.screenshot(full_page=True, animations="disabled", caret="hide")

    problem = visual.compare_with_baseline(f"{page_name}-{WIDTHS[width_name]}", png)
    assert problem is None, problem


def tops(page, selector):
    return page.eval_on_selector_all(selector, "(elements) => elements.map((e) => e.getBoundingClientRect().top)")


@pytest.mark.parametrize("width", [1280, 1536])
@pytest.mark.parametrize("language", ["de", "fr", "en", "nl"])
def test_main_menu_is_one_row(open_page, language, width):
    page = open_page(f"/{language}/", width)

    rows = set(page.eval_on_selector_all(".main-nav__item", "(items) => items.map((item) => item.offsetTop)"))

    assert len(rows) == 1, f"/{language}/ at {width} px: menu rows start at {sorted(rows)}"


@pytest.mark.parametrize("width", [1280, 1536])
def test_member_region_cards_line_up(open_page, width):
    page = open_page("/de/", width)

    card_tops = tops(page, ".region-cards > li")

    assert len(card_tops) == 4
    assert len(set(card_tops)) == 1, card_tops


@pytest.mark.parametrize("width", [1280, 1536])
def test_news_titles_start_at_the_same_height_with_and_without_pictures(open_page, width):
    page = open_page("/de/", width)

    assert page.locator(".news-list--grid .news-card__image").count() < page.locator(".news-card").count()
    title_tops = tops(page, ".news-list--grid .news-card__title")

    assert len(title_tops) == 3
    assert len(set(title_tops)) == 1, title_tops


def test_news_list_titles_line_up_with_and_without_pictures(open_page):
    page = open_page("/de/aktuelles/", 1280)

    lefts = page.eval_on_selector_all(".news-card__title", "(ts) => ts.map((t) => t.getBoundingClientRect().left)")

    assert len(lefts) > 3
    assert len(set(lefts)) == 1, lefts


@pytest.mark.parametrize("width", [1280, 1536])
def test_region_news_grid_leaves_no_column_empty(open_page, width):
    page = open_page(REGION_WITH_TWO_NEWS, width)
    grid = page.locator(".news-list--grid").first

    # Collapsed auto-fit tracks count as 0px: only columns with width take up room.
    columns = grid.evaluate(
        "(grid) => getComputedStyle(grid).gridTemplateColumns.split(' ').filter((t) => parseFloat(t) > 0).length"
    )
    items = grid.locator(":scope > li").count()

    assert items == 2
    assert columns <= items


def test_slider_counter_stays_on_one_line_on_a_phone(open_page):
    page = open_page("/de/", 390)
    status = page.locator("[data-slider-status]")

    lines = status.evaluate(
        """(element) => {
            const range = document.createRange();
            range.selectNodeContents(element);
            return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        }"""
    )

    assert status.inner_text() == "1 von 4"
    assert lines == 1


def test_event_facts_stack_label_above_value_on_a_phone(open_page):
    page = open_page(PAGES["event"], 390)

    overlaps = page.eval_on_selector_all(
        ".event-facts__item",
        """(items) => items.filter((item) => {
            const label = item.querySelector("dt").getBoundingClientRect();
            const value = item.querySelector("dd").getBoundingClientRect();
            return value.top < label.bottom;
        }).length""",
    )

    assert page.locator(".event-facts__item").count() >= 4
    assert overlaps == 0


@pytest.mark.parametrize("width", [390, 1280])
def test_hero_controls_sit_on_the_first_picture(open_page, width):
    page = open_page("/de/", width)

    picture = page.locator("[data-slider-slide]").first.locator(".hero__media").bounding_box()
    controls = page.locator("[data-slider-controls]").bounding_box()

    assert picture["width"] == width
    assert picture["y"] <= controls["y"] and controls["y"] + controls["height"] <= picture["y"] + picture["height"]
    assert picture["x"] <= controls["x"] and controls["x"] + controls["width"] <= picture["x"] + picture["width"]


def test_hero_region_name_leads_to_the_region_page(open_page):
    page = open_page("/de/", 1280)

    page.locator("[data-slider-next]").click()
    page.locator("[data-slider-slide]:not([hidden]) .hero__link").click()

    assert page.locator("h1").inner_text() == "Großregion"


@pytest.mark.parametrize("width", [390, 1280])
def test_hero_has_no_accessibility_violations(open_page, width):
    page = open_page("/de/", width)

    first = Axe().run(page, context=".hero", options=AXE_OPTIONS)
    page.locator("[data-slider-next]").click()
    second = Axe().run(page, context=".hero", options=AXE_OPTIONS)

    assert first.violations_count == 0, first.generate_report()
    assert second.violations_count == 0, second.generate_report()
