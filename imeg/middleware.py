"""Request middleware of the site core."""

import logging
import time
from urllib.parse import unquote_plus

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import FileResponse, HttpResponse, HttpResponseNotAllowed
from django.middleware.gzip import GZipMiddleware
from django.middleware.locale import LocaleMiddleware
from django.template import loader
from django.utils import translation
from django.utils.cache import add_never_cache_headers

request_logger = logging.getLogger("imeg.request")
availability_logger = logging.getLogger("imeg.availability")

# What the database driver raises when the server is down, restarting or unreachable.
DATABASE_UNAVAILABLE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30
# Bounds on what a request can put into the log: paths and parameter names are chosen by the client.
LOG_PATH_LENGTH = 300
LOG_QUERY_KEYS = 20
LOG_QUERY_KEY_LENGTH = 40
# TRACE echoes the request (and Django's views would answer it like GET); TRACK is IIS's alias.
REFUSED_METHODS = frozenset({"TRACE", "TRACK"})


class LanguagePrefixMiddleware(LocaleMiddleware):
    """Activate the language of the URL prefix; never guess one for an unprefixed path.

    Django's LocaleMiddleware redirects every unprefixed 404 to a prefixed URL, so `/xx/`
    would become `/de/xx/`. Only `/` chooses a language (`imeg.views.choose_language`);
    any other path without a known prefix is simply not found.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and not translation.get_language_from_path(request.path_info):
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)


class RequestLogMiddleware:
    """One line per request on the logger `imeg.request`, without personal data.

    Logged: method, path, the names (never the values) of query parameters, status, duration,
    size of the response and language. Never logged: IP address, user agent, cookies, referrer,
    user, query values. It sits first in MIDDLEWARE so that it times and sees every response.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        level = logging.ERROR if response.status_code >= 500 else logging.INFO
        if request_logger.isEnabledFor(level):
            fields = {
                "method": request.method[:16],
                "path": request.path[:LOG_PATH_LENGTH],
                "query_keys": query_keys(request.META.get("QUERY_STRING", "")),
                "status": response.status_code,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                "bytes": response_size(response),
                "language": getattr(request, "LANGUAGE_CODE", None),
            }
            request_logger.log(level, "%s %s %s", fields["method"], fields["path"], fields["status"], extra=fields)
        return response


def query_keys(query_string):
    """The distinct parameter names of a query string, parsed leniently: a log line never fails."""
    keys = set()
    for part in query_string.replace(";", "&").split("&"):
        if part:
            keys.add(unquote_plus(part.partition("=")[0], errors="replace")[:LOG_QUERY_KEY_LENGTH])
        if len(keys) >= LOG_QUERY_KEYS:
            break
    return sorted(keys)


def response_size(response):
    if not response.streaming:
        return len(response.content)
    length = response.get("Content-Length", "")
    return int(length) if length.isdigit() else None


class DatabaseUnavailableMiddleware:
    """A friendly 503 with Retry-After instead of a 500 while the database cannot be reached.

    This catches what views and templates raise; what middleware raises reaches
    `imeg.views.server_error`, which answers the same way. Django opens a new connection on the
    next request, so the site recovers by itself once the database is back.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_UNAVAILABLE_ERRORS):
            availability_logger.error("Database unavailable: %s %s", request.method, request.path, exc_info=exception)
            return database_unavailable(request)
        return None


def database_unavailable(request):
    """The 503 page in the language of the URL, rendered without database, context processors or menu."""
    response = standalone_error_page(request, "503.html", 503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


def standalone_error_page(request, template_name, status):
    """An error page (templates/standalone_error.html) in the URL's language, without database or context processors.

    Usable while the database is down and for requests whose Host was refused: nothing here asks
    for the host, the site or its settings.
    """
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    try:
        with translation.override(language):
            content = loader.get_template(template_name).render({"LANGUAGE_CODE": language})
    except Exception:  # an error page itself must never fail
        content = f'<!DOCTYPE html><html lang="de"><title>Fehler {status}</title><h1>Fehler {status}</h1></html>'
    return HttpResponse(content, status=status)


class RefuseTraceMiddleware:
    """405 for TRACE (and TRACK) on every path, whatever a view would do with it.

    Views decorated with `require_safe` refuse it already, but Wagtail's document view and page
    serving would answer TRACE like GET when a client reaches gunicorn directly (nginx refuses it).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in REFUSED_METHODS:
            return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
        return self.get_response(request)


class CompressionMiddleware(GZipMiddleware):
    """Django's gzip for pages, feeds and JSON, but files (documents) are sent as stored.

    PDFs hardly shrink, and compressing a stream drops its Content-Length (no progress bar, no
    size for the browser to check).
    """

    def process_response(self, request, response):
        if isinstance(response, FileResponse):
            return response
        return super().process_response(request, response)
