from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "imeg.page_cache"
    label = "imeg_page_cache"
    verbose_name = "Page cache"

    def ready(self):
        # Signal modules import models: not before the apps are ready. See decision 59.
        from imeg import lookup_cache
        from imeg.page_cache import missed, purge

        lookup_cache.connect()
        purge.connect()
        missed.install()
