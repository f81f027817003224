"""The map view: GeoJSON layers from the pipeline -> an offline ``folium.Map``.

:func:`build_map` is pure (data in, map out) so it is tested without Streamlit. Every mark
says why it is there: its popup and tooltip carry the evidence sentence with the mention
marked. All article text is HTML-escaped before it reaches the page.

Status is never told by colour alone: each layer has an Okabe-Ito colour *and* its own
shape or line pattern (announced = filled square, proposed = hollow dashed circle,
disputed = hatched triangle / hatched polygon with a dashed outline, place = small grey
dot). Leaflet and Leaflet.markercluster are served from ``static/vendor`` by Streamlit
(``/app/static/vendor``), so by default the page loads nothing from another host.
"""

from __future__ import annotations

import html
import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

import folium
import folium.plugins
from branca.element import Element, Figure, MacroElement
from folium.elements import ElementAddToElement
from folium.utilities import get_obj_in_upper_tree
from jinja2 import Template
from shapely.geometry import mapping, shape

from geo import mapmarks
from geo._mapscript import (
    CONTEXT_JS,
    DECLUTTER_JS,
    LABEL_CSS,
    PLACE_LABEL_ZOOM,
    POINT_JS,
    TILE_NOTE_JS,
)
from geo.corpus_layers import describe_correction
from geo.geojson_io import round_coordinates
from geo.mapcontext import context_skip
from geo.mapmarks import STATUS_STYLES, feature_status, merge_same_places, status_counts
from geo.types import Layer

__all__ = ["LAYER_STYLES", "VENDOR_URL", "LayerStyle", "MapParts", "article_html", "build_map",
           "evidence_html", "evidence_rows", "evidence_table_html", "home_bounds", "layer_counts",
           "legend_html", "map_parts", "popup_html", "visible_features"]

#: Where Streamlit serves ``static/vendor`` (``server.enableStaticServing``).
VENDOR_URL = "/app/static/vendor"
#: Above this many points in one layer, the layer's markers are clustered.
CLUSTER_THRESHOLD = 100
#: Display simplification of feature polygons, in degrees.
DISPLAY_TOLERANCE = 0.02
#: A map at most this many pixels wide (a phone) starts with its legend closed.
NARROW_MAP = 520
#: Countries within this many degrees of the view are drawn in the basemap.
BASEMAP_MARGIN = 15.0
_HATCH_ID = "geo-hatch-disputed"
_BASEMAP_PANE = "geo-basemap"
_PLACE_PANE = "geo-place-areas"
_CONTEXT_PANE = "geo-context"  # admin-1 outlines: above the land, under every mark
_CONTEXT_LABEL_PANE = "geo-context-labels"  # town and admin-1 names: under the marks
_CONTEXT_STYLE = {"color": "#8b8398", "weight": 0.9, "dashArray": "3 3", "fill": False}
_BASEMAP_STYLE = {"color": "#8a8a8a", "weight": 0.8, "fillColor": "#fbfbf8", "fillOpacity": 1}
_BASEMAP_ATTRIBUTION = "Boundaries: Natural Earth (public domain)"


@dataclass(frozen=True)
class LayerStyle:
    """How one layer looks: colour, point symbol (SVG) and polygon style."""

    label: str
    colour: str
    symbol: str  # inline SVG of the point marker, also used in the legend
    size: int
    polygon: Mapping[str, Any]
    z_index: int
    text_css: str  # how a mention of this layer is marked in the article text


def _layer_symbol(status: str) -> str:
    return STATUS_STYLES[status].symbol


# Okabe-Ito: blue #0072B2, orange #E69F00, vermillion #D55E00; grey for plain places.
# The point symbol of a layer is that of its first status (mapmarks.STATUS_STYLES).
LAYER_STYLES: dict[Layer, LayerStyle] = {
    Layer.ANNOUNCED_CENTER: LayerStyle(
        "Announced joint centre", "#0072B2", _layer_symbol("announced"), 20,
        {"color": "#0072B2", "weight": 3, "fillColor": "#0072B2", "fillOpacity": 0.3},
        400, "background:#cfe3f2;border-bottom:3px solid #0072B2"),
    Layer.PROPOSED_CENTER: LayerStyle(
        "Proposed centre", "#E69F00", _layer_symbol("proposed"), 20,
        {"color": "#E69F00", "weight": 3, "dashArray": "2 6", "fillColor": "#E69F00",
         "fillOpacity": 0.08},
        300, "background:#fbe9c2;border-bottom:3px dashed #E69F00"),
    Layer.DISPUTED_AREA: LayerStyle(
        "Disputed area", "#D55E00", _layer_symbol("disputed"), 20,
        {"color": "#D55E00", "weight": 2, "dashArray": "8 5",
         "fillColor": f"url(#{_HATCH_ID})", "fillOpacity": 0.7},
        200, "background:#f7d4c0;border-bottom:3px double #D55E00"),
    Layer.PLACE: LayerStyle(
        "Other place", "#6E6E6E", _layer_symbol("mentioned"), 12,
        {"color": "#6E6E6E", "weight": 1, "fillColor": "#6E6E6E", "fillOpacity": 0.05},
        100, "background:#e6e6e6;border-bottom:2px dotted #6E6E6E"),
}

