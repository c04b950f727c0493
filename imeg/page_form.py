"""The editor's form of every page type (kept apart from imeg.forms, which region models import)."""

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets.slug import SlugInput

from imeg.slugs import JS_FORMATTERS, ascii_slug
from imeg.translation_utils import LANGUAGE_CODES


class TransliteratedSlugField(forms.SlugField):
    """A slug as editors may type it ("Grenzbrücken Gipfel"), stored as German readers expect it."""

    def to_python(self, value):
        value = super().to_python(value)
        return ascii_slug(value) if value else value


class BasePageForm(WagtailAdminPageForm):
    """The editor's form of every page type: each language's slug labelled, explained and transliterated."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
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
