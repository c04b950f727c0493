"""Site search: one index row per page and language, each with its language's text-search configuration."""

from django.utils.functional import lazy
from django.utils.translation import get_language

from imeg.languages import by_code

# The search page's path segment per language: /de/suche/, /en/search/, /fr/recherche/, /nl/zoeken/.
SEARCH_SLUGS = by_code("search_slug")


def _search_route():
    return SEARCH_SLUGS.get(get_language(), SEARCH_SLUGS["de"]) + "/"


# Resolved per active language, like a translated route: reverse("search") gives the language's URL.
search_route = lazy(_search_route, str)()
