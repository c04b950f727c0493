"""Marks text that falls back to German where the page shows it, so screen readers pronounce it right."""

from django import template
from django.utils.safestring import mark_safe

from imeg.translation_utils import DEFAULT_LANGUAGE
from imeg.translations.fallback import falls_back
from imeg.translations.report import page_languages

register = template.Library()


@register.simple_tag
def fallback_lang(obj, field):
    """` lang="de"` for an element showing `obj.field` when it falls back to German, else nothing.

    Usage: `<p class="lead"{% fallback_lang page "intro" %}>{{ page.intro }}</p>`
    """
    return mark_safe(f' lang="{DEFAULT_LANGUAGE}"') if falls_back(obj, field) else ""


@register.filter
def translation_languages(page):
    """[(language, status cell)] of a page in the admin's page explorer (statuses prefetched there)."""
    return page_languages(page) if hasattr(page, "translation_statuses") else []
