"""Plain text of page fields for the search index: HTML and blocks flattened, control characters gone."""

import html
import re

from django.core.exceptions import FieldDoesNotExist
from django.utils.html import strip_tags

# Format characters (soft hyphen, joiners, bidi controls, BOM, Unicode tags) vanish; a zero-width
# space separates words. Control characters, surrogates and private-use characters become spaces: the
# database refuses NUL, and the search highlights with control characters (imeg/search/query.py).
INVISIBLE = re.compile(
    "[\xad\u0600-\u0605\u061c\u06dd\u070f\u180e\u200c-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u206f\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]"
)
SEPARATORS = re.compile("[\\s\x00-\x1f\x7f-\x9f\u200b\ud800-\udfff\ue000-\uf8ff\U000f0000-\U0010ffff]+")


def plain_text(value):
    """One line of text: invisible characters removed, control characters and whitespace runs one space."""
    if not value:
        return ""
    return SEPARATORS.sub(" ", INVISIBLE.sub("", str(value))).strip()


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


SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def without_repeated_sentences(text):
    """The text with each sentence only at its first occurrence: PDFs repeat running heads and
    boilerplate on every page, and a search excerpt would show them twice."""
    seen = set()
    sentences = []
    for sentence in SENTENCE_END.split(text):
        if sentence not in seen:
            seen.add(sentence)
            sentences.append(sentence)
    return " ".join(sentences)


def distinct_texts(parts, *, besides=()):
    """The texts of `parts` as plain text without repeated sentences, leaving out empty ones and any that
    another part (or one of `besides`) already contains: a citation repeats the authors, a search
    description often the intro."""
    texts = [without_repeated_sentences(text) for part in parts if (text := plain_text(part))]
    kept = []
    for position, text in enumerate(texts):
        contained = any(
            text in other and (len(other) > len(text) or other_position < position)
            for other_position, other in enumerate(texts)
            if other_position != position
        )
        if not contained and not any(text in other for other in besides):
            kept.append(text)
    return kept


def fields_text(page, names):
    return " ".join(text for name in names if (text := field_text(page, name)))
