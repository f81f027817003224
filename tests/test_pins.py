"""The analyst's pins (geo.pins): checked, saved apart from the shipped data, and used by
every extraction."""

import pytest

from geo.cli import main
from geo.errors import InputError
from geo.gazetteer import DATA_DIR
from geo.pins import add_pin, make_pin, pinned, pins_csv, read_pins, remove_pin
from geo.pipeline import extract_feature_collection

SENTENCE = "A joint coordination centre opened in Zorbakan, near Kirkuk, on Monday."


def _feature(collection: dict, name: str) -> dict:
    return next(f for f in collection["features"] if f["properties"]["name"] == name)


@pytest.mark.parametrize("kwargs, message", [
    ({"name": "Zorbakan", "lat": 95, "lon": 44}, "no such point"),
    ({"name": "Zorbakan", "lat": "north", "lon": 44}, "must be numbers"),
    ({"name": "Zorbakan", "lat": float("nan"), "lon": 44}, "no such point"),
    ({"name": "  ", "lat": 35, "lon": 44}, "needs a name"),
    ({"name": "Z" * 101, "lat": 35, "lon": 44}, "over 100"),
    ({"name": "Zor\x00bakan", "lat": 35, "lon": 44}, "control characters"),
    ({"name": "Zorbakan", "lat": 35, "lon": 44, "country": "I1"}, "two-letter"),
])
def test_a_bad_pin_is_refused_with_a_message(kwargs, message):
    with pytest.raises(InputError, match=message):
        make_pin(**kwargs)


def test_pins_are_saved_replaced_and_removed_in_their_own_file(tmp_path):
    path = tmp_path / "pins.csv"
    add_pin(make_pin("Zorbakan", 35.6, 44.2, alternates=["Zorbakhan"], note="from a map"),
            path)
    add_pin(make_pin("zorbakan", 35.7, 44.3), path)  # the same name: replaced
    (pin,) = read_pins(path)
    assert (pin.lat, pin.lon) == (35.7, 44.3)
    assert remove_pin("Zorbakan", path) and not remove_pin("Zorbakan", path)
    assert read_pins(path) == []
    assert not list(DATA_DIR.glob("pins*"))  # the shipped data is never written


def test_a_damaged_pins_file_names_its_line(tmp_path):
    path = tmp_path / "pins.csv"
    path.write_text("name,alternates,lat,lon,country,note,who,when\nZorbakan,,35,200,,,,\n",
                    encoding="utf-8")
    with pytest.raises(InputError, match=r"pins\.csv:2: no such point"):
        read_pins(path)


def test_an_extraction_after_a_pin_gives_the_pinned_point(gazetteer):
    before = _feature(extract_feature_collection(SENTENCE, gazetteer=gazetteer), "Zorbakan")
    assert before["properties"]["unresolved"]  # at Kirkuk, its container
    pin = make_pin("Zorbakhan", 35.61, 44.21, alternates=["Zorbakan"])
    after = _feature(extract_feature_collection(SENTENCE, gazetteer=pinned(gazetteer, [pin])),
                     "Zorbakan")
    props = after["properties"]
    assert after["geometry"]["coordinates"] == [44.21, 35.61]
    assert props["layer"] == "announced_center" and not props["unresolved"]
    assert props["id"] == "pin:zorbakhan"


def test_a_pin_beats_a_namesake_in_the_gazetteer(gazetteer):
    assert [c.country for c in gazetteer.candidates("shwan")] == ["DE"]  # Schwaan
    pin = make_pin("Shwan", 35.73, 44.22, note="the sub-district in Kirkuk, from a map")
    got = _feature(extract_feature_collection("Shelling hit Shwan near Kirkuk.",
                                              gazetteer=pinned(gazetteer, [pin])), "Shwan")
    assert got["geometry"]["coordinates"] == [44.22, 35.73]


def test_cli_pins_are_used_by_extract(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("GEO_PINS", str(tmp_path / "pins.csv"))
    article = tmp_path / "a.txt"
    article.write_text(SENTENCE, encoding="utf-8")
    assert main(["pin", "add", "Zorbakan", "--lat", "35.61", "--lon", "44.21"]) == 0
    assert main(["pin", "add", "Nowhere", "--lat", "95", "--lon", "1"]) == 2
    assert "no such point" in capsys.readouterr().err
    assert main(["extract", str(article), "-o", str(tmp_path / "out.geojson")]) == 0
    assert '"pin:zorbakan"' in (tmp_path / "out.geojson").read_text(encoding="utf-8")
    assert main(["pin", "export", "-o", str(tmp_path / "export.csv")]) == 0
    assert (tmp_path / "export.csv").read_text(encoding="utf-8") == pins_csv(
        read_pins(tmp_path / "pins.csv"))
    assert main(["pin", "remove", "Zorbakan"]) == 0
    assert main(["pin", "remove", "Zorbakan"]) == 2
