"""The translation report and the page's translation status in a real browser, with axe-core."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.test import Client
from playwright.sync_api import expect

from imeg.translations import xliff
from tests.browser_support import AXE_OPTIONS, settle
from tests.imeg.translations.xliff_support import translate

# Serialized rollback brings back the root page and default site that Wagtail's migrations create.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def admin_page(site_tree, superuser, live_server, browser):
    """A browser tab logged in to the admin (German) as a superuser, over the live server."""
    client = Client()
    client.force_login(superuser)
    context = browser.new_context(locale="de-DE")
    context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}])
    page = context.new_page()
    yield page
    context.close()


def field_section(field):
    """The editor's section of a field. Its id holds the tab's heading in the language that was active when
    Wagtail first built the page type's edit handler in this process (it is cached), so not always German."""
    return f'[id^="panel-child-"][id$="-{field}-section"]'


def assert_accessible(page):
    settle(page)
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def test_the_report_filters_and_has_no_accessibility_violations(admin_page, live_server, site_tree):
    response = admin_page.goto(f"{live_server.url}/admin/reports/translations/")
    assert response.status == 200
    expect(
        admin_page.locator('.translation-counts__language[data-language="fr"] [data-status="missing"]')
    ).to_contain_text("4")
    assert_accessible(admin_page)

    admin_page.goto(f"{live_server.url}/admin/reports/translations/?language=fr&status=missing")
    expect(admin_page.locator("#listing-results table tbody tr")).to_have_count(4)
    assert_accessible(admin_page)


def test_the_status_page_has_no_accessibility_violations(admin_page, live_server, site_tree):
    site_tree.mobility.intro_de = "Täglich über die Grenze zur Arbeit."
    site_tree.mobility.save()

    admin_page.goto(f"{live_server.url}/admin/translations/page/{site_tree.mobility.pk}/")
    expect(admin_page.locator('[data-language="en"] del')).to_have_count(1)
    assert_accessible(admin_page)

    admin_page.get_by_role("button", name="Übersetzung (Englisch) geprüft, noch richtig").click()
    expect(admin_page.locator('[data-language="en"] del')).to_have_count(0)


def test_language_toggles_say_their_state_and_keep_it_after_saving(admin_page, live_server, site_tree):
    admin_page.goto(f"{live_server.url}/admin/pages/{site_tree.mobility.pk}/edit/")
    english = admin_page.get_by_role("button", name="Englisch (en)")
    expect(english).to_have_attribute("aria-pressed", "false")

    english.click()
    expect(english).to_have_attribute("aria-pressed", "true")
    assert_accessible_within(admin_page, ".locale-picker")

    admin_page.get_by_role("button", name="Entwurf speichern").click()
    expect(admin_page.get_by_role("button", name="Englisch (en)")).to_have_attribute("aria-pressed", "true")


