"""The index follows the site: publish, unpublish, move, delete, view restrictions and PDF text."""

import datetime

from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import Page, PageViewRestriction

from imeg.models import SearchEntry
from imeg.search import index
from imeg.search.query import Search
from tests.news.factories import NewsPageFactory


def titles(query, language="de"):
    return [str(result.title) for result in Search(query, language).run(1).object_list]


def languages_of(page):
    return set(SearchEntry.objects.filter(page=page).values_list("language", flat=True))


def test_publishing_a_page_indexes_it_in_its_languages(searchable, django_capture_on_commit_callbacks):
    page = NewsPageFactory(
        parent=searchable.news_index,
        live=False,
        date=datetime.date(2025, 2, 3),
        title_de="Zugverbindung",
        title_fr="Liaison ferroviaire",
        teaser_de="Eine neue Zugverbindung über die Grenze.",
        teaser_fr="Une nouvelle liaison ferroviaire.",
    )
    assert not languages_of(page)

    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()

    assert languages_of(page) == {"de", "fr"}
    assert titles("Zugverbindung") == ["<mark>Zugverbindung</mark>"]


def test_a_published_edit_replaces_the_old_text(searchable, django_capture_on_commit_callbacks):
    page = searchable.title_news
    page.teaser_de = "Jetzt geht es um Fahrradwege."
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()

    assert titles("Fahrradwege") == ["Pendler"]
    assert "<mark>Pendler</mark>" in titles("Pendler")  # the title still matches
    assert titles("kurze Meldung") == []


def test_a_draft_edit_changes_nothing(searchable, django_capture_on_commit_callbacks):
    page = searchable.title_news
    page.teaser_de = "Unveröffentlichter Entwurfstext."
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision()

    assert titles("Entwurfstext") == []


def test_unpublishing_removes_the_page(searchable, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        searchable.border_news.unpublish()

    assert not languages_of(searchable.border_news)
    assert titles("Grenzregionen") == []


def test_unpublishing_a_section_removes_its_subpages(searchable, superuser, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        UnpublishPageAction(searchable.news_index, user=superuser, include_descendants=True).execute()

    assert not SearchEntry.objects.filter(page__path__startswith=searchable.news_index.path)


def test_deleting_a_page_removes_it_and_its_subpages(searchable, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        searchable.news_index.delete()

    assert not SearchEntry.objects.filter(page_id__in=[searchable.news_index.pk, searchable.border_news.pk])
    assert titles("Pendler") == []


def test_moving_a_page_into_a_private_section_removes_it(searchable, django_capture_on_commit_callbacks):
    assert languages_of(searchable.about) == {"de", "en"}
    with django_capture_on_commit_callbacks(execute=True):
        searchable.about.move(searchable.private, pos="last-child")

    assert not languages_of(searchable.about)


def test_moving_a_page_keeps_it_found_at_its_new_address(searchable, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        searchable.title_news.move(searchable.library, pos="last-child")

    (result,) = [result for result in Search("Pendler", "de").run(1).object_list if "kurze" in result.excerpt]
    assert result.url == "/de/veroeffentlichungen/pendler/"


def test_a_view_restriction_hides_a_section_and_its_removal_shows_it_again(
    searchable, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=searchable.news_index, restriction_type=PageViewRestriction.LOGIN
        )
    assert titles("Grenzregionen") == []
    assert titles("Grenzregionen", "en") == []

    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert titles("Grenzregionen") == ["<mark>Grenzregionen</mark> im Wandel"]


def test_new_pdf_text_reindexes_the_publication(searchable, django_capture_on_commit_callbacks):
    info = searchable.document.pdf_info
    info.text = "Jetzt steht hier etwas über Zebrastreifen."
    with django_capture_on_commit_callbacks(execute=True):
        info.save()

    assert titles("Zebrastreifen") == ["Positionspapier Raumordnung"]
    assert titles("Xylophonwerkstatt") == []


def test_update_pages_reads_loaded_pages_as_they_are_and_still_skips_drafts(searchable):
    """The WordPress import's catch-up hands over the pages it has just read (wordpress_import/deferred.py)."""
    page = NewsPageFactory(parent=searchable.news_index, title_de="Fährverbindung", teaser_de="Eine Fähre.")
    loaded = Page.objects.get(pk=page.pk).specific
    loaded.teaser_de = "Die Fähre fährt nach Lauterbourg."  # in memory only: proves it is not read again
    draft = Page.objects.get(pk=searchable.draft.pk).specific

    index.update_pages([page.pk, draft.pk, searchable.german_only.pk], loaded={page.pk: loaded, draft.pk: draft})

    assert titles("Lauterbourg") == ["Fährverbindung"]
    assert not languages_of(searchable.draft)
    assert languages_of(searchable.german_only) == {"de"}  # not handed over: read from the database
