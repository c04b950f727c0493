"""The XLIFF 2.1 export: the same pages, units, ids and placeholders as XLIFF 1.2 in the newer format.

One `<file>` per page (`original="page/<id>"`), one `<unit>` per unit with the same stable id as in
1.2, a `<segment>` with the German `<source>` and the current `<target>`, `<notes>` naming the page,
the field and the address. Rich-text markup becomes `<pc id="n">…</pc>` (1.2's `<g>`) and
`<ph id="n"/>` (1.2's `<x/>`), numbered as in 1.2. An uploaded XLIFF 2 file is read by `read`.
"""

import xml.etree.ElementTree as ET  # noqa: S405 - builds our own documents; untrusted input goes through defusedxml

from imeg.translation_utils import DEFAULT_LANGUAGE
from imeg.translations.xliff.document import NAMESPACE_2, original_of, page_label, page_units
from imeg.translations.xliff.placeholders import write_text

# XLIFF 2's placeholder types (the 1.2 ctypes' counterparts); everything else is "other".
PC_TYPES = {"b": "fmt", "strong": "fmt", "i": "fmt", "em": "fmt", "u": "fmt", "a": "link"}
PH_TYPES = {"br": "fmt", "embed": "image", "img": "image"}


def _pc(parent, number, node):
    return ET.SubElement(parent, "pc", id=number, type=PC_TYPES.get(node.tag, "other"))


def _ph(parent, number, node):
    return ET.SubElement(parent, "ph", id=number, type=PH_TYPES.get(node.tag, "other"))


def _notes(parent, text):
    ET.SubElement(ET.SubElement(parent, "notes"), "note").text = text


def export_pages(pages, language, request=None):
    """An XLIFF 2.1 document (bytes) with the units of each page for translation into `language`."""
    # Written without namespaces and declared as the default on the root: ElementTree's own
    # default_namespace refuses the (unqualified) attributes XLIFF 2 uses.
    root = ET.Element("xliff", xmlns=NAMESPACE_2, version="2.1", srcLang=DEFAULT_LANGUAGE, trgLang=language)
    for page, url, units in page_units(pages, language, request):
        file_element = ET.SubElement(root, "file", id=f"page-{page.pk}", original=original_of(page))
        _notes(file_element, f"{page_label(page)} — {url}")
        for unit in units:
            unit_element = ET.SubElement(file_element, "unit", id=unit.key)
            _notes(unit_element, f"{unit.label} — {url}")
            segment = ET.SubElement(unit_element, "segment", state="translated" if unit.has_target else "initial")
            write_text(ET.SubElement(segment, "source"), unit.source, unit.kind, _pc, _ph)
            if unit.has_target:
                write_text(ET.SubElement(segment, "target"), unit.target, unit.kind, _pc, _ph)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
