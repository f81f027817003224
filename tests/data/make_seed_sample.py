"""Write ``seed_sample.geojson``: a hand-written pipeline result for the seed article.

The dashboard was built before ``geo.pipeline`` landed, against this file. It follows the
pipeline contract (one feature per place and layer, mention and evidence offsets into the
article) with the roles read by hand from ``seeds/*.expected.json``; coordinates come from
``data/derived/places.tsv.gz`` and polygons from ``data/derived/boundaries.geojson.gz``.
Run from the repository root: ``.venv/bin/python tests/data/make_seed_sample.py``.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEXT = (ROOT / "seeds" / "000_5fe70ab38a61ff6b.txt").read_text(encoding="utf-8")

# name, id, kind, lon, lat, precision, names in the text
PLACES = {
    "Erbil": ("gn:95446", "city", 44.00943, 36.19117, "point", ["Erbil", "ERBIL"]),
    "Baghdad": ("gn:98182", "city", 44.40088, 33.34058, "point", ["Baghdad", "Bagdhad"]),
    "Kirkuk": ("gn:94787", "city", 44.39222, 35.46806, "point", ["Kirkuk"]),
    "Mosul": ("gn:99072", "city", 43.11889, 36.335, "point", ["Mosul"]),
    "Mexmur": ("gn:93818", "city", 43.57974, 35.77622, "point", ["Makhmour"]),
    "Sinjar": ("gn:9166620", "admin2", 41.87656, 36.3209, "admin2", ["Sinjar", "Shingal"]),
    "Diyala": ("ne:IRQ-3243", "admin1", None, None, "admin1", ["Diyala"]),
    "Nineveh": ("ne:IRQ-3051", "admin1", None, None, "admin1", ["Nineveh"]),
    "Saladin": ("ne:IRQ-3052", "admin1", None, None, "admin1", ["Salahuddin"]),
    "Iraq": ("gn:99237", "country", 44.0, 33.0, "country", ["Iraq"]),
    "Kurdistan Region": ("ne-region:IQ-Kurdistan", "region", None, None, "admin1",
                         ["Kurdistan Region"]),
}
# layer, place, (a phrase inside the evidence sentence), cue, confidence
ROLES = [
    ("announced_center", "Erbil", "two joint coordination centers in Erbil and Baghdad",
     "agreed ... to establish", 0.93),
    ("announced_center", "Baghdad", "two joint coordination centers in Erbil and Baghdad",
     "agreed ... to establish", 0.93),
    ("proposed_center", "Kirkuk", "discussing similar agreements for Kirkuk", "is discussing", 0.7),
    ("proposed_center", "Diyala", "coordination center in Diyala province", "discussed opening",
     0.72),
    ("proposed_center", "Mexmur", "six joint centers", "have agreed to establish", 0.6),
    ("proposed_center", "Mosul", "six joint centers", "have agreed to establish", 0.6),
    ("disputed_area", "Kirkuk", "disputed areas such as Nineveh", "disputed areas such as", 0.8),
    ("disputed_area", "Nineveh", "disputed areas such as Nineveh", "disputed areas such as", 0.8),
    ("disputed_area", "Diyala", "disputed areas such as Nineveh", "disputed areas such as", 0.8),
    ("disputed_area", "Saladin", "disputed areas such as Nineveh", "disputed areas such as", 0.8),
    ("disputed_area", "Sinjar", "one of the disputed territories",
     "one of the disputed territories", 0.75),
    ("place", "Iraq", "Iraq's federal government", "", 0.9),
    ("place", "Kurdistan Region", "autonomous Kurdistan Region", "", 0.85),
]


def _sentence(phrase: str) -> dict:
    at = TEXT.index(phrase)
    start = max(TEXT.rfind(". ", 0, at) + 2, TEXT.rfind("\n", 0, at) + 1)
    ends = [i for i in (TEXT.find(". ", at), TEXT.find("\n", at)) if i != -1]
    end = min(ends) + 1 if ends else len(TEXT)
    return {"sentence": TEXT[start:end], "start": start, "end": end}


def _mentions(words: list[str]) -> list[dict]:
    found = []
    for word in words:
        for m in re.finditer(rf"\b{re.escape(word)}\b", TEXT):
            found.append({"text": m.group(), "start": m.start(), "end": m.end(),
                          "associative": False})
    return sorted(found, key=lambda m: m["start"])


def main() -> None:
    with gzip.open(ROOT / "data" / "derived" / "boundaries.geojson.gz", "rt") as f:
        shapes = {feat["properties"]["id"]: feat["geometry"] for feat in json.load(f)["features"]}
    features = []
    for layer, name, phrase, cue, confidence in ROLES:
        pid, kind, lon, lat, precision, words = PLACES[name]
        geometry = ({"type": "Point", "coordinates": [lon, lat]} if lon is not None
                    else shapes[pid])
        features.append({"type": "Feature", "geometry": geometry, "properties": {
            "name": name, "layer": layer, "id": pid,
            "geonameid": int(pid[3:]) if pid.startswith("gn:") else None,
            "kind": kind, "country": "IQ", "confidence": confidence, "precision": precision,
            "approximate": False, "mentions": _mentions(words),
            "evidence": [_sentence(phrase)], "cue": cue, "date": None}})
    out = Path(__file__).with_name("seed_sample.geojson")
    out.write_text(json.dumps({"type": "FeatureCollection", "features": features}, indent=1,
                              ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
