"""Fixtures of the XLIFF tests: a page with rich text, links and emphasis, a superuser's client, both imports."""

import pytest

from tests.factories import ContentPageFactory
from tests.imeg.translations.xliff_support import post_pages, post_to_page


@pytest.fixture
def page(site_tree):
    mobility = site_tree.mobility
    return ContentPageFactory(
        parent=site_tree.network,
        title_de="Satzung",
        intro_de="Die Regeln des Netzwerks.",
        body_de=[
            ("heading", {"text": "Zweck", "level": "h2"}),
            (
                "paragraph",
                f'<p>Mehr im <a linktype="page" id="{mobility.pk}">Thema Mobilität</a>, '
                "<b>verbindlich</b> und <i>offen</i>.<br/>Neue Zeile.</p>",
            ),
        ],
    )


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture(params=["page", "pages"])
def post(request):
    """post(client, page, data): a file imported on the page's own view, or on the view for many pages."""
    if request.param == "page":
        return post_to_page
    return lambda client, page, data: post_pages(client, data)
