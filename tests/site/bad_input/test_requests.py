"""Hostile and broken requests against every page type: a 4xx or a page, never a server error (SPEC §5)."""

import unicodedata
from urllib.parse import quote

import pytest

from tests.factories import ContentPageFactory
from tests.site.bad_input.conftest import LANGUAGES, page_urls

GARBAGE_QUERIES = {
    "garbage filters": "topic=abc&year=99999999&page=-1&region=%00&type=%00&when=%00",
    "huge numbers": "topic=99999999999999999999999&region=-99999999999999999999&year=-1&page=99999999999999999999",
    "float and exponent": "page=1e9&year=2020.5&topic=1e3&region=0x10",
    "repeated keys": "topic=1&topic=2&topic=abc&page=2&page=x&year=&year=2020",
    "array syntax": "topic[]=1&region[0]=2&year[]=&page[]=3",
    "NUL everywhere": "%00=%00&topic=%00%00&page=%00&q=%00",
    "broken percent encoding": "topic=%ZZ&region=%&year=%C3%28&page=%FF%FE&q=%E2%82",
    "no values": "&&&=&==&topic&page&year",
    "huge value": "q=" + "x" * 20_000 + "&topic=" + "9" * 5_000,
    "many keys": "&".join(f"key{number}=value" for number in range(2_000)),
    "control characters": "q=%01%02%1B%7F&topic=%0D%0A",
    "unicode": "q=%F0%9F%92%A9%E2%80%AE&topic=%EF%BC%91&year=%D9%A2%D9%A0%D9%A2%D9%A0",
}


# The pages that read their query string: lists with filters and pagination, feeds, search.
LIST_PAGES = ("news_index", "event_index", "publication_index", "topic", "news_rss", "search")
# All of the above in one query string, for the pages that should ignore it.
EVERYTHING = "&".join(query for name, query in GARBAGE_QUERIES.items() if name != "many keys")


def server_errors(visitor, urls, **extra):
    """The URLs (name → status) that got a 5xx."""
    statuses = {name: visitor.get(url, **extra).status_code for name, url in urls.items()}
    return {name: status for name, status in statuses.items() if status >= 500}


@pytest.mark.parametrize("query", GARBAGE_QUERIES.values(), ids=GARBAGE_QUERIES.keys())
def test_garbage_query_strings_never_break_a_list(site, visitor, query):
    urls = page_urls(site)
    urls = {name: f"{urls[name]}?{query}" for name in LIST_PAGES}

    assert server_errors(visitor, urls) == {}


def test_garbage_query_strings_never_break_any_page(site, visitor):
    urls = {name: f"{url}?{EVERYTHING}" for name, url in page_urls(site).items()}

    assert server_errors(visitor, urls) == {}


def test_garbage_query_strings_with_the_page_cache(site, visitor, settings):
    """The page cache (on in production) reads the query string too: a miss and then a hit for each."""
    settings.PAGE_CACHE_ENABLED = True
    url = page_urls(site)["news_index"]
    for query in GARBAGE_QUERIES.values():
        assert visitor.get(f"{url}?{query}").status_code < 500
        assert visitor.get(f"{url}?{query}").status_code < 500


@pytest.mark.parametrize("language", LANGUAGES)
def test_garbage_filters_still_show_the_list(site, visitor, language):
    """A bad filter value is dropped and the list still shows (not a 404 or an error page)."""
    urls = page_urls(site, language)
    for name in ("news_index", "event_index", "publication_index"):
        response = visitor.get(urls[name] + "?" + GARBAGE_QUERIES["garbage filters"])
        assert response.status_code == 200, name


def test_too_many_query_parameters_are_a_bad_request(site, visitor):
    query = "&".join(f"k{number}=v" for number in range(10_001))
    urls = page_urls(site)
    statuses = {visitor.get(f"{urls[name]}?{query}").status_code for name in LIST_PAGES}

    assert max(statuses) < 500
    assert 400 in statuses


BAD_PATHS = {
    "unknown language": "/xx/",
    "unknown language deep": "/zz-ZZ/aktuelles/feed/rss/",
    "huge language prefix": "/" + "de" * 500 + "/",
    "language-like garbage": "/de-DE-x-private-1234567890/",
    "NUL in a prefixed path": "/de/%00/",
    "NUL after a page": "/de/aktuelles/%00",
    "NUL in the prefix": "/d%00e/",
    "overlong segment": "/de/" + "a" * 10_000 + "/",
    "very deep path": "/de/" + "a/" * 2_000,
    "dot segments": "/de/../../../etc/passwd",
    "encoded dot segments": "/de/%2e%2e/%2e%2e/etc/passwd",
    "backslashes": "/de/..%5C..%5Cimeg%5Csettings.py",
    "double slashes": "//de//aktuelles//",
    "invalid UTF-8": "/de/%C3%28/",
    "overlong UTF-8": "/de/%C0%AE%C0%AE/",
    "feed garbage": "/de/aktuelles/feed/xml/%00",
    "admin-like probe": "/wp-login.php",
    "static traversal": "/static/../imeg/settings.py",
    "media traversal": "/media/../imeg/settings.py",
}


@pytest.mark.parametrize("path", BAD_PATHS.values(), ids=BAD_PATHS.keys())
def test_bad_paths_are_not_found_or_bad_requests(site, visitor, path):
    response = visitor.get(path)

    assert 400 <= response.status_code < 500
    assert b"SECRET_KEY" not in response.content


