"""Page routing by translated slug, one query per URL segment.

wagtail-modeltranslation replaces `Page.route` with a version that loads every child of a page
and compares slugs in Python, which is slow under a news index with thousands of children.
This route asks the database for the one child whose slug in the active language (or, where
that is empty, the German slug it falls back to) matches; `imeg/patches.py` installs it.
"""

import hashlib

from django.db.models import Q
from django.http import Http404
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.url_routing import RouteResult

from imeg import lookup_cache
from imeg.translation_utils import DEFAULT_LANGUAGE, LANGUAGE_CODES


def child_slug_filter(slug, language):
    own = f"slug_{language}"
    condition = Q(**{own: slug})
    if language != DEFAULT_LANGUAGE:
        untranslated = Q(**{f"{own}__isnull": True}) | Q(**{own: ""})
        condition |= untranslated & Q(**{f"slug_{DEFAULT_LANGUAGE}": slug})
    return condition


def route(self, request, path_components):
    if isinstance(self, RoutablePageMixin) and self.live:
        try:
            path = "/" + "".join(f"{component}/" for component in path_components)
            view, args, kwargs = self.resolve_subpage(path)
            return RouteResult(self, args=(view, args, kwargs))
        except Http404:
            pass

    if path_components:
        language = translation.get_language()
        if language not in LANGUAGE_CODES:
            language = DEFAULT_LANGUAGE
        slug = path_components[0]
        # The child comes from the cache until a page changes (imeg.lookup_cache).
        child = lookup_cache.cached(
            f"route:{self.pk}:{language}:{hashlib.sha256(slug.encode('utf-8', 'surrogatepass')).hexdigest()}",
            lambda: self.get_children().filter(child_slug_filter(slug, language)).specific().first(),
            keep_none=False,
        )
        if child is None:
            raise Http404
        return child.route(request, path_components[1:])

    if self.live:
        return RouteResult(self)
    raise Http404
