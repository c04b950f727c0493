"""SPEC §4 Demo site: `load_demo` builds the §3 tree in four languages, and a second run changes nothing."""

import io
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from imeg.models import ContentPage, FormPage, HomePage, TopicIndexPage, TopicPage
from tests.conftest import module_database


def load_demo():
    call_command("load_demo", stdout=io.StringIO())


def snapshot():
    pages = [
        (
            page.url_path_de,
            f"{page.content_type.app_label}.{page.content_type.model}",
            page.title_de,
            page.title_en,
            page.slug_de,
            page.slug_en,
            page.live,
        )
        for page in Page.objects.filter(depth__gt=1).select_related("content_type").order_by("path")
    ]
    return {
        "pages": pages,
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "revisions": Revision.objects.count(),
    }


@pytest.fixture(scope="module")
def demo_media(django_db_setup, django_db_blocker, tmp_path_factory):
    """One demo site for the whole module (a run takes seconds), rolled back when the module is done."""
    media = tmp_path_factory.mktemp("demo-media")
    with module_database(django_db_blocker, media):
        out = io.StringIO()
        call_command("load_demo", stdout=out)
        yield SimpleNamespace(path=media, output=out.getvalue())


@pytest.fixture(autouse=True)
def _media_root(demo_media, settings):
    settings.MEDIA_ROOT = demo_media.path


@pytest.fixture
def demo(db):
    return Site.objects.get(is_default_site=True).root_page.specific


def child(parent, title_de):
    return parent.get_children().get(title_de=title_de).specific


def titles(pages):
    return [page.title_de for page in pages]


def test_load_demo_twice_gives_the_same_tree(demo):
    first = snapshot()

    load_demo()

    assert snapshot() == first


def test_demo_home_page_is_the_default_sites_root(demo):
    assert isinstance(demo, HomePage)
    assert Page.objects.filter(depth=2).count() == 1


def test_demo_network_section_has_its_three_pages(demo):
    network = child(demo, "Initiativkreis")

    assert isinstance(network, ContentPage)
    assert titles(network.get_children()) == ["Hintergrund", "Ziele", "Mitglieder und Organisation"]


def test_demo_border_regions_section_has_its_two_content_pages(demo):
    section = child(demo, "Metropolitane Grenzregionen")

    pages = section.get_children().type(ContentPage)
    assert titles(pages) == ["Was sind metropolitane Grenzregionen?", "In Europa"]


def test_demo_topics_sit_under_activities(demo):
    topic_index = child(child(demo, "Aktivitäten & Themen"), "Themen")

    assert isinstance(topic_index, TopicIndexPage)
    topics = topic_index.get_children()
    assert titles(topics) == ["EU-Politik für Grenzregionen", "Raumbeobachtung", "Mobilität"]
    assert all(isinstance(topic.specific, TopicPage) for topic in topics)


def test_demo_contact_page_is_a_form_with_fields(demo):
    contact = child(demo, "Kontakt")

    assert isinstance(contact, FormPage)
    assert contact.form_fields.count() >= 3


def test_demo_has_the_legal_pages(demo):
    for title in ("Impressum", "Datenschutz", "Barrierefreiheit"):
        assert isinstance(child(demo, title), ContentPage), title


def test_demo_pages_are_all_in_german_and_live(demo):
    pages = Page.objects.descendant_of(demo, inclusive=True)

    assert pages.count() > 10
    assert not pages.filter(title_de__in=["", None]).exists()
    assert not pages.filter(slug_de__in=["", None]).exists()
    assert not pages.filter(live=False).exists()


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_demo_leaves_some_pages_untranslated_so_the_fallback_shows(demo, language):
    pages = [page.specific for page in Page.objects.descendant_of(demo, inclusive=True)]

    untranslated = [page for page in pages if not page.is_translated(language)]
    assert untranslated
    assert len(untranslated) < len(pages)


def test_demo_site_renders_in_every_language(demo, client):
    for language in ("de", "en", "fr", "nl"):
        assert client.get(f"/{language}/").status_code == 200, language


def test_demo_reports_what_it_built(demo, demo_media):
    assert "Demo-Website" in demo_media.output
