"""What an import remembers, so that the next run of the same export changes only what changed."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wordpress_import.storage import private_storage


class ImportedItem(models.Model):
    """One WordPress item (page, post, attachment) and the page, image or document it became."""

    source = models.CharField(max_length=255, help_text="The WordPress site's address (wp:base_site_url).")
    wp_id = models.PositiveBigIntegerField()
    kind = models.CharField(max_length=20)
    guid = models.CharField(max_length=500, blank=True)
    object_id = models.PositiveBigIntegerField()
    content_hash = models.CharField(max_length=64, help_text="Of the item in the export and the mapping applied.")
    object_state = models.CharField(
        max_length=64, blank=True, help_text="The page revision or image/document state the import left behind."
    )
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["source", "wp_id", "kind"], name="unique_imported_item")]

    def __str__(self):
        return f"{self.source} #{self.wp_id} → {self.kind} {self.object_id}"


class ImportRun(models.Model):
    """An import started in the admin: the uploaded files (private storage), its state and its report."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("In der Warteschlange")
        RUNNING = "running", _("Läuft")
        DONE = "done", _("Fertig")
        FAILED = "failed", _("Fehlgeschlagen")

    created_at = models.DateTimeField(_("Gestartet am"), auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    dry_run = models.BooleanField(_("Probelauf"), default=True)
    export = models.FileField(storage=private_storage, upload_to="runs/%Y/%m/", max_length=255)
    uploads = models.FileField(storage=private_storage, upload_to="runs/%Y/%m/", max_length=255, blank=True)
    map_file = models.FileField(storage=private_storage, upload_to="runs/%Y/%m/", max_length=255, blank=True)
    status = models.CharField(_("Status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True, help_text="Why the run failed, for people.")
    report = models.JSONField(null=True, blank=True, help_text="Report.as_data() of the run.")
    report_text = models.TextField(blank=True, help_text="The report as the command prints it, in German.")
    redirects_csv = models.FileField(storage=private_storage, upload_to="runs/%Y/%m/", max_length=255, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("WordPress-Import")
        verbose_name_plural = _("WordPress-Importe")

    def __str__(self):
        return f"WordPress import {self.pk} ({self.status})"

    @property
    def finished(self):
        return self.status in (self.Status.DONE, self.Status.FAILED)