_HATCH_DEFS = (
    '<svg width="0" height="0" style="position:absolute" aria-hidden="true"><defs>'
    f'<pattern id="{_HATCH_ID}" patternUnits="userSpaceOnUse" width="7" height="7" '
    'patternTransform="rotate(45)"><rect width="7" height="7" fill="#D55E00" '
    'fill-opacity="0.12"/><line x1="0" y1="0" x2="0" y2="7" stroke="#D55E00" '
    'stroke-width="2.5"/></pattern></defs></svg>')

_CSS = """<style>
.leaflet-container { background: #e8eff5; }
.geo-marker { background: none; border: none; }
.geo-popup { font: 13px/1.4 system-ui, sans-serif; max-width: 360px; }
.geo-popup blockquote { margin: 6px 0; padding-left: 8px; border-left: 3px solid #999; }
.geo-popup mark, .geo-tip mark { background: #F0E442; color: #000; padding: 0 1px; }
.geo-meta { color: #444; font-size: 12px; }
.geo-legend { background: #fff; padding: 6px 8px; border-radius: 4px;
  box-shadow: 0 1px 4px rgba(0,0,0,.3); font: 12px/1.5 system-ui, sans-serif; }
.geo-legend-row { display: flex; align-items: center; gap: 6px; }
.geo-legend-row.off { opacity: .45; }
.geo-cluster div { width: 30px; height: 30px; margin: 3px; border-radius: 50%;
  background: rgba(255,255,255,.85); border: 3px solid; text-align: center;
  font: bold 12px/24px system-ui, sans-serif; box-sizing: border-box; }
.geo-cluster-announced_center div { border-color: #0072B2; border-radius: 3px; }
.geo-cluster-proposed_center div { border-color: #E69F00; border-style: dashed; }
.geo-cluster-disputed_area div { border-color: #D55E00; border-style: double; }
.geo-cluster-place div { border-color: #6E6E6E; border-style: dotted; }
.geo-rejected { opacity: .35; filter: grayscale(1); }
.geo-marker.geo-corrected { outline: 2px solid #000; outline-offset: 2px; }
path.geo-corrected { stroke-width: 4; }
@media (max-width: 520px) { .geo-popup { font-size: 12px; } }
""" + LABEL_CSS + "</style>"

# Cluster bubbles in the layer's colour and line style, not markercluster's traffic lights.
_CLUSTER_JS = """function(cluster) {
    return L.divIcon({html: "<div><span>" + cluster.getChildCount() + "</span></div>",
                      className: "marker-cluster geo-cluster geo-cluster-LAYER",
                      iconSize: L.point(36, 36)});
}"""


class _Legend(MacroElement):
    """A Leaflet control listing each layer's symbol, label and feature count."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: "bottomright"});
        {{ this.get_name() }}.onAdd = function (map) {
            var div = L.DomUtil.create("details", "geo-legend");
            div.innerHTML = {{ this.body|tojson }};
            div.open = map.getSize().x > {{ this.narrow }};  // a phone: closed, one line
            L.DomEvent.disableClickPropagation(div);
            return div;
        };
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, body: str) -> None:
        super().__init__()
        self._name = "Legend"
        self.body, self.narrow = body, NARROW_MAP


class _FetchedBasemap(MacroElement):
    """Country outlines fetched from ``url`` after the map is drawn, keeping the
    polygons whose ``bbox`` meets the first view grown by ``margin`` degrees."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (map) {
            var view = {{ this.bounds|tojson }}, m = {{ this.margin|tojson }};
            fetch({{ this.url|tojson }}).then(function (response) {
                if (!response.ok) { throw new Error(response.status); }
                return response.json();
            }).then(function (data) {
                var near = data.features.filter(function (f) {
                    return !view || !f.bbox || (
                        f.bbox[0] <= view[1][1] + m && f.bbox[2] >= view[0][1] - m &&
                        f.bbox[1] <= view[1][0] + m && f.bbox[3] >= view[0][0] - m);
                });
                L.geoJson({type: "FeatureCollection", features: near}, {
                    pane: {{ this.pane|tojson }}, interactive: false,
                    style: {{ this.style|tojson }},
                    attribution: {{ this.attribution|tojson }}}).addTo(map);
            }).catch(function (error) {
                console.warn("country outlines not loaded:", error);
            });
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, url: str, bounds: list[list[float]] | None) -> None:
        super().__init__()
        self._name = "FetchedBasemap"
        self.url, self.bounds, self.margin = url, bounds, BASEMAP_MARGIN
        self.pane, self.style, self.attribution = (_BASEMAP_PANE, _BASEMAP_STYLE,
                                                   _BASEMAP_ATTRIBUTION)


