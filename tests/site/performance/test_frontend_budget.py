"""Front-end budgets (docs/performance.md): page weight, CSS and JavaScript, images, compression, caching.

Budgets: each page's HTML at most 30 KB gzipped; all CSS together at most 30 KB gzipped; all
JavaScript together at most 10 KB as written (none is needed for reading). Images carry width,
height and alt; all but the first image of the content load lazily, and a page's hero image is
loaded eagerly and preloaded.
"""

import contextlib
import gzip
import json
import os
import re
import subprocess
import sys
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.test import Client, override_settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.models import Page, Site

from publications.models.pages import PAGE_SIZE as PUBLICATION_PAGE_SIZE
from tests.conftest import HOST
from tests.factories import (
    ContentPageFactory,
    CustomImageFactory,
    FormFieldFactory,
    FormPageFactory,
    HomePageFactory,
    SiteSettingsFactory,
    TopicIndexPageFactory,
    TopicPageFactory,
)
from tests.news.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    bulk_events,
    bulk_news,
)
from tests.publications.factories import PublicationIndexPageFactory, bulk_publications
from tests.regions.factories import RegionIndexPageFactory, RegionPageFactory

# The module's fixture builds its site in the test database, which is set up only for tests that ask.
pytestmark = pytest.mark.django_db

HTML_GZIP_BUDGET = 30 * 1024
CSS_GZIP_BUDGET = 30 * 1024
JS_RAW_BUDGET = 10 * 1024
STATIC_DIR = Path(settings.BASE_DIR) / "static"


def build_every_page_type():
    """A small site with every public page type, full lists and pictures; {page type: URL}."""
    welcome = Page.objects.get(depth=2)
    home = HomePageFactory(parent=Page.get_first_root_node())
    site = Site.objects.get(is_default_site=True)
    site.root_page, site.hostname, site.port = home, HOST, 80
    site.save()
    welcome.delete()
    SiteSettingsFactory(site=site)
    images = [CustomImageFactory() for _ in range(3)]
    network = ContentPageFactory(parent=home, title_de="Initiativkreis", image=images[1])
    activities = ContentPageFactory(parent=home, title_de="Aktivitäten")
    topic = TopicPageFactory(parent=TopicIndexPageFactory(parent=activities), title_de="Mobilität")
    region_index = RegionIndexPageFactory(parent=network)
    region = RegionPageFactory(parent=region_index, title_de="Oberrhein", hero_image=images[2])
    news_index = NewsIndexPageFactory(parent=home)
    bulk_news(news_index, 30, images=images, topics=[topic])
    news = NewsPageFactory(parent=news_index, title_de="Grenzraumakademie", lead_image=images[0], date=date.today())
    event_index = EventIndexPageFactory(parent=activities)
    bulk_events(event_index, 30, images=images, topics=[topic])
    event = EventPageFactory(parent=event_index, title_de="Jahrestreffen", lead_image=images[0])
    library = PublicationIndexPageFactory(parent=home)
    bulk_publications(library, PUBLICATION_PAGE_SIZE + 3, topics=[topic])
    contact = FormPageFactory(parent=home, title_de="Kontakt", subject_de="Kontakt")
    FormFieldFactory(page=contact, sort_order=0, label_de="Nachricht", field_type="multiline")
    pages = {
        "home": home,
        "content page": network,
        "topic page": topic,
        "contact form": contact,
        "region index": region_index,
        "region page": region,
        "news list": news_index,
        "news page": news,
        "event list": event_index,
        "event page": event,
        "publication library": library,
        "publication page": library.get_children().last(),
    }
    urls = {name: page.specific.get_url() for name, page in pages.items()}
    with contextlib.suppress(NoReverseMatch):
        urls["search"] = f"{reverse('search')}?q=Grenzregion"
    return urls


@pytest.fixture(scope="module")
def pages(django_db_setup, django_db_blocker, tmp_path_factory):
    """The HTML of every page type, {page type: HTML}; built once for the module and rolled back.

    Rendering the renditions (AVIF, WebP, JPEG in four widths) is what costs time, so the
    tests share one rendering instead of building the site for each.
    """
    media_root = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media_root), transaction.atomic():
        client = Client(headers={"host": HOST})
        result = {}
        for name, url in build_every_page_type().items():
            response = client.get(url)
            assert response.status_code == 200, (name, url)
            result[name] = response.content.decode()
        transaction.set_rollback(True)
    cache.clear()
    translation.deactivate()
    return result


