"""SPEC §4 Navigation: the main menu on a phone works by keyboard and without JavaScript."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def tab_to(page, selector, limit=30):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(selector) => document.activeElement.matches(selector)", selector):
            return page.locator(selector)
    raise AssertionError(f"{selector} is not reachable with Tab")


def test_menu_button_opens_the_menu_from_the_keyboard(live_site, phone):
    phone.goto(live_site.url + "/de/")
    nav_link = phone.locator("#main-nav a.main-nav__link").first
    assert nav_link.is_hidden()

    button = tab_to(phone, "button.menu-toggle")
    assert button.get_attribute("aria-expanded") == "false"
    phone.keyboard.press("Enter")

    assert button.get_attribute("aria-expanded") == "true"
    assert nav_link.is_visible()


def test_escape_closes_the_menu_and_returns_focus_to_its_button(live_site, phone):
    phone.goto(live_site.url + "/de/")
    button = tab_to(phone, "button.menu-toggle")
    phone.keyboard.press("Enter")

    phone.keyboard.press("Escape")

    assert button.get_attribute("aria-expanded") == "false"
    assert phone.locator("#main-nav a.main-nav__link").first.is_hidden()
    assert phone.evaluate("document.activeElement.matches('button.menu-toggle')")


def test_menu_link_shows_the_menu_without_javascript(live_site, phone_without_javascript):
    page = phone_without_javascript
    page.goto(live_site.url + "/de/")
    nav_link = page.locator("#main-nav a.main-nav__link").first
    assert nav_link.is_hidden()

    page.get_by_role("link", name="Menü", exact=True).click()

    assert page.url.endswith("#main-nav")
    assert nav_link.is_visible()


def test_skip_link_is_the_first_stop_and_leads_to_the_content(live_site, page):
    page.goto(live_site.url + "/en/network/")

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.matches('a.skip-link')")
    assert page.locator("a.skip-link").is_visible()
    page.keyboard.press("Enter")

    assert page.evaluate("document.activeElement.id") == "main"


def test_language_switcher_leads_to_the_translated_page(live_site, page):
    page.goto(live_site.url + "/de/kontakt/")

    page.locator('.language-switcher a[hreflang="en"]').click()

    assert page.url == live_site.url + "/en/contact/"
    assert page.locator("h1").inner_text() == "Contact"
