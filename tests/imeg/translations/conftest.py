"""Fixtures of the XLIFF tests: a page with rich text, links and emphasis, and a superuser's client."""

import pytest

from tests.factories import ContentPageFactory


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
