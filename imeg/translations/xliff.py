"""XLIFF 1.2 for translation agencies: export pages' units for one language, import the translations as a draft.

One `<file>` per page (`original="page/<id>"`), one `<trans-unit>` per unit with the unit's key as its
stable id, the German text as `<source>`, the current translation as `<target>` and a `<note>` with the
field and the page's address. Rich text keeps its markup as placeholders: `<g id="n">…</g>` for elements
with content (paragraphs, links, emphasis), `<x id="n"/>` for empty ones (line breaks, embedded images);
their attributes (a link's target) never leave the site and are restored from the German text on import.

The import refuses a whole file that is not safe XLIFF 1.2 for this site (not XML, entities or a DTD,
too big, another page, a language the site lacks) and single units that cannot be trusted (unknown id,
German text changed since the export, broken placeholders, scripts, too long); everything else goes into
a new draft revision, never published. Nothing is written when a file is refused.

A file with many pages (`import_pages`) is read the same way, page by page: a `<file>` that cannot be
used (no such page, another language, …) is refused on its own, each other page gets its own draft in
a transaction of its own.
"""

import copy
import json
import re
import xml.etree.ElementTree as ET  # noqa: S405 - builds our own documents; untrusted input goes through defusedxml
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.fields import StreamField
from wagtail.models import Page

from imeg.translation_utils import DEFAULT_LANGUAGE
from imeg.translations.tracking import TARGET_LANGUAGES, latest_version
from imeg.translations.units import HTML, is_empty, pair_items, raw_stream, stream_leaves, units

NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2"
MAX_FILE_SIZE = 5 * 1024 * 1024
VOID_TAGS = frozenset({"br", "embed", "img", "hr", "wbr"})
G_CTYPES = {"b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underlined", "a": "link"}
X_CTYPES = {"br": "lb", "embed": "image", "img": "image"}

ET.register_namespace("", NAMESPACE)


def _q(tag):
    return f"{{{NAMESPACE}}}{tag}"


class XliffError(Exception):
    """A file refused as a whole; the message is for the editor, in the admin's language."""


# Rich text ⇄ placeholders


@dataclass
class Node:
    tag: str
    attrs: list
    children: list = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("", [])
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs)
        self.stack[-1].children.append(node)
        if tag not in VOID_TAGS:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Node(tag, attrs))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def html_tree(html):
    builder = _TreeBuilder()
    builder.feed(html or "")
    builder.close()
    return builder.root


def placeholders(root):
    """{id: Node} of the elements of a rich text, numbered in document order from 1."""
    found = {}

    def visit(node):
        for child in node.children:
            if isinstance(child, Node):
                found[str(len(found) + 1)] = child
                visit(child)

    visit(root)
    return found


def _append_text(element, text):
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


def _g(parent, number, node):
    return ET.SubElement(parent, _q("g"), id=number, ctype=G_CTYPES.get(node.tag, f"x-{node.tag}"))


def _x(parent, number, node):
    return ET.SubElement(parent, _q("x"), id=number, ctype=X_CTYPES.get(node.tag, f"x-{node.tag}"))


def write_inline(element, root, paired=_g, void=_x):
    """Fill an XLIFF <source>/<target> with a rich text's content, markup as placeholders.

    `paired(parent, number, node)` and `void(…)` make the placeholder elements: XLIFF 1.2's <g>/<x/>
    by default, XLIFF 2's <pc>/<ph/> for `xliff2`.
    """
    numbers = {id(node): number for number, node in placeholders(root).items()}

    def visit(parent, node):
        for child in node.children:
            if isinstance(child, str):
                _append_text(parent, child)
            elif child.tag in VOID_TAGS:
                void(parent, numbers[id(child)], child)
            else:
                visit(paired(parent, numbers[id(child)], child), child)

    visit(element, root)


