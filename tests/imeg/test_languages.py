"""Language prefixes, the choice of language at `/`, the German fallback and the links between languages."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SITE_LANGUAGES = ("de", "en", "fr", "nl")
FALLBACK_NOTICE = "Diese Seite ist noch nicht in Ihre Sprache übersetzt. Sie sehen die deutsche Fassung."


def parse(response):
    return BeautifulSoup(response.content, "html.parser")


def alternates(response):
    return {link["hreflang"]: link["href"] for link in parse(response).select('link[rel="alternate"][hreflang]')}


def switcher_links(response):
    return {a["hreflang"]: a["href"] for a in parse(response).select(".language-switcher a")}


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("en", "/en/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("fr-CH", "/fr/"),
        ("nl-BE,nl;q=0.8,de;q=0.5", "/nl/"),
        ("de-AT", "/de/"),
        ("pt-BR,pt;q=0.9,fr;q=0.5", "/fr/"),
        ("da;q=0.9, en;q=0.8", "/en/"),
        ("xx", "/de/"),
        ("*", "/de/"),
        ("", "/de/"),
        ("en;q=garbage,,;;", "/de/"),
    ],
)
def test_root_redirects_to_the_language_the_browser_prefers(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == expected


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(header=st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=255), max_size=300))
def test_root_redirects_to_a_site_language_whatever_the_header_says(client, header):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=header)

    assert response.status_code == 302
    assert response["Location"] in {f"/{code}/" for code in SITE_LANGUAGES}


def test_root_redirects_to_german_without_an_accept_language_header(client):
    response = client.get("/")

    assert response.status_code == 302
    assert response["Location"] == "/de/"


def test_root_redirect_varies_on_accept_language_and_sets_no_cookie(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr")

    assert "Accept-Language" in response["Vary"]
    assert not response.cookies
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize("path", ["/xx/", "/de-at/", "/zz/foo/", "/en-us/", "/fr-ch/kontakt/", "/kontakt/"])
def test_unknown_language_prefix_is_not_found_rather_than_redirected(site_tree, client, path):
    response = client.get(path)

    assert response.status_code == 404
    assert "Location" not in response.headers


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    path=st.from_regex(r"\A/[a-zA-Z]{2,3}([-_][a-zA-Z]{2,4})?/([a-z0-9-]{1,12}/)?\Z").filter(
        lambda path: path.split("/")[1] not in SITE_LANGUAGES
    )
)
def test_any_path_without_a_site_language_prefix_is_not_found(site_tree, client, path):
    response = client.get(path)

    assert response.status_code == 404
    assert "Location" not in response.headers


def test_untranslated_page_is_shown_in_german_inside_a_french_page(site_tree, client):
    response = client.get("/fr/kontakt/")

    html = parse(response)
    assert response.status_code == 200
    assert html.html["lang"] == "fr"
    content = html.select_one("main [lang]")
    assert content["lang"] == "de"
    assert content.h1.get_text(strip=True) == "Kontakt"


def test_untranslated_page_carries_the_fallback_notice_in_the_visitors_language(site_tree, client):
    response = client.get("/fr/kontakt/")

    notice = parse(response).select_one("main .notice--language")
    assert notice is not None
    with translation.override("fr"):
        expected = translation.gettext(FALLBACK_NOTICE)
    assert notice.get_text(strip=True) == expected
    assert not notice.find_parent(attrs={"lang": "de"}), "the notice is in the visitor's language, not German"


@pytest.mark.parametrize(("language", "path"), [("fr", "/fr/kontakt/"), ("nl", "/nl/kontakt/")])
def test_fallback_notice_is_translated(site_tree, client, language, path):
    """SPEC §2: the notice is "a short notice in the visitor's language", not the German source text."""
    response = client.get(path)

    notice = parse(response).select_one("main .notice--language")
    assert notice.get_text(strip=True) != FALLBACK_NOTICE, f"the notice is not translated into {language}"


def test_translated_page_has_no_fallback_notice_and_no_language_override(site_tree, client):
    # Its intro too: a page showing its main content in German gets the notice (tests/imeg/translations).
    site_tree.contact.intro_en = "<p>Write to the secretariat.</p>"
    site_tree.contact.save()
    response = client.get("/en/contact/")

    html = parse(response)
    assert html.html["lang"] == "en"
    assert html.select_one(".notice--language") is None
    assert html.select_one("main [lang]") is None


def test_language_switcher_links_to_the_same_page_in_every_other_language(site_tree, client):
    response = client.get("/de/kontakt/")

    assert switcher_links(response) == {
        "en": "/en/contact/",
        "fr": "/fr/kontakt/",
        "nl": "/nl/kontakt/",
    }
    current = parse(response).select_one(".language-switcher [aria-current]")
    assert current.get_text(strip=True).startswith("DE")


def test_language_switcher_uses_the_translated_slugs_of_every_ancestor(site_tree, client):
    response = client.get("/nl/activiteiten-themas/themas/mobiliteit/")

    assert switcher_links(response) == {
        "de": "/de/aktivitaeten-themen/themen/mobilitaet/",
        "en": "/en/activities-topics/topics/mobility/",
        "fr": "/fr/activites-themes/themes/mobilite/",
    }


def test_every_language_switcher_link_leads_to_a_page(site_tree, client):
    for url in switcher_links(client.get("/en/network/background/")).values():
        assert client.get(url).status_code == 200, url


def test_hreflang_alternates_of_a_fully_translated_page_cover_every_language(site_tree, client):
    response = client.get("/fr/reseau/")

    assert alternates(response) == {
        "de": "http://localhost/de/initiativkreis/",
        "en": "http://localhost/en/network/",
        "fr": "http://localhost/fr/reseau/",
        "nl": "http://localhost/nl/netwerk/",
        "x-default": "http://localhost/de/initiativkreis/",
    }


@pytest.mark.parametrize("path", ["/de/kontakt/", "/en/contact/", "/fr/kontakt/"])
def test_untranslated_languages_get_no_hreflang_alternate(site_tree, client, path):
    response = client.get(path)

    assert alternates(response) == {
        "de": "http://localhost/de/kontakt/",
        "en": "http://localhost/en/contact/",
        "x-default": "http://localhost/de/kontakt/",
    }


def test_untranslated_page_names_the_german_page_as_canonical(site_tree, client):
    response = client.get("/fr/kontakt/")

    assert parse(response).select_one('link[rel="canonical"]')["href"] == "http://localhost/de/kontakt/"


def test_translated_page_is_its_own_canonical(site_tree, client):
    response = client.get("/en/contact/")

    assert parse(response).select_one('link[rel="canonical"]')["href"] == "http://localhost/en/contact/"


def test_translated_slug_of_one_language_does_not_serve_another(site_tree, client):
    assert client.get("/de/contact/").status_code == 404
    assert client.get("/en/kontakt/").status_code == 404
