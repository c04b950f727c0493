"""The XLIFF 1.2 export: pages' units for translation into one language, as one document.

One `<file>` per page (`original="page/<id>"`), one `<trans-unit>` per unit with the unit's key as its
stable id, the German text as `<source>`, the current translation as `<target>` and a `<note>` with the
field and the page's address. Rich-text markup becomes `<g id="n">…</g>` and `<x id="n"/>`
(`placeholders`).
"""

import xml.etree.ElementTree as ET  # noqa: S405 - builds our own documents; untrusted input goes through defusedxml

from imeg.translation_utils import DEFAULT_LANGUAGE
from imeg.translations.units import HTML
from imeg.translations.xliff.document import NAMESPACE, original_of, page_label, page_units, q
from imeg.translations.xliff.placeholders import write_text

G_CTYPES = {"b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underlined", "a": "link"}
X_CTYPES = {"br": "lb", "embed": "image", "img": "image"}

ET.register_namespace("", NAMESPACE)


def _g(parent, number, node):
    return ET.SubElement(parent, q("g"), id=number, ctype=G_CTYPES.get(node.tag, f"x-{node.tag}"))


def _x(parent, number, node):
    return ET.SubElement(parent, q("x"), id=number, ctype=X_CTYPES.get(node.tag, f"x-{node.tag}"))


def export_pages(pages, language, request=None):
    """An XLIFF 1.2 document (bytes) with the units of each page for translation into `language`."""
    root = ET.Element(q("xliff"), version="1.2")
    for page, url, page_units_ in page_units(pages, language, request):
        file_element = ET.SubElement(
            root,
            q("file"),
            original=original_of(page),
            datatype="html",
            attrib={"source-language": DEFAULT_LANGUAGE, "target-language": language},
        )
        header = ET.SubElement(file_element, q("header"))
        ET.SubElement(header, q("note")).text = f"{page_label(page)} — {url}"
        body = ET.SubElement(file_element, q("body"))
        for unit in page_units_:
            trans_unit = ET.SubElement(body, q("trans-unit"), id=unit.key)
            if unit.kind == HTML:
                trans_unit.set("datatype", "html")
            source = ET.SubElement(trans_unit, q("source"))
            target = ET.SubElement(
                trans_unit, q("target"), state="translated" if unit.has_target else "needs-translation"
            )
            write_text(source, unit.source, unit.kind, _g, _x)
            if unit.has_target:
                write_text(target, unit.target, unit.kind, _g, _x)
            ET.SubElement(trans_unit, q("note")).text = f"{unit.label} — {url}"
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
