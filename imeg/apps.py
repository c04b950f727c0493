from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImegConfig(AppConfig):
    name = "imeg"
    verbose_name = _("IMeG Website")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Signal modules and the patches import models: not before the apps are ready. See decision 59.
        from imeg import checks, patches
        from imeg.links import signals as link_signals
        from imeg.search import signals as search_signals
        from imeg.translations import signals as translation_signals

        checks.register()
        patches.install()
        search_signals.connect()
        link_signals.connect()
        translation_signals.connect(self)
