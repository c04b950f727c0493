"""Index and cache work deferred during an import: done once, for everything saved, when the import ends."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.http import HttpResponse
from django.utils import translation
from wagtail.models import Page

from imeg.models import ContentPage, SearchEntry, TranslationStatus
from imeg.page_cache import store
from tests.factories import CustomImageFactory
from wordpress_import.deferred import deferred_indexing

pytestmark = pytest.mark.django_db


@pytest.fixture
def home():
    return Page.objects.get(depth=2)


def statuses(instance):
    content_type = ContentType.objects.get_for_model(type(instance))
    rows = TranslationStatus.objects.filter(content_type=content_type, object_id=instance.pk)
    return sorted(rows.values_list("language", "status"))


def publish(parent, slug):
    page = ContentPage(title_de=slug.title(), slug_de=slug)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_publishing_inside_updates_the_indexes_and_purges_the_cache_on_the_way_out(home):
    store.put("localhost", "/de/", "", HttpResponse(b"cached"))
    with translation.override("de"), deferred_indexing():
        page = publish(home, "aufgeschoben")
        # Muted while the import runs: no per-page index rows or statuses, the cache untouched.
        assert not SearchEntry.objects.filter(page=page).exists()
        assert not statuses(page)
        assert store.get("localhost", "/de/", "") is not None
    assert SearchEntry.objects.filter(page=page, language="de").exists()
    assert statuses(page) == [("en", "missing"), ("fr", "missing"), ("nl", "missing")]
    assert page in ContentPage.objects.search("Aufgeschoben")
    assert store.get("localhost", "/de/", "") is None


def test_an_image_saved_inside_gets_its_translation_statuses_on_the_way_out(home):
    with deferred_indexing():
        image = CustomImageFactory(title="Karte", description_de="Karte der Grenzregionen")
        assert not statuses(image)
    assert statuses(image) == [("en", "missing"), ("fr", "missing"), ("nl", "missing")]


def test_the_handlers_are_back_afterwards(home, django_capture_on_commit_callbacks):
    with translation.override("de"):
        with deferred_indexing():
            pass
        with django_capture_on_commit_callbacks(execute=True):
            page = publish(home, "danach")
    assert SearchEntry.objects.filter(page=page, language="de").exists()


def test_a_dry_run_catches_nothing_up(home):
    store.put("localhost", "/de/", "", HttpResponse(b"cached"))
    with translation.override("de"), deferred_indexing(catch_up=False):
        page = publish(home, "probelauf")
    assert not SearchEntry.objects.filter(page=page).exists()
    assert store.get("localhost", "/de/", "") is not None
