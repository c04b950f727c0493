"""robots.txt and the sitemaps, served at the root of the site (outside the language prefixes)."""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.template import loader
from django.urls import reverse
from django.views.decorators.http import require_safe
from wagtail.models import Site

from imeg.search import SEARCH_SLUGS
from imeg.seo import sitemaps
from imeg.translation_utils import LANGUAGE_CODES

# /sitemap-de.xml, /sitemap-de-2.xml …: the first file of a language has no number; at most six digits.
LANGUAGE = rf"(?P<language>{'|'.join(LANGUAGE_CODES)})"
SITEMAP_PATTERN = rf"^sitemap-{LANGUAGE}\.xml$"
SITEMAP_PART_PATTERN = rf"^sitemap-{LANGUAGE}-(?P<number>[2-9]|[1-9][0-9]{{1,5}})\.xml$"
XML = "application/xml; charset=utf-8"


def site_url(request, path):
    """An absolute URL on the site's own address, as the page URLs in the sitemaps are."""
    site = Site.find_for_request(request)
    return site.root_url + path if site is not None else request.build_absolute_uri(path)


# The admin's path when ADMIN_PATH is left at its default: every bot knows it already.
DEFAULT_ADMIN_PATH = "admin/"


def admin_disallow():
    """`/admin/` while the admin lives there; a path of one's own is never published (decision 24).

    Listing it would hand it to anyone who reads robots.txt; crawlers that find it anyway get
    `X-Robots-Tag: noindex, nofollow` on every admin response (imeg.security).
    """
    return [f"/{DEFAULT_ADMIN_PATH}"] if settings.ADMIN_PATH == DEFAULT_ADMIN_PATH else []


@require_safe
def robots_txt(request):
    """Crawl everything but the default admin path, the search pages and lists narrowed by a query string."""
    context = {
        "disallow": [*admin_disallow(), *(f"/{code}/{slug}/" for code, slug in SEARCH_SLUGS.items()), "/*?"],
        "sitemap_url": site_url(request, reverse("sitemap_index")),
    }
    content = loader.render_to_string("imeg/robots.txt", context).strip() + "\n"
    return HttpResponse(content, content_type="text/plain; charset=utf-8")


def site_or_404(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("No site")
    return site


@require_safe
def sitemap_index(request):
    site = site_or_404(request)
    items = [
        {
            "loc": site_url(request, sitemap_path(language, number)),
            "lastmod": lastmod.replace(microsecond=0).isoformat() if lastmod else None,
        }
        for language, number, lastmod in sitemaps.index(site)
    ]
    content = loader.render_to_string("imeg/sitemap_index.xml", {"sitemaps": items})
    return HttpResponse(content, content_type=XML)


@require_safe
def sitemap(request, language, number=None):
    site = site_or_404(request)
    entries = sitemaps.entries(site, language, int(number or 1), request)
    if entries is None:
        raise Http404("No such sitemap")
    return HttpResponse(loader.render_to_string("imeg/sitemap.xml", {"urls": entries}), content_type=XML)


def sitemap_path(language, number):
    if number == 1:
        return reverse("sitemap", kwargs={"language": language})
    return reverse("sitemap_part", kwargs={"language": language, "number": str(number)})
