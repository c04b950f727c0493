"""The old site's export imported once: pages, posts, images, PDFs, redirects, the report and the CSV."""

import csv
import io
import json

import pytest
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex

from imeg.models import ContentPage, SearchEntry
from news.models import EventIndexPage, EventPage, NewsPage
from publications.models import PublicationPage

pytestmark = pytest.mark.django_db


def page(slug):
    return Page.objects.get(slug_de=slug).specific


def body_json(page_object):
    return json.dumps(list(page_object.body_de.raw_data), ensure_ascii=False)


def test_pages_keep_their_wordpress_hierarchy_and_slugs(imported):
    network = page("initiativkreis")
    assert isinstance(network, ContentPage)
    assert network.get_parent().pk == imported.tree.home.pk
    assert page("hintergrund").get_parent().pk == network.pk
    assert page("ziele").get_parent().pk == network.pk
    with translation.override("de"):
        assert page("hintergrund").url == "/de/initiativkreis/hintergrund/"


def test_percent_encoded_umlaut_slugs_are_decoded(imported):
    spaces = page("grenzüberschreitende-räume")
    assert spaces.get_parent().specific.slug_de == "metropolitane-grenzregionen"
    assert spaces.title_de == "Grenzüberschreitende Räume"


def test_entities_in_titles_are_normalised(imported):
    assert page("aktivitaeten-themen").title_de == "Aktivitäten & Themen"


def test_imported_pages_are_live_in_german_only(imported):
    network = page("initiativkreis")
    assert network.live
    assert network.first_published_at.year == 2018
    assert network.title_de == "Initiativkreis"
    assert not network.title_en and not network.title_fr and not network.title_nl
    assert not network.body_en.raw_data and network.body_de.raw_data


def test_imported_pages_join_the_site_search(imported):
    network = page("initiativkreis")
    assert SearchEntry.objects.filter(page=network, language="de").exists()


def test_imported_pages_are_in_the_sitemap(imported, client):
    response = client.get("/sitemap-de.xml")
    assert response.status_code == 200
    assert b"/de/initiativkreis/hintergrund/" in response.content
    assert b"/de/aktuelles/positionspapier-raumbeobachtung/" in response.content


def test_avada_shortcodes_become_blocks(imported):
    network = page("initiativkreis")
    types = [block["type"] for block in network.body_de.raw_data]
    assert types == ["heading", "paragraph", "image", "call_to_action"]
    paragraph = network.body_de.raw_data[1]["value"]
    assert paragraph.count("<p>") == 2
    assert "17. März 2011" in paragraph
    assert "Nachbarländern & spricht" in paragraph.replace("&amp;", "&")
    assert "[fusion" not in body_json(network) and "\xa0" not in body_json(network)


def test_fusion_button_links_to_the_imported_page(imported):
    button = page("initiativkreis").body_de.raw_data[3]["value"]
    assert button["title"] == "Unsere Ziele"
    assert button["page"] == page("ziele").pk


def test_automatic_paragraphs_become_paragraphs_and_line_breaks(imported):
    text = page("hintergrund").body_de.raw_data[0]["value"]
    assert text.startswith("<p>Das Modellvorhaben MORO lief von 2008 bis 2011.<br/>")
    assert "<ul><li>Erstens</li><li>Zweitens</li></ul>" in text


def test_links_to_imported_pages_and_pdfs_become_internal_links(imported):
    text = page("hintergrund").body_de.raw_data[0]["value"]
    border_regions = page("metropolitane-grenzregionen")
    document = get_document_model().objects.get(title="Positionspapier Raumbeobachtung")
    # The page linked to comes later in the export: the link is filled in at the end of the run.
    assert f'<a linktype="page" id="{border_regions.pk}">' in text
    assert f'<a linktype="document" id="{document.pk}">Positionspapier</a>' in text


