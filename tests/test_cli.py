"""The CLI contract: extract, batch, and a one-line error (exit 2) for every bad input."""

import json
import sqlite3
import subprocess
import sys

import pytest

from conftest import ROOT, SEED_TEXT


def geo(*args, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "geo", *args], input=stdin,
                          capture_output=True, cwd=ROOT, timeout=120)


def test_extract_seed_writes_a_feature_collection(tmp_path):
    out = tmp_path / "seed.geojson"
    result = geo("extract", str(SEED_TEXT), "--date", "2020-11-03", "-o", str(out))
    assert result.returncode == 0, result.stderr
    collection = json.loads(out.read_text(encoding="utf-8"))
    layers = {f["properties"]["layer"] for f in collection["features"]}
    assert layers == {"announced_center", "proposed_center", "disputed_area", "place"}


def test_extract_reads_stdin():
    result = geo("extract", "-", stdin=b"Talks were held in Baghdad.")
    assert result.returncode == 0
    names = [f["properties"]["name"] for f in json.loads(result.stdout)["features"]]
    assert names == ["Baghdad"]


def test_batch_keeps_order_ids_and_reports_bad_lines(tmp_path):
    lines = [json.dumps({"id": "a", "text": "A joint centre opened in Erbil."}),
             "{not json",
             json.dumps({"id": "c", "text": ""}),
             json.dumps({"id": "d", "text": "Meeting in Mosul.", "date": "2021-01-02"})]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = geo("batch", str(src))
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == ["a", None, "c", "d"]
    assert out[0]["features"][0]["properties"]["layer"] == "announced_center"
    assert "error" in out[1] and "error" in out[2]
    assert out[3]["features"][0]["properties"]["date"] == "2021-01-02"


def test_batch_and_ingest_reduce_an_html_text_like_an_html_file(tmp_path):
    page = ("<html><head><title>Talks</title><script>var x = 'Tehran';</script></head>"
            "<body><p>A joint centre opened in <b>Erbil</b> on Monday.</p></body></html>")
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "h", "text": page, "date": "2021-01-02"}) + "\n",
                   encoding="utf-8")
    (out,) = [json.loads(line) for line in geo("batch", str(src)).stdout.decode().splitlines()]
    (erbil,) = out["features"]
    assert erbil["properties"]["name"] == "Erbil"
    assert erbil["properties"]["evidence"][0]["sentence"] == \
        "A joint centre opened in Erbil on Monday."
    db = tmp_path / "c.sqlite"
    assert geo("ingest", str(src), "--db", str(db)).returncode == 0
    with sqlite3.connect(db) as conn:
        (text,) = conn.execute("SELECT text FROM articles").fetchone()
    assert "<" not in text and "Tehran" not in text and "Erbil" in text


BAD_INPUTS = {
    "empty.txt": b"",
    "blank.txt": b"   \n\t \n",
    "binary.bin": bytes(range(256)) * 4,
    "numbers.txt": b"12345 678 90",
}


@pytest.mark.parametrize("name", BAD_INPUTS)
def test_bad_input_is_a_one_line_error(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(BAD_INPUTS[name])
    result = geo("extract", str(path))
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert stderr.startswith("error: ") and stderr.count("\n") == 1
    assert "Traceback" not in stderr


def test_huge_input_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Baghdad is a city. " * 300_000)
    result = geo("extract", str(path))
    assert result.returncode == 2 and b"limit" in result.stderr


def test_unreadable_path():
    result = geo("extract", "/no/such/article.txt")
    assert result.returncode == 2 and b"cannot read" in result.stderr


def test_bad_date():
    result = geo("extract", str(SEED_TEXT), "--date", "last tuesday")
    assert result.returncode == 2 and b"YYYY-MM-DD" in result.stderr


def test_cp1252_falls_back_with_a_warning(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Officials met in Baghdad \u2013 caf\u00e9 talks.".encode("cp1252"))
    result = geo("extract", str(path))
    assert result.returncode == 0
    assert b"cp1252" in result.stderr
    assert [f["properties"]["name"] for f in json.loads(result.stdout)["features"]] == [
        "Baghdad"]


def test_html_is_reduced_to_text_and_scripts_ignored(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>x</title><script>var Mosul = 1;</script></head>"
                    "<body><p>Talks in <b>Erbil</b> &amp; beyond.</p></body></html>",
                    encoding="utf-8")
    result = geo("extract", str(path))
    assert result.returncode == 0, result.stderr
    names = [f["properties"]["name"] for f in json.loads(result.stdout)["features"]]
    assert names == ["Erbil"]