class _Declutter(MacroElement):
    """Moves overlapping marks apart and places or hides labels after every zoom, pan and
    layer change (see :mod:`geo._mapscript`)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        {{ this.js }}
        (function (map) {
            var timer = null;
            map.on("zoomend moveend layeradd layerremove resize geocontext", function () {
                clearTimeout(timer);
                timer = setTimeout(function () { geoDeclutter(map, {{ this.zoom }}); }, 30);
            });
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self) -> None:
        super().__init__()
        self._name = "Declutter"
        self.js, self.zoom = DECLUTTER_JS, PLACE_LABEL_ZOOM


class _FetchedContext(MacroElement):
    """The context layer (:mod:`geo.mapcontext`): each country's file fetched from
    ``urls`` once the map is drawn; names the marks already show (``skip``) left out."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        {{ this.js }}
        (function (map) {
            map.getPane({{ this.label_pane|tojson }}).classList.add("leaflet-zoom-hide");
            geoContext(map, {{ this.urls|tojson }}, {{ this.skip|tojson }},
                       {{ this.style|tojson }}, {{ this.pane|tojson }},
                       {{ this.label_pane|tojson }});
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, urls: Sequence[str], skip: Mapping[str, list[str]]) -> None:
        super().__init__()
        self._name = "FetchedContext"
        self.js, self.urls, self.skip = CONTEXT_JS, list(urls), dict(skip)
        self.style, self.pane, self.label_pane = (_CONTEXT_STYLE, _CONTEXT_PANE,
                                                  _CONTEXT_LABEL_PANE)


class _TileNote(MacroElement):
    """A note on the map when the online tiles fail to load (offline, blocked)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        {{ this.js }}
        geoTileNote({{ this._parent.get_name() }}, {{ this.tiles.get_name() }},
                    {{ this.text|tojson }});
        {% endmacro %}
    """)

    def __init__(self, tiles: folium.TileLayer) -> None:
        super().__init__()
        self._name = "TileNote"
        self.js, self.tiles = TILE_NOTE_JS, tiles
        self.text = ("OpenStreetMap tiles could not be loaded (offline?): "
                     "showing the offline country outlines.")


class _Text(Element):
    """Text put on the page as it is: unlike ``branca.element.Element(text)`` it is not
    compiled (and, in a saved page, rendered) as a Jinja template."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: Any) -> str:
        return self.text


class _DataGeoJson(folium.GeoJson):
    """``folium.GeoJson`` for article data, rendered without branca's re-templating.

    branca wraps every rendered script in a new Jinja ``Template``: a place named
    ``{{ ... }}`` in an upload would be evaluated in a saved map, a quote inside braces
    makes the page fail, and compiling the data costs ~0.1 s per 1,000 features on each
    rerun. Only for layers without ``style_function``/``highlight_function``: their
    features carry ``properties.style``.
    """

    def render(self, **kwargs: Any) -> str:
        self.parent_map = get_obj_in_upper_tree(self, folium.Map)  # type: ignore[assignment]
        if self.show and self._parent is not None:  # as folium.map.Layer.render
            self.add_child(ElementAddToElement(element_name=self.get_name(),
                                               element_parent_name=self._parent.get_name()),
                           name=self.get_name() + "_add")
        script = self._template.module.__dict__["script"](self, kwargs)
        cast(Figure, self.get_root()).script.add_child(_Text(script), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)
        return ""


def _layer(value: object) -> Layer | None:
    try:
        return Layer(str(value))
    except ValueError:
        return None


def visible_features(collection: Mapping[str, Any],
                     visible_layers: Iterable[str]) -> list[dict[str, Any]]:
    """The features of ``collection`` whose ``properties.layer`` is in ``visible_layers``."""
    wanted = {str(v) for v in visible_layers}
    return [f for f in collection.get("features", [])
            if (f.get("properties") or {}).get("layer") in wanted]


def layer_counts(collection: Mapping[str, Any]) -> dict[Layer, int]:
    """How many features each layer has (0 for layers with none)."""
    counts = Counter(_layer((f.get("properties") or {}).get("layer"))
                     for f in collection.get("features", []))
    return {layer: counts.get(layer, 0) for layer in Layer}


def _spans_in(sentence: str, start: int, mentions: Sequence[Mapping[str, Any]],
              name: str, index: _MentionIndex | None = None) -> list[tuple[int, int]]:
    """Character spans of ``sentence`` to mark: the mentions inside it, by offset (found
    by bisection in ``index``, the mentions sorted once per feature).

    When offsets do not line up (an edited upload), fall back to finding the mention texts
    (or the place name) in the sentence.
    """
    index = index if index is not None else _MentionIndex(mentions)
    spans = []
    for s, e, text in index.within(start, start + len(sentence)):
        if sentence[s - start:e - start] == text:
            spans.append((s - start, e - start))
    if not spans:
        lowered = sentence.lower()
        for word in index.texts | {name}:
            at = lowered.find(word.lower()) if word else -1
            while at != -1:
                spans.append((at, at + len(word)))
                at = lowered.find(word.lower(), at + len(word))
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


class _MentionIndex:
    """A feature's mentions with integer offsets, sorted by start, for the mentions of
    one sentence in log time (a place named 50,000 times in a 5 MB article has thousands
    of evidence sentences: scanning every mention for each took 76 s)."""

    def __init__(self, mentions: Sequence[Mapping[str, Any]]) -> None:
        self.spans = sorted(((m["start"], m["end"], m.get("text")) for m in mentions
                             if isinstance(m, Mapping) and isinstance(m.get("start"), int)
                             and isinstance(m.get("end"), int) and m["start"] < m["end"]),
                            key=lambda span: (span[0], span[1]))
        self.starts = [s for s, _, _ in self.spans]
        self.texts = {str(m.get("text", "")) for m in mentions if isinstance(m, Mapping)}

    def within(self, lo: int, hi: int) -> list[tuple[int, int, Any]]:
        """The mentions that start in [lo, hi)."""
        return self.spans[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]


def evidence_html(sentence: str, start: int, mentions: Sequence[Mapping[str, Any]],
                  name: str = "", index: _MentionIndex | None = None) -> str:
    """The escaped sentence with each mention of the place wrapped in ``<mark>``."""
    out, pos = [], 0
    for s, e in _spans_in(sentence, start, mentions, name, index):
        out.append(html.escape(sentence[pos:s]))
        out.append(f"<mark>{html.escape(sentence[s:e])}</mark>")
        pos = e
    out.append(html.escape(sentence[pos:]))
    return "".join(out)


def _confidence(value: object) -> str:
    if isinstance(value, int | float) and math.isfinite(value):
        return f"{value:.2f}"
    return "n/a"


def _day(date: object) -> str:
    """A corpus report's date as shown: the date, or "undated" (an undated article)."""
    return str(date) if date else "undated"


