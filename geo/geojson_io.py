"""GeoJSON and table IO for the dashboard: uploads in, downloads out, the basemap.

- :func:`read_feature_collection` checks an uploaded FeatureCollection (the CLI's output
  format) and raises :class:`~geo.errors.InputError` quoting what is wrong;
- :func:`read_upload` sorts an uploaded file into an article or a FeatureCollection;
- :func:`load_basemap` reads the country outlines from the committed boundaries and
  simplifies them for display, cached in memory and in ``data/cache/``;
- :func:`publish_basemap` / :func:`publish_context` put the country outlines and the
  per-country context (admin-1 areas, major towns: :mod:`geo.mapcontext`) where the
  browser fetches them;
- :func:`feature_collection_bytes` / :func:`csv_bytes` serialise the downloads.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import logging
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from shapely.geometry import mapping, shape

from geo import records
from geo.errors import DataError, InputError
from geo.mapcontext import ContextArea, ContextTown, context_collection, town_min_zoom
from geo.types import Layer

__all__ = ["MAX_MULTIPOINT", "MAX_UPLOAD_BYTES", "Upload", "csv_bytes",
           "feature_collection_bytes", "load_basemap", "publish_basemap", "publish_context",
           "read_feature_collection", "read_upload", "round_coordinates"]

log = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
_DATA_DIR = Path(__file__).resolve().parent.parent / "data"
_BOUNDARIES = _DATA_DIR / "derived" / "boundaries.geojson.gz"
MAX_MULTIPOINT = 2_000
_PLACES = _DATA_DIR / "derived" / "places.tsv.gz"
#: Display simplification of the context layer's admin-1 outlines, in degrees.
CONTEXT_TOLERANCE = 0.01
_CONTEXT_VERSION = "v2"  # bump when the context files' layout changes
_GEOMETRY_TYPES = ("Point", "MultiPoint", "Polygon", "MultiPolygon")
_LAYERS = ", ".join(layer.value for layer in Layer)


def _quote(value: object, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "..."


def _check_position(pos: object, where: str) -> None:
    if not isinstance(pos, list | tuple) or len(pos) < 2:
        raise InputError(f"{where}: a position must be [lon, lat], got {_quote(pos)}")
    lon, lat = pos[0], pos[1]
    for v in (lon, lat):
        if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v):
            raise InputError(f"{where}: coordinates must be numbers, got {_quote(pos)}")
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise InputError(f"{where}: coordinate {_quote(pos)} is outside lon -180..180, "
                         "lat -90..90 (is it [lat, lon]?)")


def _check_geometry(geometry: object, where: str) -> None:
    if not isinstance(geometry, dict):
        raise InputError(f"{where}: has no geometry (got {_quote(geometry)})")
    kind, coords = geometry.get("type"), geometry.get("coordinates")
    if kind not in _GEOMETRY_TYPES:
        raise InputError(f"{where}: geometry type {_quote(kind)} is not one of "
                         f"{', '.join(_GEOMETRY_TYPES)}")
    depth = {"Point": 0, "MultiPoint": 1, "Polygon": 2, "MultiPolygon": 3}[kind]
    if kind == "MultiPoint" and isinstance(coords, list) and len(coords) > MAX_MULTIPOINT:
        # drawn as one marker per point, not clustered: 100,000 froze the browser tab
        raise InputError(f"{where}: a MultiPoint of {len(coords):,} points; the map draws "
                         f"at most {MAX_MULTIPOINT:,} (upload them as Point features, "
                         "which are clustered)")

    def walk(node: object, level: int) -> None:
        if level == 0:
            _check_position(node, where)
            return
        if not isinstance(node, list) or not node:
            raise InputError(f"{where}: {kind} coordinates are malformed near {_quote(node)}")
        if kind in ("Polygon", "MultiPolygon") and level == 1 and len(node) < 4:
            raise InputError(f"{where}: a polygon ring needs at least 4 positions, "
                             f"got {len(node)}")
        for child in node:
            walk(child, level - 1)

    walk(coords, depth)


def _check_properties(props: object, where: str) -> None:
    if not isinstance(props, dict):
        raise InputError(f"{where}: has no properties (got {_quote(props)})")
    name = props.get("name")
    if not isinstance(name, str) or not name.strip():
        raise InputError(f"{where}: properties.name must be a non-empty string, "
                         f"got {_quote(name)}")
    if props.get("layer") not in {layer.value for layer in Layer}:
        raise InputError(f"{where} ({name!r}): unknown layer {_quote(props.get('layer'))}; "
                         f"expected one of {_LAYERS}")
    conf = props.get("confidence")
    if conf is not None and (isinstance(conf, bool) or not isinstance(conf, int | float)
                             or not 0 <= conf <= 1):
        raise InputError(f"{where} ({name!r}): confidence must be a number in 0..1, "
                         f"got {_quote(conf)}")
    for key, fields in (("mentions", ("text", "start", "end")),
                        ("evidence", ("sentence", "start", "end")),
                        # a corpus export (python -m geo export): its reports and corrections
                        ("history", ("date", "sentence")), ("corrections", ("action",))):
        items = props.get(key, [])
        if not isinstance(items, list) or not all(
                isinstance(i, dict) and all(f in i for f in fields) for i in items):
            raise InputError(f"{where} ({name!r}): properties.{key} must be a list of "
                             f"objects with {', '.join(fields)}; got {_quote(items)}")


def read_feature_collection(data: bytes) -> dict:
    """Parse and check an uploaded GeoJSON FeatureCollection of the dashboard's layers.

    Raises
    ------
    InputError
        With a message quoting the problem: not JSON, not a FeatureCollection, a feature
        without geometry or properties, an unknown layer, bad coordinates.
    """
    if len(data) > MAX_UPLOAD_BYTES:
        raise InputError(f"GeoJSON is {len(data) / 1e6:.1f} MB; the limit is "
                         f"{MAX_UPLOAD_BYTES / 1e6:.0f} MB")
    try:
        collection = json.loads(data.decode("utf-8-sig"), parse_constant=_not_json)
    except UnicodeDecodeError as exc:
        raise InputError(f"GeoJSON is not UTF-8 text (bad byte at {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
                         ) from None
    except (RecursionError, ValueError):  # nested 1,000 deep, a 4,300-digit number, NaN
        collection = records.loads(data)  # raises the InputError that says which
    return _checked_collection(collection)


def _not_json(name: str) -> float:
    raise ValueError(f"{name} is not JSON")


def _checked_collection(collection: Any) -> dict:
    """``collection`` (parsed JSON) if it is a FeatureCollection of the dashboard's layers."""
    if not isinstance(collection, dict) or collection.get("type") != "FeatureCollection":
        got = collection.get("type") if isinstance(collection, dict) else type(collection)
        got = got.__name__ if isinstance(got, type) else got
        raise InputError(f"expected a GeoJSON FeatureCollection, got {_quote(got)}")
    features = collection.get("features")
    if not isinstance(features, list):
        raise InputError(f"FeatureCollection.features must be a list, got {_quote(features)}")
    for i, feat in enumerate(features):
        where = f"feature {i}"
        if not isinstance(feat, dict) or feat.get("type") != "Feature":
            raise InputError(f"{where}: is not a GeoJSON Feature ({_quote(feat)})")
        _check_properties(feat.get("properties"), where)
        _check_geometry(feat.get("geometry"), f"{where} ({feat['properties']['name']!r})")
    return collection


