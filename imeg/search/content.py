"""Plain text of page fields for the search index: HTML and blocks flattened, control characters gone."""

import html
import re
import unicodedata

from django.core.exceptions import FieldDoesNotExist
from django.utils.html import strip_tags

SPACES = re.compile(r"\s+")


def plain_text(value):
    """One line of text: control characters and runs of whitespace become single spaces."""
    if not value:
        return ""
    text = "".join(" " if unicodedata.category(char).startswith("C") else char for char in str(value))
    return SPACES.sub(" ", text).strip()


def field_text(page, name):
    """The text of one field of a page in the active language (rich text and StreamFields flattened)."""
    value = getattr(page, name, None)
    if value is None:
        return ""
    try:
        field = page._meta.get_field(name)
    except FieldDoesNotExist:
        field = None
    if field is not None and hasattr(field, "get_searchable_content"):
        parts = field.get_searchable_content(value)
    elif callable(value):
        parts = [value()]
    else:
        parts = [value]
    return plain_text(" ".join(html.unescape(strip_tags(str(part))) for part in parts if part))


def fields_text(page, names):
    return " ".join(text for name in names if (text := field_text(page, name)))
