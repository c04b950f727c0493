"""Reading an uploaded XLIFF file safely: XLIFF 1.2 as it is, XLIFF 2.0/2.1 as its 1.2 equivalent.

`parse` refuses (XliffError) a file that is too big, not XML, has a DTD or entities, or is no XLIFF
1.2, 2.0 or 2.1. An XLIFF 2 document becomes the XLIFF 1.2 tree the import reads (a CAT tool's
segments and ignorables of a unit joined again, `<pc>`→`<g>`, `<ph>`→`<x>`), so every check and
refusal of the import applies to both formats. Elements XLIFF 2 has and this site does not use
(`<sc>`, `<ec>`, `<cp>`, modules) keep a name the import refuses per unit as unsupported.
"""

import xml.etree.ElementTree as ET  # noqa: S405 - builds our own documents; untrusted input goes through defusedxml

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from django.utils.translation import gettext as _

from imeg.translations.xliff.document import (
    MAX_FILE_SIZE,
    NAMESPACE_2,
    VERSIONS_2,
    XliffError,
    q,
    q2,
    too_big_message,
)
from imeg.translations.xliff.placeholders import append_text

INLINE_TO_12 = {"pc": "g", "ph": "x", "mrk": "mrk"}


def parse(data):
    """The root <xliff> element (XLIFF 1.2) of an uploaded file, or XliffError with a message for the editor."""
    if len(data) > MAX_FILE_SIZE:
        raise XliffError(too_big_message())
    try:
        root = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise XliffError(
            _("Die Datei enthält eine DTD oder Entitäten; aus Sicherheitsgründen wird sie nicht gelesen.")
        ) from None
    except (ET.ParseError, ValueError, UnicodeDecodeError) as error:
        raise XliffError(_("Die Datei ist kein gültiges XML: %(error)s") % {"error": error}) from None
    if root.tag == q2("xliff") and root.get("version") in VERSIONS_2:
        return as_xliff12(root)
    if root.tag != q("xliff") or root.get("version") != "1.2":
        raise XliffError(_("Die Datei ist keine XLIFF-Datei (Version 1.2, 2.0 oder 2.1)."))
    return root


def file_elements(root):
    """The <file> elements of a parsed document, or XliffError when there is none."""
    found = root.findall(q("file"))
    if not found:
        raise XliffError(_("Die Datei enthält keine Seite."))
    return found


def as_xliff12(root):
    """An uploaded XLIFF 2 document as the XLIFF 1.2 tree that the import reads."""
    converted = ET.Element(q("xliff"), version="1.2")
    for file_element in root.findall(q2("file")):
        new_file = ET.SubElement(
            converted,
            q("file"),
            original=file_element.get("original", ""),
            attrib={"source-language": root.get("srcLang", ""), "target-language": root.get("trgLang", "")},
        )
        body = ET.SubElement(new_file, q("body"))
        for unit in file_element.iter(q2("unit")):  # units inside <group>s too
            body.append(_trans_unit(unit))
    return converted


def _trans_unit(unit):
    trans_unit = ET.Element(q("trans-unit"), id=unit.get("id", ""))
    parts = [part for part in unit if part.tag in (q2("segment"), q2("ignorable"))]
    source = ET.SubElement(trans_unit, q("source"))
    for part in parts:
        if (found := part.find(q2("source"))) is not None:
            _copy_inline(found, source)
    if any(part.find(q2("target")) is not None for part in parts):
        target = ET.SubElement(trans_unit, q("target"))
        for part in parts:
            # An ignorable without a target stands as it is in the source (whitespace between segments).
            found = part.find(q2("target"))
            if found is None and part.tag == q2("ignorable"):
                found = part.find(q2("source"))
            if found is not None:
                _copy_inline(found, target)
    return trans_unit


def _copy_inline(element, into):
    """Append the text and inline elements of an XLIFF 2 <source>/<target> to an XLIFF 1.2 one."""
    append_text(into, element.text or "")
    for child in element:
        name = child.tag.removeprefix(f"{{{NAMESPACE_2}}}")
        # <pc>/<ph> become <g>/<x>; anything else keeps a name the 1.2 import refuses as unsupported.
        tag = q(INLINE_TO_12[name]) if name in INLINE_TO_12 else q(name.replace("{", "").replace("}", ":"))
        copy = ET.SubElement(into, tag, id=child.get("id", ""))
        _copy_inline(child, copy)
        append_text(into, child.tail or "")
