"""SPEC §5: visitors who do not submit a form get no cookies, and private pages stay private."""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import ContentPageFactory

PUBLIC_PATHS = [
    "/de/",
    "/fr/",
    "/en/network/",
    "/de/aktivitaeten-themen/themen/",
    "/nl/activiteiten-themas/themas/mobiliteit/",
    "/de/kontakt/",
    "/fr/kontakt/",
    "/de/gibt-es-nicht/",
    "/xx/",
]


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_pages_set_no_cookie(site_tree, client, path):
    response = client.get(path)

    assert response.status_code in (200, 404)
    assert not response.cookies
    assert "Set-Cookie" not in response.headers


def test_not_found_page_is_a_page_of_the_site_in_the_visitors_language(site_tree, client):
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    assert "404.html" in [t.name for t in response.templates]
    assert '<html lang="en">' in response.content.decode()


@pytest.fixture
def private_page(site_tree):
    page = ContentPageFactory(
        parent=site_tree.home, title_de="Interne Notizen", title_en="Internal notes", show_in_menus=True
    )
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


def test_private_page_is_not_shown_to_visitors(private_page, client):
    response = client.get("/en/internal-notes/")

    assert response.status_code == 302
    assert "Internal notes" not in response.content.decode()


def test_private_page_is_in_no_menu(private_page, client):
    assert "Internal notes" not in client.get("/en/").content.decode()
