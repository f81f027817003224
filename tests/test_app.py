"""The Streamlit page (AppTest): toggles reach the map, the URL keeps the view, bad input
gets a message and the last good map stays."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "seed_sample.geojson"
LABELS = {"announced_center": "Announced joint centre", "proposed_center": "Proposed centre",
          "disputed_area": "Disputed area", "place": "Other place"}


def _app(**query) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in query.items():
        at.query_params[key] = value
    return at.run()


def _choose(at: AppTest, source: str) -> AppTest:
    """Open the sidebar's article chooser (closed by default) and pick a source."""
    at.session_state["input"] = True  # what a click on the expander sets
    at.run()
    return at.selectbox(key="source").set_value(source).run()


def _chooser_label(at: AppTest) -> str:
    (label,) = [e.label for e in at.expander if e.label.startswith("Article")]
    return label


def _shown(at: AppTest) -> str:
    """The name of the article or file on the map, from the caption above it."""
    (caption,) = [c.value for c in at.main.caption if c.value.startswith("**")]
    return _text(caption)


def _map_args(at: AppTest) -> dict:
    maps = [el for el in at.get("component_instance")
            if el.proto.component_name == "streamlit_folium.st_folium"]
    assert len(maps) == 1
    return json.loads(maps[0].proto.json_args)


def _layers_js(at: AppTest) -> str:
    """The script that draws the layers into the map (redrawn without reloading the map)."""
    args = _map_args(at)
    assert not args["layer_control"]  # no layer box on the map: the sidebar's toggles only
    return args["feature_group"] or ""


def _map_layers(at: AppTest) -> set[str]:
    """The layers whose marks reach the map (by the layer of the features drawn)."""
    script = _layers_js(at)
    return {layer for layer in LABELS if f'"layer": "{layer}"' in script}


def _text(markdown: str) -> str:
    """What a message shows: the app escapes Markdown in file names and quoted input."""
    return re.sub(r"\\(.)", r"\1", markdown)


def _content_html(at: AppTest) -> list[str]:
    """The st.html blocks that show something (not the page's style sheet)."""
    return [el.proto.body for el in at.get("html")
            if not el.proto.body.lstrip().startswith("<style>")]


def _html(at: AppTest, css_class: str) -> list[str]:
    """Bodies of the st.html blocks holding an element of ``css_class``."""
    return [el.proto.body for el in at.get("html") if f'class="{css_class}' in el.proto.body]


def _visible_in_table(at: AppTest) -> set[str]:
    """The layer column of the evidence table (first cell of each body row)."""
    (table,) = _html(at, "geo-table")
    return set(re.findall(r"<tr><td>([^<]*)</td>", table))


def test_default_page_maps_the_seed_article_offline():
    at = _app()
    assert not at.exception and not at.error
    assert _map_layers(at) == set(LABELS)
    args = _map_args(at)
    assert args["js_links"] == ["/app/static/vendor/leaflet/leaflet.js"]
    assert args["css_links"] == ["/app/static/vendor/leaflet/leaflet.css"]
    assert args["returned_objects"] == []
    layers_js = _layers_js(at)
    assert 'title="Erbil"' not in layers_js  # names travel as data, titles are set in JS
    assert '"name": "Erbil"' in layers_js and '"name": "Baghdad"' in layers_js
    assert at.query_params["article"] == "000_5fe70ab38a61ff6b.txt"
    assert at.query_params["layers"] == ",".join(LABELS)
    # the article chooser and the evidence section are closed and, closed, not built at
    # all (the map draws sooner)
    assert not at.get("selectbox") and not _content_html(at)
    assert not at.get("download_button")
    assert "000_5fe70ab38a61ff6b.txt" in _shown(at)
    assert _chooser_label(at) == "Article: choose another, paste or upload"


