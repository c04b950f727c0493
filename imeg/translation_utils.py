"""Helpers for field-level translations (django-modeltranslation) of pages."""

from django.conf import settings
from django.db.models import Q
from django.utils import translation

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def translated_in(language=None):
    """Pages with their own title in the language (the active one by default; every page has a German one)."""
    language = language or translation.get_language()
    if language == DEFAULT_LANGUAGE:
        return Q()
    return Q(**{f"title_{language}__gt": ""})


def title_fallback_language(page):
    """`de` where the page's title falls back to German in the active language, else None (for `lang`)."""
    language = translation.get_language()
    if language == DEFAULT_LANGUAGE or getattr(page, f"title_{language}", None):
        return None
    return DEFAULT_LANGUAGE


def effective_slug(slugs, language):
    """The slug a URL uses in `language`: its own, or the German one it falls back to."""
    return slugs.get(language) or slugs.get(DEFAULT_LANGUAGE) or ""


def slugs_in_use(parent, exclude=None):
    """{language: set of slugs} that the children of `parent` use in each language's URLs."""
    children = parent.get_children()
    if exclude is not None:
        children = children.exclude(pk=exclude.pk)
    taken = {code: set() for code in LANGUAGE_CODES}
    for values in children.values_list(*[f"slug_{code}" for code in LANGUAGE_CODES]):
        slugs = dict(zip(LANGUAGE_CODES, values, strict=True))
        for code in LANGUAGE_CODES:
            taken[code].add(effective_slug(slugs, code))
    return taken


def next_free_slug(base, taken):
    """`base`, or `base-2`, `base-3`, … whichever is not in `taken`."""
    candidate, suffix = base, 1
    while candidate in taken:
        suffix += 1
        candidate = f"{base}-{suffix}"
    return candidate


def slug_clashes(page, parent):
    """(language, slug) pairs where `page` would share a URL with a child of `parent`."""
    taken = slugs_in_use(parent, exclude=page)
    own = {code: getattr(page, f"slug_{code}", None) for code in LANGUAGE_CODES}
    return [(code, effective_slug(own, code)) for code in LANGUAGE_CODES if effective_slug(own, code) in taken[code]]


def unique_translated_slugs(page, taken=None):
    """Give an unsaved page a slug in every language that no sibling uses in that language.

    Copying a page keeps every language, so without this the copy's English, French and
    Dutch URLs would be the original's (wagtail-modeltranslation only checks the slug of the
    language that is active while copying). `taken` (from `slugs_in_use`) saves the query when
    many pages get the same parent at once (the WordPress import); the page's slugs are added to it.
    """
    if taken is None:
        parent = page.get_parent()
        if parent is None:
            return
        taken = slugs_in_use(parent)
    for code in [DEFAULT_LANGUAGE] + [c for c in LANGUAGE_CODES if c != DEFAULT_LANGUAGE]:
        own = getattr(page, f"slug_{code}", None)
        base = own or getattr(page, f"slug_{DEFAULT_LANGUAGE}", None)
        if not base:
            continue
        candidate = next_free_slug(base, taken[code])
        if own or candidate != base:
            setattr(page, f"slug_{code}", candidate)
        taken[code].add(candidate)
