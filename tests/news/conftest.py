"""A news and events section in the fixture tree: translated indexes, news and events with topics and regions."""

import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from news.models import EventStatus
from tests.factories import ContentPageFactory
from tests.news.factories import EventIndexPageFactory, EventPageFactory, NewsIndexPageFactory, NewsPageFactory
from tests.regions.factories import RegionIndexPageFactory, RegionPageFactory

BERLIN = ZoneInfo("Europe/Berlin")


def translated(field, **values):
    return {f"{field}_{code}": value for code, value in values.items()}


def berlin(*args):
    return datetime.datetime(*args, tzinfo=BERLIN)


@pytest.fixture
def news_tree(site_tree):
    """Home → Aktuelles (4 news) and Aktivitäten & Themen → Veranstaltungen (4 events), two regions."""
    border_regions = ContentPageFactory(parent=site_tree.home, title_de="Metropolitane Grenzregionen")
    region_index = RegionIndexPageFactory(parent=border_regions)
    oberrhein = RegionPageFactory(parent=region_index, title_de="Oberrhein", title_en="Upper Rhine")
    grossregion = RegionPageFactory(parent=region_index, title_de="Großregion", title_en="Greater Region")

    news_index = NewsIndexPageFactory(
        parent=site_tree.home,
        **translated("title", de="Aktuelles", en="News", fr="Actualités", nl="Nieuws"),
        **translated("slug", de="aktuelles", en="news", fr="actualites", nl="nieuws"),
        intro_de="Neues aus dem Initiativkreis.",
    )
    academy = NewsPageFactory(
        parent=news_index,
        date=datetime.date(2023, 4, 21),
        **translated(
            "title",
            de="Grenzraumakademie in Berlin",
            en="Border academy in Berlin",
            fr="Académie des frontières à Berlin",
            nl="Grensacademie in Berlijn",
        ),
        **translated(
            "teaser", de="Rund 130 Gäste.", en="Some 130 guests.", fr="Environ 130 invités.", nl="Zo'n 130 gasten."
        ),
        topics=[site_tree.mobility],
        regions=[oberrhein],
    )
    pandemic = NewsPageFactory(
        parent=news_index,
        date=datetime.date(2020, 12, 1),
        **translated("title", de="Workshops zur Pandemie", en="Pandemic workshops"),
        **translated("teaser", de="Online-Workshops.", en="Online workshops."),
        topics=[site_tree.monitoring],
        regions=[grossregion],
    )
    karlsruhe = NewsPageFactory(
        parent=news_index,
        date=datetime.date(2018, 1, 17),
        title_de="Workshop in Karlsruhe",
        teaser_de="Ergebnisse der Raumbeobachtung.",
        topics=[site_tree.monitoring],
        regions=[oberrhein],
    )
    transport = NewsPageFactory(
        parent=news_index,
        date=datetime.date(2016, 1, 20),
        title_de="Stellungnahme zum Bundesverkehrswegeplan",
        teaser_de="Grenzüberschreitende Verbindungen fehlen.",
        topics=[site_tree.mobility],
    )

    event_index = EventIndexPageFactory(
        parent=site_tree.activities,
        **translated("title", de="Veranstaltungen", en="Events", fr="Manifestations", nl="Bijeenkomsten"),
        **translated("slug", de="veranstaltungen", en="events", fr="manifestations", nl="bijeenkomsten"),
    )
    now = timezone.now()
    upcoming = EventPageFactory(
        parent=event_index,
        **translated("title", de="Jahrestreffen 2030", en="Annual meeting 2030"),
        start=now + datetime.timedelta(days=40),
        end=now + datetime.timedelta(days=40, hours=6),
        interpretation_languages=["de", "fr"],
        registration_email="anmeldung@example.org",
        topics=[site_tree.mobility],
        regions=[grossregion],
    )
    cancelled = EventPageFactory(
        parent=event_index,
        title_de="Abgesagtes Forum",
        start=now + datetime.timedelta(days=10),
        status=EventStatus.CANCELLED,
        status_note_de="Ein neuer Termin folgt.",
        online=True,
        venue_name_de="",
        venue_address_de="",
        topics=[site_tree.monitoring],
    )
    brussels = EventPageFactory(
        parent=event_index,
        **translated(
            "title",
            de="Mobilität und Siedlungsentwicklung",
            en="Mobility and settlement",
            fr="Mobilité et urbanisation",
            nl="Mobiliteit en verstedelijking",
        ),
        start=berlin(2019, 1, 30, 10, 0),
        end=berlin(2019, 1, 30, 16, 30),
        venue_name_de="Vertretung eines Landes",
        venue_address_de="Rue Montoyer 1\n1000 Brüssel",
        topics=[site_tree.mobility],
        regions=[oberrhein],
    )
    luxembourg = EventPageFactory(
        parent=event_index,
        title_de="Konferenz in Luxemburg",
        start=berlin(2012, 11, 19),
        end=berlin(2012, 11, 20),
        all_day=True,
    )
    return SimpleNamespace(
        tree=site_tree,
        oberrhein=oberrhein,
        grossregion=grossregion,
        news_index=news_index,
        academy=academy,
        pandemic=pandemic,
        karlsruhe=karlsruhe,
        transport=transport,
        event_index=event_index,
        upcoming=upcoming,
        cancelled=cancelled,
        brussels=brussels,
        luxembourg=luxembourg,
    )
