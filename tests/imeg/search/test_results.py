"""What a search result shows visitors (issue 12): their words for the type, the date as precisely as the
page knows it, and an excerpt of the page itself, each passage once."""

import datetime

import pytest
from django.utils import translation
from wagtail.models import get_page_models

from imeg.models import BasePage, SearchEntry
from imeg.search import index
from imeg.search.query import Search
from publications import reading
from publications.models import DatePrecision
from tests.imeg.search.conftest import requires_text_search, translated
from tests.publications.factories import PublicationPageFactory, attach, make_document
from tests.publications.pdfs import valid_pdf

PAGE_TYPES = [model for model in get_page_models() if issubclass(model, BasePage)]
TYPE_LABELS = {
    "de": {"Seite", "Meldung", "Veröffentlichung"},
    "en": {"Page", "News", "Publication"},
    "fr": {"Page", "Actualité", "Publication"},
    "nl": {"Pagina", "Nieuwsbericht", "Publicatie"},
}
QUERIES = {"de": "Grenzregionen OR Initiativkreis OR Raumordnung", "en": "border OR network OR planning"}


def results(query, language="de", page_type=""):
    return list(Search(query, language, page_type).run(1).object_list)


@requires_text_search
@pytest.mark.parametrize("language", ["de", "en"])
def test_result_types_are_the_words_visitors_use(searchable, language):
    labels = {result.type_label for result in results(QUERIES[language], language)}

    assert labels <= TYPE_LABELS[language]
    assert not labels & {"Inhaltsseite", "Startseite", "Nachricht", "Content page", "Home page", "News item"}


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        ("de", {"Seite", "Thema", "Region", "Meldung", "Veranstaltung", "Veröffentlichung"}),
        ("en", {"Page", "Topic", "Region", "News", "Event", "Publication"}),
        ("fr", {"Page", "Thème", "Région", "Actualité", "Manifestation", "Publication"}),
        ("nl", {"Pagina", "Thema", "Regio", "Nieuwsbericht", "Bijeenkomst", "Publicatie"}),
    ],
)
def test_every_page_type_has_a_visitor_label_in_each_language(language, labels):
    with translation.override(language):
        assert {str(model.search_type_label) for model in PAGE_TYPES} == labels


@requires_text_search
def test_the_type_filter_offers_each_visitor_type_once(searchable, client):
    response = client.get("/de/suche/", {"q": "Initiativkreis OR Pendler OR Raumordnung"})

    keys = [item["key"] for item in response.context["type_counts"]]
    labels = [item["label"] for item in response.context["type_counts"]]
    assert len(keys) == len(set(keys)) and len(labels) == len(set(labels))
    assert "page" in keys
    pages = client.get("/de/suche/", {"q": "Initiativkreis OR Pendler OR Raumordnung", "type": "page"})
    assert {result.type_label for result in pages.context["results"]} == {"Seite"}


@requires_text_search
def test_a_publication_dated_by_year_shows_only_the_year(searchable, client):
    searchable.paper.date_precision = DatePrecision.YEAR
    searchable.paper.date = datetime.date(2011, 1, 1)
    searchable.paper.save_revision().publish()
    index.update_pages([searchable.paper.pk])

    content = client.get("/de/suche/", {"q": "Raumordnung"}).content.decode()

    assert '<time datetime="2011">2011</time>' in content
    assert "1. Januar 2011" not in content


@requires_text_search
def test_a_publication_dated_by_month_shows_month_and_year(searchable, client):
    searchable.paper.date_precision = DatePrecision.MONTH
    searchable.paper.save_revision().publish()
    index.update_pages([searchable.paper.pk])

    content = client.get("/en/search/", {"q": "planning"}).content.decode()

    assert '<time datetime="2019-03">March 2019</time>' in content


def publication_with_pdf(library, title, summary, pdf_text):
    page = PublicationPageFactory(parent=library, **translated("title", de=title, en=title))
    page.summary_de = page.summary_en = summary
    page.save()
    document = make_document(valid_pdf(pages=4, text=pdf_text), name=f"{title[:20]}.pdf")
    attach(page, document, language="en")
    reading.read_document(document.pk, document.file_hash)
    index.update_pages([page.pk])
    return page


@requires_text_search
def test_two_publications_with_the_same_boilerplate_show_their_own_summaries(searchable):
    boilerplate = "This summary presents the main findings on cross-border monitoring."
    publication_with_pdf(searchable.library, "Commuters", "Cross-border commuters in the Upper Rhine.", boilerplate)
    publication_with_pdf(searchable.library, "Rail links", "Cross-border rail links at Lake Constance.", boilerplate)

    excerpts = [result.excerpt for result in results("cross-border", "en", "publication")]

    assert len(excerpts) == 2
    assert len(set(excerpts)) == 2
    assert any("Upper Rhine" in excerpt for excerpt in excerpts)
    assert any("Lake Constance" in excerpt for excerpt in excerpts)


@requires_text_search
def test_an_excerpt_shows_a_passage_repeated_in_the_document_once(searchable):
    # Every page of the PDF ends with the same sentence, as running heads and boilerplate do.
    publication_with_pdf(
        searchable.library, "Monitoring", "A short summary.", "Data. Comparable data need a xylograph."
    )

    (result,) = results("xylograph", "en")

    assert result.excerpt.count("<mark>xylograph</mark>") == 1


@requires_text_search
def test_an_excerpt_does_not_repeat_the_authors_within_the_citation(searchable):
    searchable.paper.authors = "Initiativkreis Metropolitane Grenzregionen (IMeG)"
    searchable.paper.citation_de = (
        "Initiativkreis Metropolitane Grenzregionen (IMeG) (2019): Positionspapier Raumordnung."
    )
    searchable.paper.save_revision().publish()
    index.update_pages([searchable.paper.pk])

    body = SearchEntry.objects.get(page=searchable.paper, language="de").body
    assert body.count("Initiativkreis Metropolitane Grenzregionen (IMeG)") == 1
