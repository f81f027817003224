"""One mark per place, status of each mark, and the status symbols (geo.mapmarks), and how
the map view draws them (labels, legend by status, the evidence table's status column)."""

from __future__ import annotations

import json
import re

from geo import mapmarks
from geo.mapmarks import (
    REJECTED,
    STATUS_STYLES,
    feature_status,
    merge_same_places,
    status_counts,
)
from geo.mapview import build_map, evidence_rows
from geo.types import Layer

SQUARE = [[[44.0, 35.0], [45.0, 35.0], [45.0, 36.0], [44.0, 36.0], [44.0, 35.0]]]


def _feature(name: str, layer: str, *, kind: str = "city", status: str | None = None,
             geometry: dict | None = None, **props) -> dict:
    return {"type": "Feature",
            "geometry": geometry or {"type": "Point", "coordinates": [44.39, 35.47]},
            "properties": {"name": name, "layer": layer, "kind": kind, "status": status,
                           "country": "IQ", "precision": "point", "confidence": 0.8,
                           "mentions": [], "evidence": [], **props}}


def _page(features: list[dict], layers=tuple(la.value for la in Layer)) -> str:
    collection = {"type": "FeatureCollection", "features": features}
    return build_map(collection, visible_layers=layers).get_root().render()


def _marks(page: str) -> list[dict]:
    found = []
    for blob in re.findall(r"_add\((\{.*?\})\);\n", page):
        found += json.loads(blob)["features"]
    return found


def test_every_status_has_its_own_symbol():
    symbols = {status: style.symbol for status, style in STATUS_STYLES.items()}
    assert len(set(symbols.values())) == len(symbols)
    assert symbols["cancelled"] != symbols["proposed"]
    assert "M4.2 4.2 L15.8 15.8" in symbols["cancelled"]  # struck through (a cross)
    assert "stroke-dasharray" in symbols["proposed"]
    assert symbols["operating"] != symbols["announced"] and "<path" in symbols["operating"]
    assert {s.layer for s in STATUS_STYLES.values()} == set(Layer)


def test_a_feature_takes_its_status_or_its_layers():
    assert feature_status({"layer": "proposed_center", "status": "cancelled"}) == "cancelled"
    assert feature_status({"layer": "announced_center", "status": "operating"}) == "operating"
    assert feature_status({"layer": "announced_center"}) == "announced"  # an old upload
    # a status its layer cannot hold is not trusted: the layer decides the symbol
    assert feature_status({"layer": "place", "status": "cancelled"}) == "mentioned"
    assert feature_status({"layer": "nonsense"}) == "mentioned"


def test_counts_by_status_keep_rejected_marks_apart():
    counts = status_counts([
        _feature("A", "announced_center", status="operating"),
        _feature("B", "announced_center", status="operating", rejected=True),
        _feature("C", "proposed_center", status="cancelled"),
        _feature("D", "proposed_center", status="proposed")])
    assert counts["operating"] == 1 and counts[REJECTED] == 1
    assert counts["cancelled"] == 1 and counts["proposed"] == 1 and counts["announced"] == 0


def test_a_town_and_its_namesake_governorate_are_one_mark():
    town = _feature("Kirkuk", "announced_center", status="operating", since="2021-03-01",
                    id="gn:94787")
    governorate = _feature("Kirkuk", "announced_center", kind="admin1", status="announced",
                           since="2020-11-03", id="ne:IRQ-3046",
                           geometry={"type": "Polygon", "coordinates": SQUARE})
    disputed = _feature("Kirkuk", "disputed_area", status="disputed")
    (merged, other) = merge_same_places([town, governorate, disputed])
    assert other is disputed  # another layer: its own mark (moved apart on the map)
    props = merged["properties"]
    assert merged["geometry"] == town["geometry"]  # the town marked ...
    assert props["area"] == governorate["geometry"]  # ... the area drawn
    assert props["status"] == "operating" and props["id"] == "gn:94787"  # decided last
    assert [p["id"] for p in props["also"]] == ["ne:IRQ-3046"]

    page = _page([town, governorate])
    marks = [m for m in _marks(page) if m["properties"].get("layer") == "announced_center"]
    points = [m for m in marks if m["geometry"]["type"] == "Point"]
    areas = [m for m in marks if m["geometry"]["type"] == "Polygon"]
    assert len(points) == 1 and len(areas) == 1
    assert points[0]["properties"]["popup"] == areas[0]["properties"]["popup"]  # one popup
    assert "also reported as admin1" in points[0]["properties"]["popup"]
    assert page.count("geo-status-operating") == 1 and "geo-status-announced" not in page


