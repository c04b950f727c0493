"""XLIFF 2.1 (and 2.0) beside XLIFF 1.2: the same pages, units, ids and placeholders in the newer format.

Export: one `<file>` per page (`original="page/<id>"`), one `<unit>` per unit with the same stable id as
in 1.2, a `<segment>` with the German `<source>` and the current `<target>`, `<notes>` naming the page,
the field and the address. Rich-text markup becomes `<pc id="n">…</pc>` (1.2's `<g>`) and `<ph id="n"/>`
(1.2's `<x/>`), numbered as in 1.2.

Import: `xliff.parse` recognises the XLIFF 2 namespace and turns the document into its XLIFF 1.2
equivalent here (a CAT tool's segments and ignorables of a unit joined again), so every check and
refusal of the 1.2 import applies unchanged. Elements XLIFF 2 has and this site does not use (`<sc>`,
`<ec>`, `<cp>`, modules) stay as they are and are refused per unit as unsupported.
"""

import xml.etree.ElementTree as ET  # noqa: S405 - builds our own documents; untrusted input goes through defusedxml

from imeg.translation_utils import DEFAULT_LANGUAGE
from imeg.translations.xliff import (
    _append_text,
    _q,
    original_of,
    page_label,
    page_units,
    write_text,
)

NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0"  # XLIFF 2.1 keeps 2.0's core namespace
VERSIONS = ("2.0", "2.1")
# XLIFF 2's placeholder types (the 1.2 ctypes' counterparts); everything else is "other".
PC_TYPES = {"b": "fmt", "strong": "fmt", "i": "fmt", "em": "fmt", "u": "fmt", "a": "link"}
PH_TYPES = {"br": "fmt", "embed": "image", "img": "image"}
INLINE_TO_12 = {"pc": "g", "ph": "x", "mrk": "mrk"}


def q(tag):
    return f"{{{NAMESPACE}}}{tag}"


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
    root = ET.Element("xliff", xmlns=NAMESPACE, version="2.1", srcLang=DEFAULT_LANGUAGE, trgLang=language)
    for page, url, units in page_units(pages, language, request):
        file_element = ET.SubElement(root, "file", id=f"page-{page.pk}", original=original_of(page))
        _notes(file_element, f"{page_label(page)} — {url}")
        for unit in units:
            unit_element = ET.SubElement(file_element, "unit", id=unit.key)
            _notes(unit_element, f"{unit.label} — {url}")
            segment = ET.SubElement(unit_element, "segment", state="translated" if unit.has_target else "initial")
            write_text(ET.SubElement(segment, "source"), unit.source, unit.kind, paired=_pc, void=_ph)
            if unit.has_target:
                write_text(ET.SubElement(segment, "target"), unit.target, unit.kind, paired=_pc, void=_ph)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


# Import: the XLIFF 1.2 equivalent of an XLIFF 2 document


def as_xliff12(root):
    """The uploaded XLIFF 2 document as the XLIFF 1.2 tree that `xliff`'s import reads."""
    converted = ET.Element(_q("xliff"), version="1.2")
    for file_element in root.findall(q("file")):
        new_file = ET.SubElement(
            converted,
            _q("file"),
            original=file_element.get("original", ""),
            attrib={"source-language": root.get("srcLang", ""), "target-language": root.get("trgLang", "")},
        )
        body = ET.SubElement(new_file, _q("body"))
        for unit in file_element.iter(q("unit")):  # units inside <group>s too
            body.append(_trans_unit(unit))
    return converted


def _trans_unit(unit):
    trans_unit = ET.Element(_q("trans-unit"), id=unit.get("id", ""))
    parts = [part for part in unit if part.tag in (q("segment"), q("ignorable"))]
    source = ET.SubElement(trans_unit, _q("source"))
    for part in parts:
        if (found := part.find(q("source"))) is not None:
            _copy_inline(found, source)
    if any(part.find(q("target")) is not None for part in parts):
        target = ET.SubElement(trans_unit, _q("target"))
        for part in parts:
            # An ignorable without a target stands as it is in the source (whitespace between segments).
            found = part.find(q("target"))
            if found is None and part.tag == q("ignorable"):
                found = part.find(q("source"))
            if found is not None:
                _copy_inline(found, target)
    return trans_unit


def _copy_inline(element, into):
    """Append the text and inline elements of an XLIFF 2 <source>/<target> to an XLIFF 1.2 one."""
    _append_text(into, element.text or "")
    for child in element:
        name = child.tag.removeprefix(f"{{{NAMESPACE}}}")
        # <pc>/<ph> become <g>/<x>; anything else keeps a name the 1.2 import refuses as unsupported.
        tag = _q(INLINE_TO_12[name]) if name in INLINE_TO_12 else _q(name.replace("{", "").replace("}", ":"))
        copy = ET.SubElement(into, tag, id=child.get("id", ""))
        _copy_inline(child, copy)
        _append_text(into, child.tail or "")
