"""The collection that keeps the covers rendered from PDFs apart from the pictures editors upload."""

from django.db import transaction
from wagtail.models import Collection

# A name, not a primary key: the data migration creates the collection on existing sites and
# `covers_collection` on new ones, and both must find the same one.
COVERS_COLLECTION_NAME = "PDF-Titelbilder"


def cover_collections():
    """The covers' collection(s) directly under the root; editors cannot create a second by accident elsewhere."""
    return Collection.objects.filter(depth=2, name=COVERS_COLLECTION_NAME)


def covers_collection():
    """The covers' collection, created under the root collection on first use."""
    with transaction.atomic():
        root = Collection.objects.select_for_update().get(depth=1)
        existing = cover_collections().order_by("path").first()
        return existing or root.add_child(name=COVERS_COLLECTION_NAME)
