"""Editing comfort in a real browser: the handbook and the broken-links report without axe violations,
the admin home's shortcuts, and autosave that stays quiet after a manual save."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from imeg import handbook
from imeg.models import BrokenInternalLink, ContentPage, ExternalLink, LinkProblem
from tests.browser_support import AXE_OPTIONS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
PASSWORD = "Redaktion-im-Browser-2026"


@pytest.fixture
def signed_in(live_site, page, django_user_model):
    """The browser page, signed in to the admin as an editor-in-chief."""
    user = django_user_model.objects.create_superuser(username="chefin", password=PASSWORD, email="c@example.org")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "de"
    profile.save()
    admin = live_site.url + "/admin/"
    page.goto(admin + "login/")
    page.fill("#id_username", "chefin")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(admin)
    return page


def violations(page):
    results = Axe().run(page, options=AXE_OPTIONS)
    return [f"{rule['id']}: {[node['target'] for node in rule['nodes']]}" for rule in results.response["violations"]]


def test_the_handbook_is_reached_from_the_menu_and_has_no_axe_violations(live_site, signed_in):
    page = signed_in
    page.get_by_role("link", name="Handbuch", exact=True).click()
    expect(page.locator("h1")).to_contain_text("Handbuch für die Redaktion")
    assert violations(page) == []

    page.get_by_role("link", name=handbook.chapters()[0].title).click()
    expect(page.locator(".handbook h2").first).to_be_visible()
    assert violations(page) == []
    page.locator(".handbook").get_by_role("link", name="Bilder", exact=True).first.click()
    expect(page.locator(".handbook table")).to_be_visible()
    assert violations(page) == []


def test_the_broken_links_report_has_no_axe_violations(live_site, signed_in):
    BrokenInternalLink.objects.create(
        source_page=live_site.network,
        target_model="page",
        target_id="999",
        target_title="Alte Seite",
        problem=LinkProblem.PAGE_DELETED,
        field="Inhalt",
    )
    link = ExternalLink.objects.create(url="http://127.0.0.1:9/weg", broken=True, error="Connection refused")
    link.pages.add(live_site.goals)
    page = signed_in

    page.goto(live_site.url + reverse("imeg_broken_links"))

    expect(page.locator("h1")).to_contain_text("Defekte Links")
    expect(page.get_by_role("link", name="Initiativkreis")).to_be_visible()
    assert violations(page) == []


def test_the_admin_home_names_the_site_and_offers_shortcuts(live_site, signed_in):
    page = signed_in

    expect(page.locator("h1")).to_contain_text(live_site.settings.organisation_name)
    assert "Wagtail" not in page.title()


def edit_and_save_quickly(page, field, text):
    """Type, let autosave start, type again and save at once, as an editor in a hurry does."""
    page.fill(field, text + " …")
    page.wait_for_timeout(2500)  # Wagtail waits two seconds before it watches for changes
    page.fill(field, text)
    page.wait_for_timeout(550)  # an autosave is on its way or about to start
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("Entwurf speichern|Save draft")).click()
    page.wait_for_load_state("networkidle")


def test_saving_right_after_an_autosave_shows_no_error_and_keeps_one_page(live_site, signed_in):
    page = signed_in
    failed = []
    page.on("response", lambda response: failed.append(response.url) if response.status >= 400 else None)
    page.on("console", lambda message: failed.append(message.text) if message.type == "error" else None)

    page.goto(f"{live_site.url}/admin/pages/{live_site.goals.pk}/edit/")
    page.wait_for_load_state("networkidle")
    edit_and_save_quickly(page, "#id_title_de", "Ziele des Netzwerks")
    expect(page.locator("#id_title_de")).to_have_value("Ziele des Netzwerks")

    page.goto(f"{live_site.url}/admin/pages/add/imeg/contentpage/{live_site.home.pk}/")
    page.wait_for_load_state("networkidle")
    edit_and_save_quickly(page, "#id_title_de", "Neu im Netzwerk")

    assert failed == []
    assert ContentPage.objects.filter(title_de="Neu im Netzwerk").count() == 1
    assert page.locator(".messages .warning, .messages .error").count() == 0


def test_an_autosave_that_really_fails_is_shown_to_the_editor(live_site, signed_in):
    page = signed_in
    edit_url = f"{live_site.url}/admin/pages/{live_site.goals.pk}/edit/"

    def server_error_for_autosave(route):
        if route.request.method == "POST" and "application/json" in route.request.headers.get("accept", ""):
            route.fulfill(status=500, content_type="text/html", body="<h1>Server Error</h1>")
        else:
            route.continue_()

    page.route(edit_url, server_error_for_autosave)
    page.goto(edit_url)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(2500)
    page.fill("#id_title_de", "Ziele, geändert")

    warning = page.locator(".messages").get_by_text("Automatisches Speichern ist angehalten")
    expect(warning).to_be_visible(timeout=10_000)
    expect(page.locator("#id_title_de")).to_have_value("Ziele, geändert")
