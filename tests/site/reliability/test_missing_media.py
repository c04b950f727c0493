"""Pages whose image or document files were deleted from disk (a lost volume, a partial restore) still render."""

from pathlib import Path
from types import SimpleNamespace

import pytest
from django.test import Client

from tests.conftest import HOST
from tests.factories import ContentPageFactory, CustomImageFactory
from tests.news.factories import EventIndexPageFactory, EventPageFactory, NewsIndexPageFactory, NewsPageFactory
from tests.publications.factories import PublicationIndexPageFactory, PublicationPageFactory, attach, make_document
from tests.regions.factories import HomeSlideFactory, RegionIndexPageFactory, RegionPageFactory


@pytest.fixture
def visitor():
    return Client(headers={"host": HOST}, raise_request_exception=False)


@pytest.fixture
def pages_with_images(site_tree):
    image = CustomImageFactory()
    content = ContentPageFactory(
        parent=site_tree.home,
        title_de="Grenzbrücken",
        image=image,
        body_de=[("image", {"image": image, "caption": ""})],
    )
    site_tree.home.teasers_de = [("teaser", {"page": content, "image": image})]
    site_tree.home.save()
    news_index = NewsIndexPageFactory(parent=site_tree.home)
    news = NewsPageFactory(parent=news_index, title_de="Brücke eröffnet", lead_image=image)
    event_index = EventIndexPageFactory(parent=site_tree.activities)
    event = EventPageFactory(parent=event_index, title_de="Brückenfest", lead_image=image)
    region_index = RegionIndexPageFactory(parent=content)
    region = RegionPageFactory(parent=region_index, title_de="Oberrhein", hero_image=image)
    HomeSlideFactory(page=region_index, region=region, image=image)
    site_tree.settings.default_share_image = image
    site_tree.settings.logo = image
    site_tree.settings.save()
    library = PublicationIndexPageFactory(parent=site_tree.home)
    publication = PublicationPageFactory(parent=library, title_de="Papier", cover=image)
    document = make_document()
    attach(publication, document)
    return SimpleNamespace(
        image=image,
        document=document,
        urls=[
            site_tree.home.url,
            content.url,
            news_index.url,
            news.url,
            news_index.url + "feed/rss/",
            event_index.url,
            event.url,
            region_index.url,
            region.url,
            library.url,
            publication.url,
        ],
    )


def delete_file(field_file):
    path = Path(field_file.path)
    path.unlink()
    assert not path.exists()


def statuses(visitor, urls):
    return {url: visitor.get(url).status_code for url in urls}


def test_pages_render_when_the_original_image_file_is_gone(pages_with_images, visitor):
    delete_file(pages_with_images.image.file)

    result = statuses(visitor, pages_with_images.urls)

    assert result == dict.fromkeys(pages_with_images.urls, 200)


def test_pages_render_when_originals_and_renditions_are_gone(pages_with_images, visitor):
    """The renditions were made while the file existed; then the whole media volume is lost."""
    assert statuses(visitor, pages_with_images.urls) == dict.fromkeys(pages_with_images.urls, 200)
    renditions = list(pages_with_images.image.renditions.all())
    assert renditions
    for rendition in renditions:
        delete_file(rendition.file)
    delete_file(pages_with_images.image.file)

    assert statuses(visitor, pages_with_images.urls) == dict.fromkeys(pages_with_images.urls, 200)


def test_pages_render_when_the_original_image_file_is_damaged(pages_with_images, visitor):
    """A partial restore or a full disk can leave half a file: it shows as a broken image, not an error."""
    path = Path(pages_with_images.image.file.path)
    path.write_bytes(path.read_bytes()[:200])

    result = statuses(visitor, pages_with_images.urls)

    assert result == dict.fromkeys(pages_with_images.urls, 200)


def test_a_missing_document_file_is_not_found_not_an_error(pages_with_images, visitor):
    document = pages_with_images.document
    delete_file(document.file)

    assert visitor.get(document.url).status_code == 404
    assert statuses(visitor, pages_with_images.urls) == dict.fromkeys(pages_with_images.urls, 200)
