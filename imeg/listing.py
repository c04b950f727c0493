"""Filtered, paginated lists of pages (news, events, the library): their filters, choices, years and pages.

An index page (`ListIndex`) narrows its items with `ListFilterForm` (topic, region and year; an
app's subclass adds its own fields), pages them with `ListPaginator` and hands `list_context` to its
template, which shows `components/list_filters.html` and `components/pagination.html`. What would
grow with the archive comes from the lookup cache (imeg.lookup_cache), rebuilt once after any change
of pages: the filter choices, the years, the number of items per filter combination and the ids on
each page of it (decision 63). The pages behind the ids are read only for cards missing from the
fragment cache, newest first along an index.
"""

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField
from wagtail.models import PageQuerySet

from imeg.lookup_cache import cached
from imeg.models import TopicPage
from imeg.translation_utils import translated_in


class ListedPageQuerySet(PageQuerySet):
    """Pages that lists, feeds and the home, topic and region pages show, filed under topics and regions."""

    def published(self):
        return self.live().public()

    def translated(self, language=None):
        return self.filter(translated_in(language))

    def for_topic(self, topic):
        return self.filter(topics=topic)

    def for_region(self, region):
        return self.filter(regions=region)

    def narrowed(self, filters, date_field="date"):
        """Narrowed by the valid filters of a `ListFilterForm`: topic, region and the year of `date_field`."""
        items = self
        if filters.get("topic"):
            items = items.for_topic(filters["topic"])
        if filters.get("region"):
            items = items.for_region(filters["region"])
        if filters.get("year"):
            items = items.filter(**{f"{date_field}__year": filters["year"]})
        return items

    def without_bodies(self):
        """Without the long text fields a list never shows (StreamFields in every language)."""
        return without_streamfields(self)

    def card_prefetches(self):
        """What a card of these pages shows besides their own fields, as prefetch lookups: their topics
        (titles and URLs, never bodies); subclasses add their images, files and so on."""
        return [Prefetch("topics", queryset=without_streamfields(TopicPage.objects.all()))]

    def for_listing(self):
        """Everything a card shows, in a constant number of queries, without the bodies it never shows."""
        return self.without_bodies().prefetch_related(*self.card_prefetches())


def without_streamfields(queryset):
    """The queryset without its model's StreamField columns (every language's), which lists never show."""
    fields = queryset.model._meta.concrete_fields
    return queryset.defer(*(field.attname for field in fields if isinstance(field, StreamField)))


