"""robots.txt: the sitemap's address, and what crawlers should leave alone."""

import pytest
from wagtail.models import Site

ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /de/suche/
Disallow: /en/search/
Disallow: /fr/recherche/
Disallow: /nl/zoeken/
Disallow: /*?

Sitemap: http://localhost/sitemap.xml
"""


@pytest.fixture
def client(client):
    """The default site from Wagtail's migrations answers on localhost:80."""
    return client


def test_robots_txt_names_the_sitemap_and_keeps_crawlers_from_admin_search_and_filters(db, client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == ROBOTS


def test_sitemap_address_is_the_sites_own(db, client):
    Site.objects.filter(is_default_site=True).update(hostname="www.imeg.example", port=443)

    assert "\nSitemap: https://www.imeg.example/sitemap.xml\n" in client.get("/robots.txt").content.decode()


def test_an_admin_path_of_ones_own_is_not_published(db, client, settings):
    settings.ADMIN_PATH = "verwaltung-x7/"

    content = client.get("/robots.txt").content.decode()

    assert "verwaltung" not in content
    assert "/admin/" not in content
    assert content == ROBOTS.replace("Disallow: /admin/\n", "")


def test_robots_txt_answers_only_get_and_head(db, client):
    assert client.head("/robots.txt").status_code == 200
    assert client.post("/robots.txt").status_code == 405
