"""The import of a WordPress export: `Importer(export_path, mapping=…).run()` gives the report."""

from wordpress_import.importer.common import FileMissing, ItemFailed, _sibling_slug_errors
from wordpress_import.importer.run import Importer

__all__ = ["FileMissing", "Importer", "ItemFailed", "_sibling_slug_errors"]
