"""What the PDF pipeline learnt about an uploaded document: pages, metadata, text and cover."""

from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.documents import get_document_model_string


class PdfStatus(models.TextChoices):
    PROCESSING = "processing", _("In Bearbeitung")
    READY = "ready", _("Fertig")
    FAILED = "failed", _("Fehlgeschlagen")


class PdfInfo(models.Model):
    """The page count, metadata, full text and cover of one version of a document's PDF.

    The row describes the file whose hash it holds; a replaced file makes it stale until the
    background task has read the new one, and a stale row is never shown (see `is_current`).
    """

    document = models.OneToOneField(
        get_document_model_string(),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="pdf_info",
        verbose_name=_("Dokument"),
    )
    file_hash = models.CharField(_("Prüfsumme der gelesenen Datei"), max_length=40, blank=True)
    status = models.CharField(_("Status"), max_length=20, choices=PdfStatus, default=PdfStatus.PROCESSING)
    page_count = models.PositiveIntegerField(_("Seitenzahl"), null=True, blank=True)
    title = models.CharField(_("Titel laut PDF"), max_length=500, blank=True)
    author = models.CharField(_("Autor laut PDF"), max_length=500, blank=True)
    subject = models.CharField(_("Thema laut PDF"), max_length=500, blank=True)
    keywords = models.CharField(_("Stichwörter laut PDF"), max_length=500, blank=True)
    text = models.TextField(_("Volltext"), blank=True)
    cover = models.ForeignKey(
        "imeg.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Titelbild"),
    )
    error = models.CharField(_("Fehler"), max_length=255, blank=True)
    processed_at = models.DateTimeField(_("Gelesen am"), null=True, blank=True)

    class Meta:
        verbose_name = _("PDF-Angaben")
        verbose_name_plural = _("PDF-Angaben")

    def __str__(self):
        return str(self.document_id)

    @property
    def is_current(self):
        """Read from the file the document has now, and read successfully."""
        return self.status == PdfStatus.READY and self.file_hash == self.document.file_hash

    def summary(self):
        """ "PDF, 1,2 MB, 24 Seiten" for download links."""
        parts = ["PDF"]
        if self.document.file_size:
            parts.append(filesizeformat(self.document.file_size))
        if self.is_current and self.page_count:
            parts.append(ngettext("%(count)d Seite", "%(count)d Seiten", self.page_count) % {"count": self.page_count})
        return ", ".join(parts)