def test_later_area_report_decides_and_two_towns_stay_apart():
    town = _feature("Duhok", "proposed_center", status="proposed", since="2020-01-01")
    area = _feature("Duhok", "proposed_center", kind="admin1", status="cancelled",
                    since="2021-01-01")
    (merged,) = merge_same_places([town, area])
    assert merged["properties"]["status"] == "cancelled"
    assert merged["geometry"] == town["geometry"] and "area" not in merged["properties"]
    twins = [_feature("Sinjar", "disputed_area"),
             _feature("Sinjar", "disputed_area", geometry={
                 "type": "Point", "coordinates": [41.9, 36.3]})]
    assert merge_same_places(twins) == twins  # two towns of one name: two places


def test_marks_carry_labels_for_centres_with_status():
    page = _page([_feature("Erbil", "announced_center", status="announced"),
                  _feature("Mosul", "proposed_center", status="cancelled"),
                  _feature("Nineveh", "disputed_area", kind="admin1", status="disputed",
                           geometry={"type": "Polygon", "coordinates": SQUARE}),
                  _feature("Iraq", "place", kind="country")])
    props = {m["properties"]["name"]: m["properties"] for m in _marks(page)
             if m["properties"].get("popup")}
    assert props["Erbil"]["label"] == "Erbil" and props["Erbil"]["status_label"] == "announced"
    assert props["Mosul"]["status_label"] == "cancelled"
    assert "status_label" not in props["Nineveh"] and "status_label" not in props["Iraq"]
    assert props["Erbil"]["prio"] > props["Nineveh"]["prio"] > props["Iraq"]["prio"]
    labels = [m for m in _marks(page) if str(m.get("id", "")).endswith("-label")]
    assert [m["properties"]["label"] for m in labels] == ["Nineveh"]  # the area's label
    assert "geo-status-cancelled" in page
    assert r"\u003cspan class=\"geo-label\"\u003e\u003c/span" in page  # filled by the script
    assert "label.textContent = p.label" in page  # written as text, never as markup
    assert "geoDeclutter(map" in page


def test_the_legend_lists_statuses_and_rejected_marks_apart():
    page = _page([_feature("A", "announced_center", status="operating"),
                  _feature("B", "proposed_center", status="cancelled", rejected=True,
                           corrections=[{"action": "wrong"}])])
    legend = json.loads(re.search(r"div.innerHTML = (\".*?\");", page).group(1))
    assert "Operating joint centre: <b>1</b>" in legend
    assert "Marked wrong by an analyst (greyed): <b>1</b>" in legend
    assert "Cancelled centre" not in legend  # its only mark is counted as rejected


def test_the_evidence_rows_have_a_status_column():
    rows = evidence_rows({"type": "FeatureCollection", "features": [
        _feature("A", "announced_center", status="operating"),
        _feature("B", "proposed_center", status="cancelled", rejected=True),
        _feature("C", "place")]}, [la.value for la in Layer])
    assert list(rows[0])[:3] == ["layer", "status", "name"]
    assert [r["status"] for r in rows] == ["operating", "cancelled (marked wrong)",
                                           "mentioned"]


def test_online_tiles_lie_above_the_country_fill_and_say_when_they_fail():
    features = [_feature("Erbil", "announced_center")]
    collection = {"type": "FeatureCollection", "features": features}
    offline = build_map(collection, visible_layers=["announced_center"]).get_root().render()
    online = build_map(collection, visible_layers=["announced_center"],
                       online_tiles=True).get_root().render()
    pane = re.compile(r"createPane\(\s*\"geo-basemap\"\);\s*\S+\.style\.zIndex = (\d+);")
    assert int(pane.search(offline).group(1)) > 200 > int(pane.search(online).group(1))
    assert "geoTileNote(" in online and "could not be loaded" in online
    assert "geoTileNote(" not in offline
    assert {"admin1", "admin2"} <= mapmarks.AREA_KINDS
