"""Purges that could not reach the cache, kept in the database until the cache is back."""

from django.db import models


class MissedPurge(models.Model):
    """A purge the cache did not receive (it was down); the whole site is purged once it answers again."""

    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "missed cache purge"

    def __str__(self):
        return f"missed purge {self.created_at:%Y-%m-%d %H:%M:%S}"
