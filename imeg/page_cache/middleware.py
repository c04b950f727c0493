"""Serve anonymous visitors' page views from the page cache (imeg.page_cache.store)."""

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.utils.cache import patch_cache_control, patch_vary_headers

from imeg.page_cache import store
from imeg.translation_utils import LANGUAGE_CODES

CACHE_HEADER = "X-Page-Cache"
LANGUAGE_PREFIXES = tuple(f"/{code}/" for code in LANGUAGE_CODES)
# Paths outside the language prefixes that are the same for every visitor.
EXTRA_PATHS = ("/sitemap.xml",)
UNCACHEABLE_CACHE_CONTROL = ("private", "no-cache", "no-store")


def cache_candidate(request):
    """Whether the request may be answered from (and stored in) the cache: anonymous GET/HEAD of a page."""
    if not settings.PAGE_CACHE_ENABLED or request.method not in ("GET", "HEAD"):
        return False
    if not (request.path.startswith(LANGUAGE_PREFIXES) or request.path in EXTRA_PATHS):
        return False
    # Editors and visitors who sent a form carry a cookie; they always get a fresh page.
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and CookieStorage.cookie_name not in cookies


def cacheable_response(request, response):
    """Only a complete 200 that sets no cookie and depends on no session, CSRF token or user."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    session = getattr(request, "session", None)
    if session is not None and (session.modified or session.session_key):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in UNCACHEABLE_CACHE_CONTROL)


class PageCacheMiddleware:
    """Answer anonymous GET/HEAD requests for pages from the cache; keep what can be kept.

    It sits at the end of MIDDLEWARE: a hit passes back through every middleware above it, so
    security headers, Content-Language and Vary are set on cached pages as on fresh ones, and
    nothing below it (URL routing, views, templates, the database) runs. Hits and misses say so
    in the X-Page-Cache header.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not cache_candidate(request):
            return self.get_response(request)
        query = store.normalise_query(request.META.get("QUERY_STRING", ""))
        if query is None:
            return self.get_response(request)
        response = store.get(request.get_host(), request.path, query)
        if response is not None:
            # A fresh page varies on Cookie because the session was looked at; a cached one does too.
            patch_vary_headers(response, ["Cookie"])
            response[CACHE_HEADER] = "hit"
            return shared(response)
        response = self.get_response(request)
        if cacheable_response(request, response):
            response[CACHE_HEADER] = "miss" if store.put(request.get_host(), request.path, query, response) else "skip"
            shared(response)
        return response


def shared(response):
    """Let a shared cache in front (Varnish, deploy/varnish) keep the page as long as we do; purges reach both.

    Browsers revalidate (max-age=0): they cannot be purged.
    """
    patch_cache_control(response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_TIMEOUT)
    return response
