"""The map view: layers, escaping, symbols, offline assets, legend, bounds, clustering."""

from __future__ import annotations

import copy
import hashlib
import json
import re
from pathlib import Path

import pytest

from conftest import ROOT, SEED_SAMPLE_GEOJSON, SEED_TEXT
from geo import mapview
from geo.mapview import (
    LAYER_STYLES,
    article_html,
    build_map,
    evidence_html,
    evidence_rows,
    evidence_table_html,
    layer_counts,
    popup_html,
)
from geo.types import Layer

SAMPLE = SEED_SAMPLE_GEOJSON
SEED = SEED_TEXT
ALL = [layer.value for layer in Layer]
URL_RE = re.compile(r"""(?:https?:)?//[^\s"'<>)\\]+""")
XSS_NAME = "<script>window.pwned=1</script>Erbil"
XSS_SENTENCE = 'Centres open in Erbil <img src=x onerror="window.pwned=1"> today.'


@pytest.fixture()
def sample() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def _point(name: str, layer: str, lon: float, lat: float, **props) -> dict:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {"name": name, "layer": layer, "precision": "point",
                           "confidence": 0.5, "mentions": [], "evidence": [], **props}}


def _html(collection: dict, layers=ALL, **kwargs) -> str:
    return build_map(collection, visible_layers=layers, **kwargs).get_root().render()


def _layer_data(page: str, layer: str) -> list[dict]:
    """The features the page hands to Leaflet for one layer's markers or shapes."""
    found = []
    for blob in re.findall(r"_add\((\{.*?\})\);\n", page):
        data = json.loads(blob)
        found += [f for f in data["features"] if f["properties"].get("layer") == layer]
    return found


def test_one_feature_group_per_visible_layer(sample):
    page = _html(sample)
    for layer, n in ((Layer.ANNOUNCED_CENTER, 2), (Layer.PROPOSED_CENTER, 4),
                     (Layer.DISPUTED_AREA, 5), (Layer.PLACE, 2)):
        assert len(_layer_data(page, layer.value)) == n
    assert page.count("L.featureGroup(") == 5  # four layers and the view
    # no layer box on the map: the page's toggles are the only switches
    assert "L.control.layers" not in page and "leaflet-control-layers" not in page
    names = {f["properties"]["name"] for f in _layer_data(page, "announced_center")}
    assert names == {"Erbil", "Baghdad"}


def test_hidden_layers_are_not_drawn(sample):
    page = _html(sample, layers=["announced_center", "disputed_area"])
    assert page.count("L.featureGroup(") == 3
    assert _layer_data(page, "proposed_center") == []
    assert "geo-marker-proposed_center" not in page
    assert len(_layer_data(page, "disputed_area")) == 5


def test_every_mark_has_popup_with_marked_evidence(sample):
    page = _html(sample)
    erbil = next(f for f in _layer_data(page, "announced_center")
                 if f["properties"]["name"] == "Erbil")
    popup = erbil["properties"]["popup"]
    assert "<mark>Erbil</mark>" in popup
    assert "two joint coordination centers in <mark>Erbil</mark> and Baghdad" in popup
    assert "precision: point" in popup and "confidence: 0.93" in popup
    assert "Announced joint centre" in erbil["properties"]["tooltip"]
    assert "bindPopup(p.popup" in page and "bindTooltip(p.tooltip" in page


def test_article_text_is_escaped_everywhere():
    text = f"Talks: {XSS_SENTENCE}"
    start = text.index("Centres")
    feature = _point(XSS_NAME, "announced_center", 44.0, 36.2,
                     cue="<b>agreed</b>", date="<i>2020</i>",
                     mentions=[{"text": "Erbil", "start": text.index("Erbil"),
                                "end": text.index("Erbil") + 5}],
                     evidence=[{"sentence": XSS_SENTENCE, "start": start,
                                "end": start + len(XSS_SENTENCE)}])
    collection = {"type": "FeatureCollection", "features": [feature]}
    popup = popup_html(feature["properties"])
    assert "<script" not in popup and "<img" not in popup and "<b>agreed" not in popup
    assert "&lt;img src=x onerror=&quot;window.pwned=1&quot;&gt;" in popup
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;Erbil" in popup
    assert "<mark>Erbil</mark>" in popup

    page = _html(collection)
    assert "window.pwned" in page  # the text is there, as data ...
    assert "<script>window.pwned" not in page  # ... but never as markup
    assert "<img src=x" not in page and "onerror=\"window" not in page
    shown = article_html(text, collection, ALL)
    assert "<img" not in shown and "&lt;img src=x" in shown
    rows = evidence_rows(collection, ALL)
    assert rows[0]["evidence"] == XSS_SENTENCE  # the table holds plain text, not markup
    table = evidence_table_html(rows)
    assert "<script" not in table and "<img" not in table and "<b>agreed" not in table
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;Erbil" in table
    assert "&lt;img src=x" in table and "&lt;b&gt;agreed&lt;/b&gt;" in table


