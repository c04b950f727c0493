"""When the PDF pipeline acts: a saved PDF document is read in the background, a deleted reading takes its cover along.

Connected once from PublicationsConfig.ready.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model

from publications.covers import delete_after_commit
from publications.models import PdfInfo
from publications.reading import needs_reading
from publications.tasks import read_pdf


def schedule_reading(document):
    """Read the document's PDF once the transaction that stored it has committed."""
    document_id, file_hash = document.pk, document.file_hash
    transaction.on_commit(lambda: read_pdf.enqueue(document_id, file_hash))


def document_saved(sender, instance, raw=False, **kwargs):
    if raw or not instance.file or not instance.filename.lower().endswith(".pdf"):
        return
    if needs_reading(instance):
        schedule_reading(instance)


def pdf_info_deleted(sender, instance, **kwargs):
    delete_after_commit([instance.cover_id])


def connect():
    post_save.connect(document_saved, sender=get_document_model(), dispatch_uid="publications_document_saved")
    post_delete.connect(pdf_info_deleted, sender=PdfInfo, dispatch_uid="publications_pdf_info_deleted")
