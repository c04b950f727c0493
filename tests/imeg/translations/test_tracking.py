"""Every status transition of a page's translation, kept current by saving and publishing."""

import pytest
from django.contrib.contenttypes.models import ContentType
from modeltranslation.translator import translator

from imeg.models import ContentPage
from imeg.translations import tracking
from imeg.translations.models import TranslationSource, TranslationStatus
from imeg.translations.units import translated_fields, units
from tests.factories import ContentPageFactory, CustomImageFactory, FormFieldFactory, FormPageFactory

pytestmark = pytest.mark.django_db


def status(obj, language):
    content_type = ContentType.objects.get_for_model(type(obj))
    return TranslationStatus.objects.get(content_type=content_type, object_id=obj.pk, language=language)


def body(*paragraphs):
    return [("paragraph", text) for text in paragraphs]


@pytest.fixture
def page(site_tree):
    """A page translated completely into English, not into French or Dutch."""
    return ContentPageFactory(
        parent=site_tree.network,
        title_de="Raumordnung",
        title_en="Spatial planning",
        intro_de="Wie Planung über Grenzen gelingt.",
        intro_en="How planning across borders works.",
        body_de=body("<p>Erster Absatz.</p>", "<p>Zweiter Absatz.</p>"),
        body_en=body("<p>First paragraph.</p>", "<p>Second paragraph.</p>"),
    )


def test_a_page_only_in_german_is_missing_in_every_other_language(site_tree):
    page = ContentPageFactory(parent=site_tree.network, title_de="Neu", intro_de="Nur deutsch.")

    assert [status(page, code).status for code in ("en", "fr", "nl")] == ["missing"] * 3


def test_a_complete_translation_is_current(page):
    assert status(page, "en").status == "current"
    assert status(page, "en").missing_fields == []
    assert status(page, "fr").status == "missing"


def test_a_title_without_the_body_is_incomplete_and_names_the_field(site_tree):
    page = ContentPageFactory(
        parent=site_tree.network,
        title_de="Ziele",
        title_en="Goals",
        body_de=body("<p>Text.</p>"),
    )

    assert status(page, "en").status == "incomplete"
    assert status(page, "en").missing_fields == ["body"]


def test_a_changed_german_text_makes_the_translation_outdated(page):
    page.intro_de = "Wie Planung über Grenzen hinweg gelingt."
    page.save()

    assert status(page, "en").status == "outdated"
    assert status(page, "en").outdated_fields == ["intro"]


def test_updating_the_translation_makes_it_current_again(page):
    page.intro_de = "Wie Planung über Grenzen hinweg gelingt."
    page.save()
    page.intro_en = "How planning across borders succeeds."
    page.save()

    assert status(page, "en").status == "current"


def test_whitespace_around_the_german_text_is_not_a_change(page):
    page.intro_de = "  Wie Planung über Grenzen gelingt. "
    page.save()

    assert status(page, "en").status == "current"


def test_a_reviewed_translation_is_current_without_changing_its_text(page):
    page.intro_de = "Wie Planung über Grenzen hinweg gelingt."
    page.save()

    tracking.mark_reviewed(page, "en")

    page.refresh_from_db()
    assert status(page, "en").status == "current"
    assert page.intro_en == "How planning across borders works."


def test_emptying_a_translated_field_makes_the_translation_incomplete(page):
    page.intro_en = ""
    page.save()

    assert status(page, "en").status == "incomplete"
    assert status(page, "en").missing_fields == ["intro"]


def test_removing_the_title_makes_the_translation_missing(page):
    page.title_en = ""
    page.save()

    assert status(page, "en").status == "missing"


def test_a_german_field_left_empty_needs_no_translation(site_tree):
    page = ContentPageFactory(parent=site_tree.network, title_de="Kurz", title_en="Short")

    assert status(page, "en").status == "current"


def test_each_paragraph_of_a_body_is_its_own_unit(page):
    german_ids = [block.id for block in page.body_de]
    keys = set(TranslationSource.objects.filter(page=page, language="en").values_list("unit", flat=True))

    assert {f"body.{block_id}" for block_id in german_ids} <= keys


