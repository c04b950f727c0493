"""The library in the fixture tree: an index with publications of several types, years, topics and regions."""

import datetime
from types import SimpleNamespace

import pytest

from publications import reading
from publications.models import DatePrecision, PublicationType
from tests.factories import ContentPageFactory
from tests.news.factories import EventIndexPageFactory, EventPageFactory
from tests.publications.factories import (
    PublicationIndexPageFactory,
    PublicationPageFactory,
    attach,
    make_document,
)
from tests.publications.pdfs import valid_pdf
from tests.regions.factories import RegionIndexPageFactory, RegionPageFactory


def translated(field, **values):
    return {f"{field}_{code}": value for code, value in values.items()}


def read(document):
    """What the background task does once the upload is committed."""
    # In a transactional test the upload was read on commit already ("done").
    assert reading.read_document(document.pk, document.file_hash) in ("ready", "done")
    document.refresh_from_db()
    return document


@pytest.fixture
def library(site_tree):
    """Home → Veröffentlichungen with four publications; the 2018 paper has a read 24-page PDF."""
    border_regions = ContentPageFactory(parent=site_tree.home, title_de="Metropolitane Grenzregionen")
    region_index = RegionIndexPageFactory(parent=border_regions)
    oberrhein = RegionPageFactory(parent=region_index, title_de="Oberrhein", title_en="Upper Rhine")
    grossregion = RegionPageFactory(parent=region_index, title_de="Großregion", title_en="Greater Region")
    event_index = EventIndexPageFactory(parent=site_tree.activities)
    workshop = EventPageFactory(parent=event_index, title_de="Workshop in Karlsruhe", title_en="Karlsruhe workshop")

    index = PublicationIndexPageFactory(parent=site_tree.home, intro_de="Positionspapiere zum Herunterladen.")
    monitoring = PublicationPageFactory(
        parent=index,
        **translated(
            "title",
            de="Raumbeobachtung Deutschland und angrenzende Regionen",
            en="Spatial monitoring of Germany and its neighbours",
            fr="Observation territoriale de l'Allemagne",
            nl="Ruimtelijke monitoring van Duitsland",
        ),
        **translated(
            "summary",
            de="Eine Raumbeobachtung, die an der Grenze nicht aufhört.",
            en="Spatial monitoring that does not stop at the border.",
            fr="Une observation qui ne s'arrête pas à la frontière.",
            nl="Monitoring die niet ophoudt bij de grens.",
        ),
        publication_type=PublicationType.POSITION_PAPER,
        date=datetime.date(2018, 1, 1),
        date_precision=DatePrecision.YEAR,
        authors="Initiativkreis Metropolitane Grenzregionen",
        citation_de="IMeG (2018): Raumbeobachtung Deutschland und angrenzende Regionen.",
        related_event=workshop,
        topics=[site_tree.monitoring],
        regions=[oberrhein, grossregion],
    )
    full_text = read(
        make_document(
            valid_pdf(pages=24, title="Raumbeobachtung"), title="Raumbeobachtung", name="raumbeobachtung.pdf"
        )
    )
    summary = read(make_document(valid_pdf(pages=2), title="Summary", name="summary-en.pdf"))
    attach(monitoring, full_text, language="de", kind="full_text", sort_order=0)
    attach(monitoring, summary, language="en", kind="summary", sort_order=1)

    mobility = PublicationPageFactory(
        parent=index,
        title_de="Grenzüberschreitende Mobilität und Bundesverkehrswegeplan 2030",
        title_en="Cross-border mobility and the federal transport plan",
        publication_type=PublicationType.STATEMENT,
        date=datetime.date(2016, 3, 15),
        topics=[site_tree.mobility],
        regions=[oberrhein],
    )
    convention = PublicationPageFactory(
        parent=index,
        title_de="Europäische grenzüberschreitende Konvention",
        publication_type=PublicationType.STATEMENT,
        date=datetime.date(2017, 6, 1),
        date_precision=DatePrecision.MONTH,
    )
    academy = PublicationPageFactory(
        parent=index,
        title_de="Krisenfestigkeit von Grenzregionen",
        title_en="Crisis resilience of border regions",
        publication_type=PublicationType.PRESENTATION,
        date=datetime.date(2023, 4, 21),
        regions=[grossregion],
    )
    draft = PublicationPageFactory(parent=index, title_de="Entwurf", live=False, date=datetime.date(2025, 1, 1))
    return SimpleNamespace(
        tree=site_tree,
        index=index,
        monitoring=monitoring,
        mobility=mobility,
        convention=convention,
        academy=academy,
        draft=draft,
        full_text=full_text,
        summary=summary,
        oberrhein=oberrhein,
        grossregion=grossregion,
        workshop=workshop,
    )
