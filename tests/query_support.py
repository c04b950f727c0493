"""What a page reads from the database on a second visit, when its cached fragments are warm."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def tables_read_on_second_visit(client, url, models):
    """The second visit's response and its SQL statements that touch the tables of `models`.

    The first visit renders the page's fragments, which keeps them; the second must give the same HTML.
    """
    first = client.get(url)
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url)
    assert second.status_code == 200
    assert second.content == first.content
    tables = [f'"{model._meta.db_table}"' for model in models]
    return second, [query["sql"] for query in queries.captured_queries if any(t in query["sql"] for t in tables)]