@dataclass(frozen=True)
class Upload:
    """An uploaded file: a ready ``collection``, or else the article ``text``."""

    name: str
    text: str = ""
    collection: dict | None = None
    date: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)


def read_upload(data: bytes, filename: str) -> Upload:
    """Sort an upload: ``.geojson`` or a JSON FeatureCollection loads as it is; a JSON
    object with a ``text`` field (the bundled article format) and ``.txt``/``.html`` files
    are articles, decoded by :func:`geo.textio.decode_article`."""
    from geo.textio import decode_article

    lower = filename.lower()
    if lower.endswith((".geojson", ".json")):
        if len(data) > MAX_UPLOAD_BYTES:
            raise InputError(f"{filename}: file is {len(data) / 1e6:.1f} MB; the limit is "
                             f"{MAX_UPLOAD_BYTES / 1e6:.0f} MB")
        try:
            parsed = records.loads(data)
        except InputError:
            parsed = None  # read_feature_collection reports the precise problem
        if (lower.endswith(".json") and isinstance(parsed, dict)
                and parsed.get("type") != "FeatureCollection" and "text" in parsed):
            if not isinstance(parsed["text"], str):
                raise InputError(f"{filename}: the 'text' field must be a string")
            try:
                records.check_strings(parsed, ("text",))
            except InputError as exc:
                raise InputError(f"{filename}: {exc}") from None
            text, warnings = decode_article(parsed["text"].encode("utf-8"), filename)
            date = parsed.get("date") if isinstance(parsed.get("date"), str) else None
            return Upload(filename, text=text, date=date, warnings=tuple(warnings))
        try:  # parsed once: a 2,000-place upload takes ~70 ms to decode
            collection = (_checked_collection(parsed) if parsed is not None
                          else read_feature_collection(data))
            return Upload(filename, collection=collection)
        except InputError as exc:
            raise InputError(f"{filename}: {exc}") from None
    text, warnings = decode_article(data, filename)
    return Upload(filename, text=text, warnings=tuple(warnings))


