"""SPEC §2: two sibling pages never share a URL in any language, and editors are told why."""

import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from imeg.models import ContentPage, TopicPage
from tests.factories import ContentPageFactory
from tests.page_forms import edit_form_data, edit_url

SLUG_IN_USE = "This slug is already in use"


@pytest.fixture
def other_page(site_tree):
    return ContentPageFactory(parent=site_tree.home, title_de="Anderes", title_en="Other", title_fr="Autre")


@pytest.mark.parametrize(("language", "taken"), [("de", "initiativkreis"), ("en", "network"), ("fr", "reseau")])
def test_sibling_slug_clash_in_any_language_is_refused_on_that_language(other_page, language, taken):
    setattr(other_page, f"slug_{language}", taken)

    with pytest.raises(ValidationError) as error:
        other_page.full_clean()

    assert error.value.message_dict == {f"slug_{language}": [SLUG_IN_USE]}


def test_slug_that_would_clash_through_the_german_fallback_is_refused(other_page):
    # Without a Dutch slug the page's Dutch URL uses its German slug, which is the network's Dutch slug.
    other_page.slug_de = "netwerk"
    other_page.slug_nl = None

    with pytest.raises(ValidationError) as error:
        other_page.full_clean()

    assert "slug_nl" in error.value.message_dict


def test_saving_a_clashing_slug_is_refused_and_nothing_is_stored(other_page):
    other_page.slug_en = "network"

    with pytest.raises(ValidationError):
        other_page.save()

    assert ContentPage.objects.get(pk=other_page.pk).slug_en == "other"


def test_the_same_slug_under_different_parents_is_allowed(site_tree):
    page = ContentPageFactory(parent=site_tree.network, title_de="Kontakt", title_en="Contact")

    page.full_clean()

    assert (page.slug_de, page.slug_en) == ("kontakt", "contact")


def test_new_page_with_a_siblings_slug_in_another_language_gets_its_own(site_tree):
    page = ContentPageFactory(parent=site_tree.home, title_de="Reseau", slug_de="reseau")

    assert page.slug_de == "reseau"
    assert page.slug_fr not in (None, "", "reseau")
    assert page.slug_en in (None, "", "reseau")


def test_admin_edit_view_shows_the_slug_clash_and_saves_nothing(site_tree, moderator):
    admin = Client(headers={"host": "localhost"})
    admin.force_login(moderator)
    page = site_tree.monitoring

    response = admin.post(
        edit_url(page),
        edit_form_data(page, slug_en="mobility", title_en="Mobility, too", **{"action-publish": "action-publish"}),
    )

    assert response.status_code == 200
    assert response.context["form"].errors == {"slug_en": [SLUG_IN_USE]}
    assert SLUG_IN_USE in response.content.decode()
    page = TopicPage.objects.get(pk=page.pk)
    assert (page.slug_en, page.title_en) == ("spatial-monitoring", "Spatial monitoring")
    assert page.revisions.count() == 0


def test_admin_move_refuses_a_parent_where_the_slug_clashes_in_another_language(site_tree, superuser):
    ContentPageFactory(parent=site_tree.home, title_de="Unsere Ziele", title_en="Goals", slug_en="goals")
    admin = Client(headers={"host": "localhost"}, raise_request_exception=False)
    admin.force_login(superuser)

    response = admin.post(reverse("wagtailadmin_pages:move_confirm", args=(site_tree.goals.pk, site_tree.home.pk)))

    assert response.status_code == 302, f"moving answered {response.status_code}"
    assert ContentPage.objects.get(pk=site_tree.goals.pk).get_parent().pk == site_tree.network.pk
    assert any("goals" in str(message) for message in get_messages(response.wsgi_request))
