"""A model field for a set of language codes, e.g. the interpretation languages of an event."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

# The languages interpretation is usually offered in at events in the border regions.
LANGUAGE_CHOICES = [
    ("de", _("Deutsch")),
    ("en", _("Englisch")),
    ("fr", _("Französisch")),
    ("nl", _("Niederländisch")),
    ("lb", _("Luxemburgisch")),
    ("it", _("Italienisch")),
    ("pl", _("Polnisch")),
    ("cs", _("Tschechisch")),
    ("da", _("Dänisch")),
    ("gsg", _("Deutsche Gebärdensprache")),
]
LANGUAGE_LABELS = dict(LANGUAGE_CHOICES)


def language_names(codes):
    return [str(LANGUAGE_LABELS.get(code, code)) for code in codes]


class LanguageCodesField(models.CharField):
    """Language codes stored as "de,fr,nl" and used as a list in Python."""

    description = _("Liste von Sprachcodes")

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 100)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if kwargs.get("max_length") == 100:
            del kwargs["max_length"]
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if not value:
            return []
        if isinstance(value, str):
            return [code.strip() for code in value.split(",") if code.strip()]
        return list(value)

    def get_prep_value(self, value):
        value = models.Field.get_prep_value(self, value)
        if isinstance(value, list | tuple):
            return ",".join(value)
        return value or ""

    def value_to_string(self, obj):
        return ",".join(self.value_from_object(obj) or [])

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=LANGUAGE_CHOICES,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=kwargs.get("widget") or forms.CheckboxSelectMultiple,
        )
