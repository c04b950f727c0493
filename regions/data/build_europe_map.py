"""Build europe.geojson, the country borders of the region map, from Natural Earth (public domain).

Not part of the site: run once in a scratch virtualenv, never in the project's (see README.md):

    python -m venv /tmp/mapbuild
    /tmp/mapbuild/bin/pip install pyshp==2.3.1 shapely==2.2.0 pycountry==26.2.16
    /tmp/mapbuild/bin/pip download geopandas==0.14.4 --no-deps -d /tmp/mapbuild
    (cd /tmp/mapbuild && unzip -o geopandas-0.14.4-py3-none-any.whl 'geopandas/datasets/naturalearth_lowres/*')
    /tmp/mapbuild/bin/python regions/data/build_europe_map.py \
        /tmp/mapbuild/geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp regions/data/europe.geojson
"""

import json
import sys

import pycountry
import shapefile
from shapely.geometry import box, mapping, shape

# The window around the member regions (lon/lat, degrees); the site's projection is centred in it.
WINDOW = (1.5, 45.6, 12.5, 52.4)
# Natural Earth 1:110m is already coarse; this only drops points closer than about 1 km.
TOLERANCE = 0.01
DECIMALS = 2
# Kosovo has no ISO 3166 code in Natural Earth ("-99").
ISO_OVERRIDES = {"Kosovo": "XK"}


def alpha_2(record):
    if record["name"] in ISO_OVERRIDES:
        return ISO_OVERRIDES[record["name"]]
    return pycountry.countries.get(alpha_3=record["iso_a3"]).alpha_2


def rounded(geometry):
    def ring(coords):
        points = []
        for lon, lat in coords:
            point = [round(lon, DECIMALS), round(lat, DECIMALS)]
            if not points or points[-1] != point:
                points.append(point)
        return points

    data = mapping(geometry)
    polygons = [data["coordinates"]] if data["type"] == "Polygon" else data["coordinates"]
    return {
        "type": "MultiPolygon",
        "coordinates": [[ring(r) for r in polygon if len(ring(r)) >= 4] for polygon in polygons],
    }


def main(source, target):
    window = box(*WINDOW)
    features = []
    reader = shapefile.Reader(source, encoding="latin-1")
    for item in reader.iterShapeRecords():
        geometry = shape(item.shape.__geo_interface__)
        if not geometry.intersects(window):
            continue
        clipped = geometry.intersection(window).simplify(TOLERANCE, preserve_topology=True)
        if clipped.is_empty or clipped.geom_type not in ("Polygon", "MultiPolygon"):
            continue
        features.append(
            {
                "type": "Feature",
                "properties": {"iso": alpha_2(item.record), "name": item.record["name"]},
                "geometry": rounded(clipped),
            }
        )
    features.sort(key=lambda feature: feature["properties"]["iso"])
    collection = {
        "type": "FeatureCollection",
        "bbox": list(WINDOW),
        "source": "Natural Earth 1:110m Admin 0 Countries (public domain), via geopandas 0.14.4 naturalearth_lowres",
        "features": features,
    }
    with open(target, "w", encoding="utf-8") as out:
        json.dump(collection, out, separators=(",", ":"), ensure_ascii=False)
        out.write("\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
