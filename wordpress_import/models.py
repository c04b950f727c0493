"""What an import remembers, so that the next run of the same export changes only what changed."""

from django.db import models


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