class ListFilterForm(forms.Form):
    """The filters of a list, read from the query string: bad values are reported, never raised."""

    topic = forms.TypedChoiceField(label=_("Thema"), required=False, coerce=int, empty_value=None)
    region = forms.TypedChoiceField(label=_("Region"), required=False, coerce=int, empty_value=None)
    year = forms.TypedChoiceField(label=_("Jahr"), required=False, coerce=int, empty_value=None)

    def __init__(self, data, *, topics, regions, years, **kwargs):
        """`topics` and `regions` as (id, title) pairs (`filter_choices`), `years` as numbers."""
        super().__init__(data, **kwargs)
        self.fields["topic"].choices = [("", _("Alle Themen")), *((str(pk), title) for pk, title in topics)]
        self.fields["region"].choices = [("", _("Alle Regionen")), *((str(pk), title) for pk, title in regions)]
        self.fields["year"].choices = [("", _("Alle Jahre")), *((str(year), str(year)) for year in years)]

    def filters(self):
        """The valid filters: a bad value drops its filter, the others still apply."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {name: value for name, value in cleaned.items() if value not in (None, "")}


def filter_choices(model):
    """Topics and regions a list of `model` can be narrowed to: the published ones, as (id, title) by title."""

    def choices(field):
        pages = field.related_model.objects.live().public()
        return sorted(((page.pk, page.title) for page in pages), key=lambda choice: choice[1].lower())

    # Sorted by the titles of the active language; pairs, not pages: cheap to read from the cache.
    return cached(
        f"filter-choices:{model._meta.label_lower}:{translation.get_language()}",
        lambda: (choices(model.topics.field), choices(model.regions.field)),
    )


def years_of(name, items, field="date"):
    """The years that have items (`items()`, a queryset), newest first: a scan of every item, so kept
    until a page changes."""

    def build():
        items_ = items()
        if isinstance(items_.model._meta.get_field(field), models.DateTimeField):
            values = items_.datetimes(field, "year", order="DESC")
        else:
            values = items_.dates(field, "year", order="DESC")
        return [value.year for value in values]

    return cached(f"years:{name}", build)


class ListPaginator(Paginator):
    """Django's paginator over a list's entries: the ids of a page's items, its cards' pages read on demand.

    `items` is a function returning the list's queryset, called only when the database is asked: the
    count and each page's ids come from the lookup cache when the list has a `count_key` (they change
    only with pages, like everything else the lookup cache keeps). Lists whose items depend on the
    clock pass no key. A page holds `ListEntry` objects; the list template renders each card in a
    cached fragment and reads the page behind an entry only there (`card_ready`, see `PageCards`).
    """

    def __init__(self, items, per_page, count_key=None):
        super().__init__([], per_page)
        self.items = items
        self.count_key = count_key

    @cached_property
    def queryset(self):
        return self.items()

    @cached_property
    def count(self):
        if self.count_key is None:
            return self.queryset.count()
        return cached(f"list-count:{self.count_key}", lambda: self.queryset.count())

    def page(self, number):
        number = self.validate_number(number)
        if self.count_key is None:
            ids = self.page_ids(number)
        else:
            ids = cached(f"list-page:{self.count_key}:{self.per_page}:{number}", lambda: self.page_ids(number))
        cards = PageCards(lambda: self.queryset, ids)
        return self._get_page([ListEntry(pk, cards) for pk in ids], number, self)

    def page_ids(self, number):
        bottom = (number - 1) * self.per_page
        return list(self.queryset[bottom : bottom + self.per_page].values_list("pk", flat=True))


class ListEntry:
    """An item of a list page: its id and what the list shows outside the cards (e.g. an event's group).

    Anything else is read from its page (`PageCards`), which a list page whose cards all come from the
    fragment cache never reads.
    """

    def __init__(self, pk, cards, **values):
        self.pk = pk
        self.cards = cards
        self.__dict__.update(values)

    def __getattr__(self, name):
        if name.startswith("__") or name == "cards":
            raise AttributeError(name)
        return getattr(self.page, name)

    @property
    def page(self):
        return self.cards.page(self.pk)


class Cards:
    """The pages behind the entries of a list or section, read for all of them when the first card is
    rendered outside the fragment cache (`{{ item|card_ready }}` in imeg/templatetags/listing_tags.py,
    inside the card's `{% cachedfragment %}`); a page whose cards all come from the cache reads none.
    Subclasses say where the pages come from (`load`)."""

    pages = None

    def load(self):
        raise NotImplementedError

    def page(self, pk):
        """The page with the id, or None if it went away since its id was read."""
        if self.pages is None:
            self.pages = {page.pk: page for page in self.load() if page is not None}
        return self.pages.get(pk)


class PageCards(Cards):
    """The pages of a list page: the list's queryset narrowed to the page's ids, with its `card_prefetches()`."""

    def __init__(self, queryset, ids):
        self.queryset = queryset
        self.ids = ids

    def load(self):
        queryset = self.queryset()
        pages = list(queryset.filter(pk__in=self.ids).prefetch_related(None))
        prefetch_related_objects(pages, *queryset.card_prefetches())
        return pages


class CachedCards(Cards):
    """A few pages kept whole in the lookup cache (the home page's latest news, say): `build()` returns
    them (a list, None for a page that is not there, with what their cards show); read from the cache,
    or built, only when a card is rendered outside the fragment cache, so a visit without fragments
    (FRAGMENT_CACHE=0, after a change) reads no row twice."""

    def __init__(self, name, build):
        self.name = name
        self.build = build

    def all(self):
        return cached(self.name, self.build)

    load = all


def count_key(page, filters):
    """The name of a list's count for its filters: the index page and the valid filters, sorted."""
    return f"{page.pk}:" + "&".join(f"{name}={value}" for name, value in sorted(filters.items()))


def list_context(request, form, page_obj, filter_parameters):
    """What every list template gets besides its items; `filter_parameters` keep a list out of search engines."""
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "filter_form": form,
        "items": page_obj,
        "page_obj": page_obj,
        "filter_query": query.urlencode(),
        "is_filtered": any(request.GET.get(name) for name in filter_parameters),
        "noindex": any(name in request.GET for name in filter_parameters),
    }


class ListIndex:
    """An index page that lists its children, filtered and paginated (mixed into a page model).

    It names `page_size`, `filter_parameters` and `filter_form_class` and defines `list_items(filters)`
    and `years()`; the listed model is its subpage type, whose topics and regions are the choices. Its
    template renders each card in a cached fragment, through `card_ready` (see `PageCards`).
    """

    page_size = 10
    filter_parameters = ("topic", "region", "year")
    filter_form_class = ListFilterForm

    def list_items(self, filters):
        raise NotImplementedError

    def years(self):
        raise NotImplementedError

    def filter_form(self, request):
        topics, regions = filter_choices(self.allowed_subpage_models()[0])
        return self.filter_form_class(request.GET, topics=topics, regions=regions, years=self.years())

    def list_count_key(self, filters):
        """Where the number of items for these filters is kept; None to count on every request."""
        return count_key(self, filters)

    def list_page(self, request, filters):
        """The page of the list the request asks for; `page=abc` gives the first, a page past the end the last."""
        paginator = ListPaginator(lambda: self.list_items(filters), self.page_size, self.list_count_key(filters))
        return paginator.get_page(request.GET.get("page") or 1)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.list_context(request))
        return context

    def list_context(self, request):
        form = self.filter_form(request)
        page_obj = self.list_page(request, form.filters())
        return list_context(request, form, page_obj, self.filter_parameters)
