"""What the site search finds: per-language stemming, PDF text, only live and public pages, the active language."""

import pytest

from imeg.models import SearchEntry
from imeg.search import query
from imeg.search.query import Search, clean_query, excerpt_around, highlight_terms
from tests.imeg.search.conftest import requires_text_search


def found(query, language="de", page_type=""):
    page = Search(query, language, page_type).run(1)
    return [result.url for result in page.object_list]


def url(page, language="de"):
    from django.utils import translation

    with translation.override(language):
        return page.get_url()


@requires_text_search
@pytest.mark.parametrize(
    ("language", "query"),
    [
        ("de", "Grenzregion"),  # … finds „Grenzregionen“
        ("de", "Stadt"),  # … „Städte“
        ("en", "cooperation"),  # … „Cooperating“, „cooperating“
        ("en", "region"),  # … „regions“
        ("fr", "région"),  # … „régions“
        ("fr", "frontalière"),  # … „frontalières“
        ("nl", "grensregio"),  # … „grensregio's“
        ("nl", "samenwerking"),  # … „samenwerken“
    ],
)
def test_each_language_is_stemmed_with_its_own_configuration(searchable, language, query):
    assert found(query, language) == [url(searchable.border_news, language)]


@requires_text_search
def test_a_stemmer_is_not_used_for_another_language(searchable):
    # German stemming reduces „Grenzregionen“; the French row of the page must not be matched by it.
    assert found("Grenzregion", "fr") == []


def test_a_word_only_in_a_pdf_finds_its_publication(searchable):
    assert found("Xylophonwerkstatt") == [url(searchable.paper)]


def test_a_pdf_in_german_is_not_in_the_english_results_of_a_translated_publication(searchable):
    assert found("Xylophonwerkstatt", "en") == []


def test_unpublished_and_private_pages_are_never_found(searchable):
    assert found("Geheimentwurf") == []
    assert found("Passwortwort") == []
    assert not SearchEntry.objects.filter(page__in=[searchable.draft, searchable.private, searchable.private_child])


def test_results_are_in_the_active_language(searchable):
    english = Search("cooperating", "en").run(1).object_list
    assert [result.url for result in english] == [url(searchable.border_news, "en")]
    assert "Cooperating" in english[0].title


def test_untranslated_pages_are_found_only_in_german(searchable):
    assert found("Brückenschlag") == [url(searchable.german_only)]
    for language in ("en", "fr", "nl"):
        assert found("Brückenschlag", language) == []


def test_a_title_match_ranks_above_words_in_the_body(searchable):
    assert found("Pendler") == [url(searchable.title_news), url(searchable.body_news)]


def test_results_carry_type_date_and_highlighted_excerpt(searchable):
    (result,) = Search("Grenzregionen", "de").run(1).object_list
    assert result.type_label == "Meldung"
    assert str(result.date) == "2024-05-02"
    assert "<mark>Grenzregionen</mark>" in result.excerpt
    assert "<mark>Grenzregionen</mark>" in result.title


def test_titles_and_excerpts_escape_the_indexed_text(searchable):
    text = "<script>alert(1)</script> Pendler"
    SearchEntry.objects.filter(page=searchable.body_news).update(title=text, summary=text)
    results = Search("Pendler", "de").run(1).object_list
    result = next(result for result in results if result.url == url(searchable.body_news))
    assert "<script>" not in result.title + result.excerpt
    assert "&lt;script&gt;" in result.title


@requires_text_search
def test_the_type_filter_narrows_and_counts(searchable):
    search = Search("Raumordnung OR Pendler", "de", "publication")
    assert [result.url for result in search.run(1).object_list] == [url(searchable.paper)]
    counts = {item.key: item.count for item in search.type_counts}
    assert counts == {"news": 2, "publication": 1}


def test_an_unknown_type_shows_every_result(searchable):
    assert len(found("Pendler", page_type="nonsense")) == 2


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("  Grenze  ", "Grenze"),
        ("Grenze\x00region", "Grenze region"),
        ("a\tb\r\nc\u200bd", "a b c d"),
        ("Grenz\xadregion\u202e", "Grenzregion"),
        ("x" * 500, "x" * 200),
    ],
)
def test_queries_are_trimmed_cleaned_and_capped(raw, cleaned):
    assert clean_query(raw) == cleaned


def test_plain_match_excerpts_escape_and_mark_the_terms():
    text = "Lange Einleitung " * 20 + "über <b>Pendler</b> am Rhein"
    excerpt = highlight_terms(excerpt_around(text, ["pendler"]), ["pendler"])
    assert "<mark>Pendler</mark>" in excerpt
    assert "&lt;b&gt;" in excerpt
    assert excerpt.startswith("… ")


@pytest.mark.parametrize("text", ["", "   ", "!!! ???", '""'])
def test_the_word_comparison_without_postgresql_answers_no_words_with_nothing(searchable, monkeypatch, text):
    """SQLite's fallback (used here on PostgreSQL too): no words, no results, and no error (it was a 500)."""
    monkeypatch.setattr(query, "uses_vectors", lambda: False)

    page = Search(text, "de").run(1)

    assert list(page.object_list) == []
    assert Search(text, "de").total == 0


def test_the_word_comparison_without_postgresql_finds_every_word(searchable, monkeypatch):
    monkeypatch.setattr(query, "uses_vectors", lambda: False)

    assert url(searchable.paper) in found("Raumordnung")
