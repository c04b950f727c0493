"""What the Wagtail admin's page editor posts, built from a page, for tests that go through the admin."""

from django.urls import reverse
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
