"""SPEC §2: every page type previews in every language through the admin's preview views, as a new page
(the "add" form, never saved) and as an edited one, with all its relations filled.

The pages come from the demo site; whatever the demo leaves empty (a many-to-many field, an image, a
StreamField block type) is filled here, so a relation that only breaks the preview when it holds
something (issue 12: related publications of a news item) cannot slip through.
"""

import io
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.test import Client
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page, get_page_models

from imeg.models import BasePage
from tests.conftest import HOST, module_database
from tests.page_forms import posted_form_data, preview_on_add_url, preview_url

LANGUAGES = ["de", "en", "fr", "nl"]
PAGE_TYPES = sorted(
    (model for model in get_page_models() if issubclass(model, BasePage)), key=lambda model: model.__name__
)
UNFILLED_CHILD_RELATIONS = {"wagtail_admin_comments"}


def sample_value(block):
    """A raw (JSON) value for `block` with every child block used once."""
    if isinstance(block, blocks.StreamBlock):
        return [{"type": name, "value": sample_value(child)} for name, child in block.child_blocks.items()]
    if isinstance(block, blocks.ListBlock):
        return [sample_value(block.child_block)]
    if isinstance(block, TypedTableBlock):
        return {
            "caption": "",
            "columns": [{"type": name, "heading": f"Spalte {name}"} for name in block.child_blocks],
            "rows": [{"values": [sample_value(child) for child in block.child_blocks.values()]}],
        }
    if isinstance(block, blocks.StructBlock):
        return {name: sample_value(child) for name, child in block.child_blocks.items()}
    if isinstance(block, ImageChooserBlock):
        return get_image_model().objects.order_by("pk").first().pk
    if isinstance(block, DocumentChooserBlock):
        return get_document_model().objects.order_by("pk").first().pk
    if isinstance(block, blocks.PageChooserBlock):
        return Page.objects.type(block.target_model).live().filter(depth__gt=1).first().pk
    if isinstance(block, blocks.RichTextBlock):
        return '<p>Beispieltext mit <a href="https://example.org/">Link</a>.</p>'
    if isinstance(block, blocks.ChoiceBlock):
        return next(value for value, _label in block.field.choices if value)
    if isinstance(block, blocks.URLBlock):
        return "https://example.org/"
    if isinstance(block, blocks.DecimalBlock | blocks.FloatBlock | blocks.IntegerBlock):
        return 12
    if isinstance(block, blocks.DateBlock):
        return "2026-05-01"
    if isinstance(block, blocks.BooleanBlock):
        return True
    return "Beispieltext"


def fill_relations(page):
    """Fill what the demo page leaves empty: many-to-many choices, images and every StreamField block type."""
    for field in page._meta.get_fields():
        if isinstance(field, ParentalManyToManyField) and not getattr(page, field.name).exists():
            getattr(page, field.name).set(field.related_model.objects.live().order_by("path")[:2])
        elif field.many_to_one and field.related_model is get_image_model() and not getattr(page, field.attname):
            setattr(page, field.name, get_image_model().objects.order_by("pk").first())
    for name in child_relations(type(page)):
        # An inline list of chosen pages (a news item's related publications): two live pages of that type.
        child_model = getattr(page, name).model
        choosers = [
            field
            for field in child_model._meta.concrete_fields
            if field.many_to_one and not isinstance(field, ParentalKey) and issubclass(field.related_model, Page)
        ]
        if len(choosers) == 1 and not getattr(page, name).exists():
            chooser = choosers[0]
            pages = chooser.related_model.objects.live().order_by("path")[:2]
            setattr(page, name, [child_model(**{chooser.name: chosen}) for chosen in pages])
    for field in stream_columns(page):
        stream = getattr(page, field.name)
        present = {child.block_type for child in stream}
        missing = [item for item in sample_value(field.stream_block) if item["type"] not in present]
        if missing:
            setattr(page, field.name, field.to_python(list(stream.raw_data) + missing))


def stream_columns(page):
    """The StreamFields of the page as stored: one per language where the field is translated."""
    names = {field.name for field in page._meta.concrete_fields}
    return [
        field
        for field in page._meta.concrete_fields
        if isinstance(field, StreamField) and f"{field.name}_de" not in names
    ]


