"""What the broken-links report shows: internal links that point nowhere, and the external links' last check."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LinkProblem(models.TextChoices):
    PAGE_DELETED = "page_deleted", _("Seite gelöscht")
    PAGE_UNPUBLISHED = "page_unpublished", _("Seite nicht veröffentlicht")
    PAGE_PRIVATE = "page_private", _("Seite nicht öffentlich")
    DOCUMENT_DELETED = "document_deleted", _("Dokument gelöscht")
    DOCUMENT_FILE_MISSING = "document_file_missing", _("Datei des Dokuments fehlt")


class BrokenInternalLink(models.Model):
    """A link on a live page to one of our pages or documents that visitors cannot open; rebuilt, never edited."""

    source_page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    target_model = models.CharField(max_length=20)  # "page" or "document"
    target_id = models.CharField(max_length=255)
    # The title is kept because a deleted page or document has none left to look up.
    target_title = models.CharField(max_length=255, blank=True)
    problem = models.CharField(max_length=30, choices=LinkProblem)
    field = models.CharField(max_length=255, blank=True)
    found_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Defekter interner Link")
        verbose_name_plural = _("Defekte interne Links")
        indexes = [models.Index(fields=["target_model", "target_id"], name="broken_link_target")]

    def __str__(self):
        return f"{self.source_page_id} → {self.target_model} {self.target_id}"


class ExternalLink(models.Model):
    """An address on another site that live pages link to, with the result of its last check."""

    url = models.URLField(max_length=2000, unique=True)
    pages = models.ManyToManyField("wagtailcore.Page", related_name="+")
    checked_at = models.DateTimeField(null=True, blank=True)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    error = models.CharField(max_length=255, blank=True)
    broken = models.BooleanField(default=False, db_index=True)

    class Meta:
        verbose_name = _("Externer Link")
        verbose_name_plural = _("Externe Links")

    def __str__(self):
        return self.url
