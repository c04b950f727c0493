"""How key figures are written in each language, and which of them a page shows."""

from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.utils import translation

from regions.countries import country_name
from regions.indicators import Indicator, format_value, latest_figures, plain_value

NBSP = "\xa0"


@pytest.mark.parametrize(
    ("language", "indicator", "value", "expected"),
    [
        ("de", Indicator.POPULATION, 6_100_000, "6,1 Mio."),
        ("de", Indicator.POPULATION, 4_000_000, "4 Mio."),
        ("de", Indicator.AREA, 21_500, "21.500 km²"),
        ("de", Indicator.GDP, 165, "165 Mrd. €"),
        ("de", Indicator.GDP, Decimal("12.5"), "12,5 Mrd. €"),
        ("de", Indicator.COMMUTERS_IN, 87_000, "87.000"),
        ("de", Indicator.POPULATION, 950_000, "950.000"),
        ("de", Indicator.DENSITY, Decimal("283.72"), "284 Einw./km²"),
        ("en", Indicator.POPULATION, 11_600_000, "11.6 million"),
        ("en", Indicator.AREA, 65_401, "65,401 km²"),
        ("en", Indicator.GDP, 330, "€330 bn"),
        ("fr", Indicator.POPULATION, 1_500_000, "1,5 million"),
        ("fr", Indicator.POPULATION, 6_100_000, "6,1 millions"),
        ("fr", Indicator.AREA, 21_500, f"21{NBSP}500 km²"),
        ("nl", Indicator.EMPLOYED, 2_400_000, "2,4 mln."),
        ("nl", Indicator.AREA, 11_000, "11.000 km²"),
    ],
)
def test_values_are_written_as_the_language_writes_them(language, indicator, value, expected):
    with translation.override(language):
        assert format_value(indicator, value) == expected


@pytest.mark.parametrize(
    ("value", "expected"), [(Decimal("21500.00"), "21500"), (Decimal("6.50"), "6.5"), (Decimal("0.00"), "0")]
)
def test_csv_values_are_plain_numbers(value, expected):
    assert plain_value(value) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", "Liechtenstein, Österreich, Belgien"), ("en", "Liechtenstein, Austria, Belgium"),
     ("fr", "Liechtenstein, Autriche, Belgique"), ("nl", "Liechtenstein, Oostenrijk, België")],
)  # fmt: skip
def test_country_names_follow_the_language(language, expected):
    with translation.override(language):
        assert ", ".join(country_name(code) for code in ["LI", "AT", "BE"]) == expected


def figure(indicator, year, value, source="Quelle"):
    return SimpleNamespace(indicator=indicator, year=year, value=Decimal(value), source=source, source_url="")


def test_latest_year_of_each_indicator_wins_in_the_fixed_order():
    figures = [
        figure("area", 2010, 100),
        figure("population", 2023, 4_300_000, "neu"),
        figure("population", 2019, 4_100_000, "alt"),
    ]

    latest = latest_figures(figures)

    assert [item.indicator for item in latest] == ["population", "area", "density"]
    assert (latest[0].year, latest[0].source) == (2023, "neu")


def test_density_uses_the_latest_population_and_area_and_names_both_years():
    with translation.override("de"):
        density = latest_figures([figure("population", 2023, 1_000), figure("area", 2010, 10)])[-1]

    assert density.derived
    assert density.value == 100
    assert density.year == 2023
    assert density.source == "berechnet aus Einwohnerzahl (2023) und Fläche (2010)"
