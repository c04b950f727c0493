from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImegConfig(AppConfig):
    name = "imeg"
    verbose_name = _("IMeG Website")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail_modeltranslation import wagtail_hooks as modeltranslation_hooks

        from imeg import routing
        from imeg.forms import CopyFormWithFreeSlugs
        from imeg.search import signals as search_signals
        from imeg.translations import signals as translation_signals

        routing.install()
        search_signals.connect()
        translation_signals.connect(self)
        # wagtail-modeltranslation's copy hook builds its form from this module-level name.
        modeltranslation_hooks.PatchedCopyForm = CopyFormWithFreeSlugs