def round_coordinates(coords: Any, ndigits: int) -> Any:
    """GeoJSON ``coordinates`` (any nesting) rounded to ``ndigits`` decimals."""
    if isinstance(coords, int | float):
        return round(coords, ndigits)
    return [round_coordinates(c, ndigits) for c in coords]


def _simplified_countries(path: Path, tolerance: float) -> dict:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        source = json.load(f)
    features = []
    for feat in source["features"]:
        pid = feat["properties"]["id"]
        if not pid.startswith("country:"):
            continue
        geom = shape(feat["geometry"]).simplify(tolerance, preserve_topology=True)
        if geom.is_empty:
            continue
        # One feature per polygon: a map of Iraq then needs mainland France no more than
        # French Guiana, since each part is kept or dropped by its own bbox.
        for part in getattr(geom, "geoms", [geom]):
            gj = mapping(part)
            features.append({"type": "Feature", "properties": {"id": pid},
                             "bbox": [round(v, 2) for v in part.bounds],
                             "geometry": {"type": gj["type"],
                                          "coordinates": round_coordinates(gj["coordinates"], 2)}})
    return {"type": "FeatureCollection", "features": features}


def _basemap_cache(path: Path, tolerance: float) -> Path:
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except OSError as exc:
        raise DataError(f"basemap boundaries missing: {exc}") from exc
    return path.parent.parent / "cache" / f"basemap-{digest}-{tolerance:g}-v3.json"


@lru_cache(maxsize=4)
def load_basemap(path: Path = _BOUNDARIES, *, tolerance: float = 0.05) -> dict:
    """Country outlines (ids ``country:XX``) simplified to ``tolerance`` degrees.

    Each feature is one polygon of a country, with a ``bbox`` so the map can keep only
    the parts near its view.

    The result is cached in memory and as JSON in ``data/cache/`` keyed by the source
    file's hash, so only the first start after a data change pays for simplification.
    """
    cache = _basemap_cache(path, tolerance)
    if cache.exists():
        with cache.open(encoding="utf-8") as f:
            return json.load(f)
    log.info("simplifying country outlines into %s", cache)
    basemap = _simplified_countries(path, tolerance)
    try:
        cache.parent.mkdir(exist_ok=True)
        cache.write_text(json.dumps(basemap, separators=(",", ":")), encoding="utf-8")
    except OSError as exc:  # a read-only checkout still gets the map, just slower
        log.warning("cannot write basemap cache %s: %s", cache, exc)
    return basemap


def feature_collection_bytes(features: Sequence[Mapping[str, Any]]) -> bytes:
    """A FeatureCollection of ``features`` as UTF-8 JSON (the download format)."""
    return json.dumps({"type": "FeatureCollection", "features": list(features)},
                      ensure_ascii=False, indent=1).encode("utf-8")


def _cell(value: object) -> object:
    # Spreadsheets run cells that start like a formula; article text must not.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def csv_bytes(rows: Sequence[Mapping[str, Any]]) -> bytes:
    """Rows (dicts) as UTF-8 CSV with a header of all their keys."""
    out = io.StringIO()
    if rows:
        # every key of every row (a corpus feature has more columns than an article's):
        # rows of a mixed collection all fit, a missing cell is empty
        fields = list(dict.fromkeys(key for row in rows for key in row))
        writer = csv.DictWriter(out, fieldnames=fields, restval="")
        writer.writeheader()
        writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
    return out.getvalue().encode("utf-8")


