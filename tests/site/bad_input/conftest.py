"""One small site with every public page type, built once for the whole package and rolled back at its end.

The tests only send requests that must not change anything, so they share this tree; each test still
runs in its own savepoint (the `db` fixture), so a request that did write would be undone.
"""

import datetime
from types import SimpleNamespace

import pytest
from django.test import Client
from django.utils import timezone, translation

from imeg.search import SEARCH_SLUGS
from publications import reading
from tests.conftest import HOST, make_home_site, module_database
from tests.factories import (
    ContentPageFactory,
    CustomImageFactory,
    FormFieldFactory,
    FormPageFactory,
    SiteSettingsFactory,
    TopicIndexPageFactory,
    TopicPageFactory,
)
from tests.news.factories import EventIndexPageFactory, EventPageFactory, NewsIndexPageFactory, NewsPageFactory
from tests.publications.factories import PublicationIndexPageFactory, PublicationPageFactory, attach, make_document
from tests.publications.pdfs import valid_pdf
from tests.regions.factories import KeyFigureFactory, RegionIndexPageFactory, RegionPageFactory

LANGUAGES = ("de", "en", "fr", "nl")


def build_site():
    site, home = make_home_site(title_en="Home", slug_en="home", intro_de="<p>Willkommen.</p>")
    SiteSettingsFactory(site=site)

    image = CustomImageFactory()
    content = ContentPageFactory(
        parent=home,
        title_de="Über uns",
        title_en="About us",
        image=image,
        body_de=[("image", {"image": image, "caption": "Grenzbrücke"}), ("paragraph", "<p>Text.</p>")],
    )
    topics = TopicIndexPageFactory(parent=content, title_en="Topics")
    topic = TopicPageFactory(parent=topics, title_de="Mobilität", title_en="Mobility", image=image)
    contact = FormPageFactory(parent=home, title_en="Contact", thank_you_text_de="<p>Danke.</p>")
    FormFieldFactory(page=contact, sort_order=0, label_de="Name", field_type="singleline")
    FormFieldFactory(page=contact, sort_order=1, label_de="E-Mail", field_type="email")
    FormFieldFactory(page=contact, sort_order=2, label_de="Nachricht", field_type="multiline")

    region_index = RegionIndexPageFactory(parent=content, title_en="Regions")
    region = RegionPageFactory(parent=region_index, title_de="Oberrhein", title_en="Upper Rhine", hero_image=image)
    KeyFigureFactory(page=region)

    news_index = NewsIndexPageFactory(parent=home, title_en="News", slug_en="news")
    news = NewsPageFactory(
        parent=news_index, title_de="Grenzraumakademie", lead_image=image, topics=[topic], regions=[region]
    )
    event_index = EventIndexPageFactory(parent=content, title_en="Events", slug_en="events")
    event = EventPageFactory(
        parent=event_index,
        title_de="Jahrestreffen",
        start=timezone.now() + datetime.timedelta(days=20),
        lead_image=image,
        topics=[topic],
    )

    library = PublicationIndexPageFactory(parent=home)
    publication = PublicationPageFactory(parent=library, title_de="Raumbeobachtung", topics=[topic], regions=[region])
    document = make_document(valid_pdf(pages=2), title="Raumbeobachtung", name="raumbeobachtung.pdf")
    reading.read_document(document.pk, document.file_hash)
    document.refresh_from_db()
    attach(publication, document)

    return SimpleNamespace(
        site=site,
        image=image,
        document=document,
        pages={
            "home": home,
            "content": content,
            "topic_index": topics,
            "topic": topic,
            "form": contact,
            "region_index": region_index,
            "region": region,
            "news_index": news_index,
            "news": news,
            "event_index": event_index,
            "event": event,
            "publication_index": library,
            "publication": publication,
        },
    )


@pytest.fixture(scope="package")
def bad_input_media(tmp_path_factory):
    return tmp_path_factory.mktemp("bad-input-media")


@pytest.fixture(scope="package")
def bad_input_site(django_db_setup, django_db_blocker, bad_input_media):
    with module_database(django_db_blocker, bad_input_media):
        yield build_site()


@pytest.fixture(autouse=True)
def _media_root(settings, bad_input_media):
    """The shared tree's images and documents stay where they were stored (instead of a fresh tmp dir)."""
    settings.MEDIA_ROOT = bad_input_media


@pytest.fixture
def site(bad_input_site, db):
    return bad_input_site


@pytest.fixture
def visitor():
    """A visitor's browser that shows a server error as the response, as a real one would see it."""
    return Client(headers={"host": HOST}, raise_request_exception=False)


def page_urls(site, language="de"):
    """Every page type's URL in a language, plus its feeds, calendars, document and search page."""
    with translation.override(language):
        urls = {name: page.get_url() for name, page in site.pages.items()}
    urls.update(
        {
            "news_rss": urls["news_index"] + "feed/rss/",
            "news_atom": urls["news_index"] + "feed/atom/",
            "publication_rss": urls["publication_index"] + "feed/rss/",
            "event_index_ical": urls["event_index"] + "ical/",
            "event_ical": urls["event"] + "ical/",
            "region_figures_csv": urls["region_index"] + "figures-csv/",
            "search": f"/{language}/{SEARCH_SLUGS[language]}/",
            "document": site.document.url,
        }
    )
    return urls