def test_the_page_says_what_it_shows():
    at = _app()
    caption = _shown(at)
    assert caption.startswith("**Iraqi military, Peshmerga agree to form joint security")
    assert "000_5fe70ab38a61ff6b.txt" in caption and "Announced joint centre: 2" in caption
    assert any("What the layers mean" in c.value for c in at.sidebar.caption)
    at.session_state["input"] = True
    at.run()
    chooser = at.selectbox(key="article")
    assert chooser.format_func("two-centres-three-planned.json").endswith(")")
    assert "(2" in chooser.format_func("khanaqin-centre-opens.json")  # title (date)
    assert "Joint coordination centre opens in Khanaqin" in chooser.format_func(
        "khanaqin-centre-opens.json")
    unknown = _app(article="no-such-article.txt")
    assert "No bundled article is called no-such-article.txt" in _text(unknown.warning[0].value)
    assert "000_5fe70ab38a61ff6b.txt" in _shown(unknown)


def test_a_pasted_article_stays_when_the_chooser_is_closed():
    at = _choose(_app(), "Paste text")
    at.text_area(key="pasted").input("Officials agreed to open a joint centre in Kirkuk.").run()
    assert '"name": "Kirkuk"' in _layers_js(at)
    at.session_state["input"] = False  # the user closes the chooser
    at.run()
    assert not at.get("text_area") and not at.exception
    assert '"name": "Kirkuk"' in _layers_js(at) and "Erbil" not in _layers_js(at)
    assert "pasted text" in _shown(at)
    at.session_state["input"] = True  # and opens it again: the source is still "Paste text"
    at.run()
    assert at.selectbox(key="source").value == "Paste text"


def test_evidence_section_opens_from_the_url_or_a_click():
    for at in (_app(details="true"), _app()):
        if not _content_html(at):
            at.session_state["details"] = True  # what a click on the expander sets
            at.run()
        assert not at.exception
        assert "Erbil" in _html(at, "geo-article")[0]  # the highlighted article
        assert _visible_in_table(at) == set(LABELS.values())
        assert {b.label for b in at.get("download_button")} == {
            "Download GeoJSON (visible layers)", "Download table (CSV)"}


def test_toggles_change_the_map_table_and_url():
    at = _app(details="true")
    base = _map_args(at)["script"]
    at.checkbox(key="show_proposed_center").uncheck()
    at.checkbox(key="show_place").uncheck().run()
    assert _map_layers(at) == {"announced_center", "disputed_area"}
    assert _visible_in_table(at) == {"Announced joint centre", "Disputed area"}
    assert at.query_params["layers"] == "announced_center,disputed_area"
    assert _map_args(at)["script"] == base  # same map: the iframe is not reloaded
    at.checkbox(key="show_proposed_center").check().run()
    assert _map_layers(at) == {"announced_center", "proposed_center", "disputed_area"}


def test_url_reproduces_the_view():
    at = _app(layers="announced_center,disputed_area", article="two-centres-three-planned.json")
    assert at.checkbox(key="show_disputed_area").value is True
    assert at.checkbox(key="show_proposed_center").value is False
    assert "two-centres-three-planned.json" in _shown(at)
    assert _map_layers(at) == {"announced_center"}  # this article has no disputed area
    assert "Sulaimani" not in _layers_js(at)  # a plain place: its layer is off
    assert at.query_params["layers"] == "announced_center,disputed_area"
    none = _app(layers="")
    assert _map_layers(none) == set() and not none.exception
    osm = _app(tiles="osm")
    assert osm.checkbox(key="tiles").value is True
    assert "tile.openstreetmap.org" in _map_args(osm)["script"]
    assert "tile.openstreetmap.org" not in _map_args(_app())["script"]


def test_uploaded_feature_collection_loads_as_it_is():
    at = _app(details="true")
    _choose(at, "Upload a file")
    at.file_uploader(key="upload").upload("seed.geojson", SAMPLE.read_bytes(),
                                          "application/geo+json").run()
    assert not at.error and not at.exception
    assert "seed.geojson" in _shown(at)
    assert '"name": "Kurdistan Region"' in _layers_js(at)
    assert not _html(at, "geo-article")  # no article text for a ready collection
    assert "Kurdistan Region" in _html(at, "geo-table")[0]


