"""The editor's form of every page type (kept apart from imeg.forms, which region models import)."""

import functools

from django import forms
from django.core.exceptions import FieldDoesNotExist
from django.utils.html import format_html
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets.slug import SlugInput
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.models import Page

from imeg.slugs import JS_FORMATTERS, ascii_slug
from imeg.translation_utils import DEFAULT_LANGUAGE, LANGUAGE_CODES


@functools.cache
def wagtail_form_fields():
    """Form fields of Wagtail's own (publishing, comments): not content, so not marked as shared.
    Asked when a form is made: region models import this module while the models are being loaded."""
    return {field.name for field in Page._meta.get_fields()} | {"comment_notifications"}


# Columns of a page's child rows that are not content either.
CHILD_ROW_FIELDS = {"id", "sort_order", "DELETE", "ORDER"}


def localized_names(model):
    """Every per-language column of the model's translated fields (`intro_de`, `intro_en`, …)."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return set()
    return {field.name for fields in options.all_fields.values() for field in fields}


def mark_shared(form_field):
    """Say in a field's help that it holds one value for every language (dates, images, choosers)."""
    if getattr(form_field, "marked_shared", False):
        return
    mark = format_html('<span class="translation-shared">{}</span>', _("In allen Sprachen gleich"))
    help_text = form_field.help_text
    form_field.help_text = format_html("{} {}", mark, help_text) if help_text else mark
    form_field.marked_shared = True


def mark_shared_fields(fields, model, skip):
    translated = localized_names(model)
    for name, form_field in fields.items():
        if name in skip or name in translated:
            continue
        try:
            model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        mark_shared(form_field)


class TransliteratedSlugField(forms.SlugField):
    """A slug as editors may type it ("Grenzbrücken Gipfel"), stored as German readers expect it."""

    def to_python(self, value):
        value = super().to_python(value)
        return ascii_slug(value) if value else value


class BasePageForm(WagtailAdminPageForm):
    """The editor's form of every page type: each language's slug labelled, explained and transliterated;
    the titles of other languages shown as optional; fields that every language shares marked as such."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.label_optional_titles()
        mark_shared_fields(self.fields, self._meta.model, wagtail_form_fields())
        for formset in self.formsets.values():
            # The form class too: rows added in the editor are copies of its `empty_form`.
            skip = CHILD_ROW_FIELDS | {formset.fk.name}
            mark_shared_fields(formset.form.base_fields, formset.model, skip)
            for child_form in formset.forms:
                mark_shared_fields(child_form.fields, formset.model, skip)
        self.transliterate_slugs()

    def label_optional_titles(self):
        """Wagtail's placeholder "Seitentitel*" marks a title as required; only the German one is."""
        for code in LANGUAGE_CODES:
            field = self.fields.get(f"title_{code}")
            if field is not None and code != DEFAULT_LANGUAGE:
                field.widget.attrs["placeholder"] = _("Titel in dieser Sprache (freiwillig)")

    def transliterate_slugs(self):
        for code in LANGUAGE_CODES:
            name = f"slug_{code}"
            if name not in self.fields:
                continue
            field = self.fields[name]
            self.fields[name] = TransliteratedSlugField(
                label=format_lazy("{} [{}]", _("URL-Teil"), code),
                help_text=_(
                    "Der Teil der Adresse, unter dem die Seite in dieser Sprache erreichbar ist, z. B. "
                    "„aktuelles“ in /de/aktuelles/. Wird aus dem Titel gebildet: Kleinbuchstaben, Ziffern "
                    "und Bindestriche, Umlaute als ae, oe, ue, ß als ss."
                ),
                required=field.required,
                max_length=field.max_length,
                widget=SlugInput(attrs=field.widget.attrs, formatters=JS_FORMATTERS),
                initial=field.initial,
                # modeltranslation stores an empty translated slug as NULL (the German slug applies).
                empty_value=getattr(field, "empty_value", ""),
            )


class FormPageForm(BasePageForm, WagtailAdminFormPageForm):
    """The contact form page's: Wagtail's checks of the form fields, and what every page's form does."""
