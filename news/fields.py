"""A model field for a set of language codes, e.g. the interpretation languages of an event."""

from django import forms
from django.utils.translation import gettext_lazy as _

from imeg.fields import CodeListField

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


class LanguageCodesField(CodeListField):
    """Language codes stored as "de,fr,nl" and used as a list in Python."""

    description = _("Liste von Sprachcodes")

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=LANGUAGE_CHOICES,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=kwargs.get("widget") or forms.CheckboxSelectMultiple,
        )
