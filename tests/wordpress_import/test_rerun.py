"""Running the import again: nothing twice, changes applied, editors' work left alone; dry runs and drafts."""

import pytest
from django.core.management import call_command
from django.test import TestCase
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from tests.wordpress_import.conftest import empty_site, run_import
from tests.wordpress_import.exports import item, small_export, write_export
from wordpress_import.models import ImportedItem

pytestmark = pytest.mark.django_db

MODELS = (Page, Revision, get_image_model(), get_document_model(), Redirect, ImportedItem)


@pytest.fixture
def site(db):
    return empty_site()


def row_counts():
    return {model.__name__: model.objects.count() for model in MODELS}


def media_files(root):
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()) if root.exists() else []


def import_small(tmp_path, *options, **export_options):
    export, uploads = write_export(tmp_path, *small_export(**export_options))
    return run_import(export, "--uploads", str(uploads), *options, folder=tmp_path)


def test_a_second_run_creates_nothing_twice(site, tmp_path):
    import_small(tmp_path)
    before = row_counts()

    _output, report, _csv = import_small(tmp_path)

    assert row_counts() == before
    assert "  Seite: unverändert 3" in report
    assert "  Bild: unverändert 1" in report


def test_a_changed_item_is_updated_and_the_rest_left_as_it_was(site, tmp_path):
    import_small(tmp_path)
    goals_revision = Page.objects.get(slug_de="ziele").latest_revision_id

    _output, report, _csv = import_small(tmp_path, hintergrund="<p>Eine neue Fassung.</p>")

    background = Page.objects.get(slug_de="hintergrund").specific
    assert background.live
    assert "Eine neue Fassung." in background.body_de.raw_data[0]["value"]
    assert Page.objects.get(slug_de="ziele").latest_revision_id == goals_revision
    assert "  Seite: unverändert 2, aktualisiert 1" in report


def test_a_page_an_editor_changed_is_left_alone_and_reported(site, tmp_path):
    import_small(tmp_path)
    background = Page.objects.get(slug_de="hintergrund").specific
    background.title_de = "Unsere Geschichte"
    background.save_revision().publish()

    _output, report, _csv = import_small(tmp_path, hintergrund="<p>Eine neue Fassung.</p>")

    background.refresh_from_db()
    assert background.title_de == "Unsere Geschichte"
    assert "Eine neue Fassung." not in str(background.body_de.raw_data)
    assert "„Unsere Geschichte“ (/de/initiativkreis/hintergrund/) wurde in Wagtail bearbeitet" in report


def test_a_dry_run_writes_nothing(site, tmp_path, settings):
    before, media_before = row_counts(), media_files(settings.MEDIA_ROOT)

    with TestCase.captureOnCommitCallbacks(execute=True):
        output, report, _csv = import_small(tmp_path, "--dry-run")

    assert row_counts() == before
    assert media_files(settings.MEDIA_ROOT) == media_before
    assert "PROBELAUF, nichts wurde geschrieben" in output
    assert "  Seite: angelegt 3" in report
    assert "  Bild: angelegt 1" in report


def test_drafts_are_imported_as_drafts_when_asked(site, tmp_path):
    draft = item(33, "Entwurf", slug="entwurf", status="draft", parent=10, content="<p>Noch nicht fertig.</p>")

    import_small(tmp_path, "--include-drafts", extra=[draft])

    page = Page.objects.get(slug_de="entwurf")
    assert not page.live
    assert page.latest_revision is not None
    assert Page.objects.get(slug_de="initiativkreis").live


def test_wxr_1_1_imports_like_1_2(site, tmp_path):
    _output, report, _csv = import_small(tmp_path, version="1.1")

    assert "  Seite: angelegt 3" in report
    assert Page.objects.get(slug_de="hintergrund").get_parent().slug_de == "initiativkreis"
    assert get_image_model().objects.get(title="Karte").description_de == "Eine Karte"


def test_an_export_in_another_language_is_imported_with_a_warning(site, tmp_path):
    _output, report, _csv = import_small(tmp_path, language="fr-FR")

    assert "WARNUNG: Der Export gibt als Sprache 'fr-FR' an, nicht Deutsch." in report
    assert Page.objects.filter(slug_de="hintergrund").exists()


def test_a_map_file_can_send_posts_elsewhere(site, tmp_path):
    map_file = tmp_path / "map.toml"
    map_file.write_text('[posts]\ndefault = "skip"\n', encoding="utf-8")

    _output, report, _csv = import_small(tmp_path, "--map", str(map_file))

    assert not Page.objects.filter(slug_de="meldung").exists()
    assert "#40 „Meldung“: seine Kategorie ist in der Map-Datei auf skip gesetzt" in report


def test_the_command_writes_the_csv_where_asked(site, tmp_path):
    export, uploads = write_export(tmp_path, *small_export())
    with open(tmp_path / "out.txt", "w") as output:
        call_command(
            "import_wordpress", str(export), "--uploads", str(uploads), "--report", str(tmp_path / "r.txt"),
            "--csv", str(tmp_path / "r.csv"), stdout=output,
        )  # fmt: skip
    assert (tmp_path / "r.csv").read_text().startswith("old_url,new_url,kind,wordpress_id")


def test_the_import_slug_check_finds_the_clashes_modeltranslation_finds(site):
    from wagtail_modeltranslation.patch_wagtailadmin import _validate_slugs

    from imeg.models import ContentPage
    from wordpress_import.importer import _sibling_slug_errors

    site.home.add_child(instance=ContentPage(title_de="Ziele", slug_de="ziele", slug_en="goals"))
    same_german = ContentPage(title_de="Ziele", slug_de="ziele", slug_en="aims")
    same_english = ContentPage(title_de="Vorhaben", slug_de="vorhaben", slug_en="goals")
    english_falls_back = ContentPage(title_de="Goals", slug_de="goals")
    free = ContentPage(title_de="Frei", slug_de="frei", slug_en="free")
    for page in (same_german, same_english, english_falls_back, free):
        page.depth, page.path = site.home.depth + 1, site.home.path + "ZZZZ"
        page.get_parent = lambda home=site.home: home
        assert set(_sibling_slug_errors(page)) == set(_validate_slugs(page))
    assert _sibling_slug_errors(same_german) == {"slug_de": "This slug is already in use"} | {
        f"slug_{code}": "This slug is already in use" for code in ("fr", "nl")
    }
    assert _sibling_slug_errors(free) == {}
