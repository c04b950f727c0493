"""Every page type's head: description, canonical URL, OpenGraph and Twitter tags, JSON-LD."""

import json

import pytest
from django.core.files.storage import default_storage
from django.utils import translation
from django.utils.translation import gettext
from PIL import Image

from imeg.models import CustomRendition
from imeg.seo.metadata import summarise
from tests.imeg.seo.conftest import large_image
from tests.imeg.seo.head import Head
from tests.news.factories import bulk_news

# Create the renditions of the tree's images once for the module (tests/imeg/seo/conftest.py).
VISIT_PAGES = True
ORGANISATION = "Initiativkreis Metropolitane Grenzregionen"
DEFAULT_IMAGE = "http://localhost/static/img/share-default.png"

# page attribute → (og:type, JSON-LD types, the description expected in English, has its own image)
PAGE_TYPES = {
    "home": ("website", ["Organization"], "Welcome to the network.", False),
    "network": ("website", ["BreadcrumbList"], "Who we are.", True),
    "topics": ("website", ["BreadcrumbList"], f"Topics – {ORGANISATION}", False),
    "mobility": ("website", ["BreadcrumbList"], "Commuting across the border.", True),
    "contact": ("website", ["BreadcrumbList"], "Schreiben Sie der Geschäftsstelle.", False),
    "region_index": ("website", ["BreadcrumbList"], "Unsere Regionen.", False),
    "region": ("website", ["BreadcrumbList"], "Die Region am Oberrhein.", True),
    "news_index": ("website", ["BreadcrumbList"], "Neues aus dem Netzwerk.", False),
    "news": ("article", ["NewsArticle", "BreadcrumbList"], "Some 130 guests met in Berlin.", True),
    "event_index": ("website", ["BreadcrumbList"], f"Events – {ORGANISATION}", False),
    "event": ("website", ["Event", "BreadcrumbList"], "Die Mitglieder treffen sich.", True),
    "publication_index": ("website", ["BreadcrumbList"], "Positionspapiere zum Herunterladen.", False),
    "publication": (
        "article",
        ["Report", "BreadcrumbList"],
        "Eine Raumbeobachtung, die an der Grenze nicht aufhört.",
        True,
    ),
}


def english(page):
    with translation.override("en"):
        return page.get_full_url(), page.title, gettext("Startseite")


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


def rendition_size(url):
    """The size of the rendition file behind an og:image URL."""
    rendition = CustomRendition.objects.get(file=url.removeprefix("http://localhost/media/"))
    with default_storage.open(rendition.file.name) as file, Image.open(file) as image:
        return image.size


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_every_page_type_has_its_description_canonical_url_and_share_tags(seo_tree, client, name):
    og_type, _types, description, own_image = PAGE_TYPES[name]
    page = getattr(seo_tree, name)
    url, title, _home = english(page)

    head = Head(client.get(url))

    assert head.name("description") == description
    assert head.canonical == [url]
    assert "robots" not in head.names
    assert head.property("og:url") == url
    assert head.property("og:type") == og_type
    assert head.property("og:title") == title
    assert head.property("og:description") == description
    assert head.property("og:site_name") == ORGANISATION
    assert head.property("og:locale") == "en_GB"
    assert "de_DE" in head.properties["og:locale:alternate"]
    assert head.property("og:image:width") == "1200"
    assert head.property("og:image:height") == "630"
    image = head.property("og:image")
    if own_image:
        assert rendition_size(image) == (1200, 630)
    else:
        assert image == DEFAULT_IMAGE
    assert head.property("og:image:alt")
    assert head.name("twitter:card") == "summary_large_image"
    assert head.name("twitter:title") == title
    assert head.name("twitter:description") == description
    assert head.name("twitter:image") == image


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_every_page_type_has_json_ld_of_its_kind_and_its_breadcrumb_trail(seo_tree, client, name):
    _og_type, types, _description, _own_image = PAGE_TYPES[name]
    page = getattr(seo_tree, name)
    url, title, home = english(page)

    blocks = [json.loads(script) for script in Head(client.get(url)).scripts]

    assert [block["@type"] for block in blocks] == types
    assert all(block["@context"] == "https://schema.org" for block in blocks)
    if "BreadcrumbList" in types:
        items = blocks[-1]["itemListElement"]
        ancestors = [english(ancestor.specific) for ancestor in page.get_ancestors().filter(depth__gt=2)]
        expected = [(home, english(seo_tree.home)[0]), *((t, u) for u, t, _h in ancestors), (title, url)]
        assert [(item["name"], item["item"]) for item in items] == expected
        assert [item["position"] for item in items] == list(range(1, len(expected) + 1))


def test_home_page_describes_the_organisation(seo_tree, client):
    seo_tree.settings.phone = "+49 681 000000"
    seo_tree.settings.save()

    (organisation,) = [json.loads(script) for script in Head(client.get("/de/")).scripts]

    assert organisation["name"] == ORGANISATION
    assert organisation["alternateName"] == "IMeG"
    assert organisation["url"] == "http://localhost/de/"
    assert organisation["email"] == "info@example.org"
    assert organisation["telephone"] == "+49 681 000000"
    assert organisation["logo"].startswith("http://localhost/static/img/logo")


def test_event_data_names_place_and_dates(seo_tree, client):
    blocks = [json.loads(script) for script in Head(client.get(seo_tree.event.url)).scripts]

    event = blocks[0]
    assert event["location"] == {
        "@type": "Place",
        "name": "Haus der Großregion",
        "address": "Rue Notre-Dame 11, 2240 Luxemburg",
    }
    assert event["startDate"].startswith(seo_tree.event.local_start.date().isoformat())


