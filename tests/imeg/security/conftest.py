"""Every public page type in one fixture tree, and the policies the tests expect."""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import translation

from tests.news.conftest import news_tree  # noqa: F401 (a fixture)
from tests.publications.factories import PublicationIndexPageFactory, PublicationPageFactory
from tests.site.browser.conftest import browser, live_site, page  # noqa: F401 (fixtures of test_csp_browser)

# The exact policy of every public response (SPEC §5): own files only, nothing inline, no nonces.
PUBLIC_CSP = {
    "default-src": ["'none'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "manifest-src": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
    "base-uri": ["'none'"],
    "object-src": ["'none'"],
}
ADMIN_CSP = {
    **PUBLIC_CSP,
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-src": ["'self'"],
}


def parse_csp(header):
    """{'directive': ['source', …]} from a Content-Security-Policy header, whatever the order."""
    policy = {}
    for part in header.split(";"):
        name, *sources = part.split()
        assert name not in policy, f"{name} appears twice in {header!r}"
        policy[name] = sources
    return policy


@pytest.fixture
def every_page(news_tree):  # noqa: F811 (the fixture imported above)
    """URL per page type, in German: core pages, regions, news, events, publications, feeds, search."""
    tree = news_tree.tree
    library = PublicationIndexPageFactory(parent=tree.home)
    paper = PublicationPageFactory(
        parent=library, title_de="Positionspapier zur Raumbeobachtung", date=datetime.date(2024, 5, 1)
    )
    region_index = news_tree.oberrhein.get_parent().specific
    with translation.override("de"):
        urls = {
            "home": tree.home.url,
            "content": tree.network.url,
            "topic index": tree.topics.url,
            "topic": tree.mobility.url,
            "form": tree.contact.url,
            "region index": region_index.url,
            "region": news_tree.oberrhein.url,
            "news index": news_tree.news_index.url,
            "news": news_tree.academy.url,
            "event index": news_tree.event_index.url,
            "event": news_tree.upcoming.url,
            "publication index": library.url,
            "publication": paper.url,
            "news feed": news_tree.news_index.url + "feed/rss/",
            "news atom feed": news_tree.news_index.url + "feed/atom/",
            "publication feed": library.url + "feed/rss/",
            "event calendar": news_tree.upcoming.url + "ical/",
            "search": "/de/suche/?q=Grenze",
        }
    assert all(url.startswith("/de/") for url in urls.values()), urls
    return SimpleNamespace(urls=urls, tree=tree, news=news_tree, library=library, paper=paper)
