"""Corpus layers: the store's histories -> one FeatureCollection as of a date, and its
CSV rows and GeoPackage file.

Each place appears once per role: its centre (layer ``announced_center`` when announced
or operating, ``proposed_center`` when proposed or cancelled, like a single article), its
disputed area, or, with neither, the ``place`` layer. Every feature carries its
``status`` on that date, ``since`` (the date of the report that set it), ``milestones``
(the first report of each status: when a centre was first proposed, announced, reported
operating, cancelled), ``history`` (every report of that role: date, article, status, cue,
sentence) and ``articles``. A report of an undated article has ``date`` None and is
shown as undated; such reports are left out unless asked for (``undated=True``).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geo.store import (
    CENTRE_LAYERS,
    Correction,
    Event,
    History,
    corrections,
    role_of_layer,
    timeline,
)

__all__ = ["Change", "changes", "corpus_collection", "correction_log", "csv_rows",
           "describe_correction", "write_geopackage"]

# the properties a CSV row copies as they are
_CSV_KEYS = ("name", "layer", "status", "since", "first_seen", "last_seen", "id",
             "geonameid", "kind", "country", "precision", "approximate")
# the milestones a CSV row has a date column for (``proposed_on``...)
_MILESTONES = ("proposed", "announced", "operating", "closed", "cancelled", "disputed")


def _event(event: Event) -> dict[str, Any]:
    return {"date": event.date, "article": event.article, "title": event.title,
            "status": event.status, "cue": event.cue, "sentence": event.sentence}


def _milestones(events: list[Event]) -> dict[str, dict[str, Any]]:
    """The first report of each status among ``events``, in date order."""
    found: dict[str, dict[str, Any]] = {}
    for event in events:
        if event.status and event.status not in found:
            found[event.status] = {"date": event.date, "article": event.article,
                                   "title": event.title}
    return found


def _feature(history: History, layer: str, status: str | None, since: str | None,
             events: list[Event], as_of: str) -> dict:
    geometry = history.geometries.get(layer) or next(iter(history.geometries.values()))
    props = history.properties
    return {"type": "Feature", "geometry": geometry, "properties": {
        "name": history.name, "layer": layer, "status": status, "since": since,
        "first_seen": history.events[0].date, "last_seen": history.events[-1].date,
        "id": history.place_id, "geonameid": props.get("geonameid"),
        "kind": props.get("kind"), "country": props.get("country"),
        "precision": props.get("precision"), "approximate": props.get("approximate"),
        "confidence": props.get("confidence"), "as_of": as_of,
        "milestones": _milestones(events),
        "articles": list(dict.fromkeys(e.article for e in history.events)),
        "history": [_event(e) for e in events]}}


def _features(history: History, as_of: str) -> Iterator[dict]:
    centre = history.centre_status()
    if centre is not None:
        status, decided = centre
        yield _feature(history, _layer_of_status(status), status, decided.date,
                       [e for e in history.events if e.layer in CENTRE_LAYERS], as_of)
    disputed = history.disputed_since()
    if disputed is not None:
        yield _feature(history, "disputed_area", "disputed", disputed.date,
                       [e for e in history.events if e.layer == "disputed_area"], as_of)
    if centre is None and disputed is None:
        yield _feature(history, "place", None, history.events[0].date, history.events, as_of)


def _layer_of_status(status: str) -> str:
    return "announced_center" if status in ("announced", "operating", "closed") \
        else "proposed_center"


def _corrected(feature: dict, made: list[Correction]) -> dict:
    """The feature with the latest of its corrections applied and all of them recorded;
    what the articles said stays in ``extracted_status`` / ``extracted_point``."""
    props, last = dict(feature["properties"]), made[-1]
    geometry = feature["geometry"]
    if last.action == "wrong":
        props["rejected"] = True
    elif last.action == "status" and last.status:
        props["extracted_status"] = props["status"]
        props["status"], props["layer"] = last.status, _layer_of_status(last.status)
        # the status holds since the analyst set it, not since the last report
        props["extracted_since"], props["since"] = props.get("since"), last.created_at[:10]
    elif last.action == "move":
        from shapely.geometry import shape

        point = shape(geometry).representative_point()
        props["extracted_point"] = [round(point.x, 5), round(point.y, 5)]
        geometry = {"type": "Point", "coordinates": [last.lon, last.lat]}
        props["approximate"] = False
    props["corrections"] = [_as_dict(c) for c in made]
    return {"type": "Feature", "geometry": geometry, "properties": props}


def corpus_collection(conn: sqlite3.Connection, as_of: str | None = None, *,
                      corrected: bool = True, undated: bool = True) -> dict:
    """Every place and role once, in the status it had on ``as_of`` (default: today),
    with the analysts' corrections applied (``corrected=False``: as the articles say);
    with the reports of undated articles (dates None) unless ``undated`` is False."""
    as_of = as_of or dt.date.today().isoformat()
    order = {"announced_center": 0, "proposed_center": 1, "disputed_area": 2, "place": 3}
    made = corrections(conn) if corrected else {}
    features = []
    for history in timeline(conn, as_of, undated=undated):
        for feature in _features(history, as_of):
            key = (history.place_id, role_of_layer(feature["properties"]["layer"]))
            features.append(_corrected(feature, made[key]) if key in made else feature)
    features.sort(key=lambda f: (order[f["properties"]["layer"]], f["properties"]["name"]))
    return {"type": "FeatureCollection", "features": features}


@dataclass(frozen=True)
class Change:
    """A place whose role changed between two dates (``before`` None: new), as the
    articles say; ``correction`` is what an analyst's latest correction of it says."""

    name: str
    place_id: str
    role: str
    before: str | None
    after: str | None
    date: str | None  # the date of the report that made the change (None: undated)
    article: str  # its key
    title: str | None
    sentence: str
    correction: str | None = None


