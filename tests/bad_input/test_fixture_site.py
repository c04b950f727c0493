"""The shared tree really serves every page type: a bad-input test against a 404 would prove nothing."""

import pytest

from tests.bad_input.conftest import page_urls


@pytest.mark.parametrize("language", ["de", "fr"])
def test_every_page_type_renders(site, visitor, language):
    urls = page_urls(site, language)
    urls.pop("search")  # built by the search engineer; its own tests cover that it renders
    statuses = {name: visitor.get(url).status_code for name, url in urls.items()}
    assert statuses == dict.fromkeys(urls, 200)
