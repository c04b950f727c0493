from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImegConfig(AppConfig):
    name = "imeg"
    verbose_name = _("IMeG Website")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from imeg import checks, patches
        from imeg.links import signals as link_signals
        from imeg.search import signals as search_signals
        from imeg.translations import signals as translation_signals

        checks.register()
        patches.install()
        search_signals.connect()
        link_signals.connect()
        translation_signals.connect(self)
        prioritise_purges()


# Wagtail purges Varnish (FRONTEND_CACHE_URL) from a task. With a worker, a publish also enqueues the
# reference index and search updates; the purge goes first, so visitors see the change as soon as
# the worker is free (docs/operations.md, "Stack drill"). django-tasks-db hands out by priority.
PURGE_PRIORITY = 50


def prioritise_purges():
    from wagtail.contrib.frontend_cache import tasks

    # wagtail.contrib.frontend_cache.utils looks the task up in this module each time it enqueues it.
    tasks.purge_urls_from_cache_task = tasks.purge_urls_from_cache_task.using(priority=PURGE_PRIORITY)
