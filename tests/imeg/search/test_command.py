"""`manage.py rebuild_search_index` fills the index from scratch and says how far it is."""

import io

from django.core.management import call_command

from imeg.models import SearchEntry
from imeg.search import index


def test_rebuild_search_index_reports_progress_and_restores_the_index(searchable):
    expected = set(SearchEntry.objects.values_list("page_id", "language"))
    SearchEntry.objects.all().delete()
    SearchEntry.objects.create(page=searchable.draft, language="de", page_type_id=searchable.draft.content_type_id)
    output = io.StringIO()

    call_command("rebuild_search_index", stdout=output)

    pages = len({page for page, _language in expected})
    assert set(SearchEntry.objects.values_list("page_id", "language")) == expected
    assert output.getvalue().splitlines()[:2] == ["Suchindex wird neu aufgebaut …", f"  {pages}/{pages} Seiten"]
    backend = "PostgreSQL-Volltextsuche" if index.uses_vectors() else "einfacher Textvergleich (SQLite)"
    assert f"Suchindex: {len(expected)} Einträge, {backend}" in output.getvalue()
