"""An editor limited to one subtree and one collection walks the admin: nobody else's data reaches them."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from tests.factories import ContentPageFactory, CustomImageFactory
from tests.publications.factories import make_document

# What belongs to others and must appear on no admin page the limited editor can open.
SECRETS = ("Vertraulicher Entwurf Q7", "Geheimbild Q7", "Geheimdokument Q7", "Geheime Nachricht Q7", "kollege-q7")
DENIED = (302, 403, 404)


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@pytest.fixture
def walk(site_tree, django_user_model):
    """Group "Redaktion Netzwerk": the Editors' rights, but only on the network subtree and its collection."""
    root_collection = Collection.get_first_root_node()
    own_collection = root_collection.add_child(name="Netzwerk")
    other_collection = root_collection.add_child(name="Vorstand")

    group = Group.objects.create(name="Redaktion Netzwerk")
    group.permissions.add(permission("wagtailadmin", "access_admin"))
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=group, page=site_tree.network, permission=permission("wagtailcore", codename)
        )
    for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
        for action in ("add", "change", "choose"):
            GroupCollectionPermission.objects.create(
                group=group, collection=own_collection, permission=permission(app_label, f"{action}_{model}")
            )
    editor = django_user_model.objects.create_user(username="netzwerk", password=None, email="n@example.org")
    editor.groups.add(group)
    colleague = django_user_model.objects.create_user(username="kollege-q7", password=None, email="k@example.org")
    colleague.groups.add(Group.objects.get(name="Editors"))

    # Others' data: a draft outside the subtree, an image and a document in another collection, a message.
    other_page = site_tree.mobility
    other_page.title_de = "Vertraulicher Entwurf Q7"
    other_page.save_revision(user=colleague)
    other_image = CustomImageFactory(title="Geheimbild Q7", collection=other_collection)
    other_document = make_document(title="Geheimdokument Q7", collection=other_collection)
    submission = FormSubmission.objects.create(page=site_tree.contact, form_data={"nachricht": "Geheime Nachricht Q7"})
    # The editor's own things, which they must be able to open: the walk is not denied everything.
    own_page = ContentPageFactory(parent=site_tree.network, title_de="Eigene Seite Netzwerk")
    own_image = CustomImageFactory(title="Eigenes Bild Netzwerk", collection=own_collection)

    client = Client(headers={"host": "localhost"})
    client.force_login(editor)
    return {
        "client": client,
        "site": site_tree,
        "other_page": other_page,
        "other_image": other_image,
        "other_document": other_document,
        "submission": submission,
        "colleague": colleague,
        "own_page": own_page,
        "own_image": own_image,
        "group": Group.objects.get(name="Editors"),
        "other_collection": other_collection,
    }


def others_urls(w):
    page, image, document = w["other_page"].pk, w["other_image"].pk, w["other_document"].pk
    site = w["site"]
    return [
        f"/admin/pages/{page}/edit/",
        f"/admin/pages/{page}/edit/preview/",
        f"/admin/pages/{page}/view_draft/",
        f"/admin/pages/{page}/revisions/",
        f"/admin/pages/{page}/history/",
        f"/admin/pages/{page}/delete/",
        f"/admin/pages/{page}/copy/",
        f"/admin/pages/{page}/move/",
        f"/admin/pages/{page}/unpublish/",
        f"/admin/pages/{page}/workflow_history/",
        f"/admin/pages/add/imeg/topicpage/{site.topics.pk}/",
        f"/admin/images/{image}/",
        f"/admin/images/{image}/delete/",
        f"/admin/images/{image}/preview/200x200/",
        f"/admin/documents/edit/{document}/",
        f"/admin/documents/delete/{document}/",
        f"/admin/forms/submissions/{site.contact.pk}/",
        f"/admin/settings/imeg/sitesettings/{site.site.pk}/",
        "/admin/users/",
        f"/admin/users/edit/{w['colleague'].pk}/",
        f"/admin/users/{w['colleague'].pk}/",
        "/admin/groups/",
        f"/admin/groups/edit/{w['group'].pk}/",
        f"/admin/collections/{w['other_collection'].pk}/",
        "/admin/sites/",
        "/admin/redirects/",
        "/admin/workflows/list/",
        "/admin/snippets/",
    ]


def listing_urls(w):
    """Pages every editor may open; they must list only what the editor may see."""
    return [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{w['site'].home.pk}/",
        "/admin/pages/search/?q=Q7",
        "/admin/images/",
        "/admin/images/?q=Q7",
        "/admin/images/chooser/",
        "/admin/documents/",
        "/admin/documents/?q=Q7",
        "/admin/documents/chooser/",
        "/admin/forms/",
        "/admin/reports/site-history/",
        "/admin/reports/aging-pages/",
        "/admin/reports/locked/",
        f"/admin/bulk/wagtailcore/page/delete/?id={w['other_page'].pk}",
        f"/admin/bulk/wagtailcore/page/unpublish/?id={w['other_page'].pk}",
        f"/admin/bulk/wagtailimages/image/delete/?id={w['other_image'].pk}",
        f"/admin/bulk/wagtaildocs/document/delete/?id={w['other_document'].pk}",
    ]


def leaked(response):
    content = response.content.decode(errors="replace")
    return [secret for secret in SECRETS if secret in content]


def test_the_limited_editor_can_work_in_their_own_subtree_and_collection(walk):
    client = walk["client"]

    page = client.get(f"/admin/pages/{walk['own_page'].pk}/edit/")
    image = client.get(f"/admin/images/{walk['own_image'].pk}/")

    assert page.status_code == image.status_code == 200
    assert "Eigene Seite Netzwerk" in page.content.decode()
    assert "Eigenes Bild Netzwerk" in image.content.decode()


def test_others_objects_are_denied_to_the_limited_editor(walk):
    client = walk["client"]
    problems = {}
    for url in others_urls(walk):
        response = client.get(url)
        if response.status_code not in DENIED or leaked(response):
            problems[url] = (response.status_code, leaked(response))

    assert not problems, problems


def test_admin_listings_show_the_limited_editor_nothing_of_others(walk):
    client = walk["client"]
    problems = {}
    for url in listing_urls(walk):
        response = client.get(url)
        if response.status_code >= 500 or leaked(response):
            problems[url] = (response.status_code, leaked(response))

    assert not problems, problems


def test_the_limited_editor_cannot_change_others_objects(walk):
    client, other_page = walk["client"], walk["other_page"]
    posts = [
        f"/admin/pages/{other_page.pk}/lock/",
        f"/admin/pages/{other_page.pk}/delete/",
        f"/admin/pages/{other_page.pk}/unpublish/",
        f"/admin/images/{walk['other_image'].pk}/delete/",
        f"/admin/documents/delete/{walk['other_document'].pk}/",
    ]

    statuses = {url: client.post(url).status_code for url in posts}

    assert all(status in DENIED for status in statuses.values()), statuses
    other_page.refresh_from_db()
    assert other_page.live and not other_page.locked
    walk["other_image"].refresh_from_db()
    walk["other_document"].refresh_from_db()


def test_others_documents_are_not_served_from_media_without_the_view(walk, client):
    """Documents go through Django's serve view; /media/documents/ is never a public path (nginx, DEBUG off)."""
    response = client.get("/media/" + walk["other_document"].file.name)

    assert response.status_code == 404