def signature_of_tree(root):
    """The text and placeholder order of a rich text, to compare an exported source with today's German."""
    numbers = {id(node): number for number, node in placeholders(root).items()}
    parts = []

    def visit(node):
        for child in node.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.tag in VOID_TAGS:
                parts.append(f"<x{numbers[id(child)]}/>")
            else:
                parts.append(f"<g{numbers[id(child)]}>")
                visit(child)
                parts.append(f"</g{numbers[id(child)]}>")

    visit(root)
    return _normalise("".join(parts))


def signature_of_element(element):
    parts = [element.text or ""]
    for child in element:
        name = child.tag.removeprefix(f"{{{NAMESPACE}}}")
        if name == "x":
            parts.append(f"<x{child.get('id')}/>")
        elif name == "g":
            parts.append(f"<g{child.get('id')}>{signature_of_element(child)}</g{child.get('id')}>")
        elif name == "mrk":
            parts.append(signature_of_element(child))
        else:
            parts.append(f"<{name}/>")
        parts.append(child.tail or "")
    return _normalise("".join(parts))


def _normalise(text):
    return re.sub(r"\s+", " ", text).strip()


class BrokenUnit(Exception):
    """A unit whose target cannot be turned back into this site's text."""


def restore_html(element, source_placeholders):
    """The HTML of a <target>, its placeholders replaced by the German text's elements."""
    used = set()

    def attributes(node):
        return "".join(f' {name}="{escape(value or "", quote=True)}"' for name, value in node.attrs)

    def render(parent):
        html = [escape(parent.text or "", quote=False)]
        for child in parent:
            name = child.tag.removeprefix(f"{{{NAMESPACE}}}")
            if name == "mrk":
                html.append(render(child))
            elif name in ("g", "x"):
                number = child.get("id")
                node = source_placeholders.get(number)
                if node is None or number in used or (name == "x") != (node.tag in VOID_TAGS):
                    raise BrokenUnit(_("unbekannter oder doppelter Platzhalter %(id)s") % {"id": number})
                used.add(number)
                if name == "x":
                    html.append(f"<{node.tag}{attributes(node)}/>")
                else:
                    html.append(f"<{node.tag}{attributes(node)}>{render(child)}</{node.tag}>")
            else:
                raise BrokenUnit(_("nicht unterstütztes Element <%(name)s>") % {"name": name})
            html.append(escape(child.tail or "", quote=False))
        return "".join(html)

    return render(element)


def restore_text(element):
    if len(element) and any(child.tag != _q("mrk") for child in element):
        raise BrokenUnit(_("Platzhalter in einem Feld ohne Formatierung"))
    return "".join(element.itertext())


# Export


def page_label(page):
    return page.get_admin_display_title()


def page_units(pages, language, request=None):
    """(page, its address, its units with German text) for each page to export."""
    for page in pages:
        page = page.specific
        url = page.get_full_url(request) or page.url_path
        yield page, url, [unit for unit in units(latest_version(page), language) if unit.has_source]


def export_pages(pages, language, request=None):
    """An XLIFF 1.2 document (bytes) with the units of each page for translation into `language`."""
    root = ET.Element(_q("xliff"), version="1.2")
    for page, url, page_units_ in page_units(pages, language, request):
        file_element = ET.SubElement(
            root,
            _q("file"),
            original=original_of(page),
            datatype="html",
            attrib={"source-language": DEFAULT_LANGUAGE, "target-language": language},
        )
        header = ET.SubElement(file_element, _q("header"))
        ET.SubElement(header, _q("note")).text = f"{page_label(page)} — {url}"
        body = ET.SubElement(file_element, _q("body"))
        for unit in page_units_:
            trans_unit = ET.SubElement(body, _q("trans-unit"), id=unit.key)
            if unit.kind == HTML:
                trans_unit.set("datatype", "html")
            source = ET.SubElement(trans_unit, _q("source"))
            target = ET.SubElement(
                trans_unit, _q("target"), state="translated" if unit.has_target else "needs-translation"
            )
            write_text(source, unit.source, unit.kind)
            if unit.has_target:
                write_text(target, unit.target, unit.kind)
            ET.SubElement(trans_unit, _q("note")).text = f"{unit.label} — {url}"
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def write_text(element, text, kind, **placeholders):
    """A unit's text into a <source>/<target>: rich text with placeholders, plain text as it is."""
    if kind == HTML:
        write_inline(element, html_tree(text), **placeholders)
    else:
        element.text = text


