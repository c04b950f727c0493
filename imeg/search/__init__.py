"""Site search: one index row per page and language, each with its language's text-search configuration."""

# The search page's path segment per language: /de/suche/, /en/search/, /fr/recherche/, /nl/zoeken/.
SEARCH_SLUGS = {"de": "suche", "en": "search", "fr": "recherche", "nl": "zoeken"}
