"""The in-request check of an uploaded PDF, before anything is stored (publications.forms.DocumentForm).

The check is quick and decides whether the file is stored at all; reading the text and rendering the
cover come later, in the background (publications/reading.py).
"""

import shutil
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from publications.pdf_runner import PdfRefused, limits, run_child

HEADER = b"%PDF-"

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


def max_size():
    return settings.PUBLICATIONS_MAX_PDF_SIZE


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
