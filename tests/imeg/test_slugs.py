"""Slugs as German readers expect them (ä → ae, ß → ss, é → e) in every language, and a slug field that
says what it is in the editor's language (issue 12)."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.users.models import UserProfile

from imeg.models import ContentPage
from imeg.slugs import ascii_slug
from tests.conftest import HOST
from tests.page_forms import edit_form_data, edit_url


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Grenzbrücken-Gipfel in Saarbrücken", "grenzbruecken-gipfel-in-saarbruecken"),
        ("Äußere Straße, Öffnungszeiten", "aeussere-strasse-oeffnungszeiten"),
        ("Économie et énergie", "economie-et-energie"),
        ("Año europeo, Łódź", "ano-europeo-lodz"),
        ("Grensregio's en de Maas", "grensregios-en-de-maas"),
    ],
)
def test_slugs_transliterate_german_letters_and_other_latin_ones(title, slug):
    assert ascii_slug(title) == slug


def test_a_new_page_gets_its_slug_from_the_german_title(site_tree):
    page = ContentPage(title_de="Grenzbrücken-Gipfel in Saarbrücken", title_en="Border bridge summit")
    site_tree.network.add_child(instance=page)

    assert page.slug_de == "grenzbruecken-gipfel-in-saarbruecken"
    assert page.url_path_de.endswith("/grenzbruecken-gipfel-in-saarbruecken/")


@pytest.fixture
def admin(superuser):
    client = Client(headers={"host": HOST})
    client.force_login(superuser)
    return client


def test_a_slug_typed_with_umlauts_is_saved_transliterated_in_every_language(site_tree, admin):
    page = site_tree.goals
    slugs = {"slug_de": "Ziele für Grenzräume", "slug_en": "goals-über-borders", "slug_fr": "objectifs-été"}

    response = admin.post(edit_url(page), edit_form_data(page, **slugs))

    assert response.status_code == 302
    page.refresh_from_db()
    content = page.get_latest_revision().content
    assert (content["slug_de"], content["slug_en"], content["slug_fr"]) == (
        "ziele-fuer-grenzraeume",
        "goals-ueber-borders",
        "objectifs-ete",
    )


@pytest.mark.parametrize(
    ("language", "label", "help_start"),
    [
        ("de", "URL-Teil", "Der Teil der Adresse, unter dem die Seite"),
        ("en", "URL part", "The part of the address at which the page"),
    ],
)
def test_the_slug_field_says_what_it_is_in_the_editors_language(
    site_tree, admin, superuser, language, label, help_start
):
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = language
    profile.save()

    html = BeautifulSoup(admin.get(edit_url(site_tree.goals)).content, "html.parser")

    for code in ("de", "en", "fr", "nl"):
        field = html.find(id=f"id_slug_{code}")
        assert html.find("label", attrs={"for": f"id_slug_{code}"}).get_text(" ", strip=True).startswith(label)
        assert html.find(id=field["aria-describedby"]).get_text(strip=True).startswith(help_start)
        assert "domain.com" not in html.find(id=field["aria-describedby"]).get_text()
        assert '"ae"' in field["data-w-slug-formatters-value"]