def _by_role(collection: dict) -> dict[tuple[str, str], dict]:
    return {(f["properties"]["id"], role_of_layer(f["properties"]["layer"])): f
            for f in collection["features"] if f["properties"]["layer"] != "place"}


def describe_correction(correction: Mapping[str, Any]) -> str:
    """One line for a correction as features carry it (``properties["corrections"]``):
    what it does, who made it, when and why."""
    action, lon, lat = correction.get("action"), correction.get("lon"), correction.get("lat")
    what = {"wrong": "marked wrong", "status": f"status set to {correction.get('status')}",
            "move": f"moved to lat {lat}, lon {lon}"}.get(str(action), str(action))
    when = str(correction.get("at") or "").replace("T", " ")[:16]
    return f"{what} by {correction.get('author')} on {when}: {correction.get('reason')}"


def _as_dict(c: Correction) -> dict[str, Any]:
    return {"action": c.action, "status": c.status, "lon": c.lon, "lat": c.lat,
            "reason": c.reason, "author": c.author, "at": c.created_at}


def changes(conn: sqlite3.Connection, since: str, until: str, *,
            undated: bool = False) -> list[Change]:
    """Centres and disputed areas that appeared or changed status after ``since`` up to
    ``until``, in the order of the reports that changed them (``undated``: and what the
    undated reports change, dated None, first). Statuses are compared as the articles
    give them (a correction applies to both dates alike and would hide the change); a
    corrected one says so in ``correction``."""
    before = _by_role(corpus_collection(conn, since, corrected=False, undated=False))
    after = _by_role(corpus_collection(conn, until, corrected=False, undated=undated))
    made = corrections(conn)
    found = []
    for key, feature in after.items():
        props = feature["properties"]
        old = before[key]["properties"]["status"] if key in before else None
        if old != props["status"]:
            report = next((h for h in reversed(props["history"])
                           if h["date"] == props["since"]), props["history"][-1])
            fixes = made.get(key)
            found.append(Change(props["name"], key[0], key[1], old, props["status"],
                                props["since"], report["article"], report["title"],
                                report["sentence"],
                                describe_correction(_as_dict(fixes[-1])) if fixes else None))
    return sorted(found, key=lambda c: (c.date or "", c.name))


def correction_log(conn: sqlite3.Connection, names: dict[str, str] | None = None
                   ) -> list[dict[str, Any]]:
    """Every correction saved, newest first, with the place's name where ``names``
    (place id -> name) knows it."""
    names = names or {}
    rows = [{"saved": c.created_at.replace("T", " ")[:16],
             "name": names.get(c.place_id, c.place_id), "role": c.role,
             "correction": describe_correction(_as_dict(c))}
            for made in corrections(conn).values() for c in made]
    return sorted(rows, key=lambda r: r["saved"], reverse=True)


def csv_rows(collection: dict) -> list[dict[str, Any]]:
    """One row per feature: its point (the geometry's representative point), status,
    dates and milestones, the number of articles and the latest report's sentence."""
    from shapely.geometry import shape

    rows = []
    for feature in collection["features"]:
        props = feature["properties"]
        point = shape(feature["geometry"]).representative_point()
        latest = props["history"][-1] if props["history"] else {}
        milestones = props.get("milestones") or {}
        rows.append({**{k: props.get(k) for k in _CSV_KEYS},
                     **{f"{m}_on": milestones.get(m, {}).get("date") for m in _MILESTONES},
                     "lon": round(point.x, 5), "lat": round(point.y, 5),
                     "n_articles": len(props["articles"]),
                     "rejected": bool(props.get("rejected")),
                     "corrections": len(props.get("corrections", [])),
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
