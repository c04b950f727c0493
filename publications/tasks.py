"""Background tasks of the publications app (django-tasks; see TASKS in settings)."""

from django_tasks import task

from publications import pipeline


@task()
def read_pdf(document_id, file_hash):
    """Read the PDF of a document version: page count, metadata, text and a WebP cover."""
    return pipeline.read_document(document_id, file_hash)
