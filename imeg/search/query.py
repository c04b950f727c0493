"""Finding pages in the search index: full-text search on PostgreSQL, a plain text match on SQLite.

Both give the same interface: `Search(query, language, page_type).run(page_number)` returns the
page of results, with each result's URL, type, date and highlighted title and excerpt, and the
number of results per page type for the filter.
"""

import re
from dataclasses import dataclass
from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.core.paginator import Paginator
from django.db.models import Case, Count, F, IntegerField, Q, Value, When
from django.utils import translation
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.safestring import mark_safe

from imeg.models import SearchEntry
from imeg.search.content import plain_text
from imeg.search.index import TEXT_SEARCH_CONFIGS, uses_vectors

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
# ts_rank weights for D, C (body and PDFs), B (summary), A (title): a title match outranks the body.
RANK_WEIGHTS = [0.05, 0.1, 0.4, 1.0]
# Marks around highlighted words: control characters never occur in indexed text (see plain_text),
# so the text can be escaped first and the marks turned into <mark> afterwards.
MARK_START, MARK_STOP = "\x02", "\x03"
EXCERPT_LENGTH = 240
WORDS = re.compile(r"\w+")


def clean_query(value):
    """The query as searched: one line, no control characters, at most MAX_QUERY_LENGTH characters."""
    return plain_text(value)[:MAX_QUERY_LENGTH].strip()


def highlighted(text):
    return mark_safe(escape(text).replace(MARK_START, "<mark>").replace(MARK_STOP, "</mark>"))


# How a result's date is shown and marked up, by how precisely the page knows it.
DATE_FORMATS = {"day": ("DATE_FORMAT", "Y-m-d"), "month": ("YEAR_MONTH_FORMAT", "Y-m"), "year": ("Y", "Y")}
FRAGMENT_DELIMITER = " … "


@dataclass
class SearchResult:
    title: str
    url: str
    type_label: str
    date: date | None
    excerpt: str
    date_precision: str = "day"

    @property
    def date_text(self):
        """The date as precisely as the page knows it, in the active language: "2011", "Mai 2011", "3. Mai 2011"."""
        return date_format(self.date, DATE_FORMATS.get(self.date_precision, DATE_FORMATS["day"])[0])

    @property
    def date_iso(self):
        return date_format(self.date, DATE_FORMATS.get(self.date_precision, DATE_FORMATS["day"])[1])


@dataclass
class TypeCount:
    key: str
    label: str
    count: int
    content_type_ids: list


def result_type_label(model):
    return getattr(model, "search_type_label", None) or model._meta.verbose_name


