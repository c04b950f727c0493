"""The translatable units of an object, read from django-modeltranslation's registry.

A unit is one text an editor or translator translates: a translated model field, each text inside a
StreamField (per block, by the German block's id), each translated field of a page's child rows
(slides, figures: by position). Nothing here names a field: whatever `translation.py` registers is tracked.
"""

import hashlib
import re
from dataclasses import dataclass

from django.utils.html import strip_tags
from modelcluster.fields import ParentalKey
from modelcluster.models import get_all_child_relations
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from imeg.translation_utils import DEFAULT_LANGUAGE

# Derived from the title, falling back to the German one: not text anyone translates.
UNTRACKED_FIELDS = frozenset({"slug", "url_path"})
TEXT, HTML = "text", "html"


@dataclass(frozen=True)
class Unit:
    """One translatable text: its key, the field it belongs to, labels for people, German and translation."""

    key: str
    field: str
    labels: tuple
    kind: str
    source: str
    target: str
    max_length: int | None = None

    @property
    def label(self):
        return " › ".join(str(label) for label in self.labels)

    @property
    def has_source(self):
        return not is_empty(self.source, self.kind)

    @property
    def has_target(self):
        return not is_empty(self.target, self.kind)


def is_empty(text, kind=TEXT):
    if not text:
        return True
    if kind == HTML:
        return not strip_tags(text).strip() and "<embed" not in text
    return not str(text).strip()


def text_hash(text):
    """A short fingerprint of a text; whitespace at either end does not count as a change."""
    return hashlib.sha256(re.sub(r"\s+", " ", str(text or "")).strip().encode()).hexdigest()[:32]


def translated_fields(model):
    """Names of the model's translated fields in model order (the page title first), [] if none."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    names = set(options.all_fields) - UNTRACKED_FIELDS
    ordered = [field.name for field in model._meta.concrete_fields if field.name in names]
    return sorted(ordered, key=lambda name: name != "title")


def child_relations(model):
    """(accessor, child model) of the model's child rows (ParentalKey) that have translated fields."""
    return [
        (relation.get_accessor_name(), relation.related_model)
        for relation in get_all_child_relations(model)
        if translated_fields(relation.related_model)
    ]


def is_page_child(model):
    """Whether the model's rows belong to a page (tracked with that page, not on their own)."""
    return any(
        isinstance(field, ParentalKey) and issubclass(field.related_model, Page) for field in model._meta.get_fields()
    )


def tracked_models():
    """Every model tracked on its own: page types and snippets or settings with translated fields."""
    found = []
    for model in translator.get_registered_models(abstract=False):
        if model is Page or model._meta.proxy or is_page_child(model):
            continue
        if issubclass(model, Page) and not hasattr(model, "is_translated"):
            continue
        if translated_fields(model):
            found.append(model)
    return found


def units(instance, language):
    """The object's units with the German text and the text in `language` ("" where there is none)."""
    found = []
    for name in translated_fields(type(instance)):
        found.extend(_field_units(instance, name, name, (_verbose(instance, name),), language))
    for accessor, child_model in child_relations(type(instance)):
        children = list(getattr(instance, accessor).all())
        for position, child in enumerate(children):
            for name in translated_fields(child_model):
                labels = (child_model._meta.verbose_name, position + 1, _verbose(child, name))
                found.extend(_field_units(child, name, f"{accessor}.{position}.{name}", labels, language, accessor))
    return found


def _verbose(instance, name):
    return instance._meta.get_field(name).verbose_name


def _field_units(instance, name, key, labels, language, field=None):
    field = field or name
    model_field = instance._meta.get_field(name)
    source = getattr(instance, build_localized_fieldname(name, DEFAULT_LANGUAGE))
    target = getattr(instance, build_localized_fieldname(name, language))
    if isinstance(model_field, StreamField):
        block = model_field.stream_block
        for path, block_labels, kind, source_text, target_text, max_length in stream_leaves(
            block, raw_stream(source), raw_stream(target), key, ()
        ):
            yield Unit(path, field, labels + block_labels, kind, source_text or "", target_text or "", max_length)
        return
    kind = HTML if isinstance(model_field, RichTextField) else TEXT
    yield Unit(key, field, labels, kind, str(source or ""), str(target or ""), model_field.max_length)