def test_document_urls_do_not_leave_the_document_store(site, visitor):
    document = site.document
    base = f"/documents/{document.pk}/"
    probes = [
        base + "..%2F..%2F..%2Fimeg%2Fsettings.py",
        base + "../../imeg/settings.py",
        base + "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        base + document.filename + "%00.txt",
        base + document.filename + "/..%2F..%2Fsettings.py",
        f"/documents/{document.pk}%00/{document.filename}",
        f"/documents/-1/{document.filename}",
        f"/documents/99999999999999999999999/{document.filename}",
        f"/documents/abc/{document.filename}",
        f"/documents/{document.pk}/",
    ]
    for url in probes:
        response = visitor.get(url)
        assert 400 <= response.status_code < 500, url
    # The real name still works, and another name for the same document id is not the file.
    assert visitor.get(base + document.filename).status_code == 200
    assert visitor.get(base + "settings.py").status_code in (302, 404)


@pytest.fixture
def unicode_page(site):
    """A page whose German slug has an umlaut (Wagtail allows Unicode slugs), stored in NFC."""
    return ContentPageFactory(parent=site.pages["home"], title_de="Grenzübergänge", slug_de="grenzübergänge")


def test_unicode_slugs_in_nfc_and_nfd(unicode_page, visitor):
    nfc = quote(unicodedata.normalize("NFC", "grenzübergänge"))
    nfd = quote(unicodedata.normalize("NFD", "grenzübergänge"))

    assert visitor.get(f"/de/{nfc}/").status_code == 200
    # macOS and some keyboards send decomposed umlauts: the same page, or at worst not found.
    assert visitor.get(f"/de/{nfd}/").status_code in (200, 301, 302, 404)
    assert visitor.get(f"/de/{nfc}%CC%88/").status_code == 404


BAD_ACCEPT_LANGUAGES = {
    "huge": "de-DE," * 5_000,
    "unknown": "xx-YY, tlh;q=0.9, i-klingon",
    "bad quality": "de;q=abc, en;q=1e999, fr;q=-1, nl;q=",
    "separators only": ",,,;;;===",
    "control characters": "de\x01en\x7f",
    "star": "*;q=0",
    "long tag": "a" * 1_000 + "-" + "b" * 1_000,
    "unicode": "dé-ÉÉ,日本語",
}


# Pages where a header could matter: the language choice, a page, a list, a file.
HEADER_PAGES = ("home", "news_index", "document", "search")


@pytest.mark.parametrize("header", BAD_ACCEPT_LANGUAGES.values(), ids=BAD_ACCEPT_LANGUAGES.keys())
def test_bad_accept_language_headers(site, visitor, header):
    response = visitor.get("/", HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 302
    assert response["Location"] in {f"/{language}/" for language in LANGUAGES}

    urls = page_urls(site)
    assert server_errors(visitor, {name: urls[name] for name in HEADER_PAGES}, HTTP_ACCEPT_LANGUAGE=header) == {}


FOREIGN_HOSTS = {
    "foreign host": "evil.example.org",
    "userinfo": "localhost@evil.example.org",
    "garbage": "local host/../",
    "NUL": "localhost\x00.evil.example.org",
    "huge": "a" * 5_000 + ".example.org",
}


@pytest.mark.parametrize("host", FOREIGN_HOSTS.values(), ids=FOREIGN_HOSTS.keys())
def test_foreign_host_headers_are_bad_requests(site, visitor, host):
    urls = page_urls(site)
    for url in ("/", "/healthz", *(urls[name] for name in HEADER_PAGES)):
        response = visitor.get(url, HTTP_HOST=host)
        assert response.status_code == 400, url
        assert b"evil.example.org" not in response.content


def test_an_odd_port_in_the_host_header_is_no_error(site, visitor):
    """Django checks the host name, not the port; the proxy must pass its own Host (docs/operations.md)."""
    urls = page_urls(site)
    for name in HEADER_PAGES:
        assert visitor.get(urls[name], HTTP_HOST="localhost:99999999").status_code < 500, name


def test_forwarded_host_is_not_trusted(site, visitor):
    """Without USE_X_FORWARDED_HOST a proxy header cannot put another host into links."""
    response = visitor.get(page_urls(site)["news_index"], HTTP_X_FORWARDED_HOST="evil.example.org")

    assert response.status_code == 200
    assert b"evil.example.org" not in response.content


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PROPFIND", "X-GARBAGE"])
def test_unexpected_methods_are_not_allowed(site, visitor, method):
    for name, url in page_urls(site).items():
        response = visitor.generic(method, url)
        assert 400 <= response.status_code < 500, (name, response.status_code)


@pytest.mark.parametrize("method", ["TRACE", "TRACK"])
def test_trace_is_refused_everywhere_and_echoes_nothing(site, visitor, method):
    """Wagtail's document view and page serving would answer TRACE like GET (the file, the page)."""
    urls = {**page_urls(site), "root": "/", "robots": "/robots.txt", "admin": "/admin/", "static": "/static/x.css"}
    for name, url in urls.items():
        response = visitor.generic(method, url, HTTP_X_SECRET="echo-me")
        assert response.status_code == 405, (name, response.status_code)
        assert b"echo-me" not in response.content
        assert b"%PDF" not in response.content
