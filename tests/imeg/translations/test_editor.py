"""The editor's side of translations: the page's status with the German then and now, "reviewed", publishing."""

import pytest
from bs4 import BeautifulSoup
from wagtail.users.models import UserProfile

from imeg.translations.models import TranslationStatus
from imeg.translations.panels import editor_languages
from tests.factories import ContentPageFactory, FormFieldFactory
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


def admin_html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def status_page(client, page):
    return admin_html(client, f"/admin/translations/page/{page.pk}/")


def edit_form(client, page):
    return admin_html(client, edit_url(page))


def change_the_german_intro(page):
    """The German intro gains a word after the English was made from it: English is outdated."""
    page.intro_de = "Die Regeln des Netzwerks gelten für alle Mitglieder."
    page.save()


def test_the_status_page_shows_the_german_change_as_a_diff(admin_client, page):
    change_the_german_intro(page)

    english = status_page(admin_client, page).select_one('[data-language="en"]')

    assert_intro_diff(english)


def assert_intro_diff(language):
    """The German intro then ("… für alle.") and now ("… für alle Mitglieder."), word by word."""
    diff = language.select_one(".translation-status__diff")
    assert diff["lang"] == "de"
    assert [element.get_text() for element in diff.select("del")] == ["alle."]
    assert [element.get_text() for element in diff.select("ins")] == ["alle Mitglieder."]


def test_the_status_page_names_missing_units(admin_client, page):
    french = status_page(admin_client, page).select_one('[data-language="fr"]')

    assert "keinen Titel" in french.get_text()
    assert [item.get_text() for item in french.select("ul li")] == ["Titel", "Einleitung"]


def test_reviewed_marks_the_language_current_without_changing_text(admin_client, page):
    change_the_german_intro(page)

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


# The status panel inside the page editor, the fields' marks and the titles' required state.


def test_the_editor_shows_each_languages_status_with_the_german_changes(admin_client, page):
    change_the_german_intro(page)

    panel = edit_form(admin_client, page).select_one("[data-translation-panel]")

    english = panel.select_one('[data-language="en"]')
    assert english["data-status"] == "outdated"
    assert "Veraltet: Einleitung" in " ".join(english.get_text().split())
    assert_intro_diff(english)
    reviewed = english.select_one("button[data-translation-reviewed]")
    assert reviewed["formaction"] == f"/admin/translations/reviewed/{page.pk}/en/?next=/admin/pages/{page.pk}/edit/"
    assert reviewed["formmethod"] == "post"
    french = panel.select_one('[data-language="fr"]')
    assert french["data-status"] == "missing"
    assert "Fehlt: Titel, Einleitung" in " ".join(french.get_text().split())
    assert french.select("button") == []
    assert panel.select_one(f'a[href="/admin/translations/page/{page.pk}/"]')


def test_the_panel_reads_stored_rows_only(page, django_assert_max_num_queries):
    change_the_german_intro(page)

    with django_assert_max_num_queries(2):
        languages = editor_languages(page)

    assert [(language["code"], str(language["status"].label)) for language in languages] == [
        ("en", "veraltet"),
        ("fr", "fehlt"),
        ("nl", "fehlt"),
    ]


def test_a_new_page_has_no_status_panel(admin_client, site_tree):
    response = admin_client.get(f"/admin/pages/add/imeg/contentpage/{site_tree.network.pk}/")

    assert response.status_code == 200
    assert b"data-translation-panel" not in response.content


def test_reviewed_from_the_editor_goes_back_to_the_editor(admin_client, page):
    change_the_german_intro(page)

    response = admin_client.post(f"/admin/translations/reviewed/{page.pk}/en/?next={edit_url(page)}")

    assert response.status_code == 302
    assert response["Location"] == edit_url(page)
    assert TranslationStatus.objects.get(page=page, language="en").status == "current"


def test_reviewed_never_redirects_to_another_site(admin_client, page):
    response = admin_client.post(f"/admin/translations/reviewed/{page.pk}/en/?next=https://example.org/")

    assert response["Location"] == f"/admin/translations/page/{page.pk}/"


def test_reviewed_in_the_background_answers_with_the_new_status(admin_client, page):
    change_the_german_intro(page)

    response = admin_client.post(f"/admin/translations/reviewed/{page.pk}/en/", headers={"Accept": "application/json"})

    assert response.status_code == 200
    assert response.json() == {
        "status": "current",
        "label": "aktuell",
        "message": "Die Übersetzung ist als geprüft und aktuell vermerkt.",
    }


def test_only_the_german_title_is_required(admin_client, page):
    form = edit_form(admin_client, page)

    german = form.select_one("#id_title_de")
    assert german.has_attr("required")
    assert form.select_one("#id_title_de-label .w-required-mark")
    for code in ("en", "fr", "nl"):
        title = form.select_one(f"#id_title_{code}")
        assert not title.has_attr("required")
        assert "*" not in title["placeholder"]
        assert not form.select_one(f"#id_title_{code}-label .w-required-mark")
        assert not form.select_one(f"#id_slug_{code}").has_attr("required")


def shared_mark(form, field_id):
    help_id = form.select_one(f"#{field_id}").get("aria-describedby")
    return form.select_one(f"#{help_id} .translation-shared") if help_id else None


def test_fields_shared_by_every_language_are_marked(admin_client, page):
    form = edit_form(admin_client, page)

    assert shared_mark(form, "id_image").get_text() == "In allen Sprachen gleich"
    for translated in ("id_title_de", "id_title_en", "id_intro_de", "id_intro_en"):
        assert shared_mark(form, translated) is None


def test_child_rows_mark_their_shared_fields(admin_client, site_tree):
    field = FormFieldFactory(page=site_tree.contact, label_de="Name")
    form = edit_form(admin_client, field.page)

    assert shared_mark(form, "id_form_fields-0-field_type")
    assert not shared_mark(form, "id_form_fields-0-label_en")
    # Rows added in the editor are copies of this template.
    template = form.select_one("#id_form_fields-EMPTY_FORM_TEMPLATE").get_text()
    assert "In allen Sprachen gleich" in template


def test_the_shared_mark_is_in_the_admins_language(admin_client, page, superuser):
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = "en"
    profile.save()

    assert shared_mark(edit_form(admin_client, page), "id_image").get_text() == "Same in all languages"
