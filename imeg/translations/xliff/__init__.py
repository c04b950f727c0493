"""XLIFF for translation agencies: export pages' units for one language, import the translations as drafts.

- `document`: what every document shares (namespaces, a `<file>` per page, the size limit, XliffError).
- `placeholders`: rich text ⇄ placeholders and the source signatures, for both formats.
- `export12`, `export21`: the XLIFF 1.2 and 2.1 exports.
- `read`: an uploaded file read safely; XLIFF 2.0/2.1 turned into its XLIFF 1.2 equivalent.
- `drafts`: the import of one page or many into new draft revisions, unit by unit.

Callers use the names below (XLIFF 1.2's `export_pages`; `export21.export_pages` for 2.1).
"""

from imeg.translations.xliff.document import MAX_FILE_SIZE, NAMESPACE, XliffError, export_filename, too_big_message
from imeg.translations.xliff.drafts import ImportResult, UnitResult, import_page, import_pages
from imeg.translations.xliff.export12 import export_pages
from imeg.translations.xliff.read import parse

__all__ = [
    "MAX_FILE_SIZE",
    "NAMESPACE",
    "ImportResult",
    "UnitResult",
    "XliffError",
    "export_filename",
    "export_pages",
    "import_page",
    "import_pages",
    "parse",
    "too_big_message",
]
