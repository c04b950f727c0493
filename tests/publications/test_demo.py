"""The library's part of the demo site: the network's ten publications with generated PDFs, built once."""

import io

from wagtail.documents import get_document_model

from imeg.demo.builder import DemoBuilder
from publications.models import FileKind, PdfInfo, PublicationIndexPage, PublicationPage
from publications.wagtail_hooks import add_demo_publications

LANGUAGES = ["de", "en", "fr", "nl"]


def build(site_tree):
    builder = DemoBuilder(io.StringIO())
    builder.pages.update(home=site_tree.home, kontakt=site_tree.contact, mobilitaet=site_tree.mobility)
    add_demo_publications(builder)
    builder.finish()
    return builder


# One test: building the demo library renders and reads fifteen PDFs, which takes a while.
def test_demo_builds_the_library_once_with_read_pdfs_in_four_languages(site_tree):
    build(site_tree)

    index = PublicationIndexPage.objects.get()
    publications = list(PublicationPage.objects.child_of(index).live().order_by("date"))
    assert index.live and index.slug_en == "publications"
    assert [page.date.year for page in publications] == [2011, 2012, 2012, 2013, 2016, 2017, 2018, 2019, 2022, 2023]
    for page in publications:
        assert all(getattr(page, f"title_{code}") for code in LANGUAGES)
        assert all(getattr(page, f"summary_{code}") for code in LANGUAGES)
        assert page.files.exists()
    assert site_tree.mobility in PublicationPage.objects.get(date__year=2016).topics.all()

    infos = PdfInfo.objects.select_related("document")
    assert infos.count() == get_document_model().objects.count() == 15
    for info in infos:
        assert info.is_current and info.cover is not None and info.page_count > 1
    report = PdfInfo.objects.get(document__title="Metropolitane Grenzregionen (2011)")
    assert report.page_count == 128
    assert "Raumbeobachtung" in report.text

    paper = PublicationPage.objects.get(date__year=2018)
    assert [(file.language, file.kind) for file in paper.files.all()] == [
        ("de", FileKind.FULL_TEXT),
        ("en", FileKind.SUMMARY),
        ("fr", FileKind.SUMMARY),
    ]
    assert "monitoring" in PdfInfo.objects.get(document=paper.files.all()[1].document).text

    again = DemoBuilder(io.StringIO())
    again.pages.update(home=site_tree.home, kontakt=site_tree.contact)
    add_demo_publications(again)
    assert again.created_count == 0
    assert PublicationPage.objects.count() == 10
    assert get_document_model().objects.count() == 15
