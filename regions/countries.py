"""Countries of the member regions, stored as ISO 3166-1 codes and shown with localized names.

Django ships no country names; pycountry ships the ISO 3166 list with the Debian iso-codes
translations, which are read here with Python's gettext (no INSTALLED_APPS entry needed).
"""

import gettext
from functools import lru_cache

import pycountry
from django import forms
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from imeg.fields import CodeListField

# Germany and the countries a region on its borders reaches into: the editors' checkboxes.
COUNTRIES = ("AT", "BE", "CH", "CZ", "DE", "DK", "FR", "IT", "LI", "LU", "NL", "PL")


@lru_cache(maxsize=8)
def _catalog(language):
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return gettext.NullTranslations()


def country_name(code, language=None):
    """The country's common name in the active (or given) language: "BE" → "Belgien"."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    name = getattr(country, "common_name", None) or country.name
    return _catalog(language or translation.get_language() or "de").gettext(name)


def _choices():
    return sorted(((code, country_name(code)) for code in COUNTRIES), key=lambda choice: choice[1])


def validate_country_codes(codes):
    unknown = [code for code in codes if code not in COUNTRIES]
    if unknown:
        raise ValidationError(
            _("Unbekannter Ländercode: %(codes)s. Bitte ISO-3166-Codes wie DE, FR oder NL verwenden."),
            code="unknown_country",
            params={"codes": ", ".join(unknown)},
        )


class CountryCodesField(CodeListField):
    """ISO 3166-1 alpha-2 codes, stored as "BE,NL,DE" and used as a list in Python."""

    description = _("Liste von Ländercodes (ISO 3166-1)")

    def normalise(self, code):
        return code.upper()

    def run_validators(self, value):
        # The length limit applies to the stored text, not to the number of countries.
        super().run_validators(",".join(value) if isinstance(value, list) else value)
        validate_country_codes(value or [])

    def formfield(self, **kwargs):
        defaults = {
            "required": not self.blank,
            "label": capfirst(self.verbose_name),
            "help_text": self.help_text,
            # A callable, so the names follow the editor's language on every request.
            "choices": _choices,
            "widget": forms.CheckboxSelectMultiple,
        }
        defaults.update({key: value for key, value in kwargs.items() if key in ("label", "help_text", "required")})
        return forms.MultipleChoiceField(**defaults)