def test_status_is_told_by_colour_and_shape():
    styles = list(LAYER_STYLES.values())
    assert len({s.colour for s in styles}) == 4
    assert len({s.symbol for s in styles}) == 4
    okabe_ito = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"}
    role_styles = [LAYER_STYLES[la] for la in Layer if la is not Layer.PLACE]
    assert all(s.colour in okabe_ito for s in role_styles)
    announced, proposed, disputed, place = (LAYER_STYLES[la] for la in Layer)
    assert "<rect" in announced.symbol and "dasharray" not in announced.symbol
    assert "<circle" in proposed.symbol and "stroke-dasharray" in proposed.symbol
    assert "<polygon" in disputed.symbol and "url(#geo-hatch-disputed)" in disputed.symbol
    assert "<circle" in place.symbol and place.size < announced.size
    assert "dashArray" not in announced.polygon
    assert proposed.polygon["dashArray"] != disputed.polygon["dashArray"]
    assert disputed.polygon["fillColor"] == "url(#geo-hatch-disputed)"
    assert len({s.text_css.split("border-bottom:")[1].split()[1] for s in styles}) == 4


def test_polygons_are_simplified_and_styled(sample):
    page = _html(sample)
    disputed = {f["properties"]["name"]: f for f in _layer_data(page, "disputed_area")}
    nineveh = disputed["Nineveh"]
    source = next(f for f in sample["features"] if f["properties"]["name"] == "Nineveh")
    assert nineveh["geometry"]["type"] in ("Polygon", "MultiPolygon")
    assert len(json.dumps(nineveh["geometry"])) < len(json.dumps(source["geometry"]))
    assert nineveh["properties"]["style"]["dashArray"] == "8 5"
    assert '<pattern id="geo-hatch-disputed"' in page


def test_no_remote_url_unless_online_tiles(sample):
    page = _html(sample)
    assert URL_RE.findall(page) == []
    for src in re.findall(r'<(?:script src|link rel="stylesheet" href)="([^"]+)"', page):
        assert src.startswith("/app/static/vendor/")
    online = _html(sample, online_tiles=True)
    remote = {u for u in URL_RE.findall(online)}
    assert any("tile.openstreetmap.org" in u for u in remote)
    assert "https://www.openstreetmap.org/copyright" in online  # the attribution


