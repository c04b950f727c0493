"""What each translation was made from, and the status per object and language that the report lists."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationSource(models.Model):
    """The German text one translated unit was made from, kept to tell when the German has changed since."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    # Set for pages, so deleting a page deletes its rows with it.
    page = models.ForeignKey("wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8)
    unit = models.CharField(max_length=255)
    source_hash = models.CharField(max_length=32)
    source_text = models.TextField(blank=True)
    target_hash = models.CharField(max_length=32)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language", "unit"], name="translation_source_unique_unit"
            )
        ]

    def __str__(self):
        return f"{self.content_type_id}/{self.object_id} {self.language} {self.unit}"


class TranslationStatus(models.Model):
    """Whether an object is missing, incomplete, outdated or current in a language, and which fields."""

    class Status(models.TextChoices):
        MISSING = "missing", _("fehlt")
        INCOMPLETE = "incomplete", _("unvollständig")
        OUTDATED = "outdated", _("veraltet")
        CURRENT = "current", _("aktuell")

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="translation_statuses"
    )
    language = models.CharField(max_length=8)
    status = models.CharField(max_length=16, choices=Status.choices)
    # Names of the fields (model field or child relation) with an untranslated or outdated unit.
    missing_fields = models.JSONField(default=list, blank=True)
    outdated_fields = models.JSONField(default=list, blank=True)
    unit_count = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"], name="translation_status_unique_language"
            )
        ]
        indexes = [models.Index(fields=["language", "status"], name="translation_status_lang_idx")]

    def __str__(self):
        return f"{self.content_type_id}/{self.object_id} {self.language}: {self.status}"
