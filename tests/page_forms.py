"""What the Wagtail admin's page editor posts, built from a page, for tests that go through the admin."""

from django import forms
from django.urls import reverse
from wagtail import blocks
from wagtail.blocks.base import BlockField
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

UNPOSTED_FIELDS = {"comment_notifications", "go_live_at", "expire_at"}


def edit_form_data(page, **changes):
    """The edit form of `page` as the admin would post it unchanged, with `changes` applied.

    StreamFields are posted empty, so use it for pages whose bodies the test does not look at.
    """
    form_class = page.specific_class.get_edit_handler().get_form_class()
    data = {}
    for name in form_class.base_fields:
        if name in UNPOSTED_FIELDS:
            continue
        model_field = page._meta.get_field(name)
        if isinstance(model_field, StreamField):
            data[name] = streamfield([])
        elif model_field.get_internal_type() == "BooleanField":
            if getattr(page, name):
                data[name] = "on"
        elif model_field.is_relation:
            data[name] = getattr(page, model_field.attname) or ""
        else:
            value = getattr(page, model_field.attname)
            data[name] = "" if value is None else value
    data["comments"] = inline_formset([])
    data.update(changes)
    return nested_form_data(data)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def preview_url(page):
    return reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))


def admin_form(page, user, parent=None):
    """The admin's edit form of `page` (unbound), as the editor of `user` sees it."""
    form_class = page.specific_class.get_edit_handler().get_form_class()
    return form_class(instance=page, parent_page=parent or page.get_parent().specific, for_user=user)


def posted_form_data(page, user, *, new=False, **changes):
    """Everything the admin's page editor posts for `page` unchanged: fields, StreamFields with all their
    blocks, inline children, many-to-many choices, with `changes` applied.

    `new=True` posts the same content as a page not saved yet (the "add" form): inline children without
    their ids.
    """
    form = admin_form(page, user)
    data = {}
    _add_form_fields(data, form, new=new)
    for formset in form.formsets.values():
        management = formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        if new:
            data[management.add_prefix("INITIAL_FORMS")] = 0
        for child_form in formset.forms:
            _add_form_fields(data, child_form, new=new)
    data.update(changes)
    return data


def _add_form_fields(data, form, *, new):
    for name, field in form.fields.items():
        if name in UNPOSTED_FIELDS:
            continue
        key = form.add_prefix(name)
        value = form[name].value()
        if isinstance(field, BlockField):
            data.update(block_data(field.block, field.block.get_form_state(value), key))
        elif isinstance(field.widget, forms.CheckboxInput):
            if value:
                data[key] = "on"
        elif name == "id" and new or value is None:
            data[key] = ""
        else:
            formatted = field.widget.format_value(field.prepare_value(value))
            if isinstance(field.widget, forms.Select) and not field.widget.allow_multiple_selected:
                formatted = formatted[0] if formatted else ""
            data[key] = "" if formatted is None else formatted


def block_data(block, state, prefix):
    """The form fields a StreamField block posts for its form state (what the editor's JavaScript shows)."""
    if isinstance(block, blocks.StreamBlock):
        data = {f"{prefix}-count": len(state or [])}
        for position, child in enumerate(state or []):
            data.update(
                {
                    f"{prefix}-{position}-type": child["type"],
                    f"{prefix}-{position}-deleted": "",
                    f"{prefix}-{position}-order": position,
                    f"{prefix}-{position}-id": child["id"] or "",
                }
            )
            data.update(block_data(block.child_blocks[child["type"]], child["value"], f"{prefix}-{position}-value"))
        return data
    if isinstance(block, blocks.ListBlock):
        data = {f"{prefix}-count": len(state or [])}
        for position, child in enumerate(state or []):
            data.update(
                {
                    f"{prefix}-{position}-deleted": "",
                    f"{prefix}-{position}-order": position,
                    f"{prefix}-{position}-id": child["id"] or "",
                }
            )
            data.update(block_data(block.child_block, child["value"], f"{prefix}-{position}-value"))
        return data
    if isinstance(block, blocks.StructBlock):
        data = {}
        for name, child_block in block.child_blocks.items():
            data.update(block_data(child_block, (state or {}).get(name), f"{prefix}-{name}"))
        return data
    if isinstance(block, TypedTableBlock):
        return typed_table_data(block, state, prefix)
    if isinstance(block, blocks.ChooserBlock):
        return {prefix: state["id"] if state else ""}
    if isinstance(block, blocks.BooleanBlock):
        return {prefix: "on"} if state else {}
    return {prefix: "" if state is None else state}


def typed_table_data(block, state, prefix):
    columns, rows = state["columns"], state["rows"]
    data = {f"{prefix}-caption": state["caption"] or "", f"{prefix}-column-count": len(columns)}
    data[f"{prefix}-row-count"] = len(rows)
    for index, column in enumerate(columns):
        data.update(
            {
                f"{prefix}-column-{index}-type": column["type"],
                f"{prefix}-column-{index}-order": index,
                f"{prefix}-column-{index}-heading": column["heading"],
                f"{prefix}-column-{index}-deleted": "",
            }
        )
    for row_index, row in enumerate(rows):
        data.update({f"{prefix}-row-{row_index}-order": row_index, f"{prefix}-row-{row_index}-deleted": ""})
        for column_index, (column, value) in enumerate(zip(columns, row["values"], strict=True)):
            cell = f"{prefix}-cell-{row_index}-{column_index}"
            data.update(block_data(block.child_blocks[column["type"]], value, cell))
    return data


def add_url(parent, model):
    return reverse("wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk))


def preview_on_add_url(parent, model):
    return reverse(
        "wagtailadmin_pages:preview_on_add", args=(model._meta.app_label, model._meta.model_name, parent.pk)
    )