def raw_stream(value):
    """The JSON-like list of a StreamField value, without turning blocks into objects (no queries)."""
    if not value:
        return []
    raw = getattr(value, "raw_data", value)
    return list(raw)


def _list_item(item):
    return isinstance(item, dict) and item.get("type") == "item" and "value" in item


def pair_items(source_items, target_items, id_of, type_of):
    """Each German item with its translation: the item with the same id (copied from German, or imported),
    else the item at the same position and of the same type (written independently)."""
    by_id = {id_of(item): item for item in target_items if id_of(item)}
    source_ids = {id_of(item) for item in source_items}
    pairs = []
    for position, item in enumerate(source_items):
        counterpart = by_id.get(id_of(item))
        if counterpart is None and position < len(target_items):
            candidate = target_items[position]
            if id_of(candidate) not in source_ids and type_of(candidate) == type_of(item):
                counterpart = candidate
        pairs.append((item, counterpart))
    return pairs


def stream_leaves(block, source, target, path, labels):
    """(key, labels, kind, German, translation, maximum length) of each text in a block's raw value."""
    if isinstance(block, blocks.RichTextBlock):
        yield path, labels, HTML, source or "", target or "", None
    elif isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        yield path, labels, TEXT, source or "", target or "", getattr(block.field, "max_length", None)
    elif isinstance(block, TypedTableBlock):
        yield from _table_leaves(source or {}, target or {}, path, labels)
    elif isinstance(block, blocks.StructBlock):
        source, target = source or {}, target or {}
        for name, child in block.child_blocks.items():
            yield from stream_leaves(
                child, source.get(name), target.get(name), f"{path}.{name}", labels + (child.label,)
            )
    elif isinstance(block, blocks.ListBlock):
        source_items = [item if _list_item(item) else {"value": item} for item in source or []]
        target_items = [item if _list_item(item) else {"value": item} for item in target or []]
        pairs = pair_items(source_items, target_items, lambda item: item.get("id"), lambda item: "item")
        for position, (item, counterpart) in enumerate(pairs):
            key = f"{path}.{item.get('id') or position}"
            other = counterpart.get("value") if counterpart else None
            yield from stream_leaves(block.child_block, item.get("value"), other, key, labels + (position + 1,))
    elif isinstance(block, blocks.StreamBlock):
        pairs = pair_items(source or [], target or [], lambda item: item.get("id"), lambda item: item.get("type"))
        for item, counterpart in pairs:
            child = block.child_blocks.get(item.get("type"))
            if child is None:
                continue
            other = counterpart.get("value") if counterpart else None
            yield from stream_leaves(
                child, item.get("value"), other, f"{path}.{item.get('id')}", labels + (child.label,)
            )


def _table_leaves(source, target, path, labels):
    """The column headings and text cells of a typed table, by position."""
    target_columns = target.get("columns") or []
    for index, column in enumerate(source.get("columns") or []):
        other = target_columns[index].get("heading") if index < len(target_columns) else ""
        yield f"{path}.column{index}", labels, TEXT, column.get("heading") or "", other or "", None
    text_columns = [index for index, column in enumerate(source.get("columns") or []) if column.get("type") == "text"]
    target_rows = target.get("rows") or []
    for row_index, row in enumerate(source.get("rows") or []):
        values = row.get("values") or []
        other_values = (target_rows[row_index].get("values") or []) if row_index < len(target_rows) else []
        for index in text_columns:
            value = values[index] if index < len(values) else ""
            other = other_values[index] if index < len(other_values) else ""
            yield f"{path}.row{row_index}.{index}", labels, TEXT, value or "", other or "", None
