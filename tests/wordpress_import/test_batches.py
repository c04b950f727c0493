"""New pages are written in batches (wordpress_import.importer.bulk), and end up as if made the Wagtail way."""

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, PageLogEntry

from imeg.models import BrokenInternalLink, ExternalLink, SearchEntry, TranslationStatus
from news.models import NewsIndexPage, NewsPage
from tests.wordpress_import.conftest import empty_site, run_import
from tests.wordpress_import.exports import BASE, item, write_export, wxr
from wordpress_import.importer import bulk
from wordpress_import.importer.run import Importer
from wordpress_import.models import ImportedItem

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(db):
    return empty_site()


def news(wp_id, slug, content="<p>Text</p>"):
    return item(
        wp_id,
        f"Meldung {wp_id}",
        post_type="post",
        slug=slug,
        content=content,
        link=f"{BASE}/2020/01/02/{slug}/",
    )


def test_a_batch_of_new_news_is_a_valid_tree_with_free_slugs(site, tmp_path, monkeypatch):
    monkeypatch.setattr(bulk, "BATCH_SIZE", 3)
    items = [news(100 + number, f"meldung-{number % 4}") for number in range(7)]
    export, _uploads = write_export(tmp_path, wxr(items))

    _output, report, _csv = run_import(export, folder=tmp_path)

    index = NewsIndexPage.objects.get()
    assert index.get_children().count() == 7
    assert Page.find_problems() == ([], [], [], [], [])
    assert Page.objects.get(pk=index.pk).numchild == 7
    slugs = sorted(index.get_children().values_list("slug_de", flat=True))
    assert slugs == sorted(
        ["meldung-0", "meldung-0-2", "meldung-1", "meldung-1-2", "meldung-2", "meldung-2-2", "meldung-3"]
    )
    assert "„meldung-0“ ist hier vergeben; die Seite bekam „meldung-0-2“" in report
    assert "  Meldung: angelegt 7" in report
    child = NewsPage.objects.get(slug_de="meldung-0-2")
    assert child.url_path_de == f"{index.url_path_de}meldung-0-2/"
    assert child.get_url() == "/de/aktuelles/meldung-0-2/"


def test_a_batch_written_page_has_what_wagtails_publish_gives(site, tmp_path):
    content = (
        f'<p>Siehe <a href="{BASE}/?p=11">die zweite</a> und <a href="https://example.org/studie">die Studie</a>.</p>'
    )
    export, _uploads = write_export(tmp_path, wxr([news(10, "erste", content), news(11, "zweite")]))

    run_import(export, folder=tmp_path)

    first = NewsPage.objects.get(slug_de="erste")
    second = NewsPage.objects.get(slug_de="zweite")
    assert first.live and not first.has_unpublished_changes
    assert first.live_revision_id == first.latest_revision_id
    assert first.revisions.count() == 1
    assert first.first_published_at.year == 2018
    assert first.last_published_at is not None
    assert PageLogEntry.objects.filter(page=first, action="wagtail.publish", revision=first.live_revision).exists()
    record = ImportedItem.objects.get(wp_id=10, kind="news")
    assert (record.object_id, record.object_state) == (first.pk, str(first.latest_revision_id))
    assert Redirect.objects.get(old_path="/?p=10").redirect_page_id == first.pk
    assert Redirect.objects.get(old_path="/2020/01/02/erste").redirect_page_id == first.pk
    # The link to the later item, filled in when their batch was written, in the page and its one revision.
    assert f'id="{second.pk}"' in str(first.body_de.raw_data)
    assert f'id="{second.pk}"' in str(first.latest_revision.as_object().body_de.raw_data)
    # What the muted handlers would have done: site search, Wagtail's search, translation status, links.
    assert SearchEntry.objects.filter(page=first, language="de").exists()
    assert first in NewsPage.objects.search("Meldung 10")
    content_type = ContentType.objects.get_for_model(NewsPage)
    statuses = TranslationStatus.objects.filter(content_type=content_type, object_id=first.pk)
    assert sorted(statuses.values_list("language", "status")) == [
        ("en", "missing"),
        ("fr", "missing"),
        ("nl", "missing"),
    ]
    assert "body" in statuses.first().missing_fields
    assert ExternalLink.objects.get(url="https://example.org/studie").pages.filter(pk=first.pk).exists()
    assert not BrokenInternalLink.objects.filter(source_page=first).exists()


