"""imeg/languages.py is the one table of the site's languages: everything per language agrees with it."""

import re

import pytest
from django.conf import settings
from django.db import connection
from modeltranslation.settings import AVAILABLE_LANGUAGES
from wagtail.models import Page

from imeg.languages import LANGUAGE_TABLE
from publications.models.pages import FILE_LANGUAGES
from tests.database_support import requires_postgresql

CODES = [language.code for language in LANGUAGE_TABLE]


def test_table_covers_the_languages_of_the_settings():
    assert [code for code, _name in settings.LANGUAGES] == CODES
    assert [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES] == CODES
    assert list(AVAILABLE_LANGUAGES) == CODES


def test_default_language_comes_first():
    assert CODES[0] == settings.LANGUAGE_CODE == settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def test_every_fact_is_given_and_unique_per_language():
    for attribute in ("code", "name", "file_label", "search_slug", "text_search_config", "og_locale"):
        values = [str(getattr(language, attribute)) for language in LANGUAGE_TABLE]
        assert all(values), attribute
        assert len(set(values)) == len(values), attribute


def test_og_locales_name_the_language_with_a_territory():
    assert all(re.fullmatch(rf"{language.code}_[A-Z]{{2}}", language.og_locale) for language in LANGUAGE_TABLE)


def test_makefile_extracts_and_compiles_messages_for_every_language():
    makefile = (settings.BASE_DIR / "Makefile").read_text(encoding="utf-8")

    assert re.search(r"^LANGUAGES := (.*)$", makefile, re.MULTILINE).group(1).split() == CODES


def test_every_language_has_its_message_catalogue():
    for code in CODES:
        assert (settings.BASE_DIR / "locale" / code / "LC_MESSAGES" / "django.po").is_file(), code


def test_every_language_has_its_columns():
    for code in CODES:
        assert Page._meta.get_field(f"title_{code}")


def test_publication_files_can_be_in_every_language():
    assert [code for code, _label in FILE_LANGUAGES] == CODES


@pytest.mark.django_db
@requires_postgresql("reads the text-search configurations from PostgreSQL's pg_ts_config")
def test_every_text_search_configuration_exists_in_postgresql():
    with connection.cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config")
        available = {row[0] for row in cursor.fetchall()}

    assert {language.text_search_config for language in LANGUAGE_TABLE} <= available
