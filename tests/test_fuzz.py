"""Fuzz: generated inputs (fixed seed) through decoding, the pipeline, batch and extract.

For every case: a clear error or a result; results are strict JSON, their offsets index
the text the pipeline read, their geometries are valid; the CLI exits 0 or 2 and never
prints a traceback.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from shapely.geometry import shape

from geo.errors import InputError
from geo.pipeline import extract_feature_collection
from geo.textio import decode_article

ROOT = Path(__file__).resolve().parent.parent
SEED = 15
PLACES = ["Baghdad", "Erbil", "Mosul", "Kirkuk", "Sinjar", "Iraq", "Syria", "Paris",
          "Texas", "Georgia", "Kurdistan Region", "Nineveh", "Anbar", "Duhok", "Aleppo"]
WORDS = ["a", "joint", "centre", "opened", "in", "the", "disputed", "area", "of", "and",
         "proposed", "coordination", "security", "claims", "talks", "said", "Gen.", "U.S."]
JUNK = ["<p>", "</p>", "<?", "<!--", "-->", "<svg>", "<a ", "<![", "&amp;", "&#x", "\r\n",
        "\n\n", "\t", "\u200b", "\ufeff", "\u0660", "“", "’", "—", "(", ")", ",", ".", "\x0b",
        "é", "日本", "\U0001f600", " , and ", " or ", ":", ";", "'"]


def _text(rng: random.Random) -> str:
    pieces = []
    for _ in range(rng.randint(1, 120)):
        roll = rng.random()
        pieces.append(rng.choice(PLACES) if roll < 0.3 else rng.choice(WORDS) if roll < 0.7
                      else rng.choice(JUNK))
        pieces.append(rng.choice([" ", " ", " ", "", ". ", ", ", "\n"]))
    return "".join(pieces)


def _bytes(rng: random.Random) -> bytes:
    text = _text(rng)
    roll = rng.random()
    if roll < 0.1:
        return bytes(rng.randrange(256) for _ in range(rng.randint(0, 300)))
    if roll < 0.2:
        return "\ufeff".encode() + text.encode()
    if roll < 0.3:
        return b"\xff\xfe" + text.encode("utf-16-le", "replace")
    if roll < 0.4:
        return text.encode("cp1252", "replace")
    if roll < 0.5:
        return f"<html><body><p>{text}</p>".encode()
    return text.encode("utf-8", "surrogatepass" if roll < 0.55 else "strict")


def _check_collection(collection: dict, text: str) -> None:
    strict = json.loads(json.dumps(collection, allow_nan=False))
    assert strict["type"] == "FeatureCollection"
    for feature in collection["features"]:
        props = feature["properties"]
        for m in props["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
        for e in props["evidence"]:
            assert text[e["start"]:e["end"]] == e["sentence"]
        geometry = shape(feature["geometry"])
        assert geometry.is_valid and not geometry.is_empty
        minx, miny, maxx, maxy = geometry.bounds
        assert -180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90


def test_decoding_and_the_pipeline_on_generated_input(gazetteer):
    rng = random.Random(SEED)
    results = {"error": 0, "mapped": 0}
    for case in range(300):
        data = _bytes(rng)
        try:
            text, _ = decode_article(data, rng.choice(["a.txt", "a.html", "pasted"]))
            collection = extract_feature_collection(text, gazetteer=gazetteer)
        except InputError as exc:
            assert str(exc) and "\n" not in str(exc), case
            results["error"] += 1
            continue
        _check_collection(collection, text)
        results["mapped"] += bool(collection["features"])
    assert results["error"] > 10 and results["mapped"] > 100  # both paths exercised


def test_the_pipeline_on_generated_text_as_given(gazetteer):
    """Texts as a caller of ``run`` may pass them: CR, control characters, no decoding."""
    rng = random.Random(SEED + 1)
    for _ in range(150):
        text = _text(rng)
        try:
            collection = extract_feature_collection(text, gazetteer=gazetteer)
        except InputError:
            assert not text.strip()
            continue
        _check_collection(collection, text)


def _line(rng: random.Random, i: int) -> str:
    record: dict = {"id": rng.choice([f"r{i}", i, None, [i], 1.5])}
    if rng.random() < 0.9:
        record["text"] = _text(rng) if rng.random() < 0.9 else rng.choice([None, 3, ""])
    if rng.random() < 0.3:
        record["date"] = rng.choice(["2021-02-28", "2021-02-29", "2021-13-01", "21-1-1",
                                     "2021-01-01\n", "\u0662\u0660\u0662\u0661-01-01", 7])
    line = json.dumps(record)
    roll = rng.random()
    if roll < 0.05:
        return line[: rng.randrange(len(line))]  # cut short
    if roll < 0.08:
        return '{"id": "deep", "text": ' + "[" * 3000 + "]" * 3000 + "}"
    if roll < 0.10:
        return '{"id": ' + "1" * 5000 + ', "text": "Erbil"}'
    if roll < 0.13:
        return line.replace('"text": "', '"text": "\\ud83d ', 1)
    if roll < 0.15:
        return line.replace('"id": ', '"id": NaN, "x": ', 1)
    return line


def test_batch_on_generated_lines_answers_every_line_in_strict_json(tmp_path):
    rng = random.Random(SEED)
    lines = [_line(rng, i) for i in range(200)]
    src = tmp_path / "fuzz.jsonl"
    src.write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode("utf-8", "surrogatepass"))
    done = subprocess.run([sys.executable, "-m", "geo", "batch", str(src)], cwd=ROOT,
                          capture_output=True, timeout=110)
    assert done.returncode == 0 and b"Traceback" not in done.stderr
    out = done.stdout.decode("utf-8").splitlines()
    assert len(out) == sum(1 for line in lines if line.strip())

    def reject(name: str) -> None:
        raise AssertionError(f"{name} in the output")

    for line in out:
        result = json.loads(line, parse_constant=reject)
        assert "error" in result or result["type"] == "FeatureCollection"


@pytest.mark.parametrize("case", range(6))
def test_extract_on_generated_bytes_exits_0_or_2_without_a_traceback(case):
    data = _bytes(random.Random(SEED * 100 + case))
    done = subprocess.run([sys.executable, "-m", "geo", "extract", "-"], input=data,
                          cwd=ROOT, capture_output=True, timeout=60)
    assert done.returncode in (0, 2) and b"Traceback" not in done.stderr
    if done.returncode == 0:
        json.loads(done.stdout)
    else:
        assert done.stderr.decode().startswith("error: ")
