"""The site's languages, one row each: every fact that differs by language is here.

settings.LANGUAGES, the search page's path segments, the text-search configurations, the
OpenGraph locales, a publication file's languages and security.txt's preferred languages are all
read from this table. Adding a language: docs/architecture.md, "Adding a language".
Imported by the settings, so it imports nothing of the project.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Language:
    code: str  # URL prefix (/de/) and the suffix of translated columns (title_de)
    name: str  # English msgid: Django ships its translations (decision 13)
    file_label: str  # German msgid: the language of a publication's file, as editors choose it
    search_slug: str  # the search page's path segment: /de/suche/
    text_search_config: str  # PostgreSQL text-search configuration of the language's index rows
    og_locale: str  # OpenGraph names a locale with a territory


# German first: the default language, the one every page falls back to.
LANGUAGE_TABLE = (
    Language("de", _("German"), _("Deutsch"), "suche", "german", "de_DE"),
    Language("en", _("English"), _("Englisch"), "search", "english", "en_GB"),
    Language("fr", _("French"), _("Französisch"), "recherche", "french", "fr_FR"),
    Language("nl", _("Dutch"), _("Niederländisch"), "zoeken", "dutch", "nl_NL"),
)


def by_code(attribute):
    """{code: the attribute} for every language, e.g. by_code("search_slug")."""
    return {language.code: getattr(language, attribute) for language in LANGUAGE_TABLE}
