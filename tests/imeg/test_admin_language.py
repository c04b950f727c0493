"""SPEC §2: whatever the editor's admin language, a new page's own title and slug are the German ones."""

from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from imeg.models import ContentPage
from tests.page_forms import edit_form_data


def test_a_page_added_in_an_english_admin_gets_its_slug_in_german(site_tree):
    with translation.override("en"):
        page = site_tree.home.add_child(instance=ContentPage(title_de="Grenzpendler"))

    page = ContentPage.objects.get(pk=page.pk)
    assert (page.slug_de, page.slug_en) == ("grenzpendler", None)
    assert page.title_en in (None, "")


def test_a_draft_saved_from_an_english_admin_without_a_slug_stays_german_and_can_be_published(site_tree, superuser):
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = "en"
    profile.save()
    admin = Client(headers={"host": "localhost"})
    admin.force_login(superuser)
    add_url = reverse("wagtailadmin_pages:add", args=("imeg", "contentpage", site_tree.home.pk))

    response = admin.post(add_url, edit_form_data(ContentPage(), title_de="Grenzpendler"))

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    page = ContentPage.objects.get(title_de="Grenzpendler")
    assert (page.slug_de, page.slug_en, page.title_en or "") == ("grenzpendler", None, "")
    assert not page.live

    response = admin.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        edit_form_data(page, **{"action-publish": "action-publish"}),
    )

    assert response.status_code == 302, response.context["form"].errors
    page.refresh_from_db()
    assert page.live
    assert page.url_path_de.endswith("/grenzpendler/")
