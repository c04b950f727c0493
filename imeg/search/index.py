"""Keeping the search index current: rows for live, public, translated pages, nothing else.

Each language's row is weighted A (title), B (summary) and C (body, including PDF text) with the
language's own PostgreSQL text-search configuration. See docs/search.md.
"""

from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction
from django.utils import translation
from wagtail.models import Page

from imeg.languages import by_code
from imeg.models import SearchEntry
from imeg.search.content import distinct_texts, plain_text
from imeg.translation_utils import LANGUAGE_CODES

TEXT_SEARCH_CONFIGS = by_code("text_search_config")
# A tsvector holds at most 1 MB; a long PDF is indexed with its first ~300,000 characters.
MAX_LENGTHS = {"title": 1_000, "summary": 10_000, "body": 300_000}
BATCH_SIZE = 200


def uses_vectors():
    return connection.vendor == "postgresql"


def entries_for(page):
    """Unsaved index rows of one (specific) page: one per language the page is translated into."""
    entries = []
    for language in LANGUAGE_CODES:
        if not page.is_translated(language):
            continue
        with translation.override(language):
            content = page.search_content()
        summary = distinct_texts(content["summary"])
        body = distinct_texts(content["body"], besides=summary)
        entries.append(
            SearchEntry(
                page_id=page.pk,
                language=language,
                page_type_id=page.content_type_id,
                title=plain_text(content["title"])[: MAX_LENGTHS["title"]],
                summary=" ".join(summary)[: MAX_LENGTHS["summary"]],
                body=" ".join(body)[: MAX_LENGTHS["body"]],
                date=content["date"],
                date_precision=content.get("date_precision", "day"),
            )
        )
    return entries


def fill_vectors(entries):
    """Compute the weighted tsvector of the given rows, each language with its configuration."""
    if not uses_vectors():
        return
    for language, config in TEXT_SEARCH_CONFIGS.items():
        entries.filter(language=language).update(
            search_vector=SearchVector("title", weight="A", config=config)
            + SearchVector("summary", weight="B", config=config)
            + SearchVector("body", weight="C", config=config)
        )


def update_pages(page_ids, loaded=None):
    """Bring the rows of these pages up to date: rows for the live, public ones, none for the others.

    `loaded` ({pk: specific page}) holds pages the caller has just read from the database: they are
    used as they are instead of being read again (the WordPress import's catch-up, wordpress_import/deferred.py).
    """
    page_ids = list(page_ids)
    loaded = loaded or {}
    for start in range(0, len(page_ids), BATCH_SIZE):
        batch = page_ids[start : start + BATCH_SIZE]
        with transaction.atomic():
            SearchEntry.objects.filter(page_id__in=batch).delete()
            wanted = Page.objects.filter(pk__in=batch, depth__gt=1).live().public()
            if loaded:
                pks = list(wanted.values_list("pk", flat=True))
                pages = [loaded[pk] for pk in pks if pk in loaded]
                pages += list(Page.objects.filter(pk__in=[pk for pk in pks if pk not in loaded]).specific())
            else:
                pages = wanted.specific()
            SearchEntry.objects.bulk_create([entry for page in pages for entry in entries_for(page)])
            fill_vectors(SearchEntry.objects.filter(page_id__in=batch))


def update_subtree(page):
    """Reindex a page and everything below it (after a move or a change of view restrictions)."""
    update_pages(Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))


def rebuild(progress=None):
    """Empty the index and fill it from every page; `progress(done, total)` is told after each batch."""
    page_ids = list(Page.objects.filter(depth__gt=1).live().public().order_by("path").values_list("pk", flat=True))
    SearchEntry.objects.all().delete()
    for start in range(0, len(page_ids), BATCH_SIZE):
        update_pages(page_ids[start : start + BATCH_SIZE])
        if progress:
            progress(min(start + BATCH_SIZE, len(page_ids)), len(page_ids))
    return SearchEntry.objects.count()


def update_subtree_by_id(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        update_subtree(page)
