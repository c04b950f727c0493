"""The background reading of an uploaded PDF: page count, metadata, text and cover, run by publications.tasks.

What was read is saved as the document's `PdfInfo`; Wagtail's search index and the site's search
then take the new text (see `update_wagtail_search_index`).
"""

import logging
import shutil
import tempfile
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.search.index import insert_or_update_object

from publications.covers import delete_after_commit, store_cover
from publications.models import PdfInfo, PdfStatus, PublicationPage
from publications.pdf_runner import PdfRefused, run_child

# One logger name for the PDF pipeline's lines, whichever of its modules writes them.
logger = logging.getLogger("publications.pipeline")


def needs_reading(document):
    """The document's current file has not been read yet (or another file was)."""
    info = PdfInfo.objects.filter(document=document).only("file_hash", "status").first()
    return info is None or info.file_hash != document.file_hash


def read_document(document_id, file_hash):
    """Read page count, metadata, text and cover of one version of a document; return what happened.

    Runs as a background task. The result is saved in one step, and only if the document still has
    the file that was read: a replacement uploaded meanwhile gets its own task.
    """
    document_model = get_document_model()
    document = document_model.objects.filter(pk=document_id).first()
    if document is None or document.file_hash != file_hash:
        return "stale"
    current = PdfInfo.objects.filter(document=document, file_hash=file_hash, status=PdfStatus.READY)
    if current.exists():
        return "done"

    cover = None
    with tempfile.TemporaryDirectory(prefix="imeg-pdf-") as folder:
        pdf_path, png_path = Path(folder) / "document.pdf", Path(folder) / "cover.png"
        with document.file.open("rb") as source, open(pdf_path, "wb") as target:
            shutil.copyfileobj(source, target)
        try:
            result = run_child("extract", pdf_path, png_path)
        except PdfRefused as refusal:
            result = {"refused": refusal.code}
        else:
            # The first page of a private document must not become a public image.
            if not document.collection.get_view_restrictions().exists():
                cover = store_cover(document, png_path)

    with transaction.atomic():
        document = document_model.objects.select_for_update().filter(pk=document_id).first()
        if document is None or document.file_hash != file_hash:
            delete_after_commit([cover.pk] if cover else [])
            return "stale"
        info, _created = PdfInfo.objects.select_for_update().get_or_create(document=document)
        old_cover_id = info.cover_id
        info.file_hash = file_hash
        info.processed_at = timezone.now()
        if "refused" in result:
            info.status, info.error = PdfStatus.FAILED, result["refused"]
            info.page_count, info.text, info.cover = None, "", None
        else:
            metadata = result.get("metadata", {})
            info.status, info.error = PdfStatus.READY, ""
            info.page_count = result["pages"]
            info.text = result["text"]
            info.title = metadata.get("title", "")
            info.author = metadata.get("author", "")
            info.subject = metadata.get("subject", "")
            info.keywords = metadata.get("keywords", "")
            info.cover = cover
        info.save()
        if old_cover_id != info.cover_id:
            delete_after_commit([old_cover_id])
    update_wagtail_search_index(document)
    return info.status


def give_up(document_id, file_hash):
    """Mark the document's current file as unreadable after the reading failed too often."""
    document = get_document_model().objects.filter(pk=document_id, file_hash=file_hash).first()
    if document is None:
        return
    logger.error("Giving up reading document %s after repeated failures", document_id)
    old_cover_id = PdfInfo.objects.filter(document=document).values_list("cover_id", flat=True).first()
    PdfInfo.objects.update_or_create(
        document=document,
        defaults={
            "file_hash": file_hash,
            "status": PdfStatus.FAILED,
            "error": "crashed",
            "page_count": None,
            "text": "",
            "cover": None,
            "processed_at": timezone.now(),
        },
    )
    delete_after_commit([old_cover_id])


def update_wagtail_search_index(document):
    """Wagtail's search index (the admin's page search, `search_fields`) takes the PDF's text with the
    publications that offer it.

    Not the site's search for visitors (imeg/search, one row per page and language): that one follows
    the saved `PdfInfo` by itself, through `PublicationPage.search_dependencies`.
    """
    for page in PublicationPage.objects.filter(files__document=document).distinct():
        insert_or_update_object(page)
