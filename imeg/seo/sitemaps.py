"""The sitemaps: one per language, listing the live public pages that have their own text in that language.

Each entry names the page's other languages as `xhtml:link` alternates (hreflang, x-default German);
`/sitemap.xml` is the index of the language sitemaps, split into files of `URLS_PER_SITEMAP` URLs.
"""

import math

from django.db.models import Count, Max
from django.utils import translation
from wagtail.models import Page

from imeg.translation_utils import DEFAULT_LANGUAGE, LANGUAGE_CODES, translated_in

# The protocol allows 50,000 URLs and 50 MB per file; each of ours carries up to five alternates.
URLS_PER_SITEMAP = 10_000


def site_pages(site):
    """The site's live pages that need no login, in tree order."""
    return Page.objects.live().public().descendant_of(site.root_page, inclusive=True).order_by("path")


def index(site):
    """The language sitemaps: (language, number, lastmod), number 1 for the first file of a language."""
    sitemaps = []
    for language in LANGUAGE_CODES:
        pages = site_pages(site).filter(translated_in(language))
        stats = pages.aggregate(count=Count("pk"), lastmod=Max("last_published_at"))
        files = math.ceil(stats["count"] / URLS_PER_SITEMAP)
        sitemaps += [(language, number, stats["lastmod"]) for number in range(1, files + 1)]
    return sitemaps


def entries(site, language, number, request=None):
    """The URLs of one sitemap file, with their lastmod and alternates; None if there is no such file."""
    start = (number - 1) * URLS_PER_SITEMAP
    pages = list(site_pages(site).filter(translated_in(language))[start : start + URLS_PER_SITEMAP])
    if not pages:
        return None
    urls = {page.pk: {} for page in pages}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            for page in pages:
                if code == DEFAULT_LANGUAGE or getattr(page, f"title_{code}", None):
                    urls[page.pk][code] = page.get_full_url(request)
    result = []
    for page in pages:
        page_urls = urls[page.pk]
        alternates = list(page_urls.items())
        if len(alternates) > 1:
            alternates.append(("x-default", page_urls[DEFAULT_LANGUAGE]))
        else:
            alternates = []
        published = page.last_published_at or page.first_published_at
        result.append(
            {
                "loc": page_urls[language],
                "lastmod": published.replace(microsecond=0).isoformat() if published else None,
                "alternates": alternates,
            }
        )
    return result
