"""Corpus layers: the store's histories -> one FeatureCollection as of a date, and its
CSV rows and GeoPackage file.

Each place appears once per role: its centre (layer ``announced_center`` when announced
or operating, ``proposed_center`` when proposed or cancelled, like a single article), its
disputed area, or, with neither, the ``place`` layer. Every feature carries its
``status`` on that date, ``since`` (the date of the report that set it), ``history``
(every report of that role: date, article, status, cue, sentence) and ``articles``.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from geo.store import CENTRE_LAYERS, Event, History, timeline

__all__ = ["corpus_collection", "csv_rows", "write_geopackage"]

_POINT_KEYS = ("name", "layer", "status", "since", "first_seen", "last_seen", "id",
               "geonameid", "kind", "country", "precision", "approximate")


def _event(event: Event) -> dict[str, Any]:
    return {"date": event.date, "article": event.article, "title": event.title,
            "status": event.status, "cue": event.cue, "sentence": event.sentence}


def _feature(history: History, layer: str, status: str | None, since: str,
             events: list[Event], as_of: str) -> dict:
    geometry = history.geometries.get(layer) or next(iter(history.geometries.values()))
    props = history.properties
    return {"type": "Feature", "geometry": geometry, "properties": {
        "name": history.name, "layer": layer, "status": status, "since": since,
        "first_seen": history.events[0].date, "last_seen": history.events[-1].date,
        "id": history.place_id, "geonameid": props.get("geonameid"),
        "kind": props.get("kind"), "country": props.get("country"),
        "precision": props.get("precision"), "approximate": props.get("approximate"),
        "as_of": as_of,
        "articles": list(dict.fromkeys(e.article for e in history.events)),
        "history": [_event(e) for e in events]}}


def _features(history: History, as_of: str) -> Iterator[dict]:
    centre = history.centre_status()
    if centre is not None:
        status, decided = centre
        layer = "announced_center" if status in ("announced", "operating") \
            else "proposed_center"
        yield _feature(history, layer, status, decided.date,
                       [e for e in history.events if e.layer in CENTRE_LAYERS], as_of)
    disputed = history.disputed_since()
    if disputed is not None:
        yield _feature(history, "disputed_area", "disputed", disputed.date,
                       [e for e in history.events if e.layer == "disputed_area"], as_of)
    if centre is None and disputed is None:
        yield _feature(history, "place", None, history.events[0].date, history.events, as_of)


def corpus_collection(conn: sqlite3.Connection, as_of: str | None = None) -> dict:
    """Every place and role once, in the status it had on ``as_of`` (default: today)."""
    as_of = as_of or dt.date.today().isoformat()
    order = {"announced_center": 0, "proposed_center": 1, "disputed_area": 2, "place": 3}
    features = [f for history in timeline(conn, as_of) for f in _features(history, as_of)]
    features.sort(key=lambda f: (order[f["properties"]["layer"]], f["properties"]["name"]))
    return {"type": "FeatureCollection", "features": features}


def csv_rows(collection: dict) -> list[dict[str, Any]]:
    """One row per feature: its point (the geometry's representative point), status and
    dates, the number of articles and the latest report's sentence."""
    from shapely.geometry import shape

    rows = []
    for feature in collection["features"]:
        props = feature["properties"]
        point = shape(feature["geometry"]).representative_point()
        latest = props["history"][-1] if props["history"] else {}
        rows.append({**{k: props.get(k) for k in _POINT_KEYS},
                     "lon": round(point.x, 5), "lat": round(point.y, 5),
                     "n_articles": len(props["articles"]),
                     "latest_article": latest.get("article"),
                     "latest_sentence": latest.get("sentence")})
    return rows


def write_geopackage(collection: dict, path: str | Path) -> None:
    """The collection as a GeoPackage (one table, EPSG:4326) that QGIS opens; lists and
    objects (history, articles) are stored as JSON text."""
    import geopandas as gpd

    features = [{**f, "properties": {k: json.dumps(v, ensure_ascii=False)
                                      if isinstance(v, list | dict) else v
                                      for k, v in f["properties"].items()}}
                for f in collection["features"]]
    frame = gpd.GeoDataFrame.from_features(features, crs="EPSG:4326")
    frame.to_file(path, driver="GPKG", layer="corpus", engine="pyogrio")
