"""Where a translated field shows its German text because the visitor's language has none."""

from django.utils import translation
from modeltranslation.utils import build_localized_fieldname

from imeg.translation_utils import DEFAULT_LANGUAGE
from imeg.translations.units import translated_fields


def _blank(value):
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return not value


def falls_back(obj, field, language=None):
    """Whether `obj.field` shows German in `language` (default: the active one): its own value is empty."""
    language = language or translation.get_language()
    if obj is None or language == DEFAULT_LANGUAGE or field not in translated_fields(type(obj)):
        return False
    own = getattr(obj, build_localized_fieldname(field, language), None)
    german = getattr(obj, build_localized_fieldname(field, DEFAULT_LANGUAGE), None)
    return _blank(own) and not _blank(german)


def fallback_fields(obj, fields, language=None):
    """Those of `fields` that `obj` shows in German in the language."""
    return [field for field in fields if falls_back(obj, field, language)]
