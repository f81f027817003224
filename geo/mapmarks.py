"""What the map marks: one entry per place, its status, and the symbol of each status.

Pure functions over GeoJSON features, used by :mod:`geo.mapview` (drawing) and the
evidence table. Three ideas:

* **Status, not only layer.** The ``announced_center`` layer holds centres announced and
  centres reported operating; ``proposed_center`` holds proposed and cancelled ones. Each
  status has its own symbol (:data:`STATUS_STYLES`), so a cancelled centre never looks like
  a proposed one. A feature without ``status`` (an older upload) takes its layer's.
* **One mark per place.** A town and the governorate or district of the same name
  (Kirkuk city and Kirkuk governorate, Sinjar town and Sinjar district), in the same
  layer, are one entry: the area drawn, the town marked, one popup, one status
  (:func:`merge_same_places`).
* **Rejected marks apart.** A mark an analyst marked wrong is counted on its own
  (:func:`status_counts`), not among the statuses.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from geo.types import Layer

__all__ = ["AREA_KINDS", "REJECTED", "STATUSES", "STATUS_STYLES", "StatusStyle",
           "feature_status", "merge_same_places", "status_counts", "symbol_svg"]

#: Kinds of place that are areas (a governorate, a district, a region).
AREA_KINDS = frozenset({"admin1", "admin2", "region"})
#: The key under which :func:`status_counts` counts marks an analyst marked wrong.
REJECTED = "rejected"


@dataclass(frozen=True)
class StatusStyle:
    """How one status is drawn: its layer, label, point symbol (SVG) and its size."""

    layer: Layer
    label: str
    symbol: str
    size: int


def symbol_svg(size: int, body: str) -> str:
    """An inline SVG of ``size`` pixels square around ``body``."""
    return (f'<svg width="{size}" height="{size}" '
            f'viewBox="0 0 {size} {size}" aria-hidden="true">{body}</svg>')


_HATCH = "url(#geo-hatch-disputed)"
_BLUE, _ORANGE, _VERMILLION, _GREY = "#0072B2", "#E69F00", "#D55E00", "#6E6E6E"

# Okabe-Ito colours; each status also has its own shape or line, so none relies on colour.
STATUS_STYLES: dict[str, StatusStyle] = {
    "announced": StatusStyle(Layer.ANNOUNCED_CENTER, "Announced joint centre", symbol_svg(
        20, f'<rect x="2" y="2" width="16" height="16" fill="{_BLUE}" stroke="#000" '
            'stroke-width="1.5"/>'), 20),
    "operating": StatusStyle(Layer.ANNOUNCED_CENTER, "Operating joint centre", symbol_svg(
        20, f'<rect x="2" y="2" width="16" height="16" fill="{_BLUE}" stroke="#000" '
            'stroke-width="1.5"/><path d="M5.5 10.5 L8.8 13.8 L14.8 6.2" fill="none" '
            'stroke="#fff" stroke-width="2.6" stroke-linecap="round"/>'), 20),
    "closed": StatusStyle(Layer.ANNOUNCED_CENTER, "Closed joint centre", symbol_svg(
        20, f'<rect x="2" y="2" width="16" height="16" fill="#fff" stroke="{_BLUE}" '
            'stroke-width="3"/><path d="M5 10 H15" stroke="#000" stroke-width="2.6"/>'), 20),
    "proposed": StatusStyle(Layer.PROPOSED_CENTER, "Proposed centre", symbol_svg(
        20, f'<circle cx="10" cy="10" r="7.5" fill="#fff" fill-opacity="0.6" '
            f'stroke="{_ORANGE}" stroke-width="3" stroke-dasharray="4 2.5"/>'), 20),
    "cancelled": StatusStyle(Layer.PROPOSED_CENTER, "Cancelled centre", symbol_svg(
        20, f'<circle cx="10" cy="10" r="7.5" fill="#fff" stroke="{_ORANGE}" '
            'stroke-width="2"/><path d="M4.2 4.2 L15.8 15.8 M15.8 4.2 L4.2 15.8" '
            'stroke="#000" stroke-width="2.2"/>'), 20),
    "disputed": StatusStyle(Layer.DISPUTED_AREA, "Disputed area", symbol_svg(
        20, f'<polygon points="10,2 19,18 1,18" fill="{_HATCH}" stroke="{_VERMILLION}" '
            'stroke-width="2" stroke-dasharray="4 2"/>'), 20),
    "mentioned": StatusStyle(Layer.PLACE, "Other place", symbol_svg(
        12, f'<circle cx="6" cy="6" r="4.5" fill="{_GREY}" stroke="#fff" '
            'stroke-width="1.2"/>'), 12),
}
STATUSES = tuple(STATUS_STYLES)
_LAYER_STATUS = {Layer.ANNOUNCED_CENTER.value: "announced",
                 Layer.PROPOSED_CENTER.value: "proposed",
                 Layer.DISPUTED_AREA.value: "disputed", Layer.PLACE.value: "mentioned"}


def feature_status(properties: Mapping[str, Any]) -> str:
    """The status a feature is drawn with: its own when it is one its layer can have,
    else its layer's (``announced``, ``proposed``, ``disputed``, ``mentioned``)."""
    layer = str(properties.get("layer"))
    status = str(properties.get("status") or "")
    if status in STATUS_STYLES and STATUS_STYLES[status].layer.value == layer:
        return status
    return _LAYER_STATUS.get(layer, "mentioned")