def test_news_page_is_an_article_with_its_date(seo_tree, client):
    head = Head(client.get(seo_tree.news.url))

    assert head.property("article:published_time") == "2023-04-21"


def test_untranslated_page_is_described_in_german(seo_tree, client):
    head = Head(client.get("/fr/kontakt/"))

    assert head.canonical == ["http://localhost/de/kontakt/"]
    assert head.property("og:url") == "http://localhost/de/kontakt/"
    assert head.property("og:locale") == "de_DE"
    assert head.properties["og:locale:alternate"] == ["en_GB"]
    assert head.property("og:title") == "Kontakt"
    assert set(head.alternates) == {"de", "en", "x-default"}


def test_search_description_of_the_language_comes_first(seo_tree, client):
    seo_tree.mobility.search_description_de = "Pendeln über die Grenze: was die Regionen tun."
    seo_tree.mobility.save_revision().publish()

    german = Head(client.get(url_in(seo_tree.mobility, "de")))
    english_head = Head(client.get(url_in(seo_tree.mobility, "en")))

    assert german.name("description") == "Pendeln über die Grenze: was die Regionen tun."
    # Not the German search description on the English page, but the English intro.
    assert english_head.name("description") == "Commuting across the border."


def test_seo_title_is_the_share_title(seo_tree, client):
    seo_tree.mobility.seo_title_en = "Cross-border commuting"
    seo_tree.mobility.save_revision().publish()

    head = Head(client.get(url_in(seo_tree.mobility, "en")))

    assert head.property("og:title") == "Cross-border commuting"
    assert head.name("twitter:title") == "Cross-border commuting"


def test_the_title_never_shows_another_languages_seo_title(seo_tree, client):
    seo_tree.mobility.seo_title_de = "Pendeln über die Grenze"
    seo_tree.mobility.seo_title_en = ""
    seo_tree.mobility.save_revision().publish()

    german = client.get(url_in(seo_tree.mobility, "de")).content.decode()
    english = client.get(url_in(seo_tree.mobility, "en")).content.decode()

    assert "<title>Pendeln über die Grenze ·" in german
    assert f"<title>{seo_tree.mobility.title_en} ·" in english


def test_a_long_summary_is_cut_after_a_word(seo_tree, client):
    seo_tree.news.teaser_en = "Border regions " * 30 + "end."
    seo_tree.news.save_revision().publish()

    description = Head(client.get(url_in(seo_tree.news, "en"))).name("description")

    assert len(description) <= 160
    assert description.endswith("…")
    # Cut after a whole word: the text goes on with a space where the description stops.
    assert seo_tree.news.teaser_en.startswith(description.removesuffix("…") + " ")


def test_summarise_flattens_markup_and_cuts_long_text():
    assert summarise("<p>Eins &amp; zwei</p><p>drei</p>") == "Eins & zwei drei"
    assert summarise("Wort " * 100, length=20) == "Wort Wort Wort Wort…"
    assert summarise("") == ""


def test_filtered_list_is_noindex_and_names_the_whole_list_as_canonical(seo_tree, client):
    head = Head(client.get("/en/news/", {"year": "2023"}))

    assert head.name("robots") == "noindex, follow"
    assert head.canonical == ["http://localhost/en/news/"]
    assert head.alternates == {}


def test_later_pages_of_a_list_are_noindex_and_their_own_canonical(seo_tree, client):
    bulk_news(seo_tree.news_index, 12)

    first = Head(client.get("/en/news/"))
    second = Head(client.get("/en/news/", {"page": "2"}))

    assert "robots" not in first.names
    assert first.canonical == ["http://localhost/en/news/"]
    assert second.name("robots") == "noindex, follow"
    assert second.canonical == ["http://localhost/en/news/?page=2"]
    assert second.property("og:url") == "http://localhost/en/news/?page=2"


def test_search_page_is_kept_out_of_search_engines(seo_tree, client):
    head = Head(client.get("/en/search/", {"q": "border"}))

    assert head.name("robots") == "noindex, follow"
    assert head.canonical == []
    assert head.name("description")
    assert head.property("og:image") == DEFAULT_IMAGE


def test_error_page_has_no_share_tags(seo_tree, client):
    response = client.get("/de/gibt-es-nicht/")

    assert response.status_code == 404
    head = Head(response)
    assert head.properties == {}
    assert head.scripts == []


def test_page_without_image_shares_the_site_default_image(seo_tree, client):
    seo_tree.settings.default_share_image = large_image()
    seo_tree.settings.save()

    image = Head(client.get(url_in(seo_tree.topics, "en"))).property("og:image")

    assert image != DEFAULT_IMAGE
    assert rendition_size(image) == (1200, 630)


def test_lost_image_file_falls_back_to_the_default_image(seo_tree, client):
    image = seo_tree.network.image
    image.renditions.all().delete()
    default_storage.delete(image.file.name)

    response = client.get(url_in(seo_tree.network, "en"))

    assert response.status_code == 200
    assert Head(response).property("og:image") == DEFAULT_IMAGE


def test_json_ld_cannot_end_the_script_element(seo_tree, client):
    seo_tree.monitoring.title_de = "Raum </script><script>alert(1)</script> & <!-- Daten"
    seo_tree.monitoring.save_revision().publish()

    scripts = Head(client.get(seo_tree.monitoring.url)).scripts

    (breadcrumbs,) = scripts
    assert "<" not in breadcrumbs and ">" not in breadcrumbs and "&" not in breadcrumbs
    items = json.loads(breadcrumbs)["itemListElement"]
    assert items[-1]["name"] == "Raum </script><script>alert(1)</script> & <!-- Daten"