class ImageCollector(HTMLParser):
    """The <img>, <source> and preload <link> elements of a page, and whether each <img> is in <main>."""

    def __init__(self):
        super().__init__()
        self.images, self.sources, self.preloads, self.in_main = [], [], [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "main":
            self.in_main = True
        elif tag == "img":
            self.images.append({**attrs, "in_main": self.in_main})
        elif tag == "source":
            self.sources.append(attrs)
        elif tag == "link" and attrs.get("rel") == "preload" and attrs.get("as") == "image":
            self.preloads.append(attrs)

    def handle_endtag(self, tag):
        if tag == "main":
            self.in_main = False


def collect(html):
    parser = ImageCollector()
    parser.feed(html)
    return parser


def test_every_page_type_stays_within_30_kb_of_gzipped_html(pages):
    sizes = {name: len(gzip.compress(html.encode())) for name, html in pages.items()}

    assert all(size <= HTML_GZIP_BUDGET for size in sizes.values()), sizes
    assert min(sizes.values()) > 1024  # the pages are real pages, not error stubs


def public_assets(pattern):
    """The site's own files for visitors; the admin's (static/*/admin*) reach editors only."""
    return [path for path in sorted(STATIC_DIR.rglob(pattern)) if not path.name.startswith("admin")]


def test_all_css_together_stays_within_30_kb_gzipped_and_all_javascript_within_10_kb():
    css = b"".join(path.read_bytes() for path in public_assets("*.css"))
    javascript = b"".join(path.read_bytes() for path in public_assets("*.js"))

    assert css and len(gzip.compress(css)) <= CSS_GZIP_BUDGET
    assert javascript and len(javascript) <= JS_RAW_BUDGET


def test_no_public_page_loads_the_admins_files(pages):
    """What the budget above leaves out must really stay out of the public pages."""
    loaded = {
        name: re.findall(r'(?:src|href)="[^"]*/static/(?:js|css)/(admin[^"]*)"', html) for name, html in pages.items()
    }

    assert not any(loaded.values()), loaded


def test_images_have_size_and_alt_and_all_but_the_first_in_the_content_load_lazily(pages):
    in_content = {}
    for name, html in pages.items():
        images = collect(html).images
        for image in images:
            assert image.get("width") and image.get("height"), (name, image)
            assert "alt" in image, (name, image)
        in_content[name] = [image for image in images if image["in_main"]]
        for image in in_content[name][1:]:
            assert image.get("loading") == "lazy", (name, image)
    assert len(in_content["news list"]) >= 10  # a full list with pictures was checked, not an empty page


@pytest.mark.parametrize("page_type", ["news page", "content page", "region page"])
def test_the_hero_image_loads_eagerly_and_is_preloaded_in_the_format_the_page_offers_first(pages, page_type):
    page = collect(pages[page_type])
    hero = next(image for image in page.images if "figure__image" in image.get("class", ""))
    (preload,) = page.preloads
    avif_srcsets = [source["srcset"] for source in page.sources if source.get("type") == "image/avif"]

    assert hero.get("loading") != "lazy"
    assert preload["type"] == "image/avif" and preload["imagesizes"]
    assert preload["imagesrcset"] in avif_srcsets  # the same files the <picture> offers, so none loads twice


def test_pages_without_a_hero_preload_no_image(pages):
    assert not collect(pages["news list"]).preloads
    assert not collect(pages["home"]).preloads


def test_html_is_sent_gzipped_without_cookies_or_tokens_that_breach_could_read(site_tree, client):
    url = site_tree.network.get_url()
    plain = client.get(url)
    response = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")

    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    html = gzip.decompress(response.content).decode()
    assert "<title>" in html and len(response.content) < len(plain.content) / 3
    assert "Content-Encoding" not in plain
    assert not response.cookies and "csrfmiddlewaretoken" not in html


COLLECTED_STATIC_CHECK = """
import json
import django
django.setup()
from django.templatetags.static import static
from django.test import Client

client = Client(HTTP_HOST="localhost")
result = {}
for name in ("css/site.css", "js/menu.js"):
    hashed = static(name)
    for label, url in (("hashed", hashed), ("plain", "/static/" + name)):
        response = client.get(url, HTTP_ACCEPT_ENCODING="gzip", secure=True)
        result[f"{name} {label}"] = {
            "url": url,
            "status": response.status_code,
            "cache_control": response.get("Cache-Control", ""),
            "encoding": response.get("Content-Encoding", ""),
        }
print(json.dumps(result))
"""


@pytest.fixture(scope="module")
def collected_static(tmp_path_factory):
    """collectstatic with production settings (hashed, compressed names), then WhiteNoise asked in that setup."""
    static_root = tmp_path_factory.mktemp("static")
    env = {key: value for key, value in os.environ.items() if key != "PYTEST_VERSION"}
    env.update(DEBUG="0", STATIC_ROOT=str(static_root), DJANGO_SETTINGS_MODULE="imeg.settings")
    env.setdefault("SECRET_KEY", "frontend-budget-test-" + "x" * 40)
    base = Path(settings.BASE_DIR)
    subprocess.run(
        # Wagtail's admin files (8 MB) add half a minute and nothing to check.
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0", "--ignore", "wagtail*"],
        cwd=base,
        env=env,
        check=True,
    )
    output = subprocess.run(
        [sys.executable, "-c", COLLECTED_STATIC_CHECK], cwd=base, env=env, check=True, capture_output=True, text=True
    )
    return json.loads(output.stdout.strip().splitlines()[-1])


def test_hashed_static_files_are_cached_for_years_as_immutable_and_sent_compressed(collected_static):
    for name in ("css/site.css", "js/menu.js"):
        hashed = collected_static[f"{name} hashed"]
        assert re.search(r"\.[0-9a-f]{12}\.(css|js)$", hashed["url"]), hashed
        assert hashed["status"] == 200
        assert "max-age=315360000" in hashed["cache_control"] and "immutable" in hashed["cache_control"]
        assert hashed["encoding"] == "gzip"


def test_static_files_under_their_plain_names_are_not_cached_for_long(collected_static):
    plain = collected_static["css/site.css plain"]

    assert plain["status"] == 200
    assert "immutable" not in plain["cache_control"]
