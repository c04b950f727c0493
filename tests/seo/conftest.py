"""Every page type in the fixture tree, most with a main image large enough for a 1200×630 share crop."""

import datetime
from types import SimpleNamespace

import pytest

from tests.factories import ContentPageFactory, CustomImageFactory
from tests.news.factories import EventIndexPageFactory, EventPageFactory, NewsIndexPageFactory, NewsPageFactory
from tests.publications.factories import PublicationIndexPageFactory, PublicationPageFactory
from tests.regions.factories import RegionIndexPageFactory, RegionPageFactory


def large_image(**kwargs):
    return CustomImageFactory(file__width=1600, file__height=1000, **kwargs)


@pytest.fixture
def seo_tree(site_tree):
    """site_tree plus regions, news, events and publications; images on content, topic and detail pages."""
    tree = site_tree
    tree.network.image = large_image(description_de="Karte des Netzwerks")
    tree.network.save()
    tree.mobility.image = large_image()
    tree.mobility.save()
    border_regions = ContentPageFactory(
        parent=tree.home, title_de="Metropolitane Grenzregionen", title_en="Metropolitan border regions"
    )
    region_index = RegionIndexPageFactory(parent=border_regions, title_en="IMeG regions", intro_de="Unsere Regionen.")
    region = RegionPageFactory(
        parent=region_index,
        title_de="Oberrhein",
        title_en="Upper Rhine",
        intro_de="Die Region am Oberrhein.",
        hero_image=large_image(),
    )
    news_index = NewsIndexPageFactory(parent=tree.home, title_en="News", intro_de="Neues aus dem Netzwerk.")
    news = NewsPageFactory(
        parent=news_index,
        title_de="Grenzraumakademie in Berlin",
        title_en="Border academy in Berlin",
        teaser_de="Rund 130 Gäste diskutierten in Berlin.",
        teaser_en="Some 130 guests met in Berlin.",
        date=datetime.date(2023, 4, 21),
        lead_image=large_image(),
    )
    event_index = EventIndexPageFactory(parent=tree.activities, title_en="Events")
    event = EventPageFactory(
        parent=event_index,
        title_de="Jahrestreffen",
        title_en="Annual meeting",
        teaser_de="Die Mitglieder treffen sich.",
        venue_name_de="Haus der Großregion",
        venue_address_de="Rue Notre-Dame 11\n2240 Luxemburg",
        lead_image=large_image(),
    )
    publication_index = PublicationIndexPageFactory(parent=tree.home, intro_de="Positionspapiere zum Herunterladen.")
    publication = PublicationPageFactory(
        parent=publication_index,
        title_de="Raumbeobachtung an der Grenze",
        title_en="Spatial monitoring at the border",
        summary_de="Eine Raumbeobachtung, die an der Grenze nicht aufhört.",
        cover=large_image(),
    )
    return SimpleNamespace(
        **vars(tree),
        border_regions=border_regions,
        region_index=region_index,
        region=region,
        news_index=news_index,
        news=news,
        event_index=event_index,
        event=event,
        publication_index=publication_index,
        publication=publication,
    )