def export_filename(pages, language):
    pages = list(pages)
    if len(pages) == 1:
        return f"{pages[0].slug}-{language}.xlf"
    return f"imeg-{len(pages)}-seiten-{language}.xlf"


# Import


@dataclass
class UnitResult:
    key: str
    label: str
    outcome: str  # imported, unchanged, empty, outdated, refused, unknown
    message: str = ""


@dataclass
class ImportResult:
    """What became of one page of a file: its units' outcomes, the new draft, or why the page was refused."""

    page: object
    language: str
    results: list
    revision: object = None
    original: str = ""
    error: str = ""

    def with_outcome(self, *outcomes):
        return [result for result in self.results if result.outcome in outcomes]

    @property
    def imported(self):
        return self.with_outcome("imported")

    @property
    def refused(self):
        return self.with_outcome("outdated", "refused", "unknown")


def too_big_message():
    return _("Die Datei ist zu groß (höchstens %(size)s MB).") % {"size": MAX_FILE_SIZE // (1024 * 1024)}


def parse(data):
    """The root <xliff> element of an uploaded file, or XliffError with a message for the editor."""
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
    from imeg.translations import xliff2  # noqa: PLC0415 - see decision 59: xliff2 builds on this module

    if root.tag == xliff2.q("xliff") and root.get("version") in xliff2.VERSIONS:
        return xliff2.as_xliff12(root)
    if root.tag != _q("xliff") or root.get("version") != "1.2":
        raise XliffError(_("Die Datei ist keine XLIFF-Datei (Version 1.2, 2.0 oder 2.1)."))
    return root


def _files(root):
    files = root.findall(_q("file"))
    if not files:
        raise XliffError(_("Die Datei enthält keine Seite."))
    return files


def original_of(page):
    return f"page/{page.pk}"


def _page_id(original):
    """The page id an exported <file> names (`page/<id>`), or None."""
    number = original.removeprefix("page/")
    if original.startswith("page/") and number.isascii() and number.isdigit() and len(number) < 10:
        return int(number)
    return None


def _file_for(root, page):
    files = _files(root)
    for file_element in files:
        original = file_element.get("original", "")
        if original != original_of(page):
            raise XliffError(
                _("Die Datei gehört zu einer anderen Seite (%(original)s), nicht zu „%(page)s“.")
                % {"original": original, "page": page_label(page)}
            )
    if len(files) > 1:
        raise XliffError(_("Die Datei enthält diese Seite mehr als einmal."))
    return files[0]


def _language_and_body(file_element):
    """The target language and <body> of a <file> with German source, or XliffError."""
    if file_element.get("source-language") != DEFAULT_LANGUAGE:
        raise XliffError(_("Die Ausgangssprache der Datei ist nicht Deutsch."))
    language = file_element.get("target-language", "")
    if language not in TARGET_LANGUAGES:
        raise XliffError(
            _("Die Zielsprache „%(language)s“ gibt es auf dieser Website nicht.") % {"language": language}
        )
    body = file_element.find(_q("body"))
    if body is None:
        raise XliffError(_("Die Datei hat keinen <body>."))
    return language, body


def import_page(page, data, user=None):
    """Import the translations of an XLIFF file into a new draft revision of `page`; returns an ImportResult.

    Raises XliffError (nothing written) when the file as a whole cannot be used.
    """
    root = parse(data)
    page = page.specific
    return _import_file(page, _file_for(root, page), user)


def import_pages(data, user):
    """Import a file with a `<file>` per page (the bulk export): each page's units into a new draft of it.

    Returns an ImportResult per `<file>`, in the file's order. Raises XliffError (nothing written) when the
    file as a whole cannot be used. A `<file>` that cannot be used — no such page, a page `user` may not
    edit, the same page again, another source or a target language the site lacks, a translation that
    does not fit the page — is refused on its own (its `error`) while the others are imported; each page
    is written in a transaction of its own, so no page is ever half written.
    """
    files = _files(parse(data))
    ids = {_page_id(file_element.get("original", "")) for file_element in files} - {None}
    pages = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    imported, results = set(), []
    for file_element in files:
        original = file_element.get("original", "")
        page = pages.get(_page_id(original))
        try:
            if page is None:
                raise XliffError(
                    _("Die Seite „%(original)s“ gibt es auf dieser Website nicht.") % {"original": original}
                )
            if not page.permissions_for_user(user).can_edit():
                raise XliffError(_("Diese Seite dürfen Sie nicht bearbeiten."))
            if page.pk in imported:
                raise XliffError(_("Die Datei enthält diese Seite mehr als einmal."))
            imported.add(page.pk)
            results.append(_import_file(page, file_element, user))
        except XliffError as error:
            language = file_element.get("target-language", "")
            results.append(ImportResult(page, language, [], original=original, error=str(error)))
    return results


def _import_file(page, file_element, user):
    """The units of one <file> into a new draft revision of `page`, in one transaction; XliffError if unusable."""
    language, body = _language_and_body(file_element)
    version = latest_version(page)
    current = {unit.key: unit for unit in units(version, language)}
    results, values = [], {}
    seen = set()
    for trans_unit in body.iter(_q("trans-unit")):
        key = trans_unit.get("id", "")
        unit = current.get(key)
        if unit is None or key in seen:
            results.append(UnitResult(key, key, "unknown", _("Diese Einheit gibt es auf der Seite nicht.")))
            continue
        seen.add(key)
        results.append(_read_unit(trans_unit, unit, values))
    if not values:
        return ImportResult(page, language, results, original=original_of(page))
    try:
        with transaction.atomic():
            _apply(version, language, values)
            revision = version.save_revision(user=user, log_action=True)
    except ValidationError as error:
        raise XliffError(
            _("Die Übersetzung passt nicht in die Seite: %(errors)s") % {"errors": "; ".join(error.messages)}
        ) from None
    return ImportResult(page, language, results, revision, original=original_of(page))


def _read_unit(trans_unit, unit, values):
    source = trans_unit.find(_q("source"))
    target = trans_unit.find(_q("target"))
    if source is None:
        return UnitResult(unit.key, unit.label, "refused", _("Die Einheit hat keinen Ausgangstext."))
    if unit.kind == HTML:
        tree = html_tree(unit.source)
        current_signature = signature_of_tree(tree)
    else:
        current_signature = _normalise(unit.source)
    if signature_of_element(source) != current_signature:
        return UnitResult(
            unit.key,
            unit.label,
            "outdated",
            _("Der deutsche Text wurde seit dem Export geändert; bitte neu exportieren."),
        )
    if target is None or (not len(target) and is_empty(target.text)):
        return UnitResult(unit.key, unit.label, "empty")
    try:
        text = restore_html(target, placeholders(tree)) if unit.kind == HTML else restore_text(target)
    except BrokenUnit as error:
        return UnitResult(unit.key, unit.label, "refused", _("Platzhalter fehlerhaft: %(error)s") % {"error": error})
    if re.search(r"<\s*script|javascript:", text, re.IGNORECASE):
        return UnitResult(unit.key, unit.label, "refused", _("Die Übersetzung enthält ein Skript."))
    if unit.max_length and len(text) > unit.max_length:
        return UnitResult(
            unit.key, unit.label, "refused", _("Höchstens %(count)s Zeichen erlaubt.") % {"count": unit.max_length}
        )
    if _normalise(text) == _normalise(unit.target):
        return UnitResult(unit.key, unit.label, "unchanged")
    values[unit.key] = (unit, text)
    return UnitResult(unit.key, unit.label, "imported")


def _apply(page, language, values):
    """Write imported texts into the page object (not saved): plain fields, StreamField leaves, child rows."""
    streams, children = {}, {}
    for key, (_unit, text) in values.items():
        parts = key.split(".")
        name = parts[0]
        model_field = _field(page, name)
        if isinstance(model_field, StreamField):
            streams.setdefault(name, {})[key] = text
        elif model_field is not None:
            setattr(page, build_localized_fieldname(name, language), text)
        else:
            rows = children.setdefault(name, list(getattr(page, name).all()))
            setattr(rows[int(parts[1])], build_localized_fieldname(parts[2], language), text)
    for name, rows in children.items():
        # Kept in memory by modelcluster, so the revision holds the changed rows.
        getattr(page, name).set(rows)
    for name, texts in streams.items():
        setattr(
            page, build_localized_fieldname(name, language), json.dumps(_merged_stream(page, name, language, texts))
        )


def _field(page, name):
    try:
        found = page._meta.get_field(name)
    except Exception:  # noqa: BLE001 - a child relation, not a field
        return None
    return found if getattr(found, "concrete", False) else None


def _merged_stream(page, name, language, texts):
    """The translated stream: German structure and ids, the existing translation where paired, imported texts."""
    block = page._meta.get_field(name).stream_block
    source = raw_stream(getattr(page, build_localized_fieldname(name, DEFAULT_LANGUAGE)))
    target = raw_stream(getattr(page, build_localized_fieldname(name, language)))
    pairs = pair_items(source, target, lambda item: item.get("id"), lambda item: item.get("type"))
    merged, used = [], set()
    for item, counterpart in pairs:
        new = copy.deepcopy(dict(counterpart) if counterpart else dict(item))
        new["id"] = item.get("id")
        if counterpart is not None:
            used.add(id(counterpart))
        child = block.child_blocks.get(item.get("type"))
        prefix = f"{name}.{item.get('id')}"
        new["value"] = _set_leaves(child, copy.deepcopy(item.get("value")), new.get("value"), prefix, texts)
        merged.append(new)
    # Blocks only the translation has stay, after the German ones.
    merged.extend(copy.deepcopy(dict(item)) for item in target if id(item) not in used)
    return merged


def _set_leaves(block, source, existing, path, texts):
    """A block value with the German structure, texts from the import, else the existing translation."""
    if isinstance(block, (blocks.RichTextBlock, blocks.CharBlock, blocks.TextBlock)):
        if path in texts:
            return texts[path]
        return existing if not is_empty(existing) else source
    if isinstance(block, TypedTableBlock) or not isinstance(block, (blocks.StructBlock, blocks.ListBlock)):
        if isinstance(block, TypedTableBlock):
            value = copy.deepcopy(existing or source)
            for key, *_rest in stream_leaves(block, source, existing, path, ()):
                if key in texts:
                    _set_table_text(value, key.removeprefix(path + "."), texts[key])
            return value
        return existing if existing is not None else source
    if isinstance(block, blocks.StructBlock):
        existing = existing if isinstance(existing, dict) else {}
        return {
            name: _set_leaves(child, (source or {}).get(name), existing.get(name), f"{path}.{name}", texts)
            for name, child in block.child_blocks.items()
        }
    items = list(source or [])
    targets = list(existing or [])
    result = []
    for position, (item, counterpart) in enumerate(
        pair_items(
            items, targets, lambda item: item.get("id") if isinstance(item, dict) else None, lambda item: "item"
        )
    ):
        if isinstance(item, dict) and item.get("type") == "item":
            other = counterpart.get("value") if isinstance(counterpart, dict) else None
            value = _set_leaves(block.child_block, item["value"], other, f"{path}.{item.get('id') or position}", texts)
            result.append({**item, "value": value})
        else:
            result.append(_set_leaves(block.child_block, item, counterpart, f"{path}.{position}", texts))
    return result


def _set_table_text(value, cell, text):
    if cell.startswith("column"):
        value["columns"][int(cell.removeprefix("column"))]["heading"] = text
    else:
        row, column = cell.removeprefix("row").split(".")
        value["rows"][int(row)]["values"][int(column)] = text