def assert_accessible_within(page, selector):
    settle(page)
    results = Axe().run(page, context=selector, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def test_the_import_of_many_pages_has_no_accessibility_violations(admin_page, live_server, site_tree):
    pages = [site_tree.mobility, site_tree.goals]
    data = translate(xliff.export_pages(pages, "nl"), prefix="[nl] ")
    data = data.replace(f'original="page/{site_tree.goals.pk}"'.encode(), b'original="page/999999"')

    admin_page.goto(f"{live_server.url}/admin/reports/translations/")
    admin_page.get_by_role("button", name="Aktionen").click()
    admin_page.get_by_role("link", name="XLIFF importieren").click()
    expect(admin_page.get_by_role("heading", name="XLIFF mehrerer Seiten importieren")).to_be_visible()
    assert_accessible(admin_page)

    admin_page.get_by_label("XLIFF-Datei").set_input_files(
        {"name": "agentur-nl.xlf", "mimeType": "application/xliff+xml", "buffer": data}
    )
    admin_page.get_by_role("button", name="Importieren").click()

    expect(admin_page.locator(f'section[data-original="page/{site_tree.mobility.pk}"]')).to_have_attribute(
        "data-outcome", "imported"
    )
    expect(admin_page.locator('section[data-original="page/999999"]')).to_contain_text(
        "gibt es auf dieser Website nicht"
    )
    assert_accessible(admin_page)


def test_the_editor_shows_status_german_beside_and_copies_german(admin_page, live_server, site_tree):
    """The status panel in the editor, "reviewed" without leaving it, German beside English, copy German,
    and after saving the languages and the German beside are still shown."""
    site_tree.mobility.intro_de = "Täglich über die Grenze zur Arbeit."
    site_tree.mobility.save()
    admin_page.goto(f"{live_server.url}/admin/pages/{site_tree.mobility.pk}/edit/")

    panel = admin_page.locator("[data-translation-panel]")
    english = panel.locator('[data-language="en"]')
    expect(english).to_have_attribute("data-status", "outdated")
    english.get_by_text("Änderungen im deutschen Text seit der Übersetzung (Englisch)").click()
    expect(english.locator("del")).to_have_text("Über")
    expect(english.locator("ins")).to_have_text("Täglich über")
    assert_accessible_within(admin_page, "[data-translation-panel]")
    english.get_by_role("button", name="Übersetzung (Englisch) geprüft, noch richtig").click()
    expect(english).to_have_attribute("data-status", "current")
    expect(english.locator(".w-status")).to_have_text("aktuell")
    expect(admin_page).to_have_url(f"{live_server.url}/admin/pages/{site_tree.mobility.pk}/edit/")

    admin_page.get_by_role("button", name="Englisch (en)").click()
    beside = admin_page.get_by_role("button", name="Deutsch daneben zeigen")
    expect(beside).to_have_attribute("aria-pressed", "false")
    beside.click()
    expect(beside).to_have_attribute("aria-pressed", "true")
    intro = admin_page.locator(field_section("intro_en"))
    german = intro.locator(".translation-aid__german")
    expect(german).to_be_visible()
    expect(german.locator('[lang="de"]')).to_have_text("Täglich über die Grenze zur Arbeit.")
    expect(admin_page.locator(field_section("intro_fr"))).to_be_hidden()
    assert_accessible_within(admin_page, field_section("intro_en"))
    assert_accessible_within(admin_page, ".locale-picker")

    admin_page.once("dialog", lambda dialog: dialog.accept())
    intro.get_by_role("button", name="Deutschen Text übernehmen (Einleitung [en])").click()
    expect(admin_page.locator("#id_intro_en")).to_have_value("Täglich über die Grenze zur Arbeit.")

    admin_page.get_by_role("button", name="Entwurf speichern").click()
    expect(admin_page.get_by_role("button", name="Englisch (en)")).to_have_attribute("aria-pressed", "true")
    expect(admin_page.get_by_role("button", name="Deutsch daneben zeigen")).to_have_attribute("aria-pressed", "true")
    expect(admin_page.locator("#id_intro_en")).to_have_value("Täglich über die Grenze zur Arbeit.")
    expect(admin_page.locator(field_section("intro_en") + " .translation-aid__german")).to_be_visible()
    expect(admin_page.locator('[data-translation-panel] [data-language="en"]')).to_have_attribute(
        "data-status", "current"
    )
    assert_accessible(admin_page)


def test_copy_german_into_rich_text_keeps_its_formatting(admin_page, live_server, site_tree):
    contact = site_tree.contact
    contact.intro_de = '<p>Schreiben Sie der <a href="https://example.org/">Geschäftsstelle</a>.</p>'
    contact.save()
    admin_page.goto(f"{live_server.url}/admin/pages/{contact.pk}/edit/")

    admin_page.get_by_role("button", name="Niederländisch (nl)").click()
    intro = admin_page.locator(field_section("intro_nl"))
    intro.get_by_role("button", name="Deutschen Text übernehmen (Einleitung [nl])").click()
    expect(intro.locator(".DraftEditor-root")).to_contain_text("Schreiben Sie der Geschäftsstelle.")
    # The label and fields of the form's rows are translated; their type is one for all languages.
    expect(admin_page.locator("#id_form_fields-0-field_type")).to_have_accessible_description(
        re.compile("^In allen Sprachen gleich")
    )

    admin_page.get_by_role("button", name="Entwurf speichern").click()
    expect(admin_page.locator(".messages")).to_contain_text("wurde aktualisiert")
    contact.refresh_from_db()
    draft = contact.get_latest_revision_as_object()
    # Draftail numbers its paragraphs (data-block-key); the text and the link are the German ones.
    assert re.sub(r' data-block-key="\w+"', "", draft.intro_nl) == (
        '<p>Schreiben Sie der <a href="https://example.org/">Geschäftsstelle</a>.</p>'
    )


def test_a_streamfield_shows_its_german_text_and_copies_it(admin_page, live_server, site_tree):
    imprint = site_tree.imprint
    imprint.body_de = [("paragraph", "<p>Verantwortlich ist die Geschäftsstelle.</p>")]
    imprint.save()
    admin_page.goto(f"{live_server.url}/admin/pages/{imprint.pk}/edit/")

    admin_page.get_by_role("button", name="Englisch (en)").click()
    admin_page.get_by_role("button", name="Deutsch daneben zeigen").click()
    body = admin_page.locator(field_section("body_en"))
    body.get_by_text("Deutscher Text dieses Felds").click()
    expect(body.locator('.translation-aid__text[lang="de"]')).to_have_text("Verantwortlich ist die Geschäftsstelle.")

    body.get_by_role("button", name="Deutschen Text übernehmen (Inhalt [en])").click()
    expect(body.locator(".DraftEditor-root")).to_contain_text("Verantwortlich ist die Geschäftsstelle.")
    expect(body.locator("[data-translation-aid]")).to_have_count(1)
    # Only what this site adds: Wagtail's rich text blocks inside a StreamField have no accessible name
    # (axe: aria-input-field-name), in German as in any other language.
    assert_accessible_within(admin_page, field_section("body_en") + " [data-translation-aid]")

    admin_page.get_by_role("button", name="Entwurf speichern").click()
    expect(admin_page.locator(".messages")).to_contain_text("wurde aktualisiert")
    imprint.refresh_from_db()
    draft = imprint.get_latest_revision_as_object()
    assert [block.block_type for block in draft.body_en] == ["paragraph"]
    assert "Verantwortlich ist die Geschäftsstelle." in str(draft.body_en[0].value)