def test_vendored_files_exist_and_match_their_checksums(sample):
    big = _many_points(CLUSTERED := mapview.CLUSTER_THRESHOLD + 5)
    assert len(big["features"]) == CLUSTERED
    page = _html(big)
    vendor = ROOT / "static" / "vendor"
    for src in re.findall(r'<(?:script src|link rel="stylesheet" href)="([^"]+)"', page):
        assert (vendor / src.removeprefix("/app/static/vendor/")).is_file(), src
    for line in (vendor / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split()
        assert hashlib.sha256((vendor / name).read_bytes()).hexdigest() == digest, name


def _many_points(n: int) -> dict:
    return {"type": "FeatureCollection", "features": [
        _point(f"P{i}", "place", -170 + (i * 7.3) % 340, -60 + (i * 3.1) % 120)
        for i in range(n)]}


def test_big_layers_are_clustered_small_ones_not(sample):
    assert "markerClusterGroup" not in _html(sample)
    page = _html(_many_points(mapview.CLUSTER_THRESHOLD + 1))
    assert page.count("L.markerClusterGroup(") == 1
    assert '"maxZoom": 18' in page  # markercluster throws on a map without maxZoom
    assert "geo-cluster geo-cluster-place" in page
    assert "/app/static/vendor/leaflet.markercluster/leaflet.markercluster.js" in page


def test_legend_counts_every_layer_and_marks_hidden_ones(sample):
    page = _html(sample, layers=["announced_center"])
    legend = json.loads(re.search(r"div.innerHTML = (\".*?\");", page).group(1))
    for label, n in (("Announced joint centre", 2), ("Proposed centre", 4),
                     ("Disputed area", 5), ("Other place", 2)):
        assert f"{label}: <b>{n}</b>" in legend
    assert "Operating" not in legend and "Cancelled" not in legend  # none: not listed
    # the legend is the same whatever is shown; the view script greys out hidden layers
    assert legend == json.loads(re.search(r"div.innerHTML = (\".*?\");",
                                          _html(sample)).group(1))
    assert '["announced_center"].indexOf(row.dataset.layer)' in page
    assert "<summary>Map key" in legend  # a <details>: closed on a phone-wide map
    assert 'row.classList.toggle("off", !on)' in page
    assert layer_counts(sample) == {Layer.ANNOUNCED_CENTER: 2, Layer.PROPOSED_CENTER: 4,
                                    Layer.DISPUTED_AREA: 5, Layer.PLACE: 2}


def _fitted(page: str) -> list[list[list[float]]]:
    """Every fitBounds of the page: the first view, then the view of the visible layers."""
    return [json.loads(b) for b in re.findall(r"fitBounds\(\s*(\[\[.*?\]\])", page)]


def test_map_fits_visible_role_features(sample):
    far = copy.deepcopy(sample)
    far["features"].append(_point("United States", "place", -98.5, 39.8))
    home, view = _fitted(_html(far))
    for (south, west), (north, east) in (home, view):
        assert south > 29 and north < 39 and west > 38 and east < 49  # Iraq, not the Atlantic
    home, view = _fitted(_html(far, layers=["place"]))
    assert home[0][1] > 38  # the first view is the article's centres and areas ...
    assert view[0][1] == pytest.approx(-98.5)  # ... then the map fits the visible places
    assert len(_fitted(_html(far, layers=[]))) == 1  # nothing visible: stay at home


def test_basemap_keeps_countries_near_the_view(sample):
    def country(code, x0, y0):
        ring = [[x0, y0], [x0 + 5, y0], [x0 + 5, y0 + 5], [x0, y0 + 5], [x0, y0]]
        return {"type": "Feature", "properties": {"id": f"country:{code}"},
                "bbox": [x0, y0, x0 + 5, y0 + 5],
                "geometry": {"type": "Polygon", "coordinates": [ring]}}

    basemap = {"type": "FeatureCollection",
               "features": [country("IQ", 40, 30), country("US", -100, 35)]}
    page = _html(sample, basemap=basemap)
    assert "country:IQ" in page and "country:US" not in page
    assert "Boundaries: Natural Earth" in page


def test_a_fetched_basemap_is_not_embedded(sample):
    basemap = {"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"id": "country:IQ"}, "bbox": [40, 30, 45, 35],
        "geometry": {"type": "Polygon", "coordinates": [
            [[40, 30], [45, 30], [45, 35], [40, 35], [40, 30]]]}}]}
    page = _html(sample, basemap=basemap, basemap_url="/app/static/cache/basemap-x.json")
    assert "country:IQ" not in page  # not in the page: the browser fetches it
    assert 'fetch("/app/static/cache/basemap-x.json")' in page
    assert "Boundaries: Natural Earth" in page
    # the outlines kept are those near the article's first view, as when embedded
    view = json.loads(re.search(r"var view = (\[\[.*?\]\]),", page).group(1))
    (south, west), (north, east) = view
    assert 29 < south < north < 39 and 38 < west < east < 49


def test_the_context_layer_is_fetched_under_the_marks_and_skips_what_they_show(sample):
    hostile = copy.deepcopy(sample)
    hostile["features"][0]["properties"]["name"] = "</script><b>Erbil"
    page = _html(hostile, context_urls=["/app/static/cache/context-x-IQ.json"])
    assert 'geoContext(map, ["/app/static/cache/context-x-IQ.json"]' in page
    assert "</script><b>" not in page  # the skipped names travel as escaped JSON
    skip = json.loads(re.search(r'context-x-IQ.json"\], (\{.*?\}),', page).group(1))
    assert "</script><b>erbil" in skip["towns"]
    assert "nineveh" in skip["areas"]  # a disputed area's polygon is labelled already
    panes = dict(re.findall(r'createPane\(\s*"(geo-context[\w-]*)"\);\s*\w+\.style\.zIndex = '
                            r"(\d+);\s*\w+\.style\.pointerEvents = 'none'", page))
    # under the areas (400) and marks (600) of the article; never clickable
    assert int(panes["geo-context"]) < 400 and int(panes["geo-context-labels"]) < 600
    assert "geoContext(" not in _html(sample)  # no files given: no context layer


def test_evidence_html_marks_mentions_by_offset_or_by_text():
    sentence = "Centres in Erbil and Baghdad; Erbil first."
    mentions = [{"text": "Erbil", "start": 111, "end": 116}]
    assert evidence_html(sentence, 100, mentions) == (
        "Centres in <mark>Erbil</mark> and Baghdad; Erbil first.")
    shifted = [{"text": "Erbil", "start": 5, "end": 10}]  # offsets of another text
    assert evidence_html(sentence, 100, shifted).count("<mark>Erbil</mark>") == 2
    assert evidence_html("a < b in Erbil", 0, [], "Erbil") == "a &lt; b in <mark>Erbil</mark>"


