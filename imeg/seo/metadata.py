"""A page's head for search engines and sharing: description, robots, canonical URL, OpenGraph, JSON-LD."""

import html
import json
import logging
import re

from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.models import Site

from imeg.languages import by_code
from imeg.models import SiteSettings
from imeg.search.content import plain_text

logger = logging.getLogger(__name__)

DESCRIPTION_LENGTH = 160
SHARE_IMAGE_FILTER = "fill-1200x630|format-jpeg"
DEFAULT_SHARE_IMAGE = {"path": "img/share-default.png", "width": 1200, "height": 630, "type": "image/png"}
LOGO = "img/logo.svg"
OG_LOCALES = by_code("og_locale")
# Where rich text ends a block, its words must not run into the next block's.
BLOCK_END = re.compile(r"(</(?:p|li|h[1-6]|div|blockquote)>|<br\s*/?>)", re.IGNORECASE)
# In a <script> element "</script>" or "<!--" would end or confuse the data; JSON allows these escapes.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data):
    """Structured data for `<script type="application/ld+json">`, safe to put into the page as it is."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(text.translate(JSON_SCRIPT_ESCAPES))  # noqa: S308 - escaped just above


def summarise(text, length=DESCRIPTION_LENGTH):
    """Plain text of at most `length` characters, cut after a whole word and ending in "…" if cut."""
    text = plain_text(html.unescape(strip_tags(BLOCK_END.sub(r"\1 ", str(text or "")))))
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    if text[length - 1] != " " and " " in cut[length // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–-") + "…"


def own_text(page, field, language):
    """A translated field in the language itself, without modeltranslation's fallback to German."""
    return getattr(page, f"{field}_{language}", None) or ""


def page_title(page, language):
    """The editors' SEO title in the language shown, else the page title (never another language's SEO title)."""
    return plain_text(own_text(page, "seo_title", language)) or page.title


def absolute(request, url):
    return request.build_absolute_uri(url) if request is not None else url


def share_image(page, site_settings, request):
    """The page's image cropped to 1200×630, else the site's default share image, else the committed one."""
    for image in (page.seo_image() if page is not None else None, site_settings.default_share_image):
        if image is None:
            continue
        try:
            rendition = image.get_rendition(SHARE_IMAGE_FILTER)
        except (OSError, ValueError):
            # A lost or unreadable original (SourceImageIOError is an OSError) must not break the page.
            logger.warning("No share image from image %s", image.pk, exc_info=True)
            continue
        return {
            "url": absolute(request, rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "type": "image/jpeg",
            "alt": image.alt_text,
        }
    return {
        "url": absolute(request, static(DEFAULT_SHARE_IMAGE["path"])),
        "width": DEFAULT_SHARE_IMAGE["width"],
        "height": DEFAULT_SHARE_IMAGE["height"],
        "type": DEFAULT_SHARE_IMAGE["type"],
        "alt": site_settings.organisation_name,
    }


def description(page, language, site_settings):
    """The editors' search description, else the page's summary trimmed, else title and organisation."""
    written = plain_text(own_text(page, "search_description", language))
    return written or summarise(page.seo_summary()) or f"{page.title} – {site_settings.organisation_name}"


def breadcrumb_list(page, request):
    """schema.org BreadcrumbList of the visible trail: the home page, the ancestors, the page."""
    crumbs = [
        (gettext("Startseite") if position == 0 else crumb["title"], crumb["full_url"])
        for position, crumb in enumerate(page.get_breadcrumbs(request))
    ]
    crumbs.append((page.title, page.get_full_url(request)))
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(crumbs, start=1)
        ],
    }


def organisation(site_settings, url, request):
    """schema.org Organization of the network, from the site settings."""
    logo = absolute(request, static(LOGO))
    if site_settings.logo is not None:
        try:
            logo = absolute(request, site_settings.logo.get_rendition("max-512x512|format-png").url)
        except (OSError, ValueError):
            logger.warning("No rendition of the logo %s", site_settings.logo_id, exc_info=True)
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": site_settings.organisation_name,
        "alternateName": site_settings.short_name,
        "url": url,
        "logo": logo,
        "email": site_settings.email,
        "telephone": site_settings.phone,
        "address": ", ".join(line.strip() for line in site_settings.address.splitlines() if line.strip()),
        "sameAs": [link.value["url"] for link in site_settings.social_links],
    }
    return {key: value for key, value in data.items() if value}


def list_page_number(context):
    """The number of the list page shown (1 where the page is no list)."""
    page_obj = context.get("page_obj")
    number = getattr(page_obj, "number", 1)
    return number if isinstance(number, int) else 1


def page_head(context):
    """What `components/seo_head.html` needs for the page (or non-page view) in the template context."""
    request = context.get("request")
    page = context.get("page")
    canonical_url = context.get("canonical_url")
    noindex = bool(context.get("noindex"))
    if request is None or (page is None and not canonical_url and not noindex):
        # Error pages: nothing to index or share.
        return {}

    site_settings = SiteSettings.for_request(request)
    language = translation.get_language()
    translations = context.get("translations") or []
    content_language = context.get("content_language") or language

    number = list_page_number(context)
    if page is not None and not noindex and number > 1:
        # Later pages of an unfiltered list are their own canonical, but not worth a search result.
        canonical_url = f"{canonical_url}?page={number}"
        noindex = True
    alternates = []
    if not noindex:
        alternates = [{"code": item["code"], "url": item["full_url"]} for item in translations if item["translated"]]
        if len(alternates) > 1 and context.get("default_language_url"):
            alternates.append({"code": "x-default", "url": context["default_language_url"]})

    if page is not None:
        title = page_title(page, content_language)
        text = description(page, content_language, site_settings)
        kind = getattr(page, "og_type", "website")
    else:
        title = context.get("seo_title") or site_settings.short_name
        text = context.get("seo_description") or site_settings.organisation_name
        kind = "website"
    locales = [OG_LOCALES[item["code"]] for item in translations if item["translated"]]

    return {
        "description": text,
        "noindex": noindex,
        "canonical_url": canonical_url,
        "alternates": alternates,
        "og": {
            "type": kind,
            "title": title,
            "site_name": site_settings.organisation_name,
            "url": canonical_url or request.build_absolute_uri(),
            "locale": OG_LOCALES.get(content_language, OG_LOCALES["de"]),
            "locale_alternates": [code for code in locales if code != OG_LOCALES.get(content_language)],
            "published_time": article_time(page, kind),
            "modified_time": page.last_published_at if page is not None and kind == "article" else None,
        },
        "image": share_image(page, site_settings, request),
        "structured_data": structured_data(context, page, site_settings, request, canonical_url),
    }


def article_time(page, kind):
    date = getattr(page, "date", None) if kind == "article" else None
    return date.isoformat() if date else None


def structured_data(context, page, site_settings, request, canonical_url):
    """The JSON-LD blocks of the page: its own (`structured_data`: news, event, publication), Organization
    or BreadcrumbList."""
    if page is None:
        return []
    own = page.structured_data(request) if hasattr(page, "structured_data") else None
    blocks = [json_ld(own)] if own else []
    site = Site.find_for_request(request)
    if site is not None and page.pk == site.root_page_id:
        blocks.append(json_ld(organisation(site_settings, canonical_url, request)))
    elif page.depth > 2:
        blocks.append(json_ld(breadcrumb_list(page, request)))
    return blocks