class Search:
    """A visitor's query in one language, optionally narrowed to one page type (its model name)."""

    def __init__(self, query, language, page_type=""):
        self.query = clean_query(query)
        self.language = language
        self.requested_type = page_type

    @cached_property
    def config(self):
        return TEXT_SEARCH_CONFIGS[self.language]

    @cached_property
    def search_query(self):
        return SearchQuery(self.query, search_type="websearch", config=self.config)

    @cached_property
    def terms(self):
        return WORDS.findall(self.query)

    def matching(self):
        """Index rows of live pages in the language that match the query, in no particular order."""
        entries = SearchEntry.objects.filter(language=self.language, page__live=True)
        if not self.query:
            return entries.none()
        if uses_vectors():
            return entries.filter(search_vector=self.search_query)
        if not self.terms:
            return entries.none()
        for term in self.terms:
            entries = entries.filter(Q(title__icontains=term) | Q(summary__icontains=term) | Q(body__icontains=term))
        return entries

    def ranked(self, entries):
        if uses_vectors():
            rank = SearchRank(F("search_vector"), self.search_query, weights=RANK_WEIGHTS)
        elif self.terms:
            title_match = Q()
            for term in self.terms:
                title_match &= Q(title__icontains=term)
            rank = Case(When(title_match, then=Value(1)), default=Value(0), output_field=IntegerField())
        else:  # no words to look for, so no results either; the query still has to be valid
            rank = Value(0, output_field=IntegerField())
        return entries.annotate(rank=rank).order_by("-rank", F("date").desc(nulls_last=True), "pk")

    @cached_property
    def type_counts(self):
        """Results per type as visitors know it ("Seite", "Meldung"), most first: the options of the type filter.

        Page types declare their type (`search_type`, `search_type_label`); those sharing one are counted together.
        """
        rows = self.matching().order_by().values("page_type").annotate(count=Count("pk"))
        counts = {}
        for row in rows:
            model = ContentType.objects.get_for_id(row["page_type"]).model_class()
            if model is None:
                continue
            key = getattr(model, "search_type", "page")
            item = counts.setdefault(key, TypeCount(key, str(result_type_label(model)), 0, []))
            item.count += row["count"]
            item.content_type_ids.append(row["page_type"])
        return sorted(counts.values(), key=lambda item: (-item.count, item.label))

    @cached_property
    def page_type(self):
        """The requested type if the results have it; an unknown or empty type shows all results."""
        return next((item for item in self.type_counts if item.key == self.requested_type), None)

    @property
    def total(self):
        return sum(item.count for item in self.type_counts)

    def run(self, page_number, request=None):
        """The requested page of results (a Paginator page whose object_list holds SearchResults)."""
        entries = self.matching()
        count = self.total
        if self.page_type:
            entries = entries.filter(page_type__in=self.page_type.content_type_ids)
            count = self.page_type.count
        paginator = Paginator(self.ranked(entries).values_list("pk", flat=True), RESULTS_PER_PAGE)
        # Known from the type counts already; saves the paginator's COUNT query.
        paginator.__dict__["count"] = count
        page = paginator.get_page(page_number)
        page.object_list = self.results(list(page.object_list), request)
        return page

    def results(self, ids, request):
        if not ids:
            return []
        entries = SearchEntry.objects.filter(pk__in=ids).select_related("page").defer("search_vector")
        if uses_vectors():
            options = {"config": self.config, "start_sel": MARK_START, "stop_sel": MARK_STOP}
            entries = entries.annotate(
                title_marked=SearchHeadline("title", self.search_query, highlight_all=True, **options),
                summary_marked=SearchHeadline("summary", self.search_query, highlight_all=True, **options),
                body_marked=SearchHeadline(
                    "body",
                    self.search_query,
                    max_words=40,
                    min_words=20,
                    max_fragments=2,
                    fragment_delimiter=FRAGMENT_DELIMITER,
                    **options,
                ),
            ).defer("body")
        by_id = {entry.pk: entry for entry in entries}
        with translation.override(self.language):
            return [self.result(by_id[pk], request) for pk in ids if pk in by_id]

    def result(self, entry, request):
        if uses_vectors():
            title = highlighted(entry.title_marked)
            excerpt = highlighted(excerpt_of(entry.summary_marked, distinct_fragments(entry.body_marked)))
        else:
            title = highlight_terms(entry.title, self.terms)
            summary = highlight_terms(entry.summary, self.terms)
            excerpt = excerpt_of(summary, highlight_terms(excerpt_around(entry.body, self.terms), self.terms))
        model = ContentType.objects.get_for_id(entry.page_type_id).model_class()
        return SearchResult(
            title=title,
            url=entry.page.get_url(request),
            type_label=str(result_type_label(model)) if model else "",
            date=entry.date,
            date_precision=entry.date_precision,
            excerpt=excerpt,
        )


def excerpt_of(summary, body):
    """The summary if the query is found in it (it says best what the page is about), else the passages of
    the body that match, else the summary."""
    for text in (summary, body):
        if MARK_START in text or "<mark>" in text:
            return text
    return summary or body


def distinct_fragments(text):
    """The headline's passages without repeats: documents repeat text (running heads, boilerplate), and
    PostgreSQL would show the same passage twice."""
    fragments = []
    for fragment in text.split(FRAGMENT_DELIMITER):
        if fragment.strip() and fragment.strip() not in (kept.strip() for kept in fragments):
            fragments.append(fragment)
    return FRAGMENT_DELIMITER.join(fragments)


def excerpt_around(text, terms):
    """About EXCERPT_LENGTH characters of the text around the first term found (SQLite only)."""
    lower = text.lower()
    positions = [found for term in terms if (found := lower.find(term.lower())) >= 0]
    start = max(0, min(positions) - EXCERPT_LENGTH // 4) if positions else 0
    excerpt = text[start : start + EXCERPT_LENGTH]
    return ("… " if start else "") + excerpt + (" …" if start + EXCERPT_LENGTH < len(text) else "")


def highlight_terms(text, terms):
    """The text, escaped, with every occurrence of a term marked (SQLite only)."""
    if not terms:
        return escape(text)
    pattern = re.compile("|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True)), re.IGNORECASE)
    return highlighted(pattern.sub(lambda match: f"{MARK_START}{match.group(0)}{MARK_STOP}", text))
