"""SPEC §2: copying a page keeps every language and gives the copy its own slug in each."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.actions.copy_page import CopyPageAction
from wagtail.models import Page

from imeg.models import ContentPage

LANGUAGES = ["de", "en", "fr", "nl"]


def slugs(page):
    return {code: getattr(page, f"slug_{code}") for code in LANGUAGES}


def test_copy_keeps_every_language(site_tree):
    original = site_tree.network

    copy = original.copy(to=site_tree.home, update_attrs={"slug_de": "initiativkreis-kopie"})

    copy = ContentPage.objects.get(pk=copy.pk)
    for code in LANGUAGES:
        assert getattr(copy, f"title_{code}") == getattr(original, f"title_{code}")
        assert getattr(copy, f"intro_{code}") == getattr(original, f"intro_{code}")
        assert [block.block_type for block in getattr(copy, f"body_{code}")] == ["child_page_teasers"]


def test_copy_next_to_the_original_gets_a_unique_slug_in_every_language(site_tree):
    copy = site_tree.network.copy(to=site_tree.home, update_attrs={"slug_de": "initiativkreis-kopie"})

    copy = ContentPage.objects.get(pk=copy.pk)
    assert slugs(copy)["de"] == "initiativkreis-kopie"
    for code, slug in slugs(site_tree.network).items():
        assert slugs(copy)[code] != slug, code


def test_copy_without_new_slugs_is_renamed_in_every_language(site_tree):
    copy = site_tree.network.copy(to=site_tree.home)

    copy = ContentPage.objects.get(pk=copy.pk)
    assert slugs(copy) == {"de": "initiativkreis-2", "en": "network-2", "fr": "reseau-2", "nl": "netwerk-2"}


def test_copy_and_original_are_both_reachable_in_every_language(site_tree, client):
    copy = CopyPageAction(site_tree.network, to=site_tree.home, update_attrs={"slug_de": "kopie"}).execute()

    copy = ContentPage.objects.get(pk=copy.pk)
    for code in LANGUAGES:
        original_response = client.get(f"/{code}/{slugs(site_tree.network)[code]}/")
        copy_response = client.get(f"/{code}/{slugs(copy)[code]}/")
        assert original_response.context["page"].pk == site_tree.network.pk, code
        assert copy_response.context["page"].pk == copy.pk, code


def test_copy_of_an_untranslated_page_keeps_falling_back_to_german(site_tree):
    copy = site_tree.background.copy(to=site_tree.network, update_attrs={"slug_de": "hintergrund-kopie"})

    copy = ContentPage.objects.get(pk=copy.pk)
    assert not copy.title_fr
    assert not copy.is_translated("fr")
    assert copy.slug_de == "hintergrund-kopie"
    assert copy.slug_en != site_tree.background.slug_en


def test_copy_under_another_parent_keeps_its_slugs(site_tree):
    copy = site_tree.goals.copy(to=site_tree.activities)

    copy = ContentPage.objects.get(pk=copy.pk)
    assert slugs(copy) == slugs(site_tree.goals)


def test_copy_avoids_a_slug_a_sibling_uses_in_another_language(site_tree):
    # A page whose German slug is the French slug of an existing sibling would share its French URL.
    copy = site_tree.goals.copy(to=site_tree.home, update_attrs={"slug_de": "reseau"})

    copy = ContentPage.objects.get(pk=copy.pk)
    assert copy.slug_de == "reseau"
    assert copy.slug_fr not in ("reseau", None, "")


def copy_form_data(admin, page, **changes):
    """The admin's copy form as shown for `page`, with the editor's `changes`."""
    form = admin.get(reverse("wagtailadmin_pages:copy", args=(page.pk,))).context["form"]
    data = {}
    for name, field in form.fields.items():
        value = field.initial
        if value is True:
            data[name] = "on"
        elif isinstance(value, Page):
            data[name] = value.pk
        elif value:
            data[name] = value
    data.update(changes)
    return data


@pytest.fixture
def admin(superuser):
    client = Client(headers={"host": "localhost"})
    client.force_login(superuser)
    return client


def test_admin_copy_keeps_every_language_and_makes_slugs_unique(site_tree, admin):
    data = copy_form_data(
        admin, site_tree.network, new_title_de="Initiativkreis (Kopie)", new_slug_de="initiativkreis-kopie"
    )

    response = admin.post(reverse("wagtailadmin_pages:copy", args=(site_tree.network.pk,)), data)

    assert response.status_code == 302, response.context["form"].errors
    copy = ContentPage.objects.get(slug_de="initiativkreis-kopie")
    assert [copy.title_de, copy.title_en, copy.title_fr, copy.title_nl] == [
        "Initiativkreis (Kopie)",
        "The network",
        "Le réseau",
        "Het netwerk",
    ]
    for code, slug in slugs(site_tree.network).items():
        assert slugs(copy)[code] != slug, code
    assert copy.get_children().count() == 2


def test_admin_copy_suggests_free_slugs_in_every_language(site_tree, admin):
    form = admin.get(reverse("wagtailadmin_pages:copy", args=(site_tree.goals.pk,))).context["form"]

    suggested = {code: form.fields[f"new_slug_{code}"].initial for code in ("de", "en", "fr", "nl")}

    assert suggested["de"] == f"{site_tree.goals.slug_de}-2"
    assert suggested["en"] == f"{site_tree.goals.slug_en}-2"


def test_admin_copy_refuses_a_german_slug_a_sibling_uses(site_tree, admin):
    data = copy_form_data(
        admin, site_tree.goals, new_parent_page=site_tree.network.pk, new_slug_de=site_tree.goals.slug_de
    )

    response = admin.post(reverse("wagtailadmin_pages:copy", args=(site_tree.goals.pk,)), data)

    assert response.status_code == 200
    assert "new_slug_de" in response.context["form"].errors
    assert site_tree.network.get_children().count() == 2