def test_pasted_text_is_mapped():
    at = _app(details="true")
    _choose(at, "Paste text")
    at.text_area(key="pasted").input(
        "Officials agreed to establish a joint coordination center in Kirkuk.").run()
    assert not at.error and not at.exception
    assert "pasted text" in _shown(at)
    assert '"name": "Kirkuk"' in _layers_js(at)
    at.text_area(key="pasted").input(
        "<html><body><p>A joint centre opened in <b>Erbil</b>.</p></body></html>").run()
    assert any("HTML reduced to its text" in w.value for w in at.warning)
    (body,) = _html(at, "geo-article")
    assert "opened in" in body and "&lt;b&gt;" not in body  # the tags are gone, not shown
    assert '"name": "Erbil"' in _layers_js(at)


BAD_UPLOADS = [
    ("empty.txt", b"", "error", "input is empty"),
    ("photo.txt", bytes(range(256)) * 40, "error", "looks binary"),
    ("huge.txt", b"Erbil. " * (800 * 1024), "error", "the limit is 5 MB"),
    ("latin.txt", b"Talks in Erbil \x81\x8d\x8f\x90\x9d.", "error", "neither UTF-8 nor cp1252"),
    ("broken.geojson", b'{"type": "FeatureCollection", "features": [', "error",
     "not valid JSON"),
    ("feature.geojson", json.dumps({"type": "Feature", "geometry": None}).encode(), "error",
     "expected a GeoJSON FeatureCollection, got 'Feature'"),
    ("layers.geojson", json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [44, 36]},
         "properties": {"name": "X", "layer": "hq"}}]}).encode(), "error",
     "unknown layer 'hq'"),
    ("weather.txt", b"The weather was mild and nothing else happened today.", "info",
     "No places found in weather.txt"),
    ("empty.geojson", b'{"type": "FeatureCollection", "features": []}', "info",
     "No places found in empty.geojson"),
    # records that raised past every check (issue 15)
    ("deep.json", b'{"type": "FeatureCollection", "features": ' + b"[" * 1000
     + b"]" * 1000 + b"}", "error", "nested more than"),
    ("digits.geojson", b'{"type": "FeatureCollection", "n": ' + b"7" * 5000
     + b', "features": []}', "error", "4300 digits"),
    ("lone.json", b'{"text": "Talks in Erbil \\udc00."}', "error", "lone surrogate"),
    ("leap.json", json.dumps({"text": "Talks in Erbil.", "date": "2021-02-29"}).encode(),
     "error", "not a calendar date"),
]


@pytest.mark.parametrize(("name", "data", "kind", "message"), BAD_UPLOADS,
                         ids=[b[0] for b in BAD_UPLOADS])
def test_bad_upload_gives_a_message_and_keeps_the_last_map(name, data, kind, message):
    at = _app()
    before = _layers_js(at)
    _choose(at, "Upload a file")
    at.file_uploader(key="upload").upload(name, data, "application/octet-stream").run()
    assert not at.exception
    shown = [_text(el.value) for el in getattr(at, kind)]
    assert any(message in text for text in shown), shown
    assert _layers_js(at) == before  # the seed's map is still there
    assert any("Still showing the previous result (000_5fe70ab38a61ff6b.txt)" in _text(c.value)
               for c in at.caption)


def test_empty_paste_asks_for_text_and_bad_date_is_an_error():
    at = _app()
    _choose(at, "Paste text")
    assert any("Paste the text" in i.value for i in at.info)
    at.text_area(key="pasted").input("Talks in Baghdad.")
    at.text_input(key="date").input("2 Nov 2020").run()
    assert any("date must be YYYY-MM-DD, got '2 Nov 2020'" in _text(e.value) for e in at.error)
    assert not at.exception and _map_layers(at)


