"""The dashboard safe by default: local address, real upload limit, bounded corrections,
uploads that cannot break the page, downloads for any collection, caches that see a
replaced database."""

from __future__ import annotations

import json
import shutil
import tomllib
from pathlib import Path

import pytest

from geo import geojson_io, store
from geo.errors import InputError
from geo.textio import MAX_BYTES, decode_article

ROOT = Path(__file__).resolve().parent.parent


def test_the_page_listens_on_this_machine_only_and_states_the_real_upload_limit():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["address"] == "127.0.0.1"
    assert config["server"]["maxUploadSize"] * 2**20 == MAX_BYTES
    assert "--server.address 127.0.0.1" in (ROOT / "Makefile").read_text()


@pytest.mark.parametrize("data", [
    b'{"type": "FeatureCollection", "features": ' + b"[" * 5000 + b"]" * 5000 + b"}",
    b'{"type": "FeatureCollection", "n": ' + b"9" * 5000 + b', "features": []}',
    b'{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": '
    b'{"type": "Point", "coordinates": [NaN, 1]}, "properties": {"name": "x", '
    b'"layer": "place"}}]}',
    b'{"text": "Talks in Erbil \\ud800"}',
])
def test_an_upload_that_used_to_raise_is_a_message(data):
    with pytest.raises(InputError):
        geojson_io.read_upload(data, "up.json")


def test_a_huge_multipoint_is_refused_with_a_message():
    points = [[44.0 + i * 1e-4, 33.0] for i in range(geojson_io.MAX_MULTIPOINT + 1)]
    upload = {"type": "FeatureCollection", "features": [{
        "type": "Feature", "geometry": {"type": "MultiPoint", "coordinates": points},
        "properties": {"name": "many", "layer": "place"}}]}
    with pytest.raises(InputError, match="Point features"):
        geojson_io.read_upload(json.dumps(upload).encode(), "up.geojson")
    upload["features"][0]["geometry"]["coordinates"] = points[:10]
    assert geojson_io.read_upload(json.dumps(upload).encode(), "up.geojson").collection


def test_utf16_text_with_its_bom_is_read():
    for encoding, bom in (("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")):
        text, _ = decode_article(bom + "Talks in Erbil.".encode(encoding), "a.txt")
        assert text == "Talks in Erbil."


def test_the_csv_download_takes_rows_of_different_columns():
    data = geojson_io.csv_bytes([{"name": "a", "layer": "place"},
                                 {"name": "b", "since": "2021-01-01", "layer": "place"}])
    assert data.decode().splitlines() == ["name,layer,since", "a,place,", "b,place,2021-01-01"]


def test_a_correction_s_text_is_bounded(small_corpus):
    conn = store.connect(small_corpus)
    with pytest.raises(InputError, match="at most"):
        store.add_correction(conn, "x", "place", "wrong", reason="r" * (store.MAX_REASON + 1),
                             author="me")
    assert store.add_correction(conn, "x", "place", "wrong", reason="r" * store.MAX_REASON,
                                author="me")


def test_a_replaced_database_file_is_a_new_revision(small_corpus, tmp_path):
    copy = tmp_path / "copy.sqlite"
    shutil.copy(small_corpus, copy)
    before = store.revision(store.connect(small_corpus))
    small_corpus.unlink()
    shutil.copy(copy, small_corpus)  # same counts, another file
    assert store.revision(store.connect(small_corpus)) != before
