"""Main menu, breadcrumbs and language links, shared by every page and error page."""

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Page, Site

from imeg import lookup_cache
from imeg.translation_utils import title_fallback_language

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


def _menu_entries(root, request):
    """The home page's published, public subpages shown in menus, in the active language."""
    return [
        {
            "pk": page.pk,
            "path": page.path,
            "title": page.title,
            "lang": title_fallback_language(page),
            "url": page.get_url(request),
        }
        for page in Page.objects.child_of(root).live().public().in_menu()
    ]


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    """The home page's published subpages that are shown in menus, the current section marked.

    The entries come from the cache until a page, site or setting changes (imeg.lookup_cache).
    """
    request = context.get("request")
    root = _site_root(request)
    current = context.get("page")
    if root is None:
        return {"items": [], "home_url": "/"}
    language = translation.get_language()
    entries = lookup_cache.cached(f"main-menu:{root.pk}:{language}", lambda: _menu_entries(root, request))
    items = [
        dict(
            entry,
            active=bool(current and current.path.startswith(entry["path"])),
            current=bool(current and current.pk == entry["pk"]),
        )
        for entry in entries
    ]
    return {"items": items, "home_url": root.get_url(request)}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    request = context.get("request")
    if page is None or page.depth <= 2:
        return {"crumbs": []}
    return {
        "crumbs": page.get_breadcrumbs(request),
        "current": page.title,
        "current_lang": title_fallback_language(page),
    }


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the same page in every other language (to the language's home on error pages)."""
    current = translation.get_language()
    translations = context.get("translations") or [
        {"code": code, "name": translation.get_language_info(code)["name_local"], "url": f"/{code}/"}
        for code, _name in settings.LANGUAGES
    ]
    return {"links": [dict(item, current=item["code"] == current) for item in translations]}


def _section_entries(section, request):
    """The section's page and its published, public subpages two levels down, in tree order."""
    pages = Page.objects.descendant_of(section, inclusive=True).filter(depth__lte=section.depth + 2).live().public()
    return [
        {
            "pk": page.pk,
            "path": page.path,
            "depth": page.depth,
            "title": page.title,
            "lang": title_fallback_language(page),
            "url": page.get_url(request),
        }
        for page in pages.order_by("path")
    ]


@register.inclusion_tag("components/section_nav.html", takes_context=True)
def section_nav(context):
    """The pages of the current page's section (its main-menu ancestor), for the column beside the text.

    Lists the section's subpages and, below the one the visitor is in, that page's subpages; a
    section without subpages has no navigation. The entries come from the cache like the main menu's.
    """
    request = context.get("request")
    current = context.get("page")
    root = _site_root(request)
    if current is None or root is None or current.depth <= root.depth:
        return {"section": None}
    section_path = current.path[: (root.depth + 1) * Page.steplen]
    language = translation.get_language()

    def build():
        section = Page.objects.filter(path=section_path).first()
        return _section_entries(section, request) if section else []

    entries = lookup_cache.cached(f"section-nav:{section_path}:{language}", build)
    if len(entries) < 2:
        return {"section": None}
    section, children = entries[0], [entry for entry in entries[1:] if entry["depth"] == entries[0]["depth"] + 1]
    items = []
    for child in children:
        active = current.path.startswith(child["path"])
        subpages = [
            dict(entry, current=entry["pk"] == current.pk)
            for entry in entries
            if active and entry["depth"] == child["depth"] + 1 and entry["path"].startswith(child["path"])
        ]
        items.append(dict(child, active=active, current=child["pk"] == current.pk, children=subpages))
    return {"section": dict(section, current=section["pk"] == current.pk), "items": items}
