"""The map's context layer: admin-1 outlines and names, and major towns, under the marks.

A map at city zoom should never be an empty field: the analyst sees the governorates and
the towns around a mark. The data are the repository's own (Natural Earth admin-1
polygons with their label points, the gazetteer's towns with their population), cut into
one small collection per country by :func:`context_collection` and served as static files
(:func:`geo.geojson_io.publish_context`); the page fetches those of the countries in play
(:func:`countries_in_play`) after drawing its marks, and its script
(:data:`geo._mapscript.CONTEXT_JS`) shows each town from the zoom its population earns
(:func:`town_min_zoom`), below the marks, never over a mark or a mark's label.

Pure functions: data in, GeoJSON out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from geo.types import Layer

__all__ = ["AREA_NAME_ZOOM", "TOWN_ZOOMS", "ContextArea", "ContextTown", "context_collection",
           "context_skip", "countries_in_play", "country_boxes", "town_min_zoom"]

#: (population at least, shown from zoom): the bigger the town, the further out it shows.
TOWN_ZOOMS = ((1_000_000, 5), (300_000, 6), (100_000, 7), (50_000, 8), (20_000, 9))
#: Admin-1 names (governorates, provinces) show from this zoom on.
AREA_NAME_ZOOM = 5
#: At most this many countries' context is fetched for one map.
MAX_COUNTRIES = 6
_AREA_GEOMETRIES = ("Polygon", "MultiPolygon")


@dataclass(frozen=True)
class ContextArea:
    """An admin-1 area: its gazetteer id, name, country, label point and (display)
    geometry."""

    id: str
    name: str
    country: str
    lon: float
    lat: float
    geometry: Mapping[str, Any]


@dataclass(frozen=True)
class ContextTown:
    """A town of the gazetteer (id, name, country, point) with its population."""

    id: str
    name: str
    country: str
    lon: float
    lat: float
    population: int


def town_min_zoom(population: int) -> int | None:
    """The zoom from which a town of ``population`` is shown; None: never (too small).

    >>> town_min_zoom(1_500_000), town_min_zoom(120_000), town_min_zoom(25_000)
    (5, 7, 9)
    """
    for least, zoom in TOWN_ZOOMS:
        if population >= least:
            return zoom
    return None


def context_collection(country: str, areas: Iterable[ContextArea],
                       towns: Iterable[ContextTown]) -> dict[str, Any]:
    """One country's context as a compact FeatureCollection.

    Admin-1 areas keep their geometry, with ``id``, ``name``, ``kind: "admin1"``, the label point
    ``at`` ([lon, lat]) and ``z`` (:data:`AREA_NAME_ZOOM`); towns big enough for
    :func:`town_min_zoom` are points with ``id``, ``name``, ``kind: "town"``, ``pop`` and ``z``,
    biggest first. Other countries' areas and towns are left out.
    """
    features: list[dict[str, Any]] = [
        {"type": "Feature", "geometry": dict(a.geometry),
         "properties": {"id": a.id, "name": a.name, "kind": "admin1", "at": [a.lon, a.lat],
                        "z": AREA_NAME_ZOOM}}
        for a in areas if a.country == country]
    kept = sorted((t for t in towns if t.country == country
                   and town_min_zoom(t.population) is not None),
                  key=lambda t: (-t.population, t.name))
    features += [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [t.lon, t.lat]},
                  "properties": {"id": t.id, "name": t.name, "kind": "town", "pop": t.population,
                                 "z": town_min_zoom(t.population)}} for t in kept]
    return {"type": "FeatureCollection", "features": features}


def _meets(box: list[float] | tuple[float, ...], bounds: list[list[float]]) -> bool:
    (south, west), (north, east) = bounds
    return box[0] <= east and box[2] >= west and box[1] <= north and box[3] >= south


def countries_in_play(collection: Mapping[str, Any], *, bounds: list[list[float]] | None,
                      country_boxes: Iterable[tuple[str, list[float]]] = ()
                      ) -> tuple[str, ...]:
    """The countries whose context the map fetches: those of the article's centres and
    disputed areas, then those whose outline (``country_boxes``: ISO code and
    [west, south, east, north] of each part) meets the first view ``bounds``
    ([[south, west], [north, east]]). Only when there is no role feature, the countries
    of the places. At most :data:`MAX_COUNTRIES`, in that order.

    A country named in passing ("US-led") is not fetched: it is not in view.
    """
    props = [f.get("properties") or {} for f in collection.get("features", [])]
    roles = [p for p in props if p.get("layer") != Layer.PLACE.value]
    found: list[str] = []
    for p in roles or props:
        code = str(p.get("country") or "").upper()
        if len(code) == 2 and code.isalpha() and code not in found:
            found.append(code)
    if bounds is not None:
        for code, box in country_boxes:
            if code not in found and _meets(box, bounds):
                found.append(code)
    return tuple(found[:MAX_COUNTRIES])


def country_boxes(basemap: Mapping[str, Any]) -> list[tuple[str, list[float]]]:
    """(ISO code, bbox) of each part of the basemap's countries (ids ``country:XX``)."""
    return [(str(f["properties"]["id"]).removeprefix("country:"), f["bbox"])
            for f in basemap.get("features", [])
            if "bbox" in f and str((f.get("properties") or {}).get("id", "")
                                   ).startswith("country:")]


def context_skip(collection: Mapping[str, Any]) -> dict[str, list[str]]:
    """What the context layer leaves out because a mark already shows it: the gazetteer
    ids of the marks (``ids``), towns named like a point mark (``towns``) and admin-1
    areas named like a centre's or disputed area's polygon (``areas``, which are
    labelled; a plain place's area is not, so its admin-1 name stays). Names case-folded.
    """
    ids, towns, areas = set(), set(), set()
    for feat in collection.get("features", []):
        props, geometry = feat.get("properties") or {}, feat.get("geometry") or {}
        name = " ".join(str(props.get("name", "")).casefold().split())
        if geometry.get("type") not in _AREA_GEOMETRIES:
            towns.add(name)
        elif props.get("layer") != Layer.PLACE.value:
            areas.add(name)
        else:
            continue
        ids.add(str(props.get("id") or ""))
    return {"ids": sorted(ids - {""}), "towns": sorted(towns - {""}),
            "areas": sorted(areas - {""})}