def test_changing_one_german_paragraph_makes_only_that_unit_outdated(page):
    raw = list(page.body_de.raw_data)
    raw[1] = {**raw[1], "value": "<p>Zweiter, neuer Absatz.</p>"}
    page.body_de = raw
    page.save()

    states = {entry.unit.key: entry.state for entry in tracking.unit_states(page, "en")}
    first, second = (f"body.{item['id']}" for item in raw)
    assert states[first] == "current"
    assert states[second] == "outdated"
    assert status(page, "en").outdated_fields == ["body"]


def test_a_translation_with_the_german_block_ids_is_paired_by_id_not_position(page):
    german = list(page.body_de.raw_data)
    # The translation lists the blocks in another order but keeps their ids (as an XLIFF import does).
    page.body_en = [
        {**german[1], "value": "<p>Second paragraph.</p>"},
        {**german[0], "value": "<p>First paragraph.</p>"},
    ]
    page.save()

    targets = {unit.key: unit.target for unit in units(page, "en")}
    assert targets[f"body.{german[0]['id']}"] == "<p>First paragraph.</p>"


def test_a_draft_counts_before_it_is_published(page):
    page.intro_de = "Neu im Entwurf."
    revision = page.save_revision()

    assert status(page, "en").status == "outdated"

    revision.publish()
    assert status(page, "en").status == "outdated"


def test_a_translation_saved_as_draft_is_current_in_the_draft(site_tree):
    page = ContentPageFactory(parent=site_tree.network, title_de="Entwurf", intro_de="Text.")
    page.title_en = "Draft"
    page.intro_en = "Text."
    page.save_revision()

    assert status(page, "en").status == "current"


def test_deleting_a_page_deletes_its_records(page):
    page_id = page.pk
    page.delete()

    assert not TranslationStatus.objects.filter(object_id=page_id, page__isnull=False).exists()
    assert not TranslationSource.objects.filter(page_id=page_id).exists()


def test_child_rows_are_units_of_their_page(site_tree):
    form = FormPageFactory(parent=site_tree.home, title_de="Anmeldung", title_en="Registration")
    FormFieldFactory(page=form, label_de="Name", label_en="Name")
    FormFieldFactory(page=form, label_de="Verein")
    tracking.track(form)

    assert status(form, "en").status == "incomplete"
    assert status(form, "en").missing_fields == ["form_fields"]


def test_images_are_tracked_like_snippets(db):
    image = CustomImageFactory(description_de="Ein Fluss", caption_de="Der Rhein")

    assert status(image, "en").status == "missing"

    image.description_en = "A river"
    image.save()
    assert status(image, "en").status == "incomplete"
    assert status(image, "en").missing_fields == ["caption", "credit"]


def test_existing_content_gets_its_initial_state_with_translations_current(page):
    TranslationSource.objects.all().delete()
    TranslationStatus.objects.all().delete()

    tracking.track_all(only_untracked=True)

    assert status(page, "en").status == "current"
    assert status(page, "fr").status == "missing"


def test_tracked_fields_are_what_modeltranslation_registers():
    registered = set(translator.get_options_for_model(ContentPage).all_fields)

    assert set(translated_fields(ContentPage)) == registered - {"slug", "url_path"}


def test_new_pages_get_the_statuses_track_gives(site_tree):
    """track_new_pages (the WordPress import) reads the units once for all languages."""
    page = ContentPageFactory(
        parent=site_tree.network,
        title_de="Neu",
        intro_de="Nur deutsch.",
        body_de=body("<p>Erster Absatz.</p>", "<p> </p>", "<p>Dritter Absatz.</p>"),
    )
    content_type = ContentType.objects.get_for_model(ContentPage)
    rows = TranslationStatus.objects.filter(content_type=content_type, object_id=page.pk).order_by("language")
    fields = ("language", "status", "missing_fields", "outdated_fields", "unit_count")
    tracked = list(rows.values(*fields))
    rows.delete()

    tracking.track_new_pages([page])

    assert list(rows.values(*fields)) == tracked
    assert [row["unit_count"] for row in tracked] == [4, 4, 4]
    assert tracked[0]["missing_fields"] == ["title", "intro", "body"]
