from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicationsConfig(AppConfig):
    name = "publications"
    verbose_name = _("Veröffentlichungen")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from publications import signals  # see decision 59

        signals.connect()
