"""Print a JSON picture of a site (database rows, files, public HTML) to compare a restore with its original.

Run as `python -m tests.imeg.backup.snapshot` with DATABASE_URL and MEDIA_ROOT pointing at the site; the backup
tests run it in a subprocess for the original and for the restored database.
"""

import hashlib
import json
import os
import sys

import django

from tests.speedups import fast_avif_encoding


def file_sha256(field_file):
    if not field_file.name or not field_file.storage.exists(field_file.name):
        return None
    with field_file.storage.open(field_file.name, "rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "imeg.settings")
    django.setup()
    fast_avif_encoding()

    from django.apps import apps
    from django.conf import settings
    from django.test import Client
    from django.utils import translation
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, Revision, Site

    languages = [code for code, _ in settings.LANGUAGES]
    pages = Page.objects.order_by("path").select_related("content_type")
    # Rendering comes first: a page's first visit makes its image renditions, which then belong to the site.
    html = {}
    site = Site.objects.get(is_default_site=True)
    client = Client(headers={"host": site.hostname})
    for page in pages.filter(live=True, depth__gt=1):
        for code in languages:
            with translation.override(code):
                url = page.specific.get_url()
            response = client.get(url, secure=True)
            html[url] = {"status": response.status_code, "content": response.content.decode()}
    snapshot = {
        "rows": {
            model._meta.label: model._base_manager.count()
            for model in apps.get_models()
            if model._meta.managed and not model._meta.proxy
        },
        "sites": list(Site.objects.order_by("pk").values("pk", "hostname", "port", "root_page_id", "is_default_site")),
        "pages": [
            {
                "path": page.path,
                "type": page.content_type.model,
                "live": page.live,
                "has_unpublished_changes": page.has_unpublished_changes,
                "first_published_at": str(page.first_published_at),
                "live_revision": page.live_revision_id,
                "latest_revision": page.latest_revision_id,
                **{
                    f"{field}_{code}": getattr(page, f"{field}_{code}")
                    for field in ("title", "slug", "url_path")
                    for code in languages
                },
            }
            for page in pages
        ],
        "revisions": [
            {
                "pk": revision.pk,
                "object": f"{revision.content_type_id}:{revision.object_id}",
                "created_at": str(revision.created_at),
                "user": revision.user_id,
                "content": revision.content,
            }
            for revision in Revision.objects.order_by("pk")
        ],
        "documents": [
            {
                "pk": document.pk,
                "title": document.title,
                "file": document.file.name,
                "sha256": file_sha256(document.file),
            }
            for document in get_document_model().objects.order_by("pk")
        ],
        "images": [
            {
                "pk": image.pk,
                "file": image.file.name,
                "sha256": file_sha256(image.file),
                "renditions": {
                    rendition.filter_spec: file_sha256(rendition.file) for rendition in image.renditions.all()
                },
            }
            for image in get_image_model().objects.order_by("pk").prefetch_related("renditions")
        ],
        "html": html,
    }
    json.dump(snapshot, sys.stdout, sort_keys=True)


if __name__ == "__main__":
    main()