def status_counts(features: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    """Marks per status (every status, 0 when none), and those marked wrong by an analyst
    under :data:`REJECTED` instead of their status."""
    counts: Counter[str] = Counter()
    for feat in features:
        props = feat.get("properties") or {}
        counts[REJECTED if props.get("rejected") else feature_status(props)] += 1
    return {key: counts.get(key, 0) for key in (*STATUSES, REJECTED)}


def _place_key(properties: Mapping[str, Any]) -> tuple[str, str, str]:
    name = " ".join(str(properties.get("name", "")).casefold().split())
    return (str(properties.get("layer")), str(properties.get("country") or ""), name)


def _is_area(feature: Mapping[str, Any]) -> bool:
    return str((feature.get("properties") or {}).get("kind")) in AREA_KINDS


def _primary(group: list[dict[str, Any]]) -> dict[str, Any]:
    """The entry whose status the merged mark shows: the latest decided (``since``), the
    town on a tie (the more precise report)."""
    return max(group, key=lambda f: (str(f["properties"].get("since") or ""),
                                     not _is_area(f)))


def _merged(group: list[dict[str, Any]]) -> dict[str, Any]:
    primary = _primary(group)
    others = [f for f in group if f is not primary]
    towns = [f for f in group if not _is_area(f) and f["geometry"]["type"] == "Point"]
    areas = [f for f in group if f["geometry"]["type"] in ("Polygon", "MultiPolygon")]
    point = (towns or [primary])[0]["geometry"]
    props = {**primary["properties"], "also": [f["properties"] for f in others]}
    if areas:
        props["area"] = areas[0]["geometry"]
    return {"type": "Feature", "geometry": point if towns else primary["geometry"],
            "properties": props}


def merge_same_places(features: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per place and layer: a town and the area (governorate, district) of the
    same name and country in the same layer become one feature.

    The merged feature has the town's point (the area's geometry when there is no town),
    the properties of the entry decided last (see :func:`_primary`), the other entries'
    properties in ``also`` and the area's polygon, if any, in ``area``. Two towns, or two
    areas, of one name stay apart: they are different places. Order is kept (first
    appearance).
    """
    groups: list[list[dict[str, Any]]] = []
    by_key: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for feat in features:
        props = feat.get("properties") or {}
        key = _place_key(props)
        group = by_key.get(key)
        if (group is not None and props.get("layer") != Layer.PLACE.value
                and all(_is_area(f) != _is_area(feat) for f in group)):
            group.append(feat)
            continue
        groups.append([feat])
        by_key.setdefault(key, groups[-1])
    return [g[0] if len(g) == 1 else _merged(g) for g in groups]
