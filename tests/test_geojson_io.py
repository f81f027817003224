"""Uploads in (FeatureCollection checks, article or collection), downloads out, basemap."""

from __future__ import annotations

import csv
import gzip
import io
import json

import pytest

from conftest import SEED_SAMPLE_GEOJSON, SEED_TEXT
from geo.errors import InputError
from geo.geojson_io import (
    csv_bytes,
    feature_collection_bytes,
    load_basemap,
    publish_basemap,
    publish_context,
    read_feature_collection,
    read_upload,
)

SAMPLE = SEED_SAMPLE_GEOJSON
POINT = {"type": "Point", "coordinates": [44.0, 36.2]}


def _fc(*features) -> bytes:
    return json.dumps({"type": "FeatureCollection", "features": list(features)}).encode()


def _feature(geometry=POINT, **props) -> dict:
    return {"type": "Feature", "geometry": geometry,
            "properties": {"name": "Erbil", "layer": "announced_center", **props}}


def test_sample_and_cli_output_load_as_they_are(gazetteer):
    data = SAMPLE.read_bytes()
    assert read_feature_collection(data) == json.loads(data)
    from geo.pipeline import extract_feature_collection

    text = SEED_TEXT.read_text(encoding="utf-8")
    collection = extract_feature_collection(text, gazetteer=gazetteer)
    cli_bytes = json.dumps(collection, ensure_ascii=False).encode("utf-8")
    assert read_feature_collection(cli_bytes) == collection
    assert read_feature_collection(b'{"type": "FeatureCollection", "features": []}') == {
        "type": "FeatureCollection", "features": []}


@pytest.mark.parametrize(("data", "message"), [
    (b"{not json", "not valid JSON: Expecting property name enclosed in double quotes at "
                   "line 1 column 2"),
    (b"\xff\xfe{}", "not UTF-8"),
    (b"[1, 2]", "expected a GeoJSON FeatureCollection, got 'list'"),
    (json.dumps({"type": "Feature", "geometry": POINT}).encode(),
     "expected a GeoJSON FeatureCollection, got 'Feature'"),
    (b'{"type": "FeatureCollection", "features": {}}', "features must be a list, got {}"),
    (_fc({"type": "Point"}), "feature 0: is not a GeoJSON Feature ({'type': 'Point'})"),
    (_fc(_feature(geometry=None)), "feature 0 ('Erbil'): has no geometry (got None)"),
    (_fc({"type": "Feature", "geometry": POINT}), "feature 0: has no properties (got None)"),
    (_fc(_feature(name="")), "properties.name must be a non-empty string, got ''"),
    (_fc(_feature(), _feature(layer="centre")),
     "feature 1 ('Erbil'): unknown layer 'centre'; expected one of announced_center, "
     "proposed_center, disputed_area, place"),
    (_fc(_feature(geometry={"type": "LineString", "coordinates": [[0, 0], [1, 1]]})),
     "geometry type 'LineString' is not one of Point, MultiPoint, Polygon, MultiPolygon"),
    (_fc(_feature(geometry={"type": "Point", "coordinates": [36.2, 144.0]})),
     "coordinate [36.2, 144.0] is outside lon -180..180, lat -90..90 (is it [lat, lon]?)"),
    (_fc(_feature(geometry={"type": "Point", "coordinates": ["44", 36]})),
     "coordinates must be numbers, got ['44', 36]"),
    (_fc(_feature(geometry={"type": "Point", "coordinates": [44]})),
     "a position must be [lon, lat], got [44]"),
    (_fc(_feature(geometry={"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [0, 0]]]})),
     "a polygon ring needs at least 4 positions, got 3"),
    (_fc(_feature(geometry={"type": "Polygon", "coordinates": []})),
     "Polygon coordinates are malformed near []"),
    (_fc(_feature(confidence=3)), "confidence must be a number in 0..1, got 3"),
    (_fc(_feature(evidence=["a sentence"])),
     "properties.evidence must be a list of objects with sentence, start, end"),
    (b" " * (5 * 1024 * 1024 + 1), "GeoJSON is 5.2 MB; the limit is 5 MB"),
])
def test_bad_collections_are_refused_with_the_problem_quoted(data, message):
    with pytest.raises(InputError) as err:
        read_feature_collection(data)
    assert message in str(err.value)


def test_read_upload_sorts_articles_from_collections():
    collection = read_upload(SAMPLE.read_bytes(), "seed.geojson")
    assert collection.collection is not None and collection.text == ""
    as_json = read_upload(SAMPLE.read_bytes(), "seed.json")
    assert as_json.collection == collection.collection
    article = read_upload(json.dumps({"text": "Talks in Erbil.", "date": "2020-11-02"}).encode(),
                          "a.json")
    assert (article.collection, article.text, article.date) == (None, "Talks in Erbil.",
                                                                 "2020-11-02")
    page = read_upload(b"<html><body><p>Talks in <b>Erbil</b>.</p></body></html>", "a.html")
    assert page.text == "Talks in Erbil." and page.warnings
    assert read_upload(b"Talks in Erbil.", "a.txt").text == "Talks in Erbil."


@pytest.mark.parametrize(("name", "data", "message"), [
    ("a.geojson", b'{"type": "Topology"}', "a.geojson: expected a GeoJSON FeatureCollection"),
    ("a.json", b'{"title": "no text"}', "a.json: expected a GeoJSON FeatureCollection"),
    ("a.json", b'{"text": 5}', "a.json: the 'text' field must be a string"),
    ("a.json", b'{"oops"', "a.json: not valid JSON"),
    ("a.txt", b"", "input is empty"),
    ("a.txt", b"\x00\x01\x02binary", "looks binary"),
])
def test_read_upload_reports_bad_files(name, data, message):
    with pytest.raises(InputError) as err:
        read_upload(data, name)
    assert message in str(err.value)


def test_downloads_round_trip_and_defuse_formulas():
    features = [json.loads(_fc(_feature()))["features"][0]]
    assert read_feature_collection(feature_collection_bytes(features))["features"] == features
    rows = [{"name": "Erbil", "evidence": "=HYPERLINK(\"x\")", "confidence": 0.9},
            {"name": "Baghdad", "evidence": "plain, with \"quotes\"", "confidence": 0.8}]
    back = list(csv.DictReader(io.StringIO(csv_bytes(rows).decode("utf-8"))))
    assert back[0]["evidence"] == "'=HYPERLINK(\"x\")"
    assert back[1] == {"name": "Baghdad", "evidence": 'plain, with "quotes"',
                       "confidence": "0.8"}
    assert csv_bytes([]) == b""


def test_basemap_keeps_simplified_countries_and_caches_them(tmp_path):
    wiggly = [[40 + i / 100, 30 + (i % 2) / 1000] for i in range(500)]
    ring = [*wiggly, [45, 35], [40, 35], wiggly[0]]
    square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]
    source = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"id": "country:IQ"},
         "geometry": {"type": "Polygon", "coordinates": [ring]}},
        {"type": "Feature", "properties": {"id": "ne:IRQ-3051"},
         "geometry": {"type": "Polygon", "coordinates": [square]}},
        {"type": "Feature", "properties": {"id": "country:FR"},
         "geometry": {"type": "MultiPolygon", "coordinates": [
             [square], [[[x - 55, y + 4] for x, y in square]]]}}]}
    (tmp_path / "derived").mkdir()
    path = tmp_path / "derived" / "boundaries.geojson.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        json.dump(source, f)
    basemap = load_basemap(path, tolerance=0.05)
    assert [f["properties"]["id"] for f in basemap["features"]] == [
        "country:IQ", "country:FR", "country:FR"]  # one feature per polygon
    assert [f["bbox"] for f in basemap["features"][1:]] == [[0, 0, 1, 1], [-55, 4, -54, 5]]
    iraq = basemap["features"][0]
    assert len(iraq["geometry"]["coordinates"][0]) < 10
    assert iraq["bbox"] == [40.0, 30.0, 45.0, 35.0]
    cached = list((tmp_path / "cache").glob("basemap-*.json"))
    assert len(cached) == 1 and json.loads(cached[0].read_text()) == basemap


