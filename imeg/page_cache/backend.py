"""The page cache as a Wagtail frontend-cache backend (WAGTAILFRONTENDCACHE), beside a CDN or Varnish."""

from urllib.parse import urlsplit

from wagtail.contrib.frontend_cache.backends import BaseBackend

from imeg.page_cache import store


class PageCacheBackend(BaseBackend):
    """Purging a URL forgets its path in the page cache, with every query string."""

    def purge(self, url):
        store.purge_path(urlsplit(url).path or "/")
