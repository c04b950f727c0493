"""The admin home of this site: shortcuts, the site's name instead of Wagtail's, the logo's purpose."""

import pytest
from django.urls import reverse

from news.models import EventIndexPage, NewsIndexPage
from publications.models import PublicationIndexPage
from tests.conftest import build_site_tree


@pytest.fixture
def sections(db):
    tree = build_site_tree()
    tree.news_index = tree.home.add_child(instance=NewsIndexPage(title="Aktuelles", slug="aktuelles"))
    tree.event_index = tree.activities.add_child(
        instance=EventIndexPage(title="Veranstaltungen", slug="veranstaltungen")
    )
    tree.library = tree.home.add_child(
        instance=PublicationIndexPage(title="Veröffentlichungen", slug="veroeffentlichungen")
    )
    return tree


LISTS = {"newspage": "news_index", "eventpage": "event_index", "publicationpage": "library"}
APPS = {"newspage": "news", "eventpage": "news", "publicationpage": "publications"}


def add_url_for(parent, model_name):
    return reverse("wagtailadmin_pages:add", args=(APPS[model_name], model_name, parent.pk))


def test_the_home_offers_new_news_events_and_publications_under_their_lists(sections, client, editor):
    client.force_login(editor)

    response = client.get("/admin/")

    assert response.status_code == 200
    html = response.text
    assert "Neue Meldung" in html and add_url_for(sections.news_index, "newspage") in html
    assert "Neue Veranstaltung" in html and add_url_for(sections.event_index, "eventpage") in html
    assert "Neue Veröffentlichung" in html and add_url_for(sections.library, "publicationpage") in html
    for shortcut in ("newspage", "eventpage", "publicationpage"):
        assert client.get(add_url_for(getattr(sections, LISTS[shortcut]), shortcut)).status_code == 200


def test_no_shortcut_for_a_user_who_may_not_add_pages_there(sections, client, django_user_model):
    from django.contrib.auth.models import Permission

    reader = django_user_model.objects.create_user(username="leserin", password=None)
    reader.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(reader)

    html = client.get("/admin/").text

    assert "Neue Meldung" not in html and "Neue Veröffentlichung" not in html


def test_no_shortcut_where_the_list_is_missing(site_tree, client, editor):
    client.force_login(editor)

    html = client.get("/admin/").text

    assert "Neue Meldung" not in html


def test_the_home_shows_pages_awaiting_approval_and_recent_edits(sections, client, moderator, editor):
    page = sections.goals
    page.title_de = "Ziele des Netzwerks"
    page.save_revision(user=editor, log_action=True)
    page.get_workflow().start(page, editor)

    client.force_login(moderator)
    for_moderator = client.get("/admin/").text
    client.force_login(editor)
    for_editor = client.get("/admin/").text

    assert "Ihre Überprüfung steht aus" in for_moderator and "Ziele des Netzwerks" in for_moderator
    assert "Ihre letzten Änderungen" in for_editor and "Ziele des Netzwerks" in for_editor


def test_the_admin_shows_the_sites_name_not_wagtails(sections, client, editor):
    sections.settings.organisation_name = "Initiativkreis Metropolitane Grenzregionen"
    sections.settings.short_name = "IMeG"
    sections.settings.save()
    client.force_login(editor)

    home = client.get("/admin/").text

    assert '<h1 class="w-h1 w-mt-0"> Initiativkreis Metropolitane Grenzregionen </h1>' in " ".join(home.split())
    assert "- IMeG</title>" in home
    assert "- Wagtail</title>" not in home


def test_the_login_page_names_the_site(sections, client):
    html = client.get("/admin/login/").text

    assert "Anmelden: Initiativkreis Metropolitane Grenzregionen" in html
    assert "Sign in to Wagtail" not in html


def test_the_logo_setting_says_what_it_is_for(sections, client, moderator):
    client.force_login(moderator)

    response = client.get(reverse("wagtailsettings:edit", args=["imeg", "sitesettings", sections.site.pk]))

    assert response.status_code == 200
    assert "Suchmaschinen" in response.text
    assert "Kopfzeile der Website" in response.text