def test_gutenberg_post_becomes_a_news_article(imported):
    news = page("positionspapier-raumbeobachtung")
    assert isinstance(news, NewsPage)
    assert news.get_parent().specific.slug_de == "aktuelles"
    assert str(news.date) == "2018-10-05"
    assert news.teaser_de == "Ein Papier über Daten, die an der Grenze nicht enden."
    image = get_image_model().objects.get(title="Karte der Grenzregionen")
    assert news.lead_image_id == image.pk
    assert [topic.slug for topic in news.topics.all()] == ["raumbeobachtung"]
    blocks = news.body_de.raw_data
    types = [block["type"] for block in blocks]
    assert types == ["paragraph", "heading", "paragraph", "image", "facts_table", "quote"]
    assert blocks[0]["value"] == (
        "<p>Der Initiativkreis hat ein <b>neues Positionspapier</b> zur Raumbeobachtung beschlossen.</p>"
    )
    assert blocks[1]["value"] == {"text": "Die wichtigsten Punkte", "level": "h3"}
    assert blocks[3]["value"] == {"image": image.pk, "caption": "Die vier Regionen"}
    table = blocks[4]["value"]["table"]
    assert [column["heading"] for column in table["columns"]] == ["Region", "Einwohner"]
    assert table["rows"][0]["values"] == ["Großregion", "11,6 Mio."]
    assert blocks[5]["value"] == {"text": "Grenzräume sind Verbindungsräume.", "source": "IMeG"}
    assert "wp:" not in body_json(news)


def test_a_category_mapped_to_events_makes_an_event_under_activities(imported):
    event = page("grenzraeume-verbindungsraeume")
    assert isinstance(event, EventPage)
    assert event.all_day and event.local_start.date().isoformat() == "2019-01-30"
    index = event.get_parent().specific
    assert isinstance(index, EventIndexPage)
    assert index.get_parent().specific.slug_de == "aktivitaeten-themen"


def test_scripts_styles_iframes_and_event_handlers_never_arrive(imported):
    stored = body_json(page("grenzraeume-verbindungsraeume"))
    for forbidden in ("<script", "alert", "<style", "iframe", "onclick", "style=", "javascript:", "youtube"):
        assert forbidden not in stored
    assert "Die Veranstaltung in Brüssel hier und" in stored


def test_unknown_shortcodes_are_removed_and_reported(imported):
    assert "contact-form-7" not in body_json(page("grenzraeume-verbindungsraeume"))
    assert "#41 „Grenzräume sind Verbindungsräume“: [contact-form-7]" in imported.report


def test_links_that_point_nowhere_are_reported_once(imported):
    assert imported.report.count("https://www.imeg.de/kategorie/alt/") == 1


def test_images_keep_alt_text_caption_and_credit(imported):
    image = get_image_model().objects.get(title="Karte der Grenzregionen")
    assert image.description_de == "Karte der vier IMeG-Regionen"
    assert image.caption_de == "Die Regionen des Initiativkreises"
    assert image.credit == "Grafik: IMeG"
    assert (image.width, image.height) == (64, 48)
    assert (imported.media / image.file.name).is_file()


def test_pdfs_become_documents_and_mapped_ones_publications(imported):
    document = get_document_model().objects.get(title="Positionspapier Raumbeobachtung")
    assert document.file.name.endswith(".pdf")
    publication = PublicationPage.objects.get()
    assert publication.title_de == "Raumbeobachtung"
    assert publication.publication_type == "position_paper"
    assert str(publication.date) == "2018-10-05"
    assert [file.document_id for file in publication.files.all()] == [document.pk]
    assert publication.live
    assert publication.main_file.info.page_count == 2
    assert publication.cover_image is not None


def test_refused_files_are_reported_and_not_imported(imported):
    documents = get_document_model().objects
    assert not documents.filter(title="Papier mit Skript").exists()
    assert not get_image_model().objects.filter(title="Foto").exists()
    assert "#103 „Papier mit Skript“: mit-javascript.pdf: Das PDF enthält JavaScript" in imported.report
    assert "#104 „Foto“: foto.jpg:" in imported.report
    assert "#105 „Verlorenes Bild“: 2017/01/verloren.png" in imported.report
    assert "#106 „Tabelle“: Dateityp .docx wird nicht importiert" in imported.report