def publish_basemap(static_dir: Path, path: Path = _BOUNDARIES, *,
                    tolerance: float = 0.05) -> str:
    """Put the basemap JSON in ``static_dir/cache/`` for the browser to fetch; return its
    file name.

    The name carries the source file's hash, so a browser never keeps stale outlines.
    A map page that fetches its outlines draws its markers first, without parsing and
    drawing a few hundred kilobytes of country polygons on the way.
    """
    basemap = load_basemap(path, tolerance=tolerance)
    source = _basemap_cache(path, tolerance)
    target = static_dir / "cache" / source.name
    if not target.exists():
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(target.name + ".part")
            partial.write_text(json.dumps(basemap, separators=(",", ":")), encoding="utf-8")
            partial.replace(target)  # never half a file for a browser that asks meanwhile
        except OSError as exc:
            raise DataError(f"cannot write the basemap for the browser: {exc}") from exc
    return target.name


def _context_sources(places: Path, boundaries: Path
                     ) -> tuple[list[ContextArea], list[ContextTown]]:
    """Admin-1 areas (name, label point, simplified outline) and the towns big enough for
    the context layer, read from the committed data files."""
    labels: dict[str, tuple[str, str, float, float]] = {}  # id -> name, country, lon, lat
    towns: list[ContextTown] = []
    with gzip.open(places, "rt", encoding="utf-8", newline="") as f:
        next(f)  # header: id kind name country admin1 lat lon population names
        for line in f:
            pid, kind, name, country, _, lat, lon, population = line.split("\t", 8)[:8]
            if kind == "admin1":
                labels[pid] = (name, country, float(lon), float(lat))
            elif kind == "city" and town_min_zoom(int(population or 0)) is not None:
                towns.append(ContextTown(pid, name, country, float(lon), float(lat),
                                         int(population)))
    with gzip.open(boundaries, "rt", encoding="utf-8") as f:
        source = json.load(f)
    areas = []
    for feat in source["features"]:
        pid = feat["properties"]["id"]
        label = labels.get(pid)
        if label is None:
            continue
        geom = shape(feat["geometry"]).simplify(CONTEXT_TOLERANCE, preserve_topology=True)
        if not geom.is_empty:
            gj = mapping(geom)
            areas.append(ContextArea(pid, label[0], label[1], round(label[2], 3),
                                     round(label[3], 3), {
                                         "type": gj["type"],
                                         "coordinates": round_coordinates(gj["coordinates"], 3)}))
    return areas, towns


def publish_context(static_dir: Path, *, places: Path = _PLACES,
                    boundaries: Path = _BOUNDARIES) -> dict[str, str]:
    """Write one context file per country (admin-1 outlines and names, major towns: see
    :func:`geo.mapcontext.context_collection`) in ``static_dir/cache/`` for the browser
    to fetch; return the file name of each country's (ISO code -> name).

    Built once from the data files (a few seconds) and then read from an index file; the
    names carry the sources' hash, so a browser never keeps a stale context.
    """
    try:
        digest = hashlib.sha256(places.read_bytes() + boundaries.read_bytes()).hexdigest()[:16]
    except OSError as exc:
        raise DataError(f"context data missing: {exc}") from exc
    folder = static_dir / "cache"
    stem = f"context-{digest}-{_CONTEXT_VERSION}"
    index = folder / f"{stem}-index.json"
    try:
        if index.exists():
            return dict(json.loads(index.read_text(encoding="utf-8")))
        log.info("writing the context layer's files into %s", folder)
        areas, towns = _context_sources(places, boundaries)
        folder.mkdir(parents=True, exist_ok=True)
        names: dict[str, str] = {}
        for country in sorted({a.country for a in areas} | {t.country for t in towns} - {""}):
            names[country] = f"{stem}-{country}.json"
            _write_atomically(folder / names[country],
                              context_collection(country, areas, towns))
        _write_atomically(index, names)  # last: its presence means every file is there
    except OSError as exc:
        raise DataError(f"cannot write the context layer for the browser: {exc}") from exc
    return names


def _write_atomically(target: Path, value: object) -> None:
    """JSON into ``target`` by way of a temporary file: never half a file for a reader."""
    partial = target.with_name(target.name + ".part")
    partial.write_text(json.dumps(value, separators=(",", ":")), encoding="utf-8")
    partial.replace(target)
