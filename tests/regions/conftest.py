"""A region section in the fixture tree: the index under a content page, two regions with figures."""

from types import SimpleNamespace

import pytest

from tests.factories import ContentPageFactory, CustomImageFactory
from tests.regions.factories import (
    HomeSlideFactory,
    KeyFigureFactory,
    MemberOrganisationFactory,
    RegionIndexPageFactory,
    RegionPageFactory,
)

TITLES = {"de": "IMeG-Regionen", "en": "IMeG regions", "fr": "Régions de l'IMeG", "nl": "IMeG-regio's"}
SLUGS = {"de": "imeg-regionen", "en": "imeg-regions", "fr": "regions-imeg", "nl": "imeg-regios"}
OBERRHEIN_OUTLINE = (
    '{"type": "Polygon", "coordinates": [[[7.0, 47.4], [7.9, 47.5], [8.6, 48.6], [8.4, 49.3], '
    "[7.6, 49.1], [7.1, 48.2], [7.0, 47.4]]]}"
)


def translated(field, values):
    return {f"{field}_{code}": value for code, value in values.items()}


def add_region(index, **fields):
    return RegionPageFactory(parent=index, **fields)


@pytest.fixture
def regions_tree(site_tree):
    """Home → Metropolitane Grenzregionen → IMeG-Regionen → Oberrhein, Großregion; slides on the index."""
    border_regions = ContentPageFactory(
        parent=site_tree.home,
        **translated(
            "title",
            {
                "de": "Metropolitane Grenzregionen",
                "en": "Metropolitan border regions",
                "fr": "Régions frontalières métropolitaines",
                "nl": "Metropolitane grensregio's",
            },
        ),
    )
    index = RegionIndexPageFactory(
        parent=border_regions,
        **translated("title", TITLES),
        **translated("slug", SLUGS),
        intro_de="Die Regionen des Initiativkreises.",
        data_note_de="Umrisse ungefähr.",
    )
    image = CustomImageFactory(title="Rhein", caption_de="Der Rhein bei Basel", credit="Foto: Anna Muster")
    oberrhein = add_region(
        index,
        **translated(
            "title",
            {
                "de": "Trinationale Metropolregion Oberrhein",
                "en": "Trinational Metropolitan Region Upper Rhine",
                "fr": "Région métropolitaine trinationale du Rhin supérieur",
                "nl": "Trinationale metropoolregio Boven-Rijn",
            },
        ),
        **translated(
            "short_name", {"de": "Oberrhein", "en": "Upper Rhine", "fr": "Rhin supérieur", "nl": "Boven-Rijn"}
        ),
        countries=["DE", "FR", "CH"],
        core_cities_de="Karlsruhe\nFreiburg\nStraßburg\nMülhausen\nBasel",
        core_cities_fr="Karlsruhe\nFribourg-en-Brisgau\nStrasbourg\nMulhouse\nBâle",
        cross_border_body_de="Oberrheinkonferenz",
        cross_border_body_seat_de="Kehl",
        founding_year=2010,
        hero_image=image,
        outline=OBERRHEIN_OUTLINE,
    )
    grossregion = add_region(
        index,
        **translated(
            "title", {"de": "Großregion", "en": "Greater Region", "fr": "Grande Région", "nl": "Grote Regio"}
        ),
        **translated(
            "short_name", {"de": "Großregion", "en": "Greater Region", "fr": "Grande Région", "nl": "Grote Regio"}
        ),
        countries=["DE", "FR", "LU", "BE"],
        outline="[[5.5, 49.0], [7.5, 49.2], [6.8, 50.2], [5.7, 50.0]]",
    )
    figures = {
        oberrhein: [
            ("population", 2008, 5_900_000, "Statistisches Amt"),
            ("population", 2010, 6_100_000, "Oberrheinkonferenz"),
            ("area", 2010, 21_500, "Oberrheinkonferenz"),
            ("gdp", 2010, 165, "Oberrheinkonferenz"),
            ("commuters_in", 2010, 87_000, "Oberrheinkonferenz"),
            ("universities", 2010, 7, "Oberrheinkonferenz"),
        ],
        grossregion: [
            ("population", 2019, 11_600_000, "Arbeitskammer des Saarlandes"),
            ("area", 2019, 65_401, "Arbeitskammer des Saarlandes"),
            ("commuters_in", 2019, 250_000, "Arbeitskammer des Saarlandes"),
        ],
    }
    for region, rows in figures.items():
        for indicator, year, value, source in rows:
            KeyFigureFactory(page=region, indicator=indicator, year=year, value=value, source_de=source)
    MemberOrganisationFactory(page=oberrhein, name_de="Regionalverband Mittlerer Oberrhein", sort_order=0)
    MemberOrganisationFactory(page=oberrhein, name_de="Regionalverband Südlicher Oberrhein", sort_order=1)
    HomeSlideFactory(page=index, region=oberrhein, sort_order=0, caption_de="Vauban in Freiburg")
    HomeSlideFactory(page=index, region=grossregion, image=image, sort_order=1, caption_de="Luxemburg")
    return SimpleNamespace(
        site=site_tree, border_regions=border_regions, index=index, oberrhein=oberrhein, grossregion=grossregion
    )