#: A corpus feature's popup lists its latest reports; the evidence table has them all.
POPUP_REPORTS = 6
#: A popup shows this many evidence sentences; the evidence table has them all.
POPUP_EVIDENCE = 8


def popup_html(properties: Mapping[str, Any]) -> str:
    """The popup of one feature: name, layer, precision, confidence and evidence."""
    esc = html.escape
    layer = _layer(properties.get("layer"))
    label = LAYER_STYLES[layer].label if layer else str(properties.get("layer"))
    name = str(properties.get("name", ""))
    precision = str(properties.get("precision") or "unknown")
    if properties.get("approximate"):
        precision += ", approximate"
    meta = [f"precision: {esc(precision)}",
            f"confidence: {_confidence(properties.get('confidence'))}"]
    if properties.get("date"):
        meta.append(f"date: {esc(str(properties['date']))}")
    if properties.get("status"):
        since = (f" since {properties['since']}" if properties.get("since")
                 else " (undated report)" if "history" in properties else "")
        meta.append(f"status: {esc(str(properties['status']) + since)}")
    parts = [f'<div class="geo-popup"><b>{esc(name)}</b> &middot; {esc(label)}',
             f'<div class="geo-meta">{" &middot; ".join(meta)}</div>']
    milestones = properties.get("milestones")  # a corpus feature: first date of each status
    if isinstance(milestones, Mapping) and milestones:
        steps = " &rarr; ".join(f"{esc(str(status))} {esc(_day(first.get('date')))}"
                                for status, first in milestones.items()
                                if isinstance(first, Mapping))
        parts.append(f'<div class="geo-meta">timeline: {steps}</div>')
    parts += _corrections_html(properties)
    if properties.get("cue"):
        parts.append(f'<div class="geo-meta">cue: &ldquo;{esc(str(properties["cue"]))}'
                     '&rdquo;</div>')
    mentions = properties.get("mentions") or []
    index = _MentionIndex(mentions)
    evidence = properties.get("evidence") or []
    for ev in evidence[:POPUP_EVIDENCE]:
        start = ev.get("start") if isinstance(ev.get("start"), int) else -10**9
        parts.append("<blockquote>" + evidence_html(str(ev.get("sentence", "")), start,
                                                    mentions, name, index) + "</blockquote>")
    if len(evidence) > POPUP_EVIDENCE:
        parts.append(f'<div class="geo-meta">{len(evidence) - POPUP_EVIDENCE} more '
                     "sentences in the evidence table</div>")
    history = properties.get("history") or []  # a corpus feature: its latest reports
    if len(history) > POPUP_REPORTS:
        parts.append(f'<div class="geo-meta">{len(history) - POPUP_REPORTS} earlier '
                     "reports in the evidence table</div>")
    for report in history[-POPUP_REPORTS:]:
        title = report.get("title") or report.get("article")
        parts.append(f'<div class="geo-meta">{esc(_day(report.get("date")))} &middot; '
                     f'{esc(str(report.get("status") or "mentioned"))} &middot; '
                     f'{esc(str(title))}</div><blockquote>'
                     f'{evidence_html(str(report.get("sentence", "")), -10**9, [], name)}'
                     "</blockquote>")
    if not properties.get("evidence") and not properties.get("history"):
        parts.append('<div class="geo-meta">no evidence sentence given</div>')
    parts.append("</div>")
    return "".join(parts)


def _corrections_html(properties: Mapping[str, Any]) -> list[str]:
    """An analyst's corrections of a corpus feature, newest first."""
    esc, out = html.escape, []
    if properties.get("rejected"):
        out.append('<div class="geo-meta"><b>marked wrong by an analyst</b></div>')
    for c in reversed(properties.get("corrections") or []):
        if isinstance(c, Mapping):
            out.append(f'<div class="geo-meta">corrected: {esc(describe_correction(c))}</div>')
    return out


