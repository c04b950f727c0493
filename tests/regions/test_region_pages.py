"""Region pages: every language with its template, localized figures and country names, tree rules."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from imeg.models import ContentPage
from regions.indicators import Indicator
from regions.models import KeyFigure, RegionIndexPage, RegionPage

LANGUAGES = ["de", "en", "fr", "nl"]
NBSP = "\xa0"  # Django's French thousands separator

# What the Oberrhein fixture region shows per language: title, countries, population, area, GDP, commuters.
EXPECTED = {
    "de": ("Trinationale Metropolregion Oberrhein", "Deutschland, Frankreich, Schweiz", "6,1 Mio.", "21.500 km²",
           "165 Mrd. €", "87.000"),
    "en": ("Trinational Metropolitan Region Upper Rhine", "Germany, France, Switzerland", "6.1 million",
           "21,500 km²", "€165 bn", "87,000"),
    "fr": ("Région métropolitaine trinationale du Rhin supérieur", "Allemagne, France, Suisse", "6,1 millions",
           f"21{NBSP}500 km²", "165 Md€", f"87{NBSP}000"),
    "nl": ("Trinationale metropoolregio Boven-Rijn", "Duitsland, Frankrijk, Zwitserland", "6,1 mln.", "21.500 km²",
           "€ 165 mld.", "87.000"),
}  # fmt: skip


def figure_cells(soup):
    """{indicator: (value, year, source)} of the region page's key figure table."""
    return {
        row["data-indicator"]: tuple(cell.get_text(strip=True) for cell in row.find_all("td"))
        for row in soup.select(".region-figures tbody tr")
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_region_page_renders_in_every_language_with_localized_figures_and_countries(regions_tree, client, language):
    with translation.override(language):
        url = regions_tree.oberrhein.url
    response = client.get(url)

    assert response.status_code == 200
    assert "regions/region_page.html" in [template.name for template in response.templates]
    soup = BeautifulSoup(response.content, "html.parser")
    title, countries, population, area, gdp, commuters = EXPECTED[language]
    assert soup.h1.get_text(strip=True) == title
    assert countries in soup.select_one(".region-facts").get_text()
    cells = figure_cells(soup)
    assert cells["population"][0] == population
    assert cells["area"][0] == area
    assert cells["gdp"][0] == gdp
    assert cells["commuters_in"][0] == commuters


def test_region_page_shows_the_latest_year_of_each_indicator_with_its_source(regions_tree, client):
    soup = BeautifulSoup(client.get(regions_tree.oberrhein.url).content, "html.parser")

    population = figure_cells(soup)["population"]

    # 2008 (5.9 million, Statistisches Amt) is older than 2010 (6.1 million, Oberrheinkonferenz).
    assert population == ("6,1 Mio.", "2010", "Oberrheinkonferenz")


def test_a_newer_figure_replaces_the_shown_one(regions_tree, client):
    KeyFigure.objects.create(
        page=regions_tree.oberrhein, indicator="population", year=2022, value=6_300_000, source_de="Eurostat"
    )

    soup = BeautifulSoup(client.get(regions_tree.oberrhein.url).content, "html.parser")

    assert figure_cells(soup)["population"] == ("6,3 Mio.", "2022", "Eurostat")


def test_density_is_derived_from_population_and_area(regions_tree, client):
    soup = BeautifulSoup(client.get(regions_tree.oberrhein.url).content, "html.parser")

    value, year, source = figure_cells(soup)["density"]

    assert value == "284 Einw./km²"  # 6,100,000 / 21,500 = 283.7
    assert year == "2010"
    assert "berechnet" in source


def test_density_cannot_be_typed_in():
    assert Indicator.DENSITY not in dict(KeyFigure._meta.get_field("indicator").choices)


def test_a_region_without_area_shows_no_density(regions_tree, client):
    regions_tree.oberrhein.key_figures.filter(indicator="area").delete()

    soup = BeautifulSoup(client.get(regions_tree.oberrhein.url).content, "html.parser")

    assert "density" not in figure_cells(soup)


def test_region_page_lists_member_organisations_in_their_order(regions_tree, client):
    soup = BeautifulSoup(client.get(regions_tree.oberrhein.url).content, "html.parser")

    names = [item.get_text(strip=True) for item in soup.select(".region-members li")]

    assert names == ["Regionalverband Mittlerer Oberrhein", "Regionalverband Südlicher Oberrhein"]


def test_region_page_shows_hero_image_with_caption_and_credit(regions_tree, client):
    soup = BeautifulSoup(client.get(regions_tree.oberrhein.url).content, "html.parser")

    figure = soup.select_one("figure.figure--hero")

    assert figure.img["alt"]
    assert "Der Rhein bei Basel" in figure.figcaption.get_text()
    assert "Foto: Anna Muster" in figure.figcaption.get_text()


def test_untranslated_region_page_falls_back_to_german(regions_tree, client):
    region = regions_tree.grossregion
    region.title_nl = ""
    region.save_revision().publish()
    with translation.override("nl"):
        url = region.url

    response = client.get(url)

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Großregion"
    assert soup.select_one("main [lang='de']") is not None


def test_region_index_sits_under_a_content_page_and_holds_only_regions(regions_tree):
    assert RegionIndexPage.can_exist_under(regions_tree.border_regions)
    assert not RegionIndexPage.can_exist_under(regions_tree.site.home)
    assert RegionPage.can_exist_under(regions_tree.index)
    assert not ContentPage.can_exist_under(regions_tree.index)


def test_region_pages_live_only_under_the_region_index(regions_tree):
    assert not RegionPage.can_exist_under(regions_tree.border_regions)
    assert not ContentPage.can_exist_under(regions_tree.oberrhein)
    assert RegionPage.subpage_types == []
