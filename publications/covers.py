"""The covers rendered from PDFs: stored as Wagtail images in a collection of their own, apart from the
pictures editors upload, and deleted with what they were rendered from."""

import io
from pathlib import Path

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.utils.file import hash_filelike

from imeg.translation_utils import LANGUAGE_CODES

# A name, not a primary key: the data migration creates the collection on existing sites and
# `covers_collection` on new ones, and both must find the same one.
COVERS_COLLECTION_NAME = "PDF-Titelbilder"
COVER_QUALITY = 82


def cover_collections():
    """The covers' collection(s) directly under the root; editors cannot create a second by accident elsewhere."""
    return Collection.objects.filter(depth=2, name=COVERS_COLLECTION_NAME)


def covers_collection():
    """The covers' collection, created under the root collection on first use."""
    with transaction.atomic():
        root = Collection.objects.select_for_update().get(depth=1)
        existing = cover_collections().order_by("path").first()
        return existing or root.add_child(name=COVERS_COLLECTION_NAME)


def cover_alt_texts(title):
    texts = {}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            texts[f"description_{code}"] = str(_("Titelseite von „%(title)s“") % {"title": title})[:255]
    return texts


def store_cover(document, png_path):
    """Convert the rendered first page to WebP and store it as a Wagtail image in the covers' collection."""
    buffer = io.BytesIO()
    with Image.open(png_path) as picture:
        picture.convert("RGB").save(buffer, format="WEBP", quality=COVER_QUALITY, method=4)
    data = buffer.getvalue()
    name = f"{slugify(Path(document.filename).stem)[:60] or 'dokument'}-titelseite.webp"
    image = get_image_model()(
        title=str(_("Titelseite: %(title)s") % {"title": document.title})[:255],
        file=ImageFile(io.BytesIO(data), name=name),
        collection=covers_collection(),
        file_size=len(data),
        file_hash=hash_filelike(io.BytesIO(data)),
        **cover_alt_texts(document.title),
    )
    image.save()
    return image


def delete_images(pks):
    for image in get_image_model().objects.filter(pk__in=pks):
        image.delete()


def delete_after_commit(pks):
    """Delete the cover images once the transaction in progress has committed (none if it rolls back)."""
    pks = [pk for pk in pks if pk]
    if pks:
        transaction.on_commit(lambda: delete_images(pks))
