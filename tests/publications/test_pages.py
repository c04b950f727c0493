"""The library's pages: they render in every language, keep to the site tree and show what a visitor needs."""

import datetime
import json
import re

import pytest
from django.utils import translation
from wagtail.models import Page

from imeg.models import HomePage, TopicPage
from news.models import NewsRelatedPublication
from publications.models import DatePrecision, PublicationIndexPage, PublicationPage
from tests.publications.factories import PublicationPageFactory

LANGUAGES = ["de", "en", "fr", "nl"]


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


@pytest.mark.parametrize("language", LANGUAGES)
def test_index_renders_in_every_language_with_its_template(library, client, language):
    response = client.get(url_in(library.index, language))

    assert response.status_code == 200
    assert "publications/publication_index_page.html" in [t.name for t in response.templates]
    assert f'<html lang="{language}">' in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_publication_renders_in_every_language_with_its_template(library, client, language):
    response = client.get(url_in(library.monitoring, language))

    assert response.status_code == 200
    assert "publications/publication_page.html" in [t.name for t in response.templates]
    assert library.monitoring.specific_deferred.__class__ is PublicationPage


def test_index_lives_under_the_home_page_and_holds_only_publications(db):
    assert PublicationIndexPage.parent_page_types == ["imeg.HomePage"]
    assert PublicationIndexPage.can_create_at(HomePage())
    assert not PublicationIndexPage.can_create_at(TopicPage())
    assert PublicationIndexPage.allowed_subpage_models() == [PublicationPage]
    assert PublicationPage.allowed_parent_page_models() == [PublicationIndexPage]
    assert PublicationPage.allowed_subpage_models() == []
    assert not PublicationPage.can_create_at(Page())


def test_publication_page_shows_type_year_authors_size_and_pages(library, client):
    html = client.get(url_in(library.monitoring, "de")).content.decode()

    assert "Positionspapier" in html
    assert '<time datetime="2018">2018</time>' in html
    assert "Initiativkreis Metropolitane Grenzregionen" in html
    assert re.search(r"PDF, [\d,]+\s(KB|Bytes), 24 Seiten", html)
    assert re.search(r"PDF, [\d,]+\s(KB|Bytes), 2 Seiten", html)
    assert "Volltext (Deutsch)" in html
    assert "Zusammenfassung (Englisch)" in html
    assert "IMeG (2018): Raumbeobachtung" in html
    assert "Workshop in Karlsruhe" in html


def test_publication_page_shows_the_cover_rendered_from_the_pdf(library, client):
    html = client.get(url_in(library.monitoring, "de")).content.decode()

    cover = library.monitoring.cover_image
    assert cover is not None and cover.file.name.endswith(".webp")
    assert 'class="publication-cover"' in html
    assert ".webp" in html


def test_an_editors_cover_wins_over_the_rendered_one(library):
    from tests.factories import CustomImageFactory

    own = CustomImageFactory()
    library.monitoring.cover = own
    assert library.monitoring.cover_image == own


def test_download_summary_in_english_reads_pages(library, client):
    html = client.get(url_in(library.monitoring, "en")).content.decode()

    assert re.search(r"PDF, [\d.]+\s(KB|bytes), 24 pages", html) or "24 Seiten" in html


def test_json_ld_describes_a_report_with_its_pdfs(library, client):
    html = client.get(url_in(library.monitoring, "en")).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))

    assert data["@type"] == "Report"
    assert data["datePublished"] == "2018"
    assert data["inLanguage"] == "en"
    assert data["encoding"][0]["encodingFormat"] == "application/pdf"
    assert data["encoding"][0]["numberOfPages"] == 24
    assert data["encoding"][0]["contentUrl"].endswith(".pdf")
    assert data["associatedMedia"] == data["encoding"]
    assert data["image"].startswith("http")


def test_a_fachartikel_is_a_scholarly_article(library, client):
    article = PublicationPageFactory(parent=library.index, title_de="Artikel", publication_type="article")
    html = client.get(url_in(article, "de")).content.decode()

    assert '"@type": "ScholarlyArticle"' in html


@pytest.mark.parametrize(
    ("precision", "shown", "machine"),
    [
        (DatePrecision.YEAR, "2017", "2017"),
        (DatePrecision.MONTH, "Juni 2017", "2017-06"),
        ("day", "1. Juni 2017", "2017-06-01"),
    ],
)
def test_dates_are_shown_as_precisely_as_they_are_known(library, precision, shown, machine):
    page = library.convention
    page.date_precision = precision
    with translation.override("de"):
        assert page.display_date == shown
    assert page.date_iso == machine


def test_year_only_dates_are_stored_as_the_first_of_january(library):
    page = library.convention
    page.date_precision = DatePrecision.YEAR
    page.full_clean()
    assert (page.date.month, page.date.day) == (1, 1)


def test_untranslated_publication_is_shown_in_german_with_a_notice(library, client):
    html = client.get(url_in(library.convention, "fr")).content.decode()

    assert 'lang="de"' in html
    assert "Europäische grenzüberschreitende Konvention" in html


def test_home_page_shows_the_latest_publication(library, client):
    html = client.get("/de/").content.decode()

    assert "Neueste Veröffentlichung" in html
    assert "Krisenfestigkeit von Grenzregionen" in html
    assert "Entwurf" not in html


def test_home_page_with_its_cache_warm_shows_a_new_publication(library, client, settings):
    """The latest publication's id and card come from the cache until a page changes (decision 84)."""
    settings.FRAGMENT_CACHE_ENABLED = True
    assert "Krisenfestigkeit von Grenzregionen" in client.get("/de/").content.decode()

    PublicationPageFactory(parent=library.index, title_de="Ganz neue Studie", date=datetime.date(2099, 1, 1))
    html = client.get("/de/").content.decode()

    assert "Ganz neue Studie" in html and "Krisenfestigkeit von Grenzregionen" not in html


def test_topic_page_lists_its_publications(library, client):
    html = client.get(url_in(library.tree.monitoring, "de")).content.decode()

    assert "Raumbeobachtung Deutschland und angrenzende Regionen" in html
    assert f"?topic={library.tree.monitoring.pk}" in html
    assert "Bundesverkehrswegeplan" not in html


def test_publications_of_a_region_and_an_event_are_at_hand(library):
    assert set(PublicationPage.objects.published().related_to(library.oberrhein)) == {
        library.monitoring,
        library.mobility,
    }
    assert list(library.workshop.publications.all()) == [library.monitoring]


def test_region_page_lists_its_publications(library, client):
    html = client.get(url_in(library.oberrhein, "de")).content.decode()

    assert "Raumbeobachtung Deutschland und angrenzende Regionen" in html
    assert "Bundesverkehrswegeplan" in html
    assert f"?region={library.oberrhein.pk}" in html


def test_event_page_lists_the_publications_that_came_out_of_it(library, client):
    html = client.get(url_in(library.workshop, "de")).content.decode()

    assert "Raumbeobachtung Deutschland und angrenzende Regionen" in html
    assert "Bundesverkehrswegeplan" not in html


def test_news_page_lists_its_related_publications(library, client):
    from tests.news.factories import NewsIndexPageFactory, NewsPageFactory

    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=library.tree.home), title_de="Neues Positionspapier")
    NewsRelatedPublication.objects.create(page=news, publication=library.monitoring, sort_order=0)
    news.save_revision().publish()

    html = client.get(url_in(news, "de")).content.decode()

    assert "Verwandte Veröffentlichungen" in html
    assert library.monitoring.url in html
    assert "Bundesverkehrswegeplan" not in html
