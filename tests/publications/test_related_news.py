"""Related publications of a news item: chosen with a searchable chooser, shown in the editor's order."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client
from wagtail.models import Revision
from wagtail.test.utils.form_data import inline_formset

from news.models import NewsPage, NewsRelatedPublication
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.page_forms import edit_form_data, edit_url, preview_url

BEFORE = [("news", "0002_related_publications")]
AFTER = [("news", "0003_related_publications_chooser")]


@pytest.fixture
def news(library):
    return NewsPageFactory(parent=NewsIndexPageFactory(parent=library.tree.home), title_de="Neues aus dem Netzwerk")


@pytest.fixture
def admin(superuser):
    client = Client(headers={"host": "localhost"})
    client.force_login(superuser)
    return client


def links_form(*publications):
    return inline_formset(
        [
            {"id": "", "publication": publication.pk, "ORDER": str(position)}
            for position, publication in enumerate(publications)
        ]
    )


def test_the_news_page_shows_live_choices_in_the_editors_order(library, news, client):
    for position, publication in enumerate([library.academy, library.draft, library.monitoring]):
        NewsRelatedPublication.objects.create(page=news, publication=publication, sort_order=position)

    html = client.get(news.url).content.decode()

    assert html.index(library.academy.title_de) < html.index(library.monitoring.title_de)
    assert library.draft.title_de not in html


def test_the_editor_chooses_publications_in_a_multiple_chooser_and_saves_them(library, news, admin):
    form = admin.get(edit_url(news)).content.decode()
    assert "wagtail.panels.MultipleChooserPanel" in form
    assert "Verwandte Veröffentlichungen" in form

    data = edit_form_data(
        news, topics=[], regions=[], related_publication_links=links_form(library.mobility, library.monitoring)
    )
    response = admin.post(edit_url(news), data)

    assert response.status_code == 302, response.context["form"].errors
    news.refresh_from_db()
    draft = news.get_latest_revision_as_object()
    assert [link.publication_id for link in draft.related_publication_links.all()] == [
        library.mobility.pk,
        library.monitoring.pk,
    ]


def test_the_page_chooser_finds_publications_by_title_among_many(library, admin):
    response = admin.get(
        "/admin/choose-page/search/",
        {"q": "Raumbeobachtung", "page_type": "publications.publicationpage", "multiple": "1"},
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert library.monitoring.title_de in html
    assert library.mobility.title_de not in html
    assert 'type="checkbox"' in html  # several can be ticked at once


def test_the_preview_shows_unsaved_choices(library, news, admin):
    data = edit_form_data(news, topics=[], regions=[], related_publication_links=links_form(library.convention))
    assert admin.post(preview_url(news), data).json()["is_valid"]

    html = admin.get(preview_url(news), {"mode": "de"}).content.decode()

    assert library.convention.title_de in html
    assert not NewsRelatedPublication.objects.exists()


@pytest.fixture
def _schema_changes_in_the_test(django_db_blocker):
    """On SQLite, foreign keys unenforced from before the test's transaction, so migrations can run in it.

    SQLite's schema editor needs them off, and they cannot be turned off inside a transaction
    (Django's NotSupportedError says so); the rows are still checked when the test ends (TestCase
    checks the constraints) and each migration checks them when it is done. Requested before the
    fixtures that open the transaction.
    """
    if connection.vendor != "sqlite":
        yield
        return
    assert not connection.in_atomic_block, "requested after the test's transaction began"
    with django_db_blocker.unblock(), connection.constraint_checks_disabled():
        yield


@pytest.mark.usefixtures("_schema_changes_in_the_test")
def test_the_migration_keeps_every_choice_and_the_drafts_choices(library, news):
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old_apps = executor.loader.project_state(BEFORE).apps
    OldNewsPage = old_apps.get_model("news", "NewsPage")
    old_news = OldNewsPage.objects.get(pk=news.pk)
    old_news.related_publications.set([library.monitoring.pk, library.academy.pk])
    revision = Revision.objects.create(
        content_type_id=news.content_type_id,
        base_content_type_id=news.content_type_id,
        object_id=str(news.pk),
        content={
            "pk": news.pk,
            "title": news.title,
            "related_publications": [library.monitoring.pk, library.mobility.pk],
        },
    )

    if connection.vendor == "postgresql":  # the rows above are checked now, as at the end of a real transaction
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)

    links = NewsRelatedPublication.objects.filter(page=news).order_by("sort_order")
    newest_first = sorted([library.monitoring, library.academy], key=lambda page: page.date, reverse=True)
    assert [link.publication_id for link in links] == [page.pk for page in newest_first]
    revision.refresh_from_db()
    assert "related_publications" not in revision.content
    assert {link["publication"] for link in revision.content["related_publication_links"]} == {
        library.monitoring.pk,
        library.mobility.pk,
    }
    restored = revision.as_object()
    assert isinstance(restored, NewsPage)
    assert {link.publication_id for link in restored.related_publication_links.all()} == {
        library.monitoring.pk,
        library.mobility.pk,
    }
