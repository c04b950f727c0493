"""What every XLIFF document of this site shares: the namespaces, one `<file>` per page, the size limit.

A page is a `<file original="page/<id>">`; its units are those with German text (`page_units`), in
XLIFF 1.2 and 2.1 alike. `XliffError` refuses a whole file, with a message for the editor.
"""

from django.utils.translation import gettext as _

from imeg.translations.tracking import latest_version
from imeg.translations.units import units

NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2"
NAMESPACE_2 = "urn:oasis:names:tc:xliff:document:2.0"  # XLIFF 2.1 keeps 2.0's core namespace
VERSIONS_2 = ("2.0", "2.1")
MAX_FILE_SIZE = 5 * 1024 * 1024


def q(tag):
    """An XLIFF 1.2 element's qualified name."""
    return f"{{{NAMESPACE}}}{tag}"


def q2(tag):
    """An XLIFF 2 element's qualified name."""
    return f"{{{NAMESPACE_2}}}{tag}"


class XliffError(Exception):
    """A file refused as a whole; the message is for the editor, in the admin's language."""


def too_big_message():
    return _("Die Datei ist zu groß (höchstens %(size)s MB).") % {"size": MAX_FILE_SIZE // (1024 * 1024)}


def original_of(page):
    return f"page/{page.pk}"


def page_id(original):
    """The page id an exported <file> names (`page/<id>`), or None."""
    number = original.removeprefix("page/")
    if original.startswith("page/") and number.isascii() and number.isdigit() and len(number) < 10:
        return int(number)
    return None


def page_label(page):
    return page.get_admin_display_title()


def page_units(pages, language, request=None):
    """(page, its address, its units with German text) for each page to export."""
    for page in pages:
        page = page.specific
        url = page.get_full_url(request) or page.url_path
        yield page, url, [unit for unit in units(latest_version(page), language) if unit.has_source]


def export_filename(pages, language):
    pages = list(pages)
    if len(pages) == 1:
        return f"{pages[0].slug}-{language}.xlf"
    return f"imeg-{len(pages)}-seiten-{language}.xlf"
