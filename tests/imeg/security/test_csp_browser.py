"""SPEC §5 Security in a real browser: no CSP violation on any page type, and the admin still works under its CSP."""

import re

import pytest
from playwright.sync_api import expect

from imeg.models import ContentPage
from tests.regions.factories import HomeSlideFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Records what the browser reports for each blocked resource, inline script, style or eval.
LISTEN_FOR_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`
        + ` at ${event.sourceFile || event.documentURI}:${event.lineNumber}`);
});
"""
CSP_CONSOLE = re.compile(r"Content Security Policy|Content-Security-Policy|Refused to", re.IGNORECASE)
ADMIN_PASSWORD = "Redaktion-im-Browser-2026"


class ViolationWatch:
    """CSP violations of a Playwright page, from console messages and `securitypolicyviolation` events."""

    def __init__(self, browser_page):
        self.page = browser_page
        self.console = []
        browser_page.add_init_script(LISTEN_FOR_VIOLATIONS)
        browser_page.on("console", self._on_console)

    def _on_console(self, message):
        if CSP_CONSOLE.search(message.text):
            self.console.append(message.text)

    def collected(self):
        events = []
        for frame in self.page.frames:
            try:
                events += frame.evaluate("window.__cspViolations || []")
            except Exception:  # a frame that navigated away meanwhile has nothing left to report
                continue
        found, self.console = self.console + events, []
        return found


@pytest.fixture
def browser_pages(live_site, every_page):
    """Every page type on the live server, with the home page's region slider (its script runs)."""
    region_index = every_page.news.oberrhein.get_parent().specific
    HomeSlideFactory(page=region_index, region=every_page.news.oberrhein, sort_order=0)
    HomeSlideFactory(page=region_index, region=every_page.news.grossregion, sort_order=1)
    return every_page


def test_no_page_type_violates_the_content_security_policy(live_site, browser_pages, page):
    watch = ViolationWatch(page)
    urls = {label: url for label, url in browser_pages.urls.items() if "feed" not in label and "calendar" not in label}
    urls["404 page"] = "/de/gibt-es-nicht/"

    found = {}
    for label, url in urls.items():
        response = page.goto(live_site.url + url)
        assert response.status == (404 if label == "404 page" else 200), f"{label} {url}"
        assert response.headers["content-security-policy"], label
        page.wait_for_load_state("load")
        if violations := watch.collected():
            found[f"{label} {url}"] = violations

    assert not found, found


def test_the_page_scripts_run_under_the_policy(live_site, browser_pages, page):
    """The policy is not met by scripts that never ran: the slider and the phone menu work."""
    watch = ViolationWatch(page)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_site.url + "/de/")

    expect(page.locator("button[aria-controls=main-nav]")).to_have_attribute("aria-expanded", "false")
    expect(page.locator(".slider--enhanced")).to_have_count(1)
    status = page.locator("[data-slider-status]").inner_text()
    page.locator("[data-slider-next]").click()
    expect(page.locator("[data-slider-status]")).not_to_have_text(status)
    assert watch.collected() == []


def test_an_editor_creates_edits_previews_and_publishes_a_page_under_the_admin_policy(
    live_site,
    page,
    django_user_model,
    settings,
):
    # Wagtail 8 autosaves the new page's form in the background; a save at the same moment made a second page.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    django_user_model.objects.create_superuser(username="chefin", password=ADMIN_PASSWORD, email="c@example.org")
    watch = ViolationWatch(page)
    admin = live_site.url + "/admin/"

    page.goto(admin + "login/")
    page.fill("#id_username", "chefin")
    page.fill("#id_password", ADMIN_PASSWORD)
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(admin)

    page.goto(f"{admin}pages/add/imeg/contentpage/{live_site.home.pk}/")
    page.wait_for_load_state("networkidle")
    violations = watch.collected()
    assert not violations, "\n".join(violations)
    page.fill("#id_title_de", "Sicherheit im Browser")
    page.locator("#id_title_de").press("Tab")  # leaving the title fills in the slug, as for an editor
    page.get_by_role("button", name=re.compile("Entwurf speichern|Save draft")).click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/"))
    created = ContentPage.objects.get(pk=re.search(r"/pages/(\d+)/edit/", page.url)[1])
    assert ContentPage.objects.filter(title_de="Sicherheit im Browser").count() == 1

    page.fill("#id_title_de", "Sicherheit im Browser, bearbeitet")
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("Entwurf speichern|Save draft")).click()
    expect(page.locator("#id_title_de")).to_have_value("Sicherheit im Browser, bearbeitet")

    page.locator("[data-side-panel-toggle=preview]").click()
    preview = page.frame_locator("#w-preview-iframe")
    # The preview renders the page (in the editor's admin language) inside the admin's policy.
    expect(preview.locator("h1")).to_contain_text("Sicherheit im Browser", timeout=30_000)

    page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    with page.expect_navigation():
        page.locator("button[name=action-publish]").click()
    errors = [" ".join(text.split()) for text in page.locator(".w-field--error, .error-message").all_text_contents()]
    assert re.search(r"/admin/pages/\d+/$", page.url), errors

    created.refresh_from_db()
    assert created.live
    assert created.title_de == "Sicherheit im Browser, bearbeitet"
    assert watch.collected() == []
