"""Importing an XLIFF file's translations into new draft revisions, never published.

The import refuses a whole file that is not safe XLIFF for this site (`read.parse`: not XML, entities
or a DTD, too big; here: another page, a language the site lacks) and single units that cannot be
trusted (unknown id, German text changed since the export, broken placeholders, scripts, too long);
everything else goes into a new draft revision. Nothing is written when a file is refused.

A file with many pages (`import_pages`) is read the same way, page by page: a `<file>` that cannot be
used (no such page, another language, …) is refused on its own, each other page gets its own draft in
a transaction of its own.
"""

import copy
import json
import re
from dataclasses import dataclass

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
from imeg.translations.xliff.document import XliffError, original_of, page_id, page_label, q
from imeg.translations.xliff.placeholders import (
    BrokenUnit,
    html_tree,
    normalise,
    placeholders,
    restore_html,
    restore_text,
    signature_of_element,
    signature_of_tree,
)
from imeg.translations.xliff.read import file_elements, parse


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


def _file_for(root, page):
    files = file_elements(root)
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
    body = file_element.find(q("body"))
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
    files = file_elements(parse(data))
    ids = {page_id(file_element.get("original", "")) for file_element in files} - {None}
    pages = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    imported, results = set(), []
    for file_element in files:
        original = file_element.get("original", "")
        page = pages.get(page_id(original))
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
    for trans_unit in body.iter(q("trans-unit")):
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
    source = trans_unit.find(q("source"))
    target = trans_unit.find(q("target"))
    if source is None:
        return UnitResult(unit.key, unit.label, "refused", _("Die Einheit hat keinen Ausgangstext."))
    if unit.kind == HTML:
        tree = html_tree(unit.source)
        current_signature = signature_of_tree(tree)
    else:
        current_signature = normalise(unit.source)
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
    if normalise(text) == normalise(unit.target):
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
