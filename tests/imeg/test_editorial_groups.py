"""SPEC §4 Editorial: Editors draft and submit, Moderators publish; visitors never see drafts."""

import pytest
from django.test import Client
from wagtail.models import Page

from imeg.models import ContentPage, TopicPage
from tests.factories import ContentPageFactory
from tests.page_forms import edit_form_data, edit_url

WORKFLOW_NAME = "Freigabe durch Moderatoren"


def logged_in(user):
    client = Client(headers={"host": "localhost"})
    client.force_login(user)
    return client


def test_editor_can_create_and_edit_pages_but_not_publish_them(site_tree, editor):
    permissions = site_tree.network.permissions_for_user(editor)

    assert permissions.can_edit()
    assert permissions.can_add_subpage()
    assert not permissions.can_publish()
    assert not permissions.can_unpublish()


def test_editor_can_submit_a_page_for_moderation(site_tree, editor):
    assert site_tree.network.permissions_for_user(editor).can_submit_for_moderation()


def test_moderator_can_publish_and_unpublish(site_tree, moderator):
    permissions = site_tree.network.permissions_for_user(moderator)

    assert permissions.can_publish()
    assert permissions.can_unpublish()


def test_every_page_is_under_a_workflow_approved_by_moderators(site_tree):
    workflow = site_tree.mobility.get_workflow()

    assert workflow is not None and workflow.active
    assert [list(task.specific.groups.values_list("name", flat=True)) for task in workflow.tasks] == [["Moderators"]]


def test_the_pages_workflow_is_the_sites_own_german_workflow(site_tree):
    """Editors see the workflow's name in the admin; imeg/migrations/0002 sets it up on the root page."""
    assert site_tree.mobility.get_workflow().name == WORKFLOW_NAME


def test_editor_submitting_through_the_admin_starts_moderation_without_publishing(site_tree, editor):
    page = site_tree.monitoring

    response = logged_in(editor).post(
        edit_url(page), edit_form_data(page, title_de="Raumbeobachtung neu", **{"action-submit": "Einreichen"})
    )

    assert response.status_code == 302
    page = TopicPage.objects.get(pk=page.pk)
    assert page.title_de == "Raumbeobachtung"
    assert page.has_unpublished_changes
    assert page.workflow_in_progress
    assert page.current_workflow_state.requested_by == editor


def test_editor_cannot_publish_through_the_admin(site_tree, editor, client):
    page = site_tree.monitoring

    logged_in(editor).post(
        edit_url(page), edit_form_data(page, title_de="Raumbeobachtung neu", **{"action-publish": "Veröffentlichen"})
    )

    assert TopicPage.objects.get(pk=page.pk).title_de == "Raumbeobachtung"
    response = client.get("/de/aktivitaeten-themen/themen/raumbeobachtung/")
    assert "Raumbeobachtung neu" not in response.content.decode()


def test_moderator_can_publish_through_the_admin(site_tree, moderator, client):
    page = site_tree.monitoring

    response = logged_in(moderator).post(
        edit_url(page), edit_form_data(page, title_de="Raumbeobachtung neu", **{"action-publish": "Veröffentlichen"})
    )

    assert response.status_code == 302
    assert TopicPage.objects.get(pk=page.pk).title_de == "Raumbeobachtung neu"
    response = client.get("/de/aktivitaeten-themen/themen/raumbeobachtung/")
    assert "Raumbeobachtung neu" in response.content.decode()


def test_moderator_can_approve_a_submitted_page(site_tree, editor, moderator, client):
    page = site_tree.monitoring
    logged_in(editor).post(
        edit_url(page), edit_form_data(page, title_de="Raumbeobachtung neu", **{"action-submit": "Einreichen"})
    )
    page = TopicPage.objects.get(pk=page.pk)

    page.current_workflow_task.on_action(page.current_workflow_task_state, moderator, "approve")

    assert TopicPage.objects.get(pk=page.pk).title_de == "Raumbeobachtung neu"


def test_draft_page_is_not_found_for_visitors(site_tree, client):
    ContentPageFactory(parent=site_tree.home, title_de="Entwurf", title_en="Draft", live=False)

    assert client.get("/de/entwurf/").status_code == 404
    assert client.get("/en/draft/").status_code == 404


@pytest.mark.parametrize(("language", "path"), [("de", "/de/initiativkreis/"), ("en", "/en/network/")])
def test_unpublished_changes_are_not_shown_to_visitors(site_tree, client, language, path):
    page = ContentPage.objects.get(pk=site_tree.network.pk)
    setattr(page, f"title_{language}", "Geheimer Entwurf")
    setattr(page, f"intro_{language}", "Noch nicht freigegeben.")
    page.save_revision()

    content = client.get(path).content.decode()

    assert "Geheimer Entwurf" not in content
    assert "Noch nicht freigegeben." not in content
    assert Page.objects.get(pk=page.pk).has_unpublished_changes


def test_draft_subpage_appears_in_no_menu_or_teaser(site_tree, client):
    ContentPageFactory(parent=site_tree.network, title_de="Unfertige Unterseite", show_in_menus=True, live=False)
    ContentPageFactory(parent=site_tree.home, title_de="Unfertiger Bereich", show_in_menus=True, live=False)

    for path in ("/de/", "/de/initiativkreis/"):
        content = client.get(path).content.decode()
        assert "Unfertige Unterseite" not in content
        assert "Unfertiger Bereich" not in content
