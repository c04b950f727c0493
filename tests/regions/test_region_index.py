"""The region index: map, comparison table, bar charts and the CSV download (open data)."""

import csv
import io
import re
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from regions.models import KeyFigure
from tests.regions.conftest import SLUGS, TITLES
from tests.regions.factories import KeyFigureFactory, MemberOrganisationFactory, RegionPageFactory

LANGUAGES = ["de", "en", "fr", "nl"]
SVG = "{http://www.w3.org/2000/svg}"


def svgs(html):
    """Each inline <svg> of the page, parsed as XML (so it must be well-formed)."""
    return [ET.fromstring(match) for match in re.findall(r"<svg\b.*?</svg>", html, flags=re.DOTALL)]


def csv_rows(client, index):
    response = client.get(index.url + index.reverse_subpage("figures_csv"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="imeg-key-figures-')
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))


@pytest.mark.parametrize("language", LANGUAGES)
def test_region_index_renders_in_every_language_with_map_table_and_charts(regions_tree, client, language):
    with translation.override(language):
        url = regions_tree.index.url
    response = client.get(url)

    assert url.startswith(f"/{language}/") and url.endswith(f"/{SLUGS[language]}/")
    assert response.status_code == 200
    assert "regions/region_index_page.html" in [template.name for template in response.templates]
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == TITLES[language]
    assert soup.select_one("figure.region-map svg") is not None
    assert soup.select_one("table.region-comparison") is not None
    assert len(soup.select("figure.region-chart svg")) >= 2


def test_comparison_table_shows_each_regions_latest_figures(regions_tree, client):
    soup = BeautifulSoup(client.get(regions_tree.index.url).content, "html.parser")

    heads = [cell.get_text(strip=True) for cell in soup.select("table.region-comparison thead th")]
    population = soup.select_one("table.region-comparison tr[data-indicator='population']")
    values = [cell.get_text(strip=True) for cell in population.select(".region-comparison__value")]

    assert heads == ["Kennzahl", "Oberrhein", "Großregion"]
    assert values == ["6,1 Mio.", "11,6 Mio."]
    assert "Stand 2019, Quelle: Arbeitskammer des Saarlandes" in population.get_text(" ", strip=True)


def test_csv_download_parses_and_matches_the_database(regions_tree, client):
    rows = csv_rows(client, regions_tree.index)

    stored = {
        (figure.page.title, figure.indicator, figure.year): figure
        for figure in KeyFigure.objects.select_related("page")
    }
    assert len(rows) == len(stored) == 9
    for row in rows:
        figure = stored[(row["region"], row["indicator"], int(row["year"]))]
        assert Decimal(row["value"]) == figure.value
        assert row["source"] == figure.source
        assert row["region_url"].endswith(figure.page.url)
    assert {row["unit"] for row in rows if row["indicator"] == "area"} == {"km2"}


def test_csv_download_has_one_row_per_region_indicator_and_year(regions_tree, client):
    rows = csv_rows(client, regions_tree.index)

    keys = [(row["region"], row["indicator"], row["year"]) for row in rows]

    assert len(keys) == len(set(keys))
    assert ("Trinationale Metropolregion Oberrhein", "population", "2008") in keys


def test_csv_download_labels_follow_the_language(regions_tree, client):
    with translation.override("fr"):
        rows = csv_rows(client, regions_tree.index)

    assert {row["indicator_label"] for row in rows if row["indicator"] == "area"} == {"Superficie (km²)"}
    assert {row["region"] for row in rows} == {"Région métropolitaine trinationale du Rhin supérieur", "Grande Région"}


def test_chart_and_map_are_well_formed_svg_with_titles(regions_tree, client):
    html = client.get(regions_tree.index.url).content.decode()

    images = svgs(html)

    assert len(images) >= 3
    for image in images:
        assert image.find(f"{SVG}title").text.strip()
    charts = [image for image in images if image.get("role") == "img"]
    assert all(chart.find(f"{SVG}desc").text.strip() for chart in charts)
    assert all(chart.get("aria-labelledby") for chart in charts)


def test_every_region_link_on_the_map_resolves(regions_tree, client):
    html = client.get(regions_tree.index.url).content.decode()
    region_map = next(image for image in svgs(html) if "region-map__svg" in image.get("class"))

    links = [link.get("href") for link in region_map.iter(f"{SVG}a")]

    assert len(links) == 2
    for href in links:
        assert client.get(href).status_code == 200


def test_map_lists_the_regions_as_text_alternative(regions_tree, client):
    soup = BeautifulSoup(client.get(regions_tree.index.url).content, "html.parser")

    items = [item.a.get_text(strip=True) for item in soup.select(".region-map__list li")]

    assert items == ["Trinationale Metropolregion Oberrhein", "Großregion"]
    assert "ungefähr" in soup.select_one(".region-map__source").get_text()


def test_chart_describes_every_bar_in_words(regions_tree, client):
    soup = BeautifulSoup(client.get(regions_tree.index.url).content, "html.parser")

    description = soup.select_one("#chart-population-desc").get_text()

    assert description == "Oberrhein: 6,1 Mio. (Stand 2010); Großregion: 11,6 Mio. (Stand 2019)"


def test_region_without_outline_stays_in_the_list_but_off_the_map(regions_tree, client):
    regions_tree.grossregion.outline = ""
    regions_tree.grossregion.save_revision().publish()

    soup = BeautifulSoup(client.get(regions_tree.index.url).content, "html.parser")

    assert len(soup.select(".region-map__regions a")) == 1
    assert len(soup.select(".region-map__list li")) == 2


def add_regions(index, count):
    for number in range(count):
        region = RegionPageFactory(parent=index, title_de=f"Weitere Region {number}")
        for year in (2019, 2020, 2021):
            KeyFigureFactory(page=region, indicator="population", year=year, value=1_000_000 + year)
            KeyFigureFactory(page=region, indicator="area", year=year, value=5_000)
        MemberOrganisationFactory(page=region)


def count_queries(client, url):
    client.get(url)  # warm caches: site root paths, renditions
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_region_index_queries_do_not_grow_with_regions_and_figures(regions_tree, client):
    url = regions_tree.index.url
    before = count_queries(client, url)

    add_regions(regions_tree.index, 4)
    after = count_queries(client, url)

    assert after == before
    assert before <= 10  # issue #8: the query budget of every page


def test_region_page_queries_do_not_grow_with_figures(regions_tree, client):
    url = regions_tree.grossregion.url
    before = count_queries(client, url)

    for year in range(1990, 2020):
        KeyFigureFactory(page=regions_tree.grossregion, indicator="employed", year=year, value=1_000 + year)
    MemberOrganisationFactory.create_batch(5, page=regions_tree.grossregion)
    after = count_queries(client, url)

    assert after == before
    assert before <= 10  # with its related news, events and publications sections (issue #8)


def test_csv_download_queries_do_not_grow_with_regions(regions_tree, client):
    url = regions_tree.index.url + regions_tree.index.reverse_subpage("figures_csv")
    before = count_queries(client, url)

    add_regions(regions_tree.index, 3)
    after = count_queries(client, url)

    assert after == before