def test_file_names_and_quoted_input_cannot_inject_markdown():
    at = _app()
    _choose(at, "Upload a file")
    name = "![x](http://example.com/p.png).geojson"
    at.file_uploader(key="upload").upload(name, json.dumps({"type": "FeatureCollection",
        "features": [{"type": "Feature", "geometry": None,
                      "properties": {"name": "[click](http://example.com)",
                                     "layer": "place"}}]}).encode()).run()
    error = at.error[0].value
    assert r"\!\[x\]\(http\:" in error and r"\[click\]\(http\:" in error
    assert "![x](http" not in error and "[click](http" not in error
    assert _text(error) == (f"{name}: feature 0 ('[click](http://example.com)'): "
                            "has no geometry (got None)")


def _corpus_app(folder: Path, monkeypatch, **state) -> AppTest:
    """The page with its corpus timeline open on the databases of ``folder``."""
    monkeypatch.setenv("GEO_CORPUS_DIR", str(folder))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["corpus"] = "true"
    for key, value in state.items():
        at.session_state[key] = value
    return at.run()


def test_corpus_view_shows_status_on_a_date_and_what_changed(small_corpus, monkeypatch):
    at = _corpus_app(small_corpus.parent, monkeypatch)
    assert not at.exception and not at.error
    assert "every place as of 2020-12-01" in _shown(at)
    js = _layers_js(at)
    assert '"name": "Erbil"' in js and "status: operating since 2020-12-01" in js
    (changed,) = [h for h in _html(at, "geo-table") if "What" not in h]
    assert "operating" in changed and "Erbil centre opens" in changed
    at.slider(key="dates").set_value((dt.date(2020, 10, 1), dt.date(2020, 11, 1))).run()
    assert "status: proposed since 2020-10-01" in _layers_js(at)
    assert "every place as of 2020-11-01" in _shown(at)
    assert (at.query_params["from"], at.query_params["to"]) == ("2020-10-01", "2020-11-01")
    assert at.date_input(key="date_to").value == dt.date(2020, 11, 1)  # kept in step


def test_corpus_dates_are_typed_or_restored_from_the_url(small_corpus, monkeypatch):
    monkeypatch.setenv("GEO_CORPUS_DIR", str(small_corpus.parent))
    at = _app(corpus="true", **{"from": "2020-10-01", "to": "2020-11-01"})
    assert "every place as of 2020-11-01" in _shown(at)  # the URL's range
    at.date_input(key="date_to").set_value(dt.date(2020, 12, 1)).run()
    assert at.slider(key="dates").value == (dt.date(2020, 10, 1), dt.date(2020, 12, 1))
    assert "every place as of 2020-12-01" in _shown(at) and at.query_params["to"] == "2020-12-01"


def test_undated_reports_are_shown_only_when_ticked_and_the_url_keeps_it(small_corpus,
                                                                          monkeypatch):
    from geo.ingest import ingest

    undated = small_corpus.parent / "undated.jsonl"
    undated.write_text(json.dumps({
        "id": "u", "title": "Kirkuk talks", "text": "Kirkuk is one of the disputed "
        "territories claimed by both sides."}) + "\n", encoding="utf-8")
    ingest([undated], small_corpus)
    at = _corpus_app(small_corpus.parent, monkeypatch)
    assert not at.exception and not at.error
    box = at.checkbox(key="undated")
    assert box.value is False and "1 undated article" in box.label
    assert '"name": "Kirkuk"' not in _layers_js(at)  # out of the date range
    assert at.slider(key="dates").value == (dt.date(2020, 10, 1), dt.date(2020, 12, 1))
    box.check().run()
    js = _layers_js(at)
    assert '"name": "Kirkuk"' in js and "status: disputed (undated report)" in js
    assert "since None" not in js and str(dt.date.today()) not in js
    assert at.query_params["undated"] == "true" and "and undated reports" in _shown(at)
    (changed,) = [h for h in _html(at, "geo-table") if "Kirkuk" in h]
    assert "<td>undated</td><td>Kirkuk</td>" in changed
    restored = _app(corpus="true", undated="true")  # the URL brings the tick back
    assert restored.checkbox(key="undated").value is True
    assert '"name": "Kirkuk"' in _layers_js(restored)
    at.checkbox(key="undated").uncheck().run()
    assert "undated" not in at.query_params and '"name": "Kirkuk"' not in _layers_js(at)


