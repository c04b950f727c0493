"""Slugs as German readers expect them: ä → ae, ö → oe, ü → ue, ß → ss, other letters in plain ASCII (é → e).

Used for every language's slug, wherever one is made: Wagtail's automatic slug from the title, an
editor's slug cleaned on saving, and (as formatters) the admin's slug autofill in the browser.
"""

from anyascii import anyascii
from django.utils.text import slugify

GERMAN_LETTERS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS"}
# The admin's slug field applies these before Wagtail's own transliteration, which would drop the "e".
JS_FORMATTERS = [(letter, replacement, "g") for letter, replacement in GERMAN_LETTERS.items()]


def transliterate(text):
    """The text in ASCII, with German letters as Germans write them without umlauts."""
    return anyascii(str(text).translate(str.maketrans(GERMAN_LETTERS)))


def ascii_slug(text):
    return slugify(transliterate(text))
