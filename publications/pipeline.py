"""The PDF pipeline: check an upload before anything is stored, read it in the background, show it when ready.

Every PDF is opened by `publications/pdf.py` in a child process that limits its own memory, CPU time
and output, and that the parent kills after a wall-clock timeout: a hostile file can fail, but it
cannot hang or exhaust the web worker. The upload check runs in the request (it is quick and it
decides whether the file is stored); reading the text and rendering the cover runs as a
django-tasks task once the document is committed.
"""

import io
import json
import logging
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.template.defaultfilters import filesizeformat
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.utils.file import hash_filelike

from imeg.translation_utils import LANGUAGE_CODES
from publications.covers import covers_collection
from publications.models import PdfInfo, PdfStatus

logger = logging.getLogger(__name__)

SCRIPT = str(Path(__file__).with_name("pdf.py"))
HEADER = b"%PDF-"
DEFAULT_MAX_SIZE = 50 * 1024 * 1024
DEFAULT_LIMITS = {
    "memory_bytes": 1024 * 1024 * 1024,
    "cpu_seconds": 30,
    "wall_seconds": 60,
    "output_bytes": 64 * 1024 * 1024,
    "max_pages": 3000,
    # Decompressed bytes of all Flate streams together; more is treated as a decompression bomb.
    "inflate_bytes": 768 * 1024 * 1024,
}
COVER_QUALITY = 82

MESSAGES = {
    "empty": _("Die Datei ist leer."),
    "too_large": _("Die Datei ist zu groß (%(size)s). Erlaubt sind höchstens %(max_size)s."),
    "not_pdf": _("Die Datei ist kein PDF. Bitte laden Sie ein PDF-Dokument hoch."),
    "damaged": _("Das PDF ist beschädigt oder unvollständig und kann nicht gelesen werden."),
    "encrypted": _(
        "Das PDF ist verschlüsselt oder mit einem Passwort geschützt. Bitte laden Sie eine Fassung ohne Schutz hoch."
    ),
    "active_content": _(
        "Das PDF enthält JavaScript oder Aktionen, die Programme starten. "
        "Solche Dateien werden aus Sicherheitsgründen nicht angenommen."
    ),
    "too_complex": _(
        "Das PDF ist zu aufwendig, um es sicher zu prüfen. Bitte speichern Sie es neu "
        "(z. B. „Drucken als PDF“) und laden Sie es noch einmal hoch."
    ),
    "too_many_pages": _("Das PDF hat zu viele Seiten (höchstens %(max_pages)s)."),
}


class PdfRefused(Exception):
    """The file is no PDF we accept; `code` is a key of MESSAGES."""

    def __init__(self, code):
        super().__init__(code)
        self.code = code


def max_size():
    return getattr(settings, "PUBLICATIONS_MAX_PDF_SIZE", DEFAULT_MAX_SIZE)


def limits():
    return {**DEFAULT_LIMITS, **getattr(settings, "PUBLICATIONS_PDF_LIMITS", {})}


def run_child(mode, *arguments):
    """Run publications/pdf.py on a file and return its JSON answer; a crash or timeout is a refusal."""
    current = limits()
    command = [sys.executable, "-I", SCRIPT, mode, *map(str, arguments), json.dumps(current)]
    try:
        completed = subprocess.run(  # noqa: S603 - our own script, arguments are paths
            command, capture_output=True, timeout=current["wall_seconds"], check=False
        )
    except subprocess.TimeoutExpired:
        raise PdfRefused("too_complex") from None
    if completed.returncode != 0:
        # Killed by the CPU or memory limit, or pdfium gave up on the file.
        logger.warning("PDF check ended with %s: %s", completed.returncode, completed.stderr[-500:])
        raise PdfRefused("too_complex")
    try:
        result = json.loads(completed.stdout)
    except ValueError:
        raise PdfRefused("damaged") from None
    if "refused" in result:
        raise PdfRefused(result["refused"])
    return result


def refusal_message(refusal, size=0):
    message = MESSAGES[refusal.code]
    if refusal.code == "too_large":
        return message % {"size": filesizeformat(size), "max_size": filesizeformat(max_size())}
    if refusal.code == "too_many_pages":
        return message % {"max_pages": limits()["max_pages"]}
    return message


def check_upload(uploaded_file):
    """Refuse (PdfRefused) a file that is empty, too large, no PDF, encrypted, active or damaged."""
    size = uploaded_file.size or 0
    if size == 0:
        raise PdfRefused("empty")
    if size > max_size():
        raise PdfRefused("too_large")
    uploaded_file.seek(0)
    head = uploaded_file.read(len(HEADER))
    uploaded_file.seek(0)
    if head != HEADER:
        raise PdfRefused("not_pdf")
    if hasattr(uploaded_file, "temporary_file_path"):
        result = run_child("check", uploaded_file.temporary_file_path())
    else:
        # Small uploads live in memory; the child needs a file, outside the storage.
        with tempfile.NamedTemporaryFile(suffix=".pdf") as copy:
            shutil.copyfileobj(uploaded_file, copy)
            copy.flush()
            result = run_child("check", copy.name)
        uploaded_file.seek(0)
    return result


def validate_pdf_upload(uploaded_file):
    """Form validation of an uploaded document: a ValidationError in the editor's language if refused."""
    try:
        check_upload(uploaded_file)
    except PdfRefused as refusal:
        raise ValidationError(refusal_message(refusal, uploaded_file.size), code=refusal.code) from None


def readable_file_name(name):
    """ "Positionspapier Raumbeobachtung (2018).PDF" → "positionspapier-raumbeobachtung-2018.pdf"."""
    stem = slugify(Path(name).stem)[:80].strip("-")
    return f"{stem or 'dokument'}.pdf"


def is_new_upload(value):
    return isinstance(value, UploadedFile)


# Background reading


def needs_reading(document):
    info = PdfInfo.objects.filter(document=document).only("file_hash", "status").first()
    return info is None or info.file_hash != document.file_hash


def schedule_reading(document):
    """Read the document's PDF once the transaction that stored it has committed."""
    from publications.tasks import read_pdf

    document_id, file_hash = document.pk, document.file_hash
    transaction.on_commit(lambda: read_pdf.enqueue(document_id, file_hash))


def document_saved(sender, instance, raw=False, **kwargs):
    if raw or not instance.file or not instance.filename.lower().endswith(".pdf"):
        return
    if needs_reading(instance):
        schedule_reading(instance)


def pdf_info_deleted(sender, instance, **kwargs):
    if instance.cover_id:
        cover_id = instance.cover_id
        transaction.on_commit(lambda: delete_images([cover_id]))


def delete_images(pks):
    for image in get_image_model().objects.filter(pk__in=pks):
        image.delete()


def connect_signals():
    post_save.connect(document_saved, sender=get_document_model(), dispatch_uid="publications_document_saved")
    post_delete.connect(pdf_info_deleted, sender=PdfInfo, dispatch_uid="publications_pdf_info_deleted")


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
            transaction.on_commit(lambda: delete_images([cover.pk] if cover else []))
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
        if old_cover_id and old_cover_id != info.cover_id:
            transaction.on_commit(lambda: delete_images([old_cover_id]))
    reindex_publications(document)
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
    if old_cover_id:
        transaction.on_commit(lambda: delete_images([old_cover_id]))


def reindex_publications(document):
    """The site search indexes the PDFs' text with the publications that offer them."""
    from wagtail.search.index import insert_or_update_object

    from publications.models import PublicationPage

    for page in PublicationPage.objects.filter(files__document=document).distinct():
        insert_or_update_object(page)
