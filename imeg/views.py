"""Views of the site core that are not pages."""

import sys

from django import http
from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpResponseRedirect
from django.template import loader
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.http import require_safe
from wagtail.contrib.redirects.middleware import get_redirect
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.views import serve as document_views

from imeg.middleware import DATABASE_UNAVAILABLE_ERRORS, database_unavailable, standalone_error_page


@require_safe
def choose_language(request):
    """Send `/` to the visitor's preferred language, from Accept-Language only (no cookie).

    `/` with a query string may be an old address with a redirect of its own (WordPress's `/?p=12`,
    `/?page_id=7`): Wagtail's redirect middleware only looks at 404s, so `/` asks it here.
    """
    if request.META.get("QUERY_STRING"):
        redirect = get_redirect(request, Redirect.normalise_path(request.get_full_path(), decode_unicode=False))
        if redirect is not None and redirect.link:
            response_class = http.HttpResponsePermanentRedirect if redirect.is_permanent else HttpResponseRedirect
            return response_class(redirect.link)
    language = _language_from_header(request.headers.get("Accept-Language", ""))
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ["Accept-Language"])
    # Shared caches keep one redirect per Accept-Language (Vary); it changes only with the languages.
    patch_cache_control(response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_TIMEOUT)
    return response


def _language_from_header(header):
    for accept_lang, _quality in translation.trans_real.parse_accept_lang_header(header[:1000]):
        if accept_lang == "*":
            break
        try:
            return translation.get_supported_language_variant(accept_lang)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE


def page_not_found(request, exception=None):
    template = loader.get_template("404.html")
    return http.HttpResponseNotFound(template.render({"request_path": request.path}, request))


def server_error(request):
    """Render the error page without touching the database or context processors."""
    # Django calls this while handling the exception, also one raised by middleware.
    if isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE_ERRORS):
        return database_unavailable(request)
    return standalone_error_page(request, "500.html", 500)


def bad_request(request, exception=None):
    """A request Django refused (broken or oversized body, too many fields, a Host not allowed).

    Rendered without the site or its settings: for a refused Host, asking for the site would raise again.
    """
    if isinstance(exception, RequestDataTooBig):
        return standalone_error_page(request, "413.html", 413)
    return standalone_error_page(request, "400.html", 400)


@require_safe
def serve_document(request, document_id, document_filename):
    """Wagtail's document download (permission checks, ETag), GET and HEAD only.

    Its sendfile path copies the encoding `mimetypes` guessed from the file name into the
    response, `None` for a PDF, which Django sends as a literal `Content-Encoding: None`.
    """
    response = document_views.serve(request, document_id, document_filename)
    if response.get("Content-Encoding") in ("None", ""):
        del response["Content-Encoding"]
    return response