def test_a_batch_that_fails_is_made_page_by_page(site, tmp_path, monkeypatch):
    def broken_write(self, entries):
        raise RuntimeError("batch broken")

    monkeypatch.setattr(bulk.NewPages, "write", broken_write)
    export, _uploads = write_export(tmp_path, wxr([news(10, "erste"), news(11, "zweite")]))

    _output, report, _csv = run_import(export, folder=tmp_path)

    assert "  Meldung: angelegt 2" in report
    assert NewsPage.objects.live().count() == 2
    assert Page.find_problems() == ([], [], [], [], [])


def linking_export(tmp_path):
    """Three news, each linking to the next one in the export; the last one to the first."""
    items = [
        news(10 + n, f"meldung-{n}", f'<p>Weiter mit <a href="{BASE}/?p={10 + (n + 1) % 3}">der nächsten</a>.</p>')
        for n in range(3)
    ]
    export, _uploads = write_export(tmp_path, wxr(items))
    return export


def linked_to(slug):
    """The pk the page's one link leads to, in the page and in its only revision (which is the live one)."""
    page = NewsPage.objects.get(slug_de=slug)
    assert page.revisions.count() == 1
    assert page.live_revision_id == page.latest_revision_id
    revision_body = page.latest_revision.as_object().body_de.raw_data[0]["value"]
    assert revision_body == page.body_de.raw_data[0]["value"]
    return int(revision_body.split('linktype="page" id="')[1].split('"')[0])


def pks(*slugs):
    return [NewsPage.objects.get(slug_de=slug).pk for slug in slugs]


def test_links_to_later_items_of_the_same_batch_are_filled_in_when_it_is_written(site, tmp_path, monkeypatch):
    completed = []  # what the end of the run completes: nothing, the batch did it
    real = Importer.complete_links
    monkeypatch.setattr(Importer, "complete_links", lambda self, chunk: completed.extend(chunk) or real(self, chunk))

    run_import(linking_export(tmp_path), folder=tmp_path)

    first, second, third = pks("meldung-0", "meldung-1", "meldung-2")
    assert [linked_to("meldung-0"), linked_to("meldung-1"), linked_to("meldung-2")] == [second, third, first]
    assert completed == []


def test_links_to_items_of_a_later_batch_are_filled_in_at_the_end(site, tmp_path, monkeypatch):
    monkeypatch.setattr(bulk, "BATCH_SIZE", 1)

    run_import(linking_export(tmp_path), folder=tmp_path)

    first, second, third = pks("meldung-0", "meldung-1", "meldung-2")
    assert [linked_to("meldung-0"), linked_to("meldung-1"), linked_to("meldung-2")] == [second, third, first]


def test_a_batch_that_fails_after_filling_in_its_links_gets_them_right_page_by_page(site, tmp_path, monkeypatch):
    def broken_relations(entries):
        raise RuntimeError("batch broken after its links were filled in")

    monkeypatch.setattr(bulk.NewPages, "insert_relations", staticmethod(broken_relations))

    _output, report, _csv = run_import(linking_export(tmp_path), folder=tmp_path)

    assert "  Meldung: angelegt 3" in report
    first, second, third = pks("meldung-0", "meldung-1", "meldung-2")
    assert [linked_to("meldung-0"), linked_to("meldung-1"), linked_to("meldung-2")] == [second, third, first]
    assert Page.find_problems() == ([], [], [], [], [])


def test_a_second_run_over_batch_written_pages_changes_nothing(site, tmp_path):
    export, _uploads = write_export(tmp_path, wxr([news(10, "erste"), news(11, "zweite")]))
    run_import(export, folder=tmp_path)

    _output, report, _csv = run_import(export, folder=tmp_path)

    assert "  Meldung: unverändert 2" in report
    assert NewsPage.objects.count() == 2
