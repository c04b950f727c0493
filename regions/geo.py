"""The region map: outlines editors type in, country borders from Natural Earth, SVG geometry."""

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

BORDERS_FILE = Path(__file__).resolve().parent / "data" / "europe.geojson"

# Lambert azimuthal equal-area, centred on the member regions (like EPSG:3035, but centred here).
CENTRE_LON, CENTRE_LAT = 8.25, 49.75
MAP_WIDTH = 600
MAP_PADDING = 4
# Where the map names the countries (lon, lat), chosen by eye so no name sits on a member region.
COUNTRY_LABELS = {
    "DE": (10.8, 51.7),
    "FR": (3.4, 47.4),
    "BE": (3.7, 51.15),
    "NL": (5.6, 52.15),
    "CH": (7.4, 46.55),
    "AT": (11.4, 47.05),
    "IT": (9.6, 45.85),
}


@lru_cache(maxsize=1)
def borders():
    """The committed country borders (see data/README.md): bbox and features."""
    with BORDERS_FILE.open(encoding="utf-8") as source:
        return json.load(source)


def map_window():
    west, south, east, north = borders()["bbox"]
    return west, south, east, north


def _error(message, **params):
    return ValidationError(message, code="invalid_outline", params=params)


def _point(item, number):
    if not (isinstance(item, list | tuple) and len(item) in (2, 3)):
        raise _error(_("Punkt %(number)s ist kein Paar [Länge, Breite]."), number=number)
    lon, lat = item[0], item[1]
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (lon, lat)):
        raise _error(_("Punkt %(number)s enthält etwas anderes als Zahlen."), number=number)
    west, south, east, north = map_window()
    if not (west <= lon <= east and south <= lat <= north):
        raise _error(
            _(
                "Punkt %(number)s (%(lon)s, %(lat)s) liegt außerhalb des Kartenausschnitts "
                "(Länge %(west)s bis %(east)s, Breite %(south)s bis %(north)s). "
                "Stehen Länge und Breite in der richtigen Reihenfolge [Länge, Breite]?"
            ),
            number=number,
            lon=lon,
            lat=lat,
            west=west,
            east=east,
            south=south,
            north=north,
        )
    return float(lon), float(lat)


def _ring(items, counter):
    if not isinstance(items, list):
        raise _error(_("Ein Umriss muss eine Liste von Punkten [Länge, Breite] sein."))
    points = []
    for item in items:
        counter[0] += 1
        points.append(_point(item, counter[0]))
    if len(points) > 1 and points[0] == points[-1]:
        points.pop()
    if len(set(points)) < 3:
        raise _error(_("Ein Umriss braucht mindestens drei verschiedene Punkte."))
    return points


def parse_outline(text):
    """Polygons (lists of rings of (lon, lat)) from GeoJSON or a plain list of [lon, lat] points.

    Raises ValidationError with a message an editor can act on.
    """
    try:
        data = json.loads(text)
    except ValueError as error:
        raise _error(
            _("Der Umriss ist kein gültiges JSON (Zeile %(line)s, Spalte %(column)s)."),
            line=getattr(error, "lineno", "?"),
            column=getattr(error, "colno", "?"),
        ) from error
    if isinstance(data, dict) and data.get("type") == "Feature":
        data = data.get("geometry") or {}
    counter = [0]
    if isinstance(data, list):
        return [[_ring(data, counter)]]
    if not isinstance(data, dict) or data.get("type") not in ("Polygon", "MultiPolygon"):
        raise _error(
            _(
                "Erwartet wird eine GeoJSON-Geometrie vom Typ Polygon oder MultiPolygon "
                "oder eine Liste von Punkten [Länge, Breite]."
            )
        )
    coordinates = data.get("coordinates")
    polygons = [coordinates] if data["type"] == "Polygon" else coordinates
    if not isinstance(polygons, list) or not polygons:
        raise _error(_("Die Geometrie enthält keine Koordinaten."))
    result = []
    for polygon in polygons:
        if not isinstance(polygon, list) or not polygon:
            raise _error(_("Die Geometrie enthält keine Koordinaten."))
        result.append([_ring(ring, counter) for ring in polygon])
    return result


def validate_outline(text):
    if text and text.strip():
        parse_outline(text)


def project(lon, lat):
    """Lambert azimuthal equal-area on a sphere; y grows southwards, as in SVG."""
    lam, phi = math.radians(lon - CENTRE_LON), math.radians(lat)
    phi0 = math.radians(CENTRE_LAT)
    k = math.sqrt(2 / (1 + math.sin(phi0) * math.sin(phi) + math.cos(phi0) * math.cos(phi) * math.cos(lam)))
    x = k * math.cos(phi) * math.sin(lam)
    y = k * (math.cos(phi0) * math.sin(phi) - math.sin(phi0) * math.cos(phi) * math.cos(lam))
    return x, -y


@dataclass(frozen=True)
class Frame:
    """Turns lon/lat into SVG coordinates of the map's viewBox."""

    left: float
    top: float
    scale: float
    width: float
    height: float

    def point(self, lon, lat):
        x, y = project(lon, lat)
        return (x - self.left) * self.scale + MAP_PADDING, (y - self.top) * self.scale + MAP_PADDING

    def path(self, polygons):
        parts = []
        for polygon in polygons:
            for ring in polygon:
                points = [self.point(lon, lat) for lon, lat in ring]
                parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in points) + "Z")
        return "".join(parts)

    @property
    def view_box(self):
        return f"0 0 {self.width:.0f} {self.height:.0f}"


@lru_cache(maxsize=1)
def frame():
    west, south, east, north = map_window()
    steps = [i / 10 for i in range(11)]
    lats = [south + (north - south) * step for step in steps]
    lons = [west + (east - west) * step for step in steps]
    # The largest rectangle inside the projected window, so no corner shows empty space.
    left = max(project(west, lat)[0] for lat in lats)
    right = min(project(east, lat)[0] for lat in lats)
    top = max(project(lon, north)[1] for lon in lons)
    bottom = min(project(lon, south)[1] for lon in lons)
    scale = (MAP_WIDTH - 2 * MAP_PADDING) / (right - left)
    height = (bottom - top) * scale + 2 * MAP_PADDING
    return Frame(left=left, top=top, scale=scale, width=MAP_WIDTH, height=height)


@lru_cache(maxsize=1)
def country_paths():
    """(ISO code, SVG path) of every country in the window; computed once per process."""
    current = frame()
    return tuple(
        (feature["properties"]["iso"], current.path(feature["geometry"]["coordinates"]))
        for feature in borders()["features"]
    )


def country_labels():
    """(ISO code, x, y) of each country name on the map; the names are looked up per language."""
    current = frame()
    return [
        (iso, *(round(value, 1) for value in current.point(lon, lat))) for iso, (lon, lat) in COUNTRY_LABELS.items()
    ]


def label_point(polygons):
    """Where a region's label goes: the centre of the bounding box of its largest ring."""
    current = frame()
    ring = max((polygon[0] for polygon in polygons), key=len)
    points = [current.point(lon, lat) for lon, lat in ring]
    xs, ys = [x for x, _y in points], [y for _x, y in points]
    return (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2


def extent(polygons):
    """The area of the bounding box of the outline, in degrees², to draw large regions first."""
    points = [point for polygon in polygons for ring in polygon for point in ring]
    lons, lats = [lon for lon, _lat in points], [lat for _lon, lat in points]
    return (max(lons) - min(lons)) * (max(lats) - min(lats))
