"""sitemap.xml: valid against the sitemaps.org schemas, one sitemap per language with its own pages only."""

from pathlib import Path
from xml.etree import ElementTree

import pytest
import xmlschema
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from imeg.seo import sitemaps
from tests.news.factories import bulk_news

SCHEMAS = Path(__file__).parent / "schemas"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
LANGUAGES = ("de", "en", "fr", "nl")
NOT_PUBLIC = {"draft", "members_only", "minutes"}
# Every public page of the tree has an English title; these also have a French and Dutch one.
IN_FRENCH_AND_DUTCH = {"home", "network", "activities", "topics", "mobility", "publication_index"}


@pytest.fixture(scope="module")
def sitemap_schema():
    # The sitemap schema checks elements of other namespaces strictly: xhtml:link needs its declaration.
    return xmlschema.XMLSchema(
        str(SCHEMAS / "sitemap.xsd"), locations=[(XHTML_NAMESPACE, str(SCHEMAS / "xhtml-link.xsd"))]
    )


@pytest.fixture(scope="module")
def index_schema():
    return xmlschema.XMLSchema(str(SCHEMAS / "siteindex.xsd"))


def urls(tree, names, language):
    with translation.override(language):
        return {getattr(tree, name).get_full_url() for name in names}


def public_pages(tree):
    return {name for name in vars(tree) if name not in NOT_PUBLIC | {"site", "settings"}}


def entries(response):
    """{loc: {"lastmod": …, "alternates": {hreflang: href}}} of a sitemap."""
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    root = ElementTree.fromstring(response.content)
    return {
        url.findtext(f"{SITEMAP}loc"): {
            "lastmod": url.findtext(f"{SITEMAP}lastmod"),
            "alternates": {link.get("hreflang"): link.get("href") for link in url.iter(f"{{{XHTML_NAMESPACE}}}link")},
        }
        for url in root.iter(f"{SITEMAP}url")
    }


def index_locs(response):
    assert response.status_code == 200
    return [loc.text for loc in ElementTree.fromstring(response.content).iter(f"{SITEMAP}loc")]


def test_sitemap_index_lists_a_valid_sitemap_per_language(seo_tree, client, index_schema):
    seo_tree.mobility.save_revision().publish()
    seo_tree.mobility.refresh_from_db()

    response = client.get("/sitemap.xml")

    index_schema.validate(response.content)
    assert index_locs(response) == [f"http://localhost/sitemap-{language}.xml" for language in LANGUAGES]
    # The latest publication in each language; the other pages of the tree were never published by an editor.
    lastmod = seo_tree.mobility.last_published_at.replace(microsecond=0).isoformat()
    assert response.content.count(f"<lastmod>{lastmod}</lastmod>".encode()) == len(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_sitemap_is_valid(seo_tree, client, sitemap_schema, language):
    response = client.get(f"/sitemap-{language}.xml")

    sitemap_schema.validate(response.content)


def test_each_language_lists_the_public_pages_translated_into_it(seo_tree, client):
    public = public_pages(seo_tree)

    assert set(entries(client.get("/sitemap-de.xml"))) == urls(seo_tree, public, "de")
    assert set(entries(client.get("/sitemap-en.xml"))) == urls(seo_tree, public, "en")
    assert set(entries(client.get("/sitemap-fr.xml"))) == urls(seo_tree, IN_FRENCH_AND_DUTCH, "fr")
    assert set(entries(client.get("/sitemap-nl.xml"))) == urls(seo_tree, IN_FRENCH_AND_DUTCH, "nl")


def test_drafts_and_restricted_pages_are_in_no_sitemap(seo_tree, client):
    listed = set().union(*(entries(client.get(f"/sitemap-{language}.xml")) for language in LANGUAGES))

    for language in LANGUAGES:
        assert not urls(seo_tree, NOT_PUBLIC, language) & listed


def test_an_unpublished_page_leaves_the_sitemaps(seo_tree, client):
    seo_tree.background.unpublish()

    assert not urls(seo_tree, {"background"}, "de") & set(entries(client.get("/sitemap-de.xml")))
    assert not urls(seo_tree, {"background"}, "en") & set(entries(client.get("/sitemap-en.xml")))


def test_alternates_name_only_the_languages_a_page_is_translated_into(seo_tree, client):
    listed = entries(client.get("/sitemap-en.xml"))
    (contact_de,) = urls(seo_tree, {"contact"}, "de")
    (contact_en,) = urls(seo_tree, {"contact"}, "en")
    network = {language: urls(seo_tree, {"network"}, language).pop() for language in LANGUAGES}

    assert listed[contact_en]["alternates"] == {"de": contact_de, "en": contact_en, "x-default": contact_de}
    assert listed[network["en"]]["alternates"] == {**network, "x-default": network["de"]}
    assert entries(client.get("/sitemap-fr.xml"))[network["fr"]]["alternates"] == listed[network["en"]]["alternates"]


def test_lastmod_is_when_the_page_was_last_published(seo_tree, client):
    seo_tree.mobility.save_revision().publish()
    seo_tree.mobility.refresh_from_db()

    (url,) = urls(seo_tree, {"mobility"}, "fr")
    lastmod = entries(client.get("/sitemap-fr.xml"))[url]["lastmod"]

    assert lastmod == seo_tree.mobility.last_published_at.replace(microsecond=0).isoformat()


def test_large_sitemaps_are_split_into_numbered_files(seo_tree, client, sitemap_schema, monkeypatch):
    monkeypatch.setattr(sitemaps, "URLS_PER_SITEMAP", 5)
    public = public_pages(seo_tree)

    locs = [loc for loc in index_locs(client.get("/sitemap.xml")) if "sitemap-de" in loc]

    assert locs == ["http://localhost/sitemap-de.xml", *(f"http://localhost/sitemap-de-{n}.xml" for n in (2, 3, 4))]
    listed = set()
    for loc in locs:
        response = client.get(loc.removeprefix("http://localhost"))
        sitemap_schema.validate(response.content)
        listed |= set(entries(response))
    assert listed == urls(seo_tree, public, "de")
    assert client.get("/sitemap-de-5.xml").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/sitemap-xx.xml",
        "/sitemap-de-1.xml",
        "/sitemap-de-0.xml",
        "/sitemap-de-02.xml",
        "/sitemap-de-99.xml",
        "/sitemap-de-99999999999999999999.xml",
        "/sitemap-de.xml/",
        "/de/sitemap.xml",
    ],
)
def test_other_sitemap_addresses_are_not_found(seo_tree, client, path):
    assert client.get(path).status_code == 404


def test_sitemaps_answer_only_get_and_head(seo_tree, client):
    assert client.head("/sitemap.xml").status_code == 200
    assert client.post("/sitemap.xml").status_code == 405
    assert client.post("/sitemap-de.xml").status_code == 405


def test_sitemap_queries_do_not_grow_with_its_pages(seo_tree, client):
    def queries(path):
        client.get(path)  # warm the cache of site root paths, as any earlier request would
        with CaptureQueriesContext(connection) as context:
            assert client.get(path).status_code == 200
        return len(context)

    before = queries("/sitemap-de.xml"), queries("/sitemap.xml")
    bulk_news(seo_tree.news_index, 30)

    assert (queries("/sitemap-de.xml"), queries("/sitemap.xml")) == before
