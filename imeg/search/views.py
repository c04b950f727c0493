"""The search page: /de/suche/, /en/search/, /fr/recherche/, /nl/zoeken/."""

import logging

import psycopg
from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.views.decorators.http import require_safe

from imeg.middleware import DATABASE_UNAVAILABLE_ERRORS
from imeg.search.query import MAX_QUERY_LENGTH, Search
from imeg.translation_utils import DEFAULT_LANGUAGE, LANGUAGE_CODES

logger = logging.getLogger(__name__)

# A query that PostgreSQL cannot answer within this time is cancelled; the visitor is asked to simplify it.
TIME_LIMIT_MS = 5000


def search_urls(query):
    """The search page in every language, with the same query."""
    links = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            url = reverse("search") + (f"?{urlencode({'q': query})}" if query else "")
        links.append(
            {"code": code, "name": translation.get_language_info(code)["name_local"], "url": url, "translated": False}
        )
    return links


@require_safe
def search(request):
    language = translation.get_language()
    if language not in LANGUAGE_CODES:
        language = DEFAULT_LANGUAGE
    raw_query = request.GET.get("q", "")
    query = Search(raw_query, language, request.GET.get("type", ""))
    links = search_urls(query.query)
    context = {
        "query": query.query,
        "query_shortened": len(raw_query.strip()) > MAX_QUERY_LENGTH,
        "max_query_length": MAX_QUERY_LENGTH,
        "translations": links,
        "other_languages": [item for item in links if item["code"] != language],
        "noindex": True,
    }
    status = 200
    try:
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute(f"SET LOCAL statement_timeout = {TIME_LIMIT_MS}")
            page_obj = query.run(request.GET.get("page") or 1, request)
            context.update(
                page_obj=page_obj,
                results=page_obj.object_list,
                type_counts=[
                    {
                        "key": item.key,
                        "label": item.label,
                        "count": item.count,
                        "query": urlencode({"q": query.query, "type": item.key}),
                    }
                    for item in query.type_counts
                ],
                active_type=query.page_type,
                total=query.total,
                all_types_query=urlencode({"q": query.query}),
                pagination_query=urlencode({"q": query.query, "type": query.page_type.key if query.page_type else ""}),
            )
    except DatabaseError as error:
        if isinstance(error, DATABASE_UNAVAILABLE_ERRORS) and not timed_out(error):
            # The database is down or dropped the connection: the outage page (503, Retry-After)
            # of imeg.middleware.DatabaseUnavailableMiddleware, as on every other page.
            raise
        # Too costly for the time limit (or a query PostgreSQL refused): "try simpler terms".
        # The query text may hold personal data, so only its length is logged.
        logger.warning("Search failed or timed out (query of %d characters)", len(query.query), exc_info=True)
        context.update(failed=True, results=[], type_counts=[], total=0)
        status = 400
    return TemplateResponse(request, "imeg/search.html", context, status=status)


def timed_out(error):
    """Whether PostgreSQL cancelled the statement (statement_timeout), which Django reports as an OperationalError."""
    return isinstance(error.__cause__, psycopg.errors.QueryCanceled)
