"""The shared tree really serves every page type: a bad-input test against a 404 would prove nothing."""

from tests.site.bad_input.conftest import page_urls


def test_every_page_type_renders(site, visitor):
    urls = page_urls(site)
    statuses = {name: visitor.get(url).status_code for name, url in urls.items()}
    assert statuses == dict.fromkeys(urls, 200)