def test_article_html_colours_mentions_by_layer(sample):
    text = SEED.read_text(encoding="utf-8")
    shown = article_html(text, sample, ALL)
    kirkuk = re.search(r'<mark class="geo-m geo-m-(\w+)" title="([^"]+)"[^>]*>Kirkuk</mark>',
                       shown)
    assert kirkuk.group(1) == "proposed_center"
    assert kirkuk.group(2) == "Proposed centre, Disputed area"
    assert shown.count(">Erbil</mark>") == 7 and shown.count(">ERBIL</mark>") == 1
    assert "geo-m-announced_center" not in article_html(text, sample, ["place"])
    assert "<br>" in shown and "&#x27;" in shown  # newlines kept, apostrophes escaped


def test_evidence_rows_follow_the_toggles(sample):
    rows = evidence_rows(sample, ["announced_center", "place"])
    assert {r["layer"] for r in rows} == {"Announced joint centre", "Other place"}
    assert {r["name"] for r in rows} == {"Erbil", "Baghdad", "Iraq", "Kurdistan Region"}
    erbil = next(r for r in rows if r["name"] == "Erbil")
    assert erbil["lon"] == pytest.approx(44.0094) and erbil["lat"] == pytest.approx(36.1912)
    assert "\n" not in erbil["evidence"]
    assert evidence_rows(sample, []) == []


@pytest.mark.parametrize("name", ["{{ lipsum.__globals__.os.getcwd() }}", "{{ 'x' }}",
                                  "{% for x in range(3) %}Q{% endfor %}"])
def test_template_syntax_in_data_stays_text(name):
    feature = _point(name, "announced_center", 44.0, 36.2)
    page = _html({"type": "FeatureCollection", "features": [feature]})
    assert json.dumps(name)[1:-1].replace("'", "\\u0027") in page
    assert str(Path.cwd()) not in page and "QQQ" not in page  # not evaluated


def test_evidence_table_has_a_row_per_evidence_sentence(sample):
    rows = evidence_rows(sample, ALL)
    table = evidence_table_html(rows)
    assert table.count("<tr>") == len(rows) + 1  # header + one per row
    assert "<th>confidence</th>" in table and "<th>evidence</th>" in table
    assert f"<td>{rows[0]['name']}</td>" in table
    assert re.search(r'<td class="num">\d\.\d\d</td>', table)  # confidence, 2 places
    assert "No visible places" in evidence_table_html([])


def test_a_corpus_popup_lists_its_latest_reports_and_corrections():
    from geo.mapview import POPUP_REPORTS, popup_html

    history = [{"date": f"2021-01-{i + 1:02d}", "article": f"a{i}", "title": None,
                "status": "proposed", "cue": "planned",
                "sentence": f"Report {i} on <b>Erbil</b>."} for i in range(POPUP_REPORTS + 4)]
    html_ = popup_html({"name": "Erbil", "layer": "proposed_center", "status": "proposed",
                        "since": "2021-01-01", "history": history, "rejected": True,
                        "corrections": [{"action": "wrong", "author": "<i>ana</i>",
                                         "at": "2021-02-01", "reason": "not joint"}]})
    assert "4 earlier reports" in html_ and html_.count("<blockquote>") == POPUP_REPORTS
    assert f"Report {POPUP_REPORTS + 3} on &lt;b&gt;<mark>Erbil</mark>" in html_
    assert "Report 0 " not in html_
    assert "marked wrong by an analyst" in html_ and "&lt;i&gt;ana&lt;/i&gt;" in html_
    assert "status: proposed since 2021-01-01" in html_


def test_a_popup_shows_a_few_evidence_sentences_with_their_mentions_marked():
    from geo.mapview import POPUP_EVIDENCE, popup_html

    sentence = "Talks in Erbil."
    evidence = [{"sentence": sentence, "start": 100 * i, "end": 100 * i + len(sentence)}
                for i in range(50)]
    mentions = [{"text": "Erbil", "start": 100 * i + 9, "end": 100 * i + 14}
                for i in reversed(range(50))]  # unsorted, as an upload may have them
    shown = popup_html({"name": "Erbil", "layer": "place", "evidence": evidence,
                        "mentions": mentions})
    assert shown.count("<mark>Erbil</mark>") == POPUP_EVIDENCE
    assert f"{50 - POPUP_EVIDENCE} more sentences" in shown
