"""What every browser test shares: Debian's Chromium, how to start it here, and the axe-core rules."""

from contextlib import contextmanager

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium keeps calling hosts this machine cannot reach.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# SPEC §5: WCAG 2.1 A and AA.
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}


@contextmanager
def chromium():
    """Debian's Chromium started by Playwright (headless), closed on the way out."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


# Transitions and finite animations still running (an infinite spinner never ends, so it does not count).
RUNNING_ANIMATIONS = """() => document.getAnimations().every(
    (animation) => animation.playState !== "running" || animation.effect.getComputedTiming().iterations === Infinity
)"""


def settle(page, timeout=5000):
    """Wait until the page's transitions have ended: axe measures colours as they are at that moment, and a
    message fading in (Wagtail's, 0.5 s) is mixed with the background until it has."""
    page.wait_for_function(RUNNING_ANIMATIONS, timeout=timeout)
