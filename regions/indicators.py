"""The fixed set of key figures (Raumbeobachtung) and how each is written in every language."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db import models
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext


class Indicator(models.TextChoices):
    """Indicators in the order pages and tables show them; the labels name the unit editors type in."""

    POPULATION = "population", _("Einwohner")
    AREA = "area", _("Fläche (km²)")
    DENSITY = "density", _("Bevölkerungsdichte (Einw./km²)")
    GDP = "gdp", _("Bruttoinlandsprodukt (Mrd. €)")
    EMPLOYED = "employed", _("Erwerbstätige")
    COMMUTERS_IN = "commuters_in", _("Grenzpendler, einpendelnd")
    COMMUTERS_OUT = "commuters_out", _("Grenzpendler, auspendelnd")
    UNIVERSITIES = "universities", _("Hochschulen")

    @classmethod
    def editable_choices(cls):
        """Density is derived from population and area, never typed in."""
        return [(value, label) for value, label in cls.choices if value != cls.DENSITY]


# Units as written in the CSV download (open data: stable, language-neutral).
CSV_UNITS = {
    Indicator.POPULATION: "persons",
    Indicator.AREA: "km2",
    Indicator.DENSITY: "persons/km2",
    Indicator.GDP: "EUR bn",
    Indicator.EMPLOYED: "persons",
    Indicator.COMMUTERS_IN: "persons",
    Indicator.COMMUTERS_OUT: "persons",
    Indicator.UNIVERSITIES: "count",
}
COUNTED = {
    Indicator.POPULATION,
    Indicator.EMPLOYED,
    Indicator.COMMUTERS_IN,
    Indicator.COMMUTERS_OUT,
    Indicator.UNIVERSITIES,
}
MILLION = Decimal(1_000_000)


def _number(value, decimal_pos):
    return number_format(value, decimal_pos=decimal_pos, use_l10n=True, force_grouping=True)


def _rounded(value, decimal_pos):
    return Decimal(value).quantize(Decimal(1).scaleb(-decimal_pos), rounding=ROUND_HALF_UP)


def _short(value):
    """One decimal, none when it is zero: 6.1 → "6,1", 4.0 → "4"."""
    value = _rounded(value, 1)
    return _number(value, 0 if value == value.to_integral_value() else 1)


def format_value(indicator, value):
    """The value in the active language with its unit: "6,1 Mio.", "21.500 km²", "165 Mrd. €"."""
    value = Decimal(value)
    if indicator in (Indicator.POPULATION, Indicator.EMPLOYED) and value >= MILLION:
        millions = value / MILLION
        return ngettext("%(number)s Mio.", "%(number)s Mio.", int(millions)) % {"number": _short(millions)}
    if indicator in COUNTED:
        return _number(_rounded(value, 0), 0)
    if indicator == Indicator.AREA:
        return _("%(number)s km²") % {"number": _number(_rounded(value, 0), 0)}
    if indicator == Indicator.DENSITY:
        return _("%(number)s Einw./km²") % {"number": _number(_rounded(value, 0), 0)}
    if indicator == Indicator.GDP:
        return _("%(number)s Mrd. €") % {"number": _short(value)}
    return _number(value, 0)


def plain_value(value):
    """The value as the CSV writes it: no grouping, a dot, no trailing zeros ("21500", "6.5")."""
    value = Decimal(value)
    text = format(value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize(), "f")
    return text


@dataclass(frozen=True)
class LatestFigure:
    """The newest value of one indicator for one region, as pages show it with Stand/Quelle."""

    indicator: str
    value: Decimal
    year: int
    source: str
    source_url: str = ""
    derived: bool = False

    @property
    def label(self):
        return Indicator(self.indicator).label

    @property
    def formatted(self):
        return format_value(self.indicator, self.value)


def latest_figures(figures):
    """The newest figure of each indicator, plus the density derived from population and area.

    `figures` are the region's KeyFigure objects (prefetched), in any order.
    """
    newest = {}
    for figure in figures:
        current = newest.get(figure.indicator)
        if current is None or figure.year > current.year:
            newest[figure.indicator] = figure
    latest = {
        indicator: LatestFigure(indicator, figure.value, figure.year, figure.source, figure.source_url)
        for indicator, figure in newest.items()
    }
    population, area = latest.get(Indicator.POPULATION), latest.get(Indicator.AREA)
    if population and area and area.value > 0:
        latest[Indicator.DENSITY] = LatestFigure(
            Indicator.DENSITY,
            population.value / area.value,
            population.year,
            _("berechnet aus Einwohnerzahl (%(population_year)s) und Fläche (%(area_year)s)")
            % {"population_year": population.year, "area_year": area.year},
            derived=True,
        )
    return [latest[indicator] for indicator in Indicator.values if indicator in latest]
