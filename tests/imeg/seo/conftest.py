"""One site with every page type, built once per test module (tests roll back to it), images and all.

Building pages with images costs seconds, so each module builds the tree once inside a transaction
that is rolled back when the module is done; every test runs in a savepoint within it (pytest-django's
`db`) and gets freshly loaded pages, so what one test changes no other sees.
"""

import datetime
from types import SimpleNamespace

import pytest
from django.db import transaction
from django.test import Client
from django.test.utils import override_settings
from wagtail.models import Page, PageViewRestriction, Site

from tests.conftest import HOST
from tests.factories import (
    ContentPageFactory,
    CustomImageFactory,
    FormPageFactory,
    HomePageFactory,
    SiteSettingsFactory,
    TopicIndexPageFactory,
    TopicPageFactory,
)
from tests.news.factories import EventIndexPageFactory, EventPageFactory, NewsIndexPageFactory, NewsPageFactory
from tests.publications.factories import PublicationIndexPageFactory, PublicationPageFactory
from tests.regions.factories import RegionIndexPageFactory, RegionPageFactory

LANGUAGES = ("de", "en", "fr", "nl")


def translated(field, **values):
    return {f"{field}_{code}": value for code, value in values.items()}


def large_image(**kwargs):
    """An image just large enough for a 1200×630 crop."""
    return CustomImageFactory(file__width=1260, file__height=720, **kwargs)


def build_site(visit):
    """The pages' ids by name; German everywhere, English mostly, French and Dutch where noted."""
    root = Page.get_first_root_node()
    welcome = Page.objects.get(depth=2)
    home = HomePageFactory(
        parent=root,
        **translated("title", de="Startseite", en="Home", fr="Accueil", nl="Startpagina"),
        **translated("slug", de="startseite", en="home", fr="accueil", nl="startpagina"),
        **translated("intro", de="<p>Willkommen.</p>", en="<p>Welcome to the network.</p>", fr="<p>Bienvenue.</p>"),
    )
    site = Site.objects.get(is_default_site=True)
    site.root_page, site.hostname, site.port = home, HOST, 80
    site.save()
    welcome.delete()
    SiteSettingsFactory(site=site)

    pages = {"home": home}
    pages["network"] = ContentPageFactory(
        parent=home,
        **translated("title", de="Initiativkreis", en="The network", fr="Le réseau", nl="Het netwerk"),
        **translated("intro", de="Wer wir sind.", en="Who we are.", fr="Qui nous sommes.", nl="Wie we zijn."),
        image=large_image(description_de="Karte des Netzwerks"),
    )
    pages["background"] = ContentPageFactory(parent=pages["network"], title_de="Hintergrund", title_en="Background")
    pages["draft"] = ContentPageFactory(parent=pages["network"], title_de="Entwurf", title_en="Draft", live=False)
    pages["members_only"] = ContentPageFactory(parent=home, title_de="Intern", title_en="Internal")
    PageViewRestriction.objects.create(
        page=pages["members_only"], restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    pages["minutes"] = ContentPageFactory(parent=pages["members_only"], title_de="Protokolle", title_en="Minutes")
    pages["activities"] = ContentPageFactory(
        parent=home,
        **translated("title", de="Aktivitäten", en="Activities", fr="Activités", nl="Activiteiten"),
    )
    pages["topics"] = TopicIndexPageFactory(
        parent=pages["activities"], **translated("title", de="Themen", en="Topics", fr="Thèmes", nl="Thema's")
    )
    pages["mobility"] = TopicPageFactory(
        parent=pages["topics"],
        **translated("title", de="Mobilität", en="Mobility", fr="Mobilité", nl="Mobiliteit"),
        **translated("intro", de="Über die Grenze zur Arbeit.", en="Commuting across the border."),
        image=large_image(),
    )
    pages["monitoring"] = TopicPageFactory(
        parent=pages["topics"], title_de="Raumbeobachtung", title_en="Spatial monitoring"
    )
    pages["contact"] = FormPageFactory(
        parent=home,
        **translated("title", de="Kontakt", en="Contact"),
        **translated("slug", de="kontakt", en="contact"),
        intro_de="<p>Schreiben Sie der Geschäftsstelle.</p>",
    )
    pages["border_regions"] = ContentPageFactory(
        parent=home, **translated("title", de="Grenzregionen", en="Border regions")
    )
    pages["region_index"] = RegionIndexPageFactory(
        parent=pages["border_regions"], title_en="IMeG regions", intro_de="Unsere Regionen."
    )
    pages["region"] = RegionPageFactory(
        parent=pages["region_index"],
        **translated("title", de="Oberrhein", en="Upper Rhine"),
        intro_de="Die Region am Oberrhein.",
        hero_image=large_image(),
    )
    pages["news_index"] = NewsIndexPageFactory(
        parent=home,
        **translated("title", de="Aktuelles", en="News"),
        **translated("slug", de="aktuelles", en="news"),
        intro_de="Neues aus dem Netzwerk.",
    )
    pages["news"] = NewsPageFactory(
        parent=pages["news_index"],
        **translated("title", de="Grenzraumakademie in Berlin", en="Border academy in Berlin"),
        **translated("teaser", de="Rund 130 Gäste diskutierten in Berlin.", en="Some 130 guests met in Berlin."),
        date=datetime.date(2023, 4, 21),
        lead_image=large_image(),
    )
    pages["event_index"] = EventIndexPageFactory(
        parent=pages["activities"], **translated("title", de="Veranstaltungen", en="Events")
    )
    pages["event"] = EventPageFactory(
        parent=pages["event_index"],
        **translated("title", de="Jahrestreffen", en="Annual meeting"),
        teaser_de="Die Mitglieder treffen sich.",
        venue_name_de="Haus der Großregion",
        venue_address_de="Rue Notre-Dame 11\n2240 Luxemburg",
        lead_image=large_image(),
    )
    pages["publication_index"] = PublicationIndexPageFactory(
        parent=home, intro_de="Positionspapiere zum Herunterladen."
    )
    pages["publication"] = PublicationPageFactory(
        parent=pages["publication_index"],
        **translated("title", de="Raumbeobachtung an der Grenze", en="Spatial monitoring at the border"),
        summary_de="Eine Raumbeobachtung, die an der Grenze nicht aufhört.",
        cover=large_image(),
    )
    if visit:
        # Visit every page once, so that the images' renditions exist before the tests.
        client = Client(headers={"host": HOST})
        for page in pages.values():
            client.get(page.url)
    return {name: page.pk for name, page in pages.items()}


@pytest.fixture(scope="module")
def seo_site(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """The page ids by name, for the whole module; its images live in one media folder.

    A module that looks at the pages' images sets `VISIT_PAGES = True` to create their renditions once.
    """
    media = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media), transaction.atomic():
        yield build_site(visit=getattr(request.module, "VISIT_PAGES", False))
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _media_root():
    """Keep the media folder of `seo_site` (the suite's fixture gives every test a new, empty one)."""


@pytest.fixture
def seo_tree(seo_site, db):
    """The site's pages, loaded afresh for the test, and its settings."""
    pages = {name: Page.objects.get(pk=pk).specific for name, pk in seo_site.items()}
    site = Site.objects.get(is_default_site=True)
    return SimpleNamespace(**pages, site=site, settings=SiteSettingsFactory(site=site))
