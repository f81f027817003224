"""The FeatureCollection is valid RFC 7946 and carries the documented properties."""

import itertools
import json

import pytest
from shapely.geometry import shape

from geo.pipeline import extract_feature_collection

PROPERTIES = {"name", "layer", "id", "geonameid", "kind", "country", "confidence",
              "precision", "approximate", "mentions", "evidence", "cue", "date"}


@pytest.fixture(scope="module")
def collection(seed_text):
    return extract_feature_collection(seed_text, date="2020-11-03")


def _rings(geometry):
    if geometry["type"] == "Polygon":
        yield from [geometry["coordinates"]]
    elif geometry["type"] == "MultiPolygon":
        yield from geometry["coordinates"]


def _signed_area(ring):
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in itertools.pairwise(ring)) / 2


def test_is_rfc7946(collection):
    assert collection["type"] == "FeatureCollection" and "crs" not in collection
    json.dumps(collection, allow_nan=False)
    for f in collection["features"]:
        assert f["type"] == "Feature" and "crs" not in f
        geom = f["geometry"]
        assert shape(geom).is_valid, f["properties"]["name"]
        lon, lat = shape(geom).representative_point().coords[0]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        for polygon in _rings(geom):
            exterior, *holes = polygon
            assert exterior[0] == exterior[-1]
            assert _signed_area(exterior) > 0, "exterior ring must be counter-clockwise"
            assert all(_signed_area(h) < 0 for h in holes)


def test_lon_lat_order(collection):
    erbil = next(f for f in collection["features"] if f["properties"]["name"] == "Erbil")
    lon, lat = erbil["geometry"]["coordinates"]
    assert 43 < lon < 45 and 35 < lat < 37


def test_properties(collection):
    for f in collection["features"]:
        props = f["properties"]
        assert props.keys() >= PROPERTIES
        assert props["layer"] in {"announced_center", "proposed_center", "disputed_area",
                                  "place"}
        assert 0 <= props["confidence"] <= 1
        assert props["date"] == "2020-11-03"
        assert props["precision"] in {"point", "admin2", "admin1", "country"}


def test_geometry_rules(collection):
    feats = {(f["properties"]["name"], f["properties"]["layer"]): f
             for f in collection["features"]}
    nineveh = feats[("Nineveh", "disputed_area")]
    assert nineveh["geometry"]["type"] in {"Polygon", "MultiPolygon"}
    sinjar = feats[("Sinjar", "disputed_area")]
    assert sinjar["geometry"]["type"] == "Point"
    assert sinjar["properties"]["precision"] == "admin2" and sinjar["properties"]["approximate"]
    diyala = feats[("Diyala", "proposed_center")]
    assert diyala["geometry"]["type"] == "Point"
    assert diyala["properties"]["precision"] == "admin1" and diyala["properties"]["approximate"]
    erbil = feats[("Erbil", "announced_center")]
    assert erbil["properties"]["precision"] == "point" and not erbil["properties"]["approximate"]


def test_one_feature_per_place_and_layer(collection):
    keys = [(f["properties"]["id"], f["properties"]["layer"]) for f in collection["features"]]
    assert len(keys) == len(set(keys))
    kirkuk_layers = {f["properties"]["layer"] for f in collection["features"]
                     if f["properties"]["name"] == "Kirkuk"}
    assert kirkuk_layers == {"proposed_center", "disputed_area"}


def test_a_very_long_sentence_is_cut_around_the_place_and_still_indexes_the_text():
    from geo.layers import MAX_EVIDENCE_CHARS
    from geo.pipeline import extract_feature_collection

    towns = ["Baghdad", "Mosul", "Erbil", "Kirkuk", "Basra", "Najaf", "Karbala", "Duhok"]
    text = "Talks in " + ", ".join(towns * 60) + " went on."
    features = extract_feature_collection(text)["features"]
    assert len(features) == len(towns)
    for feature in features:
        (evidence,) = feature["properties"]["evidence"]
        assert len(evidence["sentence"]) <= MAX_EVIDENCE_CHARS
        assert text[evidence["start"]:evidence["end"]] == evidence["sentence"]
        first = feature["properties"]["mentions"][0]
        assert evidence["start"] <= first["start"] < first["end"] <= evidence["end"]


@pytest.mark.parametrize("text, name", [
    ("KIRKUK (Reuters) - Talks went on in Kirkuk.", "Kirkuk"),  # a dateline's capitals
    ("The DPRK closed the road.", "DPRK"),  # an acronym stays as written
])
def test_a_feature_is_named_as_the_article_writes_it(text, name):
    names = {f["properties"]["name"] for f in extract_feature_collection(text)["features"]}
    assert name in names, names