def test_drafts_private_and_trashed_items_are_skipped_with_reasons(imported):
    assert not Page.objects.filter(slug_de__in=["entwurf", "geloescht", "mitglieder-intern", "privat"]).exists()
    assert "#13 „Mitglieder intern“: privat" in imported.report
    assert "#33 „Entwurf“: draft (--include-drafts importiert Entwürfe)" in imported.report
    assert "#34 „Gelöscht“: im Papierkorb" in imported.report
    assert "#44 „Private Meldung“: privat" in imported.report
    assert "Menü" not in imported.report


def test_a_malformed_item_is_reported_and_the_rest_imported(imported):
    assert "fehlerhaftes Element: it has no valid wp:post_id" in imported.report
    assert Page.objects.filter(slug_de="grenzraumakademie").exists()


def test_duplicate_slugs_get_a_free_slug_and_are_reported(imported):
    assert page("ziele-2").title_de == "Ziele (alt)"
    assert "#14 „Ziele (alt)“: „ziele“ ist hier vergeben; die Seite bekam „ziele-2“" in imported.report


def test_a_page_whose_parent_is_missing_goes_under_the_home_page(imported):
    assert page("verwaist").get_parent().pk == imported.tree.home.pk
    assert "#31 „Verwaist“: Elternelement #999 ist nicht im Export" in imported.report


def test_the_report_counts_by_kind_and_is_printed_and_written(imported):
    assert "  Seite: angelegt 8, übersprungen 3" in imported.report
    assert "  Meldung: angelegt 2" in imported.report
    assert "  Veranstaltung: angelegt 1" in imported.report
    assert "  Bild: angelegt 1, abgelehnt 1" in imported.report
    assert "  Anhang: Datei fehlt 1, übersprungen 1" in imported.report
    assert "  Dokument: angelegt 1, abgelehnt 1" in imported.report
    assert imported.report in imported.output
    assert "100% (" in imported.output


def test_the_csv_lists_every_old_url_with_its_new_one(imported):
    rows = list(csv.DictReader(io.StringIO(imported.csv)))
    old_to_new = {row["old_url"]: row["new_url"] for row in rows}
    assert old_to_new["/initiativkreis/hintergrund"] == "/de/initiativkreis/hintergrund/"
    assert old_to_new["/?page_id=11"] == "/de/initiativkreis/hintergrund/"
    post = "/2018/10/05/positionspapier-raumbeobachtung"
    assert old_to_new[post] == "/de/aktuelles/positionspapier-raumbeobachtung/"
    assert len(rows) == Redirect.objects.count()


def test_every_redirect_is_permanent(imported):
    assert Redirect.objects.count() > 30
    assert not Redirect.objects.filter(is_permanent=False).exists()


def test_a_link_filled_in_at_the_end_completes_the_revision_instead_of_adding_one(imported):
    background = page("hintergrund")
    target = f'<a linktype="page" id="{page("metropolitane-grenzregionen").pk}">'
    assert background.revisions.count() == 1
    assert background.live_revision_id == background.latest_revision_id
    assert target in background.latest_revision.as_object().body_de.raw_data[0]["value"]


def test_imported_content_is_in_wagtails_search_and_reference_indexes(imported):
    # Both are brought up to date once at the end of the run (wordpress_import.deferred).
    background = page("hintergrund")
    assert background in ContentPage.objects.search("Modellvorhaben")
    assert get_image_model().objects.search("Karte").count() == 1
    referring = [
        source for source, _refs in ReferenceIndex.get_grouped_references_to(page("metropolitane-grenzregionen"))
    ]
    assert background in [source.specific for source in referring]
