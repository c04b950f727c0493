"""The editor's side of translations: the page's status with the German then and now, "reviewed", publishing."""

import pytest
from bs4 import BeautifulSoup

from imeg.translations.models import TranslationStatus
from tests.factories import ContentPageFactory
from tests.page_forms import edit_form_data, edit_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def page(site_tree):
    return ContentPageFactory(
        parent=site_tree.network,
        title_de="Satzung",
        title_en="Statutes",
        intro_de="Die Regeln des Netzwerks gelten für alle.",
        intro_en="The network's rules apply to everyone.",
    )


def status_page(client, page):
    response = client.get(f"/admin/translations/page/{page.pk}/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_the_status_page_shows_the_german_change_as_a_diff(admin_client, page):
    page.intro_de = "Die Regeln des Netzwerks gelten für alle Mitglieder."
    page.save()

    english = status_page(admin_client, page).select_one('[data-language="en"]')

    diff = english.select_one(".translation-status__diff")
    assert diff["lang"] == "de"
    assert [element.get_text() for element in diff.select("del")] == ["alle."]
    assert [element.get_text() for element in diff.select("ins")] == ["alle Mitglieder."]


def test_the_status_page_names_missing_units(admin_client, page):
    french = status_page(admin_client, page).select_one('[data-language="fr"]')

    assert "keinen Titel" in french.get_text()
    assert [item.get_text() for item in french.select("ul li")] == ["Titel", "Einleitung"]


def test_reviewed_marks_the_language_current_without_changing_text(admin_client, page):
    page.intro_de = "Die Regeln des Netzwerks gelten für alle Mitglieder."
    page.save()

    response = admin_client.post(f"/admin/translations/reviewed/{page.pk}/en/")

    assert response.status_code == 302
    assert TranslationStatus.objects.get(page=page, language="en").status == "current"
    page.refresh_from_db()
    assert page.intro_en == "The network's rules apply to everyone."


def test_reviewed_needs_a_post(admin_client, page):
    assert admin_client.get(f"/admin/translations/reviewed/{page.pk}/en/").status_code == 405


def test_publishing_an_incomplete_translation_warns_but_publishes(admin_client, page):
    data = edit_form_data(page, intro_en="", **{"action-publish": "action-publish"})

    response = admin_client.post(edit_url(page), data, follow=True)

    page.refresh_from_db()
    assert page.live and not page.has_unpublished_changes
    warnings = [message.message for message in response.context["messages"] if message.level_tag == "warning"]
    assert "Die Übersetzung (EN) ist unvollständig: Einleitung." in warnings


def test_the_page_header_links_to_status_and_xliff(admin_client, page):
    html = admin_client.get(edit_url(page)).content.decode()

    assert f"/admin/translations/page/{page.pk}/" in html
    assert f"/admin/translations/xliff/import/{page.pk}/" in html
