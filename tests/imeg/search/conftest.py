"""A small site to search, built once per test module: news in four languages, a publication with a
read PDF, a draft and a private section. Each test runs in a savepoint inside the module's transaction."""

import datetime
from types import SimpleNamespace

import pytest
from django.db import transaction
from django.test import override_settings
from wagtail.models import Page, PageViewRestriction, Site

from imeg.search import index
from publications import reading
from tests.conftest import HOST
from tests.database_support import requires_postgresql
from tests.factories import ContentPageFactory, HomePageFactory, SiteSettingsFactory
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.publications.factories import PublicationIndexPageFactory, PublicationPageFactory, attach, make_document
from tests.publications.pdfs import valid_pdf

requires_text_search = requires_postgresql(
    "stemming, operators (OR) and ranking are PostgreSQL's text search (SQLite compares words)"
)


def translated(field, **values):
    return {f"{field}_{code}": value for code, value in values.items()}


def build_site():
    root = Page.get_first_root_node()
    welcome = Page.objects.get(depth=2)
    home = HomePageFactory(
        parent=root, **translated("title", de="Startseite", en="Home", fr="Accueil", nl="Startpagina")
    )
    site = Site.objects.get(is_default_site=True)
    site.root_page, site.hostname, site.port = home, HOST, 80
    site.save()
    welcome.delete()
    SiteSettingsFactory(site=site)

    news_index = NewsIndexPageFactory(
        parent=home, **translated("title", de="Aktuelles", en="News", fr="Actualités", nl="Nieuws")
    )
    border_news = NewsPageFactory(
        parent=news_index,
        date=datetime.date(2024, 5, 2),
        **translated(
            "title",
            de="Grenzregionen im Wandel",
            en="Cooperating across borders",
            fr="Les régions frontalières",
            nl="De grensregio's van Europa",
        ),
        **translated(
            "teaser",
            de="Wie sich die Grenzregionen Europas und ihre Städte entwickeln.",
            en="How the border regions of Europe are cooperating.",
            fr="Comment les régions frontalières coopèrent.",
            nl="Hoe de grensregio's samenwerken.",
        ),
    )
    body_news = NewsPageFactory(
        parent=news_index,
        date=datetime.date(2024, 6, 1),
        title_de="Jahresbericht",
        teaser_de="Im Bericht steht auch etwas über Pendler, Pendler und nochmals Pendler.",
    )
    title_news = NewsPageFactory(
        parent=news_index, date=datetime.date(2020, 1, 1), title_de="Pendler", teaser_de="Eine kurze Meldung."
    )
    german_only = NewsPageFactory(
        parent=news_index, title_de="Nur auf Deutsch: Brückenschlag", teaser_de="Ein Brückenschlag über den Rhein."
    )
    draft = NewsPageFactory(parent=news_index, live=False, title_de="Entwurf", teaser_de="Ein Geheimentwurf.")
    private = ContentPageFactory(parent=home, title_de="Intern", intro_de="Das interne Passwortwort.")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    private_child = ContentPageFactory(parent=private, title_de="Intern Unterseite", intro_de="Das Passwortwort.")
    about = ContentPageFactory(
        parent=home,
        **translated("title", de="Über uns", en="About us"),
        **translated("intro", de="Der Initiativkreis stellt sich vor.", en="The network introduces itself."),
    )

    library = PublicationIndexPageFactory(parent=home)
    paper = PublicationPageFactory(
        parent=library,
        date=datetime.date(2019, 3, 1),
        **translated("title", de="Positionspapier Raumordnung", en="Position paper on spatial planning"),
        **translated("summary", de="Forderungen des Initiativkreises.", en="What the network asks for."),
    )
    document = make_document(valid_pdf(pages=2, text="Die Xylophonwerkstatt liegt am Oberrhein."))
    attach(paper, document, language="de")
    assert reading.read_document(document.pk, document.file_hash) in ("ready", "done")

    index.rebuild()
    return SimpleNamespace(
        site=site,
        home=home,
        news_index=news_index,
        border_news=border_news,
        body_news=body_news,
        title_news=title_news,
        german_only=german_only,
        draft=draft,
        private=private,
        private_child=private_child,
        about=about,
        library=library,
        paper=paper,
        document=document,
    )


@pytest.fixture(scope="module")
def _searchable_site(django_db_setup, django_db_blocker, tmp_path_factory):
    media = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media), transaction.atomic():
        yield build_site()
        transaction.set_rollback(True)


@pytest.fixture
def searchable(_searchable_site, db):
    """The module's site; a test's own changes roll back with its savepoint."""
    for value in vars(_searchable_site).values():
        if hasattr(value, "refresh_from_db"):
            value.refresh_from_db()
    return _searchable_site
