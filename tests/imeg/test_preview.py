"""SPEC §2: the admin preview shows the language being edited."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import translation

from tests.page_forms import edit_form_data, preview_url

LANGUAGES = ["de", "en", "fr", "nl"]
PAGE_TYPES = ["home", "network", "topics", "mobility", "contact"]


@pytest.fixture
def preview_request(rf, superuser):
    request = rf.get("/admin/pages/preview/", HTTP_HOST="localhost")
    request.user = superuser
    return request


def test_every_language_is_a_preview_mode(site_tree):
    for page in (site_tree.home, site_tree.network, site_tree.topics, site_tree.mobility, site_tree.contact):
        assert [code for code, _name in page.preview_modes] == LANGUAGES, type(page).__name__


def test_default_preview_mode_is_the_editors_language(site_tree):
    with translation.override("fr"):
        assert site_tree.network.default_preview_mode == "fr"
    with translation.override("pt"):
        assert site_tree.network.default_preview_mode == "de"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_name", PAGE_TYPES)
def test_preview_shows_the_unsaved_title_in_the_language_being_edited(site_tree, preview_request, page_name, language):
    page = getattr(site_tree, page_name)
    setattr(page, f"title_{language}", f"Vorschau {language}")

    response = page.serve_preview(preview_request, language)

    html = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 200
    assert html.html["lang"] == language
    assert html.h1.get_text(strip=True) == f"Vorschau {language}"


def test_preview_of_an_untranslated_language_shows_the_german_fallback(site_tree, preview_request):
    response = site_tree.contact.serve_preview(preview_request, "nl")

    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == "nl"
    assert html.select_one(".notice--language") is not None
    assert html.h1.get_text(strip=True) == "Kontakt"


def test_preview_leaves_the_editors_language_active_afterwards(site_tree, preview_request):
    with translation.override("en"):
        site_tree.network.serve_preview(preview_request, "fr")
        assert translation.get_language() == "en"


def test_admin_preview_shows_the_language_chosen_as_mode(site_tree, superuser):
    admin = Client(headers={"host": "localhost"})
    admin.force_login(superuser)
    page = site_tree.topics

    posted = admin.post(preview_url(page), edit_form_data(page, title_fr="Thèmes transfrontaliers"))
    assert posted.json() == {"is_valid": True, "is_available": True}

    response = admin.get(preview_url(page), {"mode": "fr"})

    html = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 200
    assert html.html["lang"] == "fr"
    assert html.h1.get_text(strip=True) == "Thèmes transfrontaliers"