def test_picking_an_article_leaves_the_corpus_view(small_corpus, monkeypatch):
    at = _corpus_app(small_corpus.parent, monkeypatch, input=True)
    assert "every place as of" in _shown(at)
    at.selectbox(key="article").set_value("two-centres-three-planned.json").run()
    assert not at.exception and at.query_params.get("corpus") != "true"
    assert "two-centres-three-planned.json" in _shown(at)
    assert "every place as of" not in _shown(at)


def test_the_corpus_chooser_offers_the_databases_of_its_folder_only(small_corpus,
                                                                     monkeypatch):
    import shutil

    shutil.copy(small_corpus, small_corpus.parent / "geo-corpus.sqlite")
    (small_corpus.parent / "notes.txt").write_text("not offered")
    at = _corpus_app(small_corpus.parent, monkeypatch)
    chooser = at.selectbox(key="db")
    assert chooser.options == ["corpus.sqlite", "geo-corpus.sqlite"]
    assert chooser.value == "geo-corpus.sqlite"  # the name ingest writes by default
    assert "geo-corpus.sqlite" in _shown(at)
    empty = _corpus_app(small_corpus.parent / "nothing-here", monkeypatch)
    assert not empty.exception and "No corpus database" in _text(empty.info[0].value)


def test_a_correction_saved_in_the_page_shows_on_the_map(small_corpus, monkeypatch):
    from geo.corpus_layers import corpus_collection
    from geo.store import connect, corrections

    (erbil,) = corpus_collection(connect(small_corpus))["features"]
    at = _corpus_app(small_corpus.parent, monkeypatch, correct=True)
    (mark,) = at.selectbox(key="fix_mark").options
    assert mark.startswith("Erbil (") and "city" in mark and "gn:" in mark  # unambiguous
    assert not at.number_input and not at.selectbox(key="fix_mark").disabled
    at.radio(key="fix_action").set_value("move").run()  # only the move fields show
    lon, lat = erbil["geometry"]["coordinates"]  # ... and start at the mark
    assert [n.value for n in at.number_input] == pytest.approx([lat, lon], abs=1e-5)
    assert not [b for b in at.selectbox if b.label == "New status"]
    at.radio(key="fix_action").set_value("status").run()
    assert not at.number_input
    at.selectbox(key="fix_status_0").set_value("announced")
    at.text_input(key="fix_author_0").input("ana")
    at.button[0].click().run()  # no reason given: an error, and the fields stay
    assert not at.exception and at.error and not at.success
    assert at.text_input(key="fix_author_0").value == "ana"
    assert at.selectbox(key="fix_status_0").value == "announced"
    at.text_input(key="fix_reason_0").input("opening not confirmed")
    at.button[0].click().run()
    assert not at.exception and any("Saved" in s.value for s in at.success)
    assert any("Saved" in t.value for t in at.toast)  # seen wherever the analyst looks
    (made,) = corrections(connect(small_corpus)).values()
    assert (made[0].status, made[0].author) == ("announced", "ana")
    js = _layers_js(at)
    assert f"status: announced since {made[0].created_at[:10]}" in js
    assert "status set to announced by ana" in js
    (log,) = [h for h in _html(at, "geo-table") if "<th>saved</th>" in h]
    assert "Erbil" in log and "status set to announced by ana" in log
    # the change the reports made is still listed, with what the analyst said of it
    (changed,) = [h for h in _html(at, "geo-table") if "<th>before</th>" in h]
    assert "<td>proposed</td><td>operating</td>" in changed
    assert "status set to announced by ana" in changed
    assert at.text_input(key="fix_author_1").value == "ana"  # kept for the next correction
    assert at.text_input(key="fix_reason_1").value == ""  # the rest starts afresh


