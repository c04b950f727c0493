"""Covers rendered from PDFs live in their own collection and stay out of the image chooser."""

import importlib
import io

import pytest
from django.apps import apps
from django.core.files.images import ImageFile
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import Collection

from publications import reading
from publications.covers import COVERS_COLLECTION_NAME, covers_collection
from publications.models import PdfInfo
from tests.publications.factories import make_document

move_covers = importlib.import_module("publications.migrations.0002_pdf_covers_collection").move_covers


def picture(title, collection=None):
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "#336699").save(buffer, format="PNG")
    return get_image_model().objects.create(
        title=title,
        file=ImageFile(buffer, name=f"{title}.png"),
        collection=collection or Collection.get_first_root_node(),
        description_de=title,
    )


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


def test_a_cover_goes_into_the_covers_collection_not_the_documents(db):
    documents = Collection.get_first_root_node().add_child(name="Positionspapiere")
    document = make_document()
    document.collection = documents
    document.save()

    reading.read_document(document.pk, document.file_hash)

    cover = PdfInfo.objects.get(document=document).cover
    assert cover.collection.name == COVERS_COLLECTION_NAME
    assert cover.collection.get_parent() == Collection.get_first_root_node()
    assert covers_collection() == cover.collection
    assert Collection.objects.filter(name=COVERS_COLLECTION_NAME).count() == 1


def test_the_chooser_lists_uploaded_pictures_but_no_covers(db, admin_client):
    document = make_document()
    reading.read_document(document.pk, document.file_hash)
    cover = PdfInfo.objects.get(document=document).cover
    photo = picture("Rheinbruecke")

    response = admin_client.get("/admin/images/chooser/")
    shown = {image.pk for image in response.context["results"]}

    assert response.status_code == 200
    assert photo.pk in shown
    assert cover.pk not in shown
    searched = admin_client.get("/admin/images/chooser/results/", {"q": "Titelseite"})
    assert cover.pk not in {image.pk for image in searched.context["results"]}


def test_the_chooser_shows_covers_when_their_collection_is_chosen(db, admin_client):
    document = make_document()
    reading.read_document(document.pk, document.file_hash)
    cover = PdfInfo.objects.get(document=document).cover

    response = admin_client.get("/admin/images/chooser/results/", {"collection_id": cover.collection_id})

    assert [image.pk for image in response.context["results"]] == [cover.pk]


def test_the_migration_moves_existing_covers_and_leaves_other_pictures(db):
    documents = Collection.get_first_root_node().add_child(name="Positionspapiere")
    photo = picture("Rheinbruecke", documents)
    old_cover = picture("Titelseite", documents)
    document = make_document()
    PdfInfo.objects.update_or_create(document=document, defaults={"cover": old_cover})

    move_covers(apps, None)
    move_covers(apps, None)  # a second run changes nothing

    old_cover.refresh_from_db()
    photo.refresh_from_db()
    assert old_cover.collection.name == COVERS_COLLECTION_NAME
    assert photo.collection == documents
    assert Collection.objects.filter(name=COVERS_COLLECTION_NAME).count() == 1
    assert Collection.find_problems() == ([], [], [], [], [])
    # The tree the migration wrote is one treebeard can keep adding to.
    assert Collection.get_first_root_node().add_child(name="Fotos").depth == 2
    assert covers_collection() == old_cover.collection