def _tooltip_html(properties: Mapping[str, Any], label: str) -> str:
    wrong = " &middot; marked wrong" if properties.get("rejected") else ""
    return (f'<div class="geo-tip"><b>{html.escape(str(properties.get("name", "")))}</b>'
            f" &middot; {html.escape(label)}{wrong}</div>")


def _display_geometry(geometry: Mapping[str, Any]) -> dict[str, Any]:
    if geometry["type"] in ("Polygon", "MultiPolygon"):
        simple = shape(geometry).simplify(DISPLAY_TOLERANCE, preserve_topology=True)
        if not simple.is_empty:
            geometry = mapping(simple)
    return {"type": geometry["type"],
            "coordinates": round_coordinates(geometry["coordinates"], 4)}


def _bounds(features: Iterable[Mapping[str, Any]]) -> list[list[float]] | None:
    boxes = [shape(f["geometry"]).bounds for f in features if f.get("geometry")]
    if not boxes:
        return None
    west, south = min(b[0] for b in boxes), min(b[1] for b in boxes)
    east, north = max(b[2] for b in boxes), max(b[3] for b in boxes)
    return [[south, west], [north, east]]


def _near(basemap: Mapping[str, Any], bounds: list[list[float]] | None) -> list[dict]:
    """Basemap features whose ``bbox`` meets the view grown by ``BASEMAP_MARGIN``."""
    features = list(basemap.get("features", []))
    if bounds is None:
        return features
    (south, west), (north, east) = bounds
    m = BASEMAP_MARGIN
    return [f for f in features if "bbox" not in f or (
        f["bbox"][0] <= east + m and f["bbox"][2] >= west - m
        and f["bbox"][1] <= north + m and f["bbox"][3] >= south - m)]


#: Which marks win a place (and its label) when marks would overlap: higher first.
_PRIORITY = {"operating": 6, "announced": 6, "closed": 5, "proposed": 5, "cancelled": 4,
             "disputed": 4, "mentioned": 1}


def _shown_properties(props: Mapping[str, Any], layer: Layer) -> dict[str, Any]:
    """What the page hands to Leaflet for one mark: names, texts, label and priority."""
    status = feature_status(props)
    popup = popup_html(props) + "".join(
        f'<hr><div class="geo-meta">same name, also reported as '
        f'{html.escape(str(other.get("kind") or "area"))}:</div>{popup_html(other)}'
        for other in props.get("also") or [])
    shown: dict[str, Any] = {
        "name": str(props.get("name", "")), "layer": layer.value, "status": status,
        "popup": popup, "tooltip": _tooltip_html(props, STATUS_STYLES[status].label),
        "label": str(props.get("name", "")),
        "prio": 0 if props.get("rejected") else _PRIORITY[status]}
    if layer in (Layer.ANNOUNCED_CENTER, Layer.PROPOSED_CENTER):
        shown["status_label"] = status
    if props.get("corrections"):
        shown["mark"] = "rejected" if props.get("rejected") else "corrected"
    return shown