def test_a_long_evidence_table_uses_the_data_grid():
    features = [{"type": "Feature",
                 "geometry": {"type": "Point", "coordinates": [44, 33 + i / 1000]},
                 "properties": {"name": f"Place {i}", "layer": "place"}} for i in range(601)]
    at = _app(details="true")
    _choose(at, "Upload a file")
    at.file_uploader(key="upload").upload(
        "many.geojson", json.dumps({"type": "FeatureCollection", "features": features}).encode(),
        "application/geo+json").run()
    assert not at.exception and not at.error
    assert len(at.dataframe) == 1 and not _html(at, "geo-table")
    at.checkbox(key="show_place").uncheck().run()  # a toggle keeps the same kind of table
    assert len(at.dataframe) == 1 and not _html(at, "geo-table")


def test_a_damaged_row_in_a_corpus_is_a_message_and_the_article_stays(small_corpus,
                                                                     monkeypatch):
    import sqlite3

    with sqlite3.connect(small_corpus) as conn:
        conn.execute("UPDATE features SET properties = '{bad'")
    at = _corpus_app(small_corpus.parent, monkeypatch, db=small_corpus.name)
    assert not at.exception
    assert any("corpus database: malformed JSON" in _text(e.value) for e in at.error)
    assert "000_5fe70ab38a61ff6b.txt" in _shown(at)


def test_a_file_that_is_no_corpus_gets_a_message_and_the_article_stays(tmp_path,
                                                                     monkeypatch):
    import sqlite3

    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    (tmp_path / "notes.sqlite").write_text("just some notes")
    for name in ("notes.sqlite", "other.sqlite"):
        at = _corpus_app(tmp_path, monkeypatch, db=name)
        assert not at.exception
        assert any("not a corpus database" in _text(e.value) for e in at.error), \
            [e.value for e in at.error]
        assert "000_5fe70ab38a61ff6b.txt" in _shown(at)  # the article's map stays
    with sqlite3.connect(other) as conn:  # and nothing was written into the other database
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["notes"]


def test_a_name_the_gazetteer_lacks_is_pinned_from_the_page(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_PINS", str(tmp_path / "pins.csv"))
    at = _app(pins="true")
    _choose(at, "Paste text")
    at.text_area(key="pasted").input(
        "A joint coordination centre opened in Zorbakan, near Kirkuk, on Monday.").run()
    (label,) = [e.label for e in at.expander if e.label.startswith("Places the gazetteer")]
    assert "(1) and your pins (0)" in label
    assert at.selectbox(key="pin_pick_0").options == ["Zorbakan", "another name…"]
    at.number_input(key="pin_lat_0").set_value(95.0)  # refused by the widget's bounds
    at.number_input(key="pin_lat_0").set_value(35.61)
    at.number_input(key="pin_lon_0").set_value(44.21)
    at.text_input(key="pin_note_0").input("from a district map")
    at.button[[b.label for b in at.button].index("Save pin")].click().run()
    assert not at.exception and not at.error
    assert "Pinned Zorbakan at 35.61, 44.21." in [s.value for s in at.success]
    assert "44.21" in _layers_js(at)  # the article mapped again, at the pinned point
    assert "Zorbakan" in (tmp_path / "pins.csv").read_text(encoding="utf-8")
    at.button[[b.label for b in at.button].index("Remove")].click().run()
    assert not (tmp_path / "pins.csv").read_text(encoding="utf-8").count("Zorbakan")
