"""The project's own sourced places (data/places_extra.csv) and outlet list: every row is
checked as the gazetteer loads it, and the places it adds are found in real sentences."""

import csv

import pytest

from geo.errors import DataError
from geo.gazetteer import DATA_DIR, EXTRA_COLUMNS, EXTRA_KINDS, read_extra_places
from geo.normalize import name_key
from geo.pipeline import extract_feature_collection

EXTRA = DATA_DIR / "places_extra.csv"


def test_every_extra_row_names_its_source_page_and_a_known_kind():
    with EXTRA.open(encoding="utf-8") as f:
        reader = csv.DictReader(f)
        assert tuple(reader.fieldnames or ()) == EXTRA_COLUMNS
        rows = list(reader)
    assert len(rows) >= 150
    for row in rows:
        assert row["source"].startswith("https://") or row["source"].startswith("http://"), row
        assert row["kind"] in EXTRA_KINDS, row
        assert row["approximate"] in ("true", "false"), row
    ids = [cand.id for cand, _ in read_extra_places(EXTRA)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("bad, message", [
    ("Zorbakan,,town,36.1,43.2,IQ,IQ.15,,false,", "public page"),
    ("Zorbakan,,suburb,36.1,43.2,IQ,IQ.15,,false,https://example.org/z", "unknown kind"),
    ("Zorbakan,,town,136.1,43.2,IQ,IQ.15,,false,https://example.org/z", "out of range"),
    ("Zorbakan,,town,north,43.2,IQ,IQ.15,,false,https://example.org/z", "north"),
    # an unquoted comma in the source URL cuts it and adds a field
    ("Zorbakan,,town,36.1,43.2,IQ,IQ.15,,false,https://example.org/Zorbakan,_Iraq",
     "more fields"),
])
def test_a_bad_row_is_refused_with_its_line(tmp_path, bad, message):
    path = tmp_path / "places_extra.csv"
    path.write_text(",".join(EXTRA_COLUMNS) + "\n" + bad + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=f"places_extra.csv:2: .*{message}"):
        read_extra_places(path)


@pytest.mark.parametrize("sentence, name, country", [
    ("Peshmerga and army officers met in Zummar on Monday.", "Zummar", "IQ"),
    ("The road from Prde to Kirkuk was closed.", "Prde", "IQ"),
    ("Families returned to Snune, north of Sinjar.", "Snune", "IQ"),
    ("Fishermen were stopped in the Black Sea off Odesa.", "Black Sea", None),
    ("The Tigris flooded parts of Mosul.", "Tigris", "IQ"),
    ("The tanker sank in the Indian Ocean off Somalia.", "Indian Ocean", ""),
    ("Floods hit Silesia on Monday.", "Silesia", "PL"),  # a region with no admin boundary
])
def test_extra_places_are_found_in_sentences(sentence, name, country):
    features = {name_key(m["text"]): f["properties"]
                for f in extract_feature_collection(sentence)["features"]
                for m in f["properties"]["mentions"]}
    props = features[name_key(name)]
    assert props["id"].startswith("px:") and not props["unresolved"]
    assert country is None or props["country"] == country


@pytest.mark.parametrize("sentence, name, gazetteer_name", [
    # the press's abbreviations of countries (data/aliases.csv)
    ("The ROK and the DPRK opened a joint liaison office.", "ROK", "South Korea"),
    ("The ROK and the DPRK opened a joint liaison office.", "DPRK", "North Korea"),
    ("The PRC protested.", "PRC", "China"),
    # other names of disputed islands
    ("Filipino students landed on Pagasa Island last week.", "Pagasa Island", "Thitu Island"),
    ("Guatemala sent boats to the Sapodillas.", "Sapodillas", "Sapodilla Cayes"),
    # English names of regions the boundaries know by their own name
    ("Voters in the Basque Country went to the polls.", "Basque Country", "País Vasco"),
])
def test_aliases_are_found_in_sentences(sentence, name, gazetteer_name):
    features = {m["text"]: f["properties"]
                for f in extract_feature_collection(sentence)["features"]
                for m in f["properties"]["mentions"]}
    assert features[name]["gazetteer_name"] == gazetteer_name