def _collection(features: list[dict[str, Any]]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": features}


def _point_layer(features: list[dict[str, Any]], status: str, layer: Layer,
                 parent: folium.FeatureGroup | folium.plugins.MarkerCluster) -> None:
    """The marks of one status: its symbol with an empty label the page script fills."""
    style = STATUS_STYLES[status]
    icon = folium.DivIcon(html=style.symbol + '<span class="geo-label"></span>',
                          icon_size=(style.size, style.size),
                          icon_anchor=(style.size // 2, style.size // 2),
                          class_name=f"geo-marker geo-marker-{layer.value} "
                                     f"geo-status-{status}")
    _DataGeoJson(_collection(features),
                 marker=folium.Marker(icon=icon, z_index_offset=LAYER_STYLES[layer].z_index),
                 on_each_feature=folium.JsCode(POINT_JS)).add_to(parent)


def _area_labels(shapes: list[dict[str, Any]], group: folium.FeatureGroup) -> None:
    """Labels of the areas drawn (centres and disputed areas), at a point inside each."""
    labels = [{"type": "Feature", "id": f"{f['id']}-label", "properties": {
        "name": f["properties"]["name"], "label": f["properties"]["label"],
        "prio": max(0, f["properties"]["prio"] - 1)},
        "geometry": mapping(shape(f["geometry"]).representative_point())}
        for f in shapes if not f["properties"].get("town")]
    if labels:
        icon = folium.DivIcon(html='<span class="geo-label"></span>', icon_size=(0, 0),
                              icon_anchor=(0, 0), class_name="geo-arealabel")
        _DataGeoJson(_collection(labels), marker=folium.Marker(icon=icon, interactive=False),
                     on_each_feature=folium.JsCode(POINT_JS)).add_to(group)


def _layer_group(layer: Layer, features: list[dict[str, Any]]) -> folium.FeatureGroup:
    """One FeatureGroup: the layer's areas, then its marks by status (clustered when many).

    A town and the area of the same name are one entry (:func:`mapmarks.merge_same_places`):
    the area is drawn, the town marked, both with the same popup.
    """
    style = LAYER_STYLES[layer]
    group = folium.FeatureGroup(name=f"{style.label} ({len(features)})", overlay=True)
    points: dict[str, list[dict[str, Any]]] = {}
    shapes: list[dict[str, Any]] = []
    for i, feat in enumerate(merge_same_places(features)):
        props = feat["properties"]
        shown = _shown_properties(props, layer)
        geometry = _display_geometry(feat["geometry"])
        if props.get("area"):
            shapes.append({"type": "Feature", "id": f"{layer.value}-{i}-area",
                           "geometry": _display_geometry(props["area"]),
                           "properties": {**shown, "style": dict(style.polygon),
                                          "town": True}})
        if geometry["type"] in ("Point", "MultiPoint"):
            points.setdefault(shown["status"], []).append(
                {"type": "Feature", "id": f"{layer.value}-{i}", "geometry": geometry,
                 "properties": shown})
        else:
            shapes.append({"type": "Feature", "id": f"{layer.value}-{i}",
                           "geometry": geometry,
                           "properties": {**shown, "style": dict(style.polygon)}})
    if shapes:
        # Areas of plain places lie under the role areas, so they never catch their clicks.
        pane = _PLACE_PANE if layer is Layer.PLACE else "overlayPane"
        _DataGeoJson(_collection(shapes), on_each_feature=folium.JsCode(POINT_JS),
                     pane=pane, class_name=f"geo-shape geo-shape-{layer.value}").add_to(group)
        if layer is not Layer.PLACE:
            _area_labels(shapes, group)
    parent: folium.FeatureGroup | folium.plugins.MarkerCluster = group
    if sum(len(p) for p in points.values()) > CLUSTER_THRESHOLD:
        parent = folium.plugins.MarkerCluster(
            name=style.label, control=False,
            icon_create_function=_CLUSTER_JS.replace("LAYER", layer.value))
        parent.default_js, parent.default_css = [], []  # listed by the base map
        parent.add_to(group)
    for status, marks in points.items():
        _point_layer(marks, status, layer, parent)
    return group


_SUB_STATUSES = frozenset({"operating", "closed", "cancelled"})


def _legend_html(counts: Mapping[str, int]) -> str:
    """Symbol, label and count per status (marks an analyst rejected apart); the view
    script greys out the rows of hidden layers."""
    rows = ["<summary>Map key <span class='geo-meta'>(count)</span></summary>"]
    for status, style in STATUS_STYLES.items():
        if not counts[status] and status in _SUB_STATUSES:
            continue  # "operating: 0" and "cancelled: 0" only make the key longer
        rows.append(f'<div class="geo-legend-row" data-layer="{style.layer.value}" '
                    f'data-status="{status}">{style.symbol}<span>'
                    f"{html.escape(style.label)}: <b>{counts[status]}</b>"
                    '<span class="geo-hidden"></span></span></div>')
    if counts[mapmarks.REJECTED]:
        rows.append('<div class="geo-legend-row geo-rejected-row" data-layer="">'
                    f"<span>Marked wrong by an analyst (greyed): "
                    f"<b>{counts[mapmarks.REJECTED]}</b></span></div>")
    return "".join(rows)


@dataclass(frozen=True)
class MapParts:
    """The map in two parts, so a page can redraw the layers without rebuilding the map.

    ``base`` depends only on the collection (basemap, legend counts, first view); the
    ``groups`` (one per visible layer, then a ``view`` group that fits the map to them and
    greys out hidden layers in the legend) depend on the toggles. There is no layer box
    on the map: the page's toggles are the one set of switches (they also keep the legend
    and the URL in step).
    """

    base: folium.Map
    groups: tuple[folium.FeatureGroup, ...]


class _ViewScript(MacroElement):
    """Fit the map to the visible layers and mark the hidden ones in the legend."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        {%- if this.bounds %}
        {{ this._parent._parent.get_name() }}.fitBounds({{ this.bounds|tojson }},
            {padding: [30, 30], maxZoom: 9});
        {%- endif %}
        document.querySelectorAll(".geo-legend-row[data-status]").forEach(function (row) {
            var on = {{ this.visible|tojson }}.indexOf(row.dataset.layer) !== -1;
            row.classList.toggle("off", !on);
            row.querySelector(".geo-hidden").textContent = on ? "" : " \u2013 hidden";
        });
        {% endmacro %}
    """)

    def __init__(self, bounds: list[list[float]] | None, visible: Sequence[str]) -> None:
        super().__init__()
        self._name = "ViewScript"
        self.bounds = bounds
        self.visible = list(visible)


def home_bounds(collection: Mapping[str, Any]) -> list[list[float]] | None:
    """The map's first view, [[south, west], [north, east]]: the centres and disputed
    areas, else every place; None for an empty collection."""
    return _view_bounds(list(collection.get("features", [])))


def _view_bounds(features: list[dict[str, Any]]) -> list[list[float]] | None:
    roles = [f for f in features if f["properties"].get("layer") != Layer.PLACE.value]
    return _bounds(roles) or _bounds(features)


def map_parts(collection: Mapping[str, Any], *, visible_layers: Iterable[str],
              basemap: Mapping[str, Any] | None = None, online_tiles: bool = False,
              vendor_url: str = VENDOR_URL, basemap_url: str | None = None,
              context_urls: Sequence[str] = ()) -> MapParts:
    """The parts :func:`build_map` assembles; see there for the parameters."""
    visible = [layer.value for layer in Layer if layer.value in {str(v) for v in visible_layers}]
    features = list(collection.get("features", []))
    # Without a tile layer Leaflet has no maxZoom, and Leaflet.markercluster refuses to run.
    m = folium.Map(location=(30.0, 30.0), zoom_start=3, tiles=None, control_scale=True,
                   minZoom=2, maxZoom=18)
    m.default_js = [("leaflet", f"{vendor_url}/leaflet/leaflet.js")]
    m.default_css = [("leaflet_css", f"{vendor_url}/leaflet/leaflet.css")]
    per_layer = Counter(f["properties"].get("layer") for f in features
                        if f["geometry"]["type"] in ("Point", "MultiPoint"))
    if any(n > CLUSTER_THRESHOLD for n in per_layer.values()):
        cluster = f"{vendor_url}/leaflet.markercluster"
        m.default_js.append(("markerclusterjs", f"{cluster}/leaflet.markercluster.js"))
        m.default_css += [("markerclustercss", f"{cluster}/MarkerCluster.css"),
                          ("markerclusterdefaultcss", f"{cluster}/MarkerCluster.Default.css")]
    root = cast(Figure, m.get_root())
    root.header.add_child(Element(_CSS), name="geo_css")
    root.html.add_child(Element(_HATCH_DEFS), name="geo_hatch")

    if online_tiles:
        tiles = folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)", attr=(
            '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> '
            "contributors"))
        tiles.add_to(m)
        _TileNote(tiles).add_to(m)
    # Chosen, the tiles (tilePane, z-index 200) lie above the opaque country fill.
    folium.map.CustomPane(_BASEMAP_PANE, z_index=150 if online_tiles else 250).add_to(m)
    folium.map.CustomPane(_PLACE_PANE, z_index=350).add_to(m)
    if context_urls:
        folium.map.CustomPane(_CONTEXT_PANE, z_index=260, pointer_events=False).add_to(m)
        folium.map.CustomPane(_CONTEXT_LABEL_PANE, z_index=450,
                              pointer_events=False).add_to(m)
    home = _view_bounds(features)
    nearby = _near(basemap, home) if basemap and not basemap_url else []
    if basemap_url:
        _FetchedBasemap(basemap_url, home).add_to(m)
    elif nearby:
        # The style travels in each feature (Leaflet reads properties.style), so the
        # outlines need no style_function and render as data (see _DataGeoJson).
        _DataGeoJson({"type": "FeatureCollection", "features": [
            {**f, "properties": {**f.get("properties", {}), "style": _BASEMAP_STYLE}}
            for f in nearby]}, name="Country outlines (Natural Earth)", interactive=False,
            pane=_BASEMAP_PANE, attribution=_BASEMAP_ATTRIBUTION,
        ).add_to(m)
    _Legend(_legend_html(status_counts(features))).add_to(m)
    _Declutter().add_to(m)
    if context_urls:
        _FetchedContext(context_urls, context_skip(collection)).add_to(m)
    if home:
        m.fit_bounds(home, padding=(30, 30), max_zoom=9)

    shown = visible_features(collection, visible)
    groups = [_layer_group(layer, [f for f in shown
                                   if f["properties"].get("layer") == layer.value])
              for layer in Layer if any(f["properties"].get("layer") == layer.value
                                        for f in shown)]
    view = folium.FeatureGroup(name="view", control=False)
    _ViewScript(_view_bounds(shown), visible).add_to(view)
    return MapParts(m, (*groups, view))