def test_context_files_hold_each_countrys_areas_and_big_towns(tmp_path):
    square = [[44, 35], [45, 35], [45, 36], [44, 36], [44, 35]]
    boundaries, places = tmp_path / "boundaries.geojson.gz", tmp_path / "places.tsv.gz"
    with gzip.open(boundaries, "wt", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"id": pid},
             "geometry": {"type": "Polygon", "coordinates": [square]}}
            for pid in ("country:IQ", "ne:IRQ-3048", "ne:IRN-1")]}, f)
    rows = ["id\tkind\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tnames",
            "gn:99237\tcountry\tIraq\tIQ\t\t33\t44\t38000000\tIraq",
            "ne:IRQ-3048\tadmin1\tKirkuk\tIQ\tIQ.13\t35.4\t44.3\t0\tKirkuk",
            "ne:IRN-1\tadmin1\tKermanshah\tIR\tIR.1\t34.3\t46.9\t0\tKermanshah",
            "gn:98182\tcity\tBaghdad\tIQ\tIQ.07\t33.34\t44.40\t7216000\tBaghdad",
            "gn:1\tcity\tHamlet\tIQ\tIQ.13\t35.5\t44.5\t300\tHamlet"]
    with gzip.open(places, "wt", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    static = tmp_path / "static"
    names = publish_context(static, places=places, boundaries=boundaries)
    assert set(names) == {"IQ", "IR"}
    iraq = json.loads((static / "cache" / names["IQ"]).read_text())
    assert [(f["properties"]["kind"], f["properties"]["name"]) for f in iraq["features"]] == [
        ("admin1", "Kirkuk"), ("town", "Baghdad")]  # no country, no hamlet, no Iran
    assert iraq["features"][0]["properties"]["at"] == [44.3, 35.4]
    (static / "cache" / names["IQ"]).write_text("kept")  # built once, then read back
    assert publish_context(static, places=places, boundaries=boundaries) == names
    assert (static / "cache" / names["IQ"]).read_text() == "kept"
    assert not list((static / "cache").glob("*.part"))


def test_published_basemap_is_the_cached_one_under_a_content_name(tmp_path):
    square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]
    (tmp_path / "derived").mkdir()
    path = tmp_path / "derived" / "boundaries.geojson.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"id": "country:IQ"},
             "geometry": {"type": "Polygon", "coordinates": [square]}}]}, f)
    static = tmp_path / "static"
    name = publish_basemap(static, path, tolerance=0.05)
    served = static / "cache" / name
    assert json.loads(served.read_text()) == load_basemap(path, tolerance=0.05)
    assert name == next((tmp_path / "cache").glob("basemap-*.json")).name  # source hash
    served.write_text("kept")  # an existing file is not written again
    assert publish_basemap(static, path, tolerance=0.05) == name
    assert served.read_text() == "kept"
    assert not list((static / "cache").glob("*.part"))
