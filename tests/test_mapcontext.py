"""The context layer's selection: countries in play, towns thinned by population."""

from __future__ import annotations

from geo.mapcontext import (
    AREA_NAME_ZOOM,
    ContextArea,
    ContextTown,
    context_collection,
    context_skip,
    countries_in_play,
    country_boxes,
    town_min_zoom,
)

SQUARE = {"type": "Polygon", "coordinates": [[[44, 35], [45, 35], [45, 36], [44, 36], [44, 35]]]}
AREAS = [ContextArea("ne:IRQ-1", "Kirkuk", "IQ", 44.3, 35.4, SQUARE),
         ContextArea("ne:IRN-1", "Kermanshah", "IR", 46.9, 34.3, SQUARE)]
TOWNS = [ContextTown("gn:1", "Baghdad", "IQ", 44.4, 33.3, 7_000_000),
         ContextTown("gn:2", "Sulaymaniyah", "IQ", 45.4, 35.6, 723_000),
         ContextTown("gn:3", "Chamchamal", "IQ", 44.8, 35.5, 45_000),
         ContextTown("gn:4", "Hamlet", "IQ", 44.5, 35.5, 900),
         ContextTown("gn:5", "Tehran", "IR", 51.4, 35.7, 8_000_000)]


def _feature(name, layer, country, geometry, fid="x"):
    return {"type": "Feature", "geometry": geometry,
            "properties": {"name": name, "layer": layer, "country": country, "id": fid}}


def _point(lon, lat):
    return {"type": "Point", "coordinates": [lon, lat]}


def test_towns_show_from_the_zoom_their_population_earns():
    assert [town_min_zoom(p) for p in (8_000_000, 1_000_000, 999_999, 300_000, 100_000,
                                       60_000, 20_000)] == [5, 5, 6, 6, 7, 8, 9]
    assert town_min_zoom(19_999) is None and town_min_zoom(0) is None


def test_a_country_keeps_its_areas_and_big_towns_only():
    fc = context_collection("IQ", AREAS, TOWNS)
    props = [f["properties"] for f in fc["features"]]
    assert [(p["kind"], p["name"]) for p in props] == [
        ("admin1", "Kirkuk"), ("town", "Baghdad"), ("town", "Sulaymaniyah"),
        ("town", "Chamchamal")]  # no hamlet, nothing of Iran; towns biggest first
    area, *towns = fc["features"]
    assert area["geometry"] == SQUARE and area["properties"]["at"] == [44.3, 35.4]
    assert area["properties"]["z"] == AREA_NAME_ZOOM and area["properties"]["id"] == "ne:IRQ-1"
    assert [t["properties"]["z"] for t in towns] == [5, 6, 9]
    assert towns[0]["geometry"] == _point(44.4, 33.3)


def test_countries_in_play_are_the_roles_then_those_in_view():
    fc = {"features": [
        _feature("Kirkuk", "proposed_center", "IQ", _point(44.4, 35.5)),
        _feature("United States", "place", "US", _point(-98, 39)),  # named in passing
        _feature("Iran", "place", "IR", _point(53, 32))]}
    boxes = [("TR", [26.0, 36.0, 45.0, 42.0]), ("IR", [44.0, 25.0, 63.0, 40.0]),
             ("US", [-125.0, 24.0, -66.0, 49.0]), ("IQ", [38.8, 29.1, 48.6, 37.4])]
    view = [[33.0, 42.0], [36.5, 46.0]]  # [[south, west], [north, east]]
    assert countries_in_play(fc, bounds=view, country_boxes=boxes) == ("IQ", "TR", "IR")
    assert countries_in_play(fc, bounds=None) == ("IQ",)
    places_only = {"features": fc["features"][1:]}
    assert countries_in_play(places_only, bounds=None) == ("US", "IR")


def test_country_boxes_are_read_from_the_basemap():
    basemap = {"features": [
        {"properties": {"id": "country:IQ"}, "bbox": [38.8, 29.1, 48.6, 37.4]},
        {"properties": {"id": "ne:IRQ-1"}, "bbox": [1, 2, 3, 4]},
        {"properties": {"id": "country:FR"}}]}
    assert country_boxes(basemap) == [("IQ", [38.8, 29.1, 48.6, 37.4])]


def test_names_the_marks_show_are_skipped():
    fc = {"features": [
        _feature("Kirkuk", "proposed_center", "IQ", _point(44.4, 35.5), "gn:94787"),
        _feature("Salahuddin", "disputed_area", "IQ", SQUARE, "ne:IRQ-3052"),
        _feature("Kurdistan", "place", "IR", SQUARE, "ne:IRN-3241"),  # unlabelled area
        _feature("  Al  Qosh ", "place", "IQ", _point(43.1, 36.7), "gn:1")]}
    assert context_skip(fc) == {"ids": ["gn:1", "gn:94787", "ne:IRQ-3052"],
                                "towns": ["al qosh", "kirkuk"], "areas": ["salahuddin"]}
