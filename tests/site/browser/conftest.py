"""A real Chromium (Debian's /usr/bin/chromium, driven by Playwright) against the live test server."""

import os
import time
from urllib.parse import urlsplit

import pytest
from django.db import connections
from playwright.sync_api import sync_playwright

from tests.browser_support import CHROMIUM, CHROMIUM_ARGS

# Playwright's sync API runs an event loop in the test thread; the ORM calls of fixtures are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

PHONE = {"width": 390, "height": 844}


def wait_for_chromium(seconds=300):
    """Chromium may still be being installed by apt when the suite starts."""
    deadline = time.monotonic() + seconds
    while not os.access(CHROMIUM, os.X_OK):
        if time.monotonic() > deadline:
            pytest.fail(f"{CHROMIUM} not found: apt-get install chromium")
        time.sleep(5)


@pytest.fixture(scope="package")
def browser(django_db_setup):
    """One Chromium for this package's tests; package-scoped so that other packages can start their own."""
    wait_for_chromium()
    serialized = {alias: getattr(connections[alias], "_test_serialized_contents", None) for alias in connections}
    with sync_playwright() as playwright:
        # From here on Playwright's event loop counts as running in this thread, so Django hands out
        # new connection objects (asgiref.local). They must keep the serialized test database, or
        # transactional tests no longer restore Wagtail's root page, default site and groups.
        for alias, contents in serialized.items():
            if contents is not None:
                connections[alias]._test_serialized_contents = contents
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
        # These connections become unreachable once the loop stops; left open, they would keep
        # PostgreSQL from dropping the test database.
        connections.close_all()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def phone_without_javascript(browser):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def live_site(site_tree, live_server):
    """The fixture tree served by the live server; its URLs point at the server's port."""
    address = urlsplit(live_server.url)
    site_tree.site.hostname = address.hostname
    site_tree.site.port = address.port
    site_tree.site.save()
    site_tree.url = live_server.url
    return site_tree
