"""What news and events share: their querysets, list filters, pagination and JSON-LD."""

from django import forms
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.models import PageManager, PageQuerySet

from imeg.lookup_cache import cached
from imeg.seo.metadata import json_ld  # noqa: F401 (news and events build their JSON-LD with it)
from imeg.translation_utils import DEFAULT_LANGUAGE

PAGE_SIZE = 10
# Query parameters that narrow a list; a list showing any of them is kept out of search engines.
FILTER_PARAMETERS = ("topic", "region", "year", "when")


def translated_in(language=None):
    """Pages with their own title in the language (every page has one in German)."""
    language = language or translation.get_language()
    if language == DEFAULT_LANGUAGE:
        return Q()
    return Q(**{f"title_{language}__gt": ""})


def page_language(page):
    """The language a page's text is shown in: the active one, or German where it is not translated."""
    return translation.get_language() if page.is_translated() else DEFAULT_LANGUAGE


class ListedPageQuerySet(PageQuerySet):
    """News and events: what lists, feeds, the home page and topic and region pages ask for."""

    def for_topic(self, topic):
        return self.filter(topics=topic)

    def for_region(self, region):
        return self.filter(regions=region)

    def published(self):
        return self.live().public()

    def for_listing(self):
        """Everything a list shows in a constant number of queries: lead image, its renditions, topics."""
        images = get_image_model().objects.prefetch_renditions()
        return self.prefetch_related(Prefetch("lead_image", queryset=images), "topics")

    def translated(self, language=None):
        return self.filter(translated_in(language))


ListedPageManager = PageManager.from_queryset(ListedPageQuerySet)


class ListFilterForm(forms.Form):
    """The filters of a list, read from the query string: bad values are reported, never raised."""

    topic = forms.TypedChoiceField(label=_("Thema"), required=False, coerce=int, empty_value=None)
    region = forms.TypedChoiceField(label=_("Region"), required=False, coerce=int, empty_value=None)
    year = forms.TypedChoiceField(label=_("Jahr"), required=False, coerce=int, empty_value=None)

    def __init__(self, data, *, topics, regions, years, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["topic"].choices = [("", _("Alle Themen")), *((str(t.pk), t.title) for t in topics)]
        self.fields["region"].choices = [("", _("Alle Regionen")), *((str(r.pk), r.title) for r in regions)]
        self.fields["year"].choices = [("", _("Alle Jahre")), *((str(year), str(year)) for year in years)]

    def filters(self):
        """The valid filters: a bad value drops its filter, the others still apply."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {name: value for name, value in cleaned.items() if value not in (None, "")}


def filter_choices(model):
    """Topics and regions a list can be narrowed to: the published ones, by title."""

    def build():
        topics = model.topics.field.related_model.objects.live().public()
        regions = model.regions.field.related_model.objects.live().public()
        by_title = lambda page: page.title.lower()  # noqa: E731
        return sorted(topics, key=by_title), sorted(regions, key=by_title)

    # Kept until a page changes (imeg.lookup_cache); sorted by the titles of the active language.
    return cached(f"filter-choices:{model._meta.label_lower}:{translation.get_language()}", build)


def paginate(request, items):
    """A page of the list; `page=abc` gives the first page, a page past the end the last one."""
    paginator = Paginator(items, PAGE_SIZE)
    number = request.GET.get("page") or 1
    return paginator.get_page(number)


def list_context(request, form, page_obj):
    """What every list template gets besides its items."""
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "filter_form": form,
        "items": page_obj,
        "page_obj": page_obj,
        "filter_query": query.urlencode(),
        "is_filtered": any(request.GET.get(name) for name in FILTER_PARAMETERS),
        "noindex": any(name in request.GET for name in FILTER_PARAMETERS),
    }