def build_map(collection: Mapping[str, Any], *, visible_layers: Iterable[str],
              basemap: Mapping[str, Any] | None = None, online_tiles: bool = False,
              vendor_url: str = VENDOR_URL, basemap_url: str | None = None,
              context_urls: Sequence[str] = ()) -> folium.Map:
    """Build the dashboard map from a pipeline FeatureCollection.

    Parameters
    ----------
    collection
        An RFC 7946 FeatureCollection as returned by ``geo.pipeline``.
    visible_layers
        Layer values (``Layer.value``) to draw; the others are only counted in the legend.
    basemap
        Country outlines drawn under everything (see ``geo.geojson_io.load_basemap``);
        only those within ``BASEMAP_MARGIN`` degrees of the article's places are kept.
    online_tiles
        Add the OpenStreetMap tile layer (loaded from openstreetmap.org), drawn above the
        country fill; a note on the map says so when tiles cannot be loaded.
    vendor_url
        URL prefix of the vendored Leaflet files.
    basemap_url
        Fetch the basemap from this URL (see ``geo.geojson_io.publish_basemap``) once the
        map is drawn, instead of embedding ``basemap`` in the page: the dashboard's
        markers then show without waiting for the outlines.
    context_urls
        The context layer's files (admin-1 outlines and names, major towns) of the
        countries in play (see ``geo.geojson_io.publish_context`` and
        ``geo.mapcontext.countries_in_play``), fetched once the map is drawn and drawn
        under the marks; none by default.

    Returns
    -------
    folium.Map
        Fitted to the visible centres and disputed areas; to the visible places when no
        role layer is shown (a country named in passing, "US-led", would otherwise zoom
        the map out to half the world).
    """
    parts = map_parts(collection, visible_layers=visible_layers, basemap=basemap,
                      online_tiles=online_tiles, vendor_url=vendor_url,
                      basemap_url=basemap_url, context_urls=context_urls)
    for group in parts.groups:
        group.add_to(parts.base)
    return parts.base


