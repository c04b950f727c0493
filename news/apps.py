from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("Aktuelles und Veranstaltungen")
    default_auto_field = "django.db.models.BigAutoField"
