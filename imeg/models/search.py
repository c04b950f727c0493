"""The site search index: one row per public page and language (see docs/search.md)."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    """What the site search finds of one live, public page in one language; rebuilt, never edited."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=5)
    page_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE, related_name="+")
    title = models.TextField()
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    date = models.DateField(null=True, blank=True)
    # How precisely the page knows its date ("day", "month" or "year"), so a result shows "2011", not "1. Januar 2011".
    date_precision = models.CharField(max_length=5, default="day")
    # Filled on PostgreSQL only, with the language's text-search configuration; a GIN index
    # (migration 0003) makes matching fast. SQLite ignores the column and matches the text.
    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = _("Suchindex-Eintrag")
        verbose_name_plural = _("Suchindex-Einträge")
        constraints = [models.UniqueConstraint(fields=["page", "language"], name="search_entry_page_language")]
        indexes = [models.Index(fields=["language", "page_type"], name="search_entry_language_type")]

    def __str__(self):
        return f"{self.title} ({self.language})"
