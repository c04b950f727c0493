"""Hypothesis throws generated query strings at every list and the search page: never a server error."""

from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.site.bad_input.conftest import page_urls

# Lists with filters and pagination, a topic page (which lists its news) and the search page.
FUZZED_PAGES = ("news_index", "event_index", "publication_index", "topic", "search")

KNOWN_KEYS = ["topic", "region", "year", "type", "when", "page", "q", "sort", "format", "lang"]
KEYS = st.one_of(st.sampled_from(KNOWN_KEYS), st.text(max_size=20))
ODD_VALUES = ["", "-1", "0", "1e9", "0x1f", "\x00", "NaN", "99999999999999999999999", "１２", "2020-13-45"]
VALUES = st.one_of(st.sampled_from(ODD_VALUES), st.integers().map(str), st.text(max_size=100), st.text(max_size=3000))
ENCODED = st.lists(st.tuples(KEYS, VALUES), max_size=8).map(urlencode)
# Hand-made query strings: stray %, =, &, ;, + and bytes that are not UTF-8 once decoded.
RAW = st.text(alphabet=st.sampled_from("abcdeyqtp=&;%+09AFZ[]._-~!$'()*,:@/?"), max_size=300)
QUERY_STRINGS = st.one_of(ENCODED, RAW)


@pytest.mark.parametrize("name", FUZZED_PAGES)
def test_generated_query_strings_never_cause_a_server_error(site, visitor, name):
    url = page_urls(site)[name]

    @settings(
        max_examples=15,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(query=QUERY_STRINGS)
    def check(query):
        response = visitor.get(f"{url}?{query}")
        assert response.status_code < 500, query

    check()