def evidence_rows(collection: Mapping[str, Any],
                  visible_layers: Iterable[str]) -> list[dict[str, Any]]:
    """One table row per visible feature and evidence sentence (plain text, unescaped)."""
    rows = []
    for feat in visible_features(collection, visible_layers):
        props = feat["properties"]
        layer = _layer(props.get("layer"))
        point = shape(feat["geometry"]).representative_point()
        status = feature_status(props) + (" (marked wrong)" if props.get("rejected") else "")
        base = {"layer": LAYER_STYLES[layer].label if layer else props.get("layer"),
                "status": status, "name": props.get("name"), "precision": props.get("precision"),
                "approximate": bool(props.get("approximate")),
                "confidence": props.get("confidence"), "cue": props.get("cue") or "",
                "id": props.get("id"), "lon": round(point.x, 4), "lat": round(point.y, 4)}
        if "history" in props:  # a corpus feature: one row per report
            for report in props["history"] or [{}]:
                rows.append({**base, "date": _day(report.get("date")),
                             "article": report.get("title") or report.get("article"),
                             "evidence": " ".join(str(report.get("sentence", "")).split())})
            continue
        for ev in props.get("evidence") or [{"sentence": ""}]:
            rows.append({**base, "evidence": " ".join(str(ev.get("sentence", "")).split())})
    return rows


_TABLE_CSS = (
    "<style>.geo-table-wrap{max-height:420px;overflow:auto;border:1px solid #ddd}"
    ".geo-table{border-collapse:collapse;font-size:13px;width:100%}"
    ".geo-table th{position:sticky;top:0;background:#f3f3f3;text-align:left}"
    ".geo-table th,.geo-table td{padding:3px 6px;border-bottom:1px solid #eee;"
    "vertical-align:top}.geo-table td.num{text-align:right}</style>")


def _table_cell(key: str, value: object) -> str:
    if key == "confidence":
        return f'<td class="num">{_confidence(value)}</td>'
    if isinstance(value, bool):
        return f"<td>{'yes' if value else 'no'}</td>"
    if isinstance(value, int | float):
        return f'<td class="num">{html.escape(str(value))}</td>'
    return f"<td>{html.escape('' if value is None else str(value))}</td>"


def evidence_table_html(rows: Sequence[Mapping[str, Any]]) -> str:
    """The rows of :func:`evidence_rows` as an escaped HTML table in a scrolling box.

    Plain HTML rather than a data grid: the page then needs no Arrow/data-grid scripts,
    which on a cold browser cost more than drawing the map itself.
    """
    if not rows:
        return '<p class="geo-table-empty">No visible places.</p>'
    keys = list(rows[0])
    head = "".join(f"<th>{html.escape(k)}</th>" for k in keys)
    body = "".join("<tr>" + "".join(_table_cell(k, row.get(k)) for k in keys) + "</tr>"
                   for row in rows)
    return (f'{_TABLE_CSS}<div class="geo-table-wrap"><table class="geo-table">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>")


def legend_html() -> str:
    """The key to the article highlighting: each layer's label marked in its style."""
    return " &nbsp; ".join(
        f'<mark style="{style.text_css};color:inherit">{html.escape(style.label)}</mark>'
        for style in LAYER_STYLES.values())


def article_html(text: str, collection: Mapping[str, Any],
                 visible_layers: Iterable[str]) -> str:
    """The article, escaped, with each mention of a visible feature marked by its layer.

    A mention in several layers takes the style of the first in ``Layer`` order and lists
    all of them in its title. Mentions whose offsets do not match ``text`` are skipped.
    """
    order = list(Layer)
    spans: dict[tuple[int, int], set[Layer]] = {}
    for feat in visible_features(collection, visible_layers):
        layer = _layer(feat["properties"].get("layer"))
        for m in feat["properties"].get("mentions") or []:
            s, e = m.get("start"), m.get("end")
            if (layer and isinstance(s, int) and isinstance(e, int) and 0 <= s < e
                    and text[s:e] == m.get("text")):
                spans.setdefault((s, e), set()).add(layer)
    out, pos = [], 0
    for (s, e), layers in sorted(spans.items()):
        if s < pos:  # overlapping mention: the earlier one wins
            continue
        ranked = sorted(layers, key=order.index)
        style = LAYER_STYLES[ranked[0]]
        title = html.escape(", ".join(LAYER_STYLES[la].label for la in ranked))
        out.append(html.escape(text[pos:s]))
        out.append(f'<mark class="geo-m geo-m-{ranked[0].value}" title="{title}" '
                   f'style="{style.text_css};color:inherit;padding:0 1px">'
                   f"{html.escape(text[s:e])}</mark>")
        pos = e
    out.append(html.escape(text[pos:]))
    body = "".join(out).replace("\n", "<br>")
    return f'<div class="geo-article" style="line-height:1.6">{body}</div>'
