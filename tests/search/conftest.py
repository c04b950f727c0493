"""A small site to search: news in four languages, a publication with a read PDF, a draft and a private page."""

import datetime
from types import SimpleNamespace

import pytest
from django.db import connection
from wagtail.models import PageViewRestriction

from imeg.search import index
from publications import pipeline
from tests.factories import ContentPageFactory
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.publications.factories import PublicationIndexPageFactory, PublicationPageFactory, attach, make_document
from tests.publications.pdfs import valid_pdf

requires_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="per-language stemming needs PostgreSQL's text search"
)


def translated(field, **values):
    return {f"{field}_{code}": value for code, value in values.items()}


@pytest.fixture
def searchable(site_tree):
    """The fixture tree plus pages whose words the tests look for, indexed."""
    news_index = NewsIndexPageFactory(
        parent=site_tree.home, **translated("title", de="Aktuelles", en="News", fr="Actualités", nl="Nieuws")
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
            de="Wie sich die Grenzregionen Europas entwickeln.",
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
    private = ContentPageFactory(parent=site_tree.home, title_de="Intern", intro_de="Das interne Passwortwort.")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    private_child = ContentPageFactory(parent=private, title_de="Intern Unterseite", intro_de="Das Passwortwort.")

    library = PublicationIndexPageFactory(parent=site_tree.home)
    paper = PublicationPageFactory(
        parent=library,
        date=datetime.date(2019, 3, 1),
        **translated("title", de="Positionspapier Raumordnung", en="Position paper on spatial planning"),
        **translated("summary", de="Forderungen des Initiativkreises.", en="What the network asks for."),
    )
    document = make_document(valid_pdf(pages=2, text="Die Xylophonwerkstatt liegt am Oberrhein."))
    attach(paper, document, language="de")
    assert pipeline.read_document(document.pk, document.file_hash) in ("ready", "done")

    index.rebuild()
    return SimpleNamespace(
        tree=site_tree,
        news_index=news_index,
        border_news=border_news,
        body_news=body_news,
        title_news=title_news,
        german_only=german_only,
        draft=draft,
        private=private,
        private_child=private_child,
        library=library,
        paper=paper,
        document=document,
    )