def child_relations(model):
    return [
        relation.get_accessor_name()
        for relation in model._meta.related_objects
        if isinstance(relation.remote_field, ParentalKey)
        and relation.get_accessor_name() not in UNFILLED_CHILD_RELATIONS
    ]


@pytest.fixture(scope="module")
def demo_pages(django_db_setup, django_db_blocker, tmp_path_factory):
    """One demo page of each page type, the fullest one, with every relation filled; built once per module."""
    media = tmp_path_factory.mktemp("preview-media")
    with module_database(django_db_blocker, media):
        call_command("load_demo", stdout=io.StringIO())
        pages = {}
        for model in PAGE_TYPES:
            candidates = sorted(
                model.objects.all(),
                key=lambda page: -sum(getattr(page, name).exists() for name in child_relations(model)),
            )
            page = candidates[0]
            fill_relations(page)
            page.save_revision().publish()
            pages[model] = page.pk
        yield media, pages


@pytest.fixture
def admin(demo_pages, superuser, settings):
    settings.MEDIA_ROOT = demo_pages[0]
    client = Client(headers={"host": HOST})
    client.force_login(superuser)
    return client


def page_of_type(demo_pages, model):
    return model.objects.get(pk=demo_pages[1][model]).get_latest_revision_as_object()


def preview_titles():
    return {f"title_{code}": f"Vorschau {code}" for code in LANGUAGES}


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_demo_page_has_its_relations_filled(demo_pages, model, superuser):
    """What the previews below post: every many-to-many, inline child list, image and StreamField is filled."""
    page = page_of_type(demo_pages, model)
    data = posted_form_data(page, superuser)
    for field in page._meta.get_fields():
        if (
            isinstance(field, ParentalManyToManyField)
            or field.many_to_one
            and field.related_model is get_image_model()
        ):
            assert data[field.name], field.name
    for field in stream_columns(page):
        assert int(data[f"{field.name}-count"]) >= len(field.stream_block.child_blocks), field.name
    for name in child_relations(model):
        assert int(data[f"{name}-TOTAL_FORMS"]) >= 1, name


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_preview_of_an_edited_page_in_every_language(admin, demo_pages, superuser, model):
    page = page_of_type(demo_pages, model)

    posted = admin.post(preview_url(page), posted_form_data(page, superuser, **preview_titles()))
    assert posted.json() == {"is_valid": True, "is_available": True}

    for language in LANGUAGES:
        assert_preview(admin.get(preview_url(page), {"mode": language}), language)


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_preview_of_a_new_page_in_every_language(admin, demo_pages, superuser, model):
    page = page_of_type(demo_pages, model)
    parent = page.get_parent().specific
    slugs = {f"slug_{code}": f"{getattr(page, f'slug_{code}') or page.slug_de}-neu" for code in LANGUAGES}
    data = posted_form_data(page, superuser, new=True, **preview_titles(), **slugs)

    # As on a site that has no page of a type allowed only once yet (the home page, the indexes).
    with mock.patch.object(model, "max_count", None):
        posted = admin.post(preview_on_add_url(parent, model), data)
        assert posted.json() == {"is_valid": True, "is_available": True}
        for language in LANGUAGES:
            assert_preview(admin.get(preview_on_add_url(parent, model), {"mode": language}), language)

    assert not model.objects.filter(title_de=preview_titles()["title_de"]).exists()


def assert_preview(response, language):
    assert response.status_code == 200, language
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == language
    assert html.h1.get_text(strip=True) == preview_titles()[f"title_{language}"]


def test_preview_of_a_news_item_lists_its_related_publications(admin, demo_pages, superuser):
    from news.models import NewsPage

    page = page_of_type(demo_pages, NewsPage)
    related = page.related_publications()

    admin.post(preview_url(page), posted_form_data(page, superuser))
    response = admin.get(preview_url(page), {"mode": "de"})

    assert response.status_code == 200
    assert related
    for publication in related:
        assert publication.title_de in response.content.decode()
