"""The browser side of the map view: the scripts and styles :mod:`geo.mapview` puts in the
page. Kept apart so the Python that builds the map stays readable.

* :data:`POINT_JS` binds each mark's popup and tooltip, writes its label (as text, never
  as markup) and remembers the margins Leaflet gave its icon.
* :data:`DECLUTTER_JS` runs after every zoom, pan and layer change: marks that would
  overlap are moved apart on up to two rings around their place (highest status first),
  so every mark has its own click target (where even that is too crowded, a mark stays
  on its place: zooming in separates them); then each label takes the first side of its mark (right,
  left, above, below) where it overlaps no mark, no other label and none of the map's
  controls (key, zoom buttons), or is hidden. Labels
  of other places show only from :data:`PLACE_LABEL_ZOOM` on. Last, the context layer's
  names (:data:`CONTEXT_JS`) take what room is left.
* :data:`CONTEXT_JS` fetches the context files of the countries in play
  (:mod:`geo.mapcontext`), draws their admin-1 outlines in a pane under the marks and,
  on each declutter, shows the admin-1 names and the towns of the view that the zoom
  allows (admin-1 names first, then towns by population), each only where it covers
  no mark, no mark's label, no control and no other context name. Names are written as
  text, never as markup.
"""

from __future__ import annotations

__all__ = ["CONTEXT_JS", "DECLUTTER_JS", "LABEL_CSS", "PLACE_LABEL_ZOOM", "POINT_JS",
           "TILE_NOTE_JS"]

#: From this zoom on, other places (not centres, not disputed areas) are labelled too.
PLACE_LABEL_ZOOM = 8

POINT_JS = """function(feature, layer) {
    var p = feature.properties;
    if (layer.options) { layer.options.title = p.name; layer.options.alt = p.name; }
    var width = Math.max(160, Math.min(380, window.innerWidth - 120));
    layer.bindPopup(p.popup, {maxWidth: width, maxHeight: Math.max(160, Math.min(300,
        window.innerHeight - 140)), autoPanPaddingTopLeft: [52, 12],
        autoPanPaddingBottomRight: [12, 12]});
    // hover names (not on a phone-wide map: a tap opens the popup, a tooltip would cover it)
    if (p.tooltip && window.innerWidth > 520) { layer.bindTooltip(p.tooltip, {sticky: true}); }
    layer.on("add", function () {
        var el = layer.getElement && layer.getElement();
        if (!el) { return; }
        if (p.mark) { el.classList.add("geo-" + p.mark); }  // greyed or outlined
        if (layer instanceof L.Path) { return; }  // an area: no icon, no label element
        el.dataset.ml = el.style.marginLeft;
        el.dataset.mt = el.style.marginTop;
        el.dataset.prio = p.prio || 0;
        var label = el.querySelector(".geo-label");
        if (label && !label.dataset.done) {
            label.dataset.done = "1";
            label.textContent = p.label || "";
            if (p.status_label) {
                var status = document.createElement("span");
                status.className = "geo-label-status";
                status.textContent = " \\u00b7 " + p.status_label;
                label.appendChild(status);
            }
        }
    });
}"""

DECLUTTER_JS = """
function geoDeclutter(map, placeZoom) {
    var box = map.getContainer(), view = box.getBoundingClientRect(), zoom = map.getZoom();
    var els = box.querySelectorAll(".leaflet-marker-pane .geo-marker[data-ml]," +
                                   ".leaflet-marker-pane .geo-arealabel[data-ml]");
    var items = [], placed = [], labels = [], i, k;
    els.forEach(function (el) {
        el.style.marginLeft = el.dataset.ml; el.style.marginTop = el.dataset.mt;
    });
    els.forEach(function (el) {
        var label = el.querySelector(".geo-label");
        items.push({el: el, r: el.getBoundingClientRect(), prio: +el.dataset.prio,
                    area: el.classList.contains("geo-arealabel"), label: label,
                    w: label ? label.offsetWidth : 0, h: label ? label.offsetHeight : 0});
    });
    items.sort(function (a, b) { return b.prio - a.prio; });
    function hits(r, list) {
        for (var j = 0; j < list.length; j++) {
            var o = list[j];
            if (r.left < o.right && r.right > o.left && r.top < o.bottom &&
                r.bottom > o.top) { return true; }
        }
        return false;
    }
    function box4(left, top, w, h) {
        return {left: left, top: top, right: left + w, bottom: top + h};
    }
    items.forEach(function (it) {  // marks: first free spot on rings around the place
        it.dx = 0; it.dy = 0;
        if (it.area) { return; }
        var step = Math.max(it.r.width, it.r.height) + 3;
        for (k = 0; k < 17; k++) {  // two rings at most: a mark stays near its place
            var ring = Math.ceil(k / 8), a = (k % 8) * Math.PI / 4 - Math.PI / 2;
            var dx = k ? Math.round(Math.cos(a) * ring * step) : 0;
            var dy = k ? Math.round(Math.sin(a) * ring * step) : 0;
            var r = box4(it.r.left + dx, it.r.top + dy, it.r.width, it.r.height);
            if (!hits(r, placed)) { it.dx = dx; it.dy = dy; break; }
        }
        placed.push(box4(it.r.left + it.dx, it.r.top + it.dy, it.r.width, it.r.height));
        if (it.dx || it.dy) {
            it.el.style.marginLeft = (parseFloat(it.el.dataset.ml) + it.dx) + "px";
            it.el.style.marginTop = (parseFloat(it.el.dataset.mt) + it.dy) + "px";
        }
    });
    box.querySelectorAll(".leaflet-control").forEach(function (c) {  // key, zoom, scale
        labels.push(c.getBoundingClientRect());
    });
    items.forEach(function (it) {  // labels: first side that overlaps nothing, or hidden
        if (!it.label) { return; }
        var r = box4(it.r.left + it.dx, it.r.top + it.dy, it.r.width, it.r.height);
        var cx = (r.left + r.right) / 2, cy = (r.top + r.bottom) / 2, w = it.w, h = it.h;
        var spots = {r: [r.right + 3, cy - h / 2], l: [r.left - 3 - w, cy - h / 2],
                     t: [cx - w / 2, r.top - 1 - h], b: [cx - w / 2, r.bottom + 1],
                     c: [cx - w / 2, cy - h / 2]};
        var order = it.area ? ["c", "t", "b"] : ["r", "l", "t", "b"], side = null;
        if (it.label.textContent && (it.prio > 1 || zoom >= placeZoom)) {
            for (i = 0; i < order.length && !side; i++) {
                var s = box4(spots[order[i]][0], spots[order[i]][1], w, h);
                if (s.left >= view.left && s.right <= view.right && s.top >= view.top &&
                    s.bottom <= view.bottom && !hits(s, placed) && !hits(s, labels)) {
                    side = order[i]; labels.push(s);
                }
            }
        }
        it.label.className = "geo-label geo-label-" + (side || "off");
    });
    if (window.geoContextLabels) { geoContextLabels(map, view, placed, labels); }
}
"""

CONTEXT_JS = """
function geoContext(map, urls, skip, style, pane, labelPane) {
    var entries = [], towns = {}, areas = {}, ids = {};
    skip.ids.forEach(function (n) { ids[n] = 1; });
    skip.towns.forEach(function (n) { towns[n] = 1; });
    skip.areas.forEach(function (n) { areas[n] = 1; });
    map._geoContext = {entries: entries, pane: labelPane};
    function key(name) { return name.toLowerCase().split(/\\s+/).join(" "); }
    urls.forEach(function (url) {
        fetch(url).then(function (response) {
            if (!response.ok) { throw new Error(response.status); }
            return response.json();
        }).then(function (data) {
            var outlines = data.features.filter(function (f) {
                return f.properties.kind === "admin1";
            });
            L.geoJson({type: "FeatureCollection", features: outlines}, {
                pane: pane, interactive: false, style: style}).addTo(map);
            data.features.forEach(function (f) {
                var p = f.properties, area = p.kind === "admin1";
                var at = area ? p.at : f.geometry.coordinates;
                if (ids[p.id] || (area ? areas : towns)[key(p.name)]) { return; }  // a mark
                entries.push({name: area ? p.name.toUpperCase() : p.name, area: area,
                              z: p.z, pop: p.pop || 0, lat: at[1], lon: at[0]});
            });
            entries.sort(function (a, b) { return (b.area - a.area) || (b.pop - a.pop); });
            map.fire("geocontext");
        }).catch(function (error) {
            console.warn("context layer not loaded:", error);
        });
    });
}

function geoContextLabels(map, view, placed, labels) {
    var ctx = map._geoContext, pane = ctx && map.getPane(ctx.pane);
    if (!pane) { return; }
    pane.textContent = "";
    var zoom = map.getZoom(), size = map.getSize(), taken = [], shown = 0;
    var measure = geoContextLabels.canvas ||
        (geoContextLabels.canvas = document.createElement("canvas").getContext("2d"));
    function free(r) {
        var lists = [placed, labels, taken];
        if (r.left < view.left || r.right > view.right || r.top < view.top ||
            r.bottom > view.bottom) { return false; }
        for (var l = 0; l < lists.length; l++) {
            for (var j = 0; j < lists[l].length; j++) {
                var o = lists[l][j];
                if (r.left < o.right && r.right > o.left && r.top < o.bottom &&
                    r.bottom > o.top) { return false; }
            }
        }
        return true;
    }
    for (var i = 0; i < ctx.entries.length && shown < 80; i++) {
        var e = ctx.entries[i];
        if (e.z > zoom) { continue; }
        var pt = map.latLngToContainerPoint([e.lat, e.lon]);
        if (pt.x < 0 || pt.y < 0 || pt.x > size.x || pt.y > size.y) { continue; }
        var x = view.left + pt.x, y = view.top + pt.y;
        measure.font = e.area ? "600 10px system-ui, sans-serif" : "11px system-ui, sans-serif";
        var w = Math.ceil(measure.measureText(e.name).width) + (e.area ? 4 : 6), h = 14;
        var spots = e.area ? [[x - w / 2, y - h / 2]] :
            [[x + 5, y - h / 2], [x - 5 - w, y - h / 2], [x - w / 2, y - 4 - h],
             [x - w / 2, y + 4]];
        var dot = {left: x - 3, top: y - 3, right: x + 3, bottom: y + 3}, spot = null;
        if (!e.area && !free(dot)) { continue; }  // a mark (or a name) is on the town
        for (var k = 0; k < spots.length && !spot; k++) {
            var r = {left: spots[k][0], top: spots[k][1], right: spots[k][0] + w,
                     bottom: spots[k][1] + h};
            if (free(r)) { spot = r; }
        }
        if (!spot) { continue; }
        taken.push(spot);
        if (!e.area) { taken.push(dot); }
        var el = L.DomUtil.create("div", "geo-ctx " + (e.area ? "geo-ctx-area" : "geo-ctx-town"),
                                  pane);
        el.dataset.pop = e.pop;
        if (!e.area) { L.DomUtil.create("span", "geo-ctx-dot", el); }
        var text = L.DomUtil.create("span", "geo-ctx-label", el);
        text.textContent = e.name;
        var origin = map.containerPointToLayerPoint([0, 0]);
        L.DomUtil.setPosition(el, L.point(origin.x + pt.x, origin.y + pt.y));
        text.style.left = (spot.left - x) + "px";
        text.style.top = (spot.top - y) + "px";
        text.style.width = w + "px";
        shown++;
    }
}
"""

TILE_NOTE_JS = """
function geoTileNote(map, tiles, text) {
    var shown = false;
    tiles.on("tileerror", function () {
        if (shown) { return; }
        shown = true;
        var note = L.control({position: "bottomleft"});
        note.onAdd = function () {
            var div = L.DomUtil.create("div", "geo-tile-note");
            div.textContent = text;
            return div;
        };
        note.addTo(map);
    });
}
"""

LABEL_CSS = """
.geo-label { position: absolute; left: 0; top: 0; visibility: hidden; white-space: nowrap;
  pointer-events: none; font: 600 12px/1.25 system-ui, sans-serif; color: #111;
  background: rgba(255,255,255,.82); padding: 0 3px; border-radius: 2px; }
.geo-label-status { font-weight: 400; color: #333; }
.geo-label-r { visibility: visible; left: calc(100% + 3px); top: 50%;
  transform: translateY(-50%); }
.geo-label-l { visibility: visible; left: auto; right: calc(100% + 3px); top: 50%;
  transform: translateY(-50%); }
.geo-label-t { visibility: visible; left: 50%; top: auto; bottom: calc(100% + 1px);
  transform: translateX(-50%); }
.geo-label-b { visibility: visible; left: 50%; top: calc(100% + 1px);
  transform: translateX(-50%); }
.geo-label-c { visibility: visible; left: 50%; top: 50%; transform: translate(-50%,-50%); }
.geo-arealabel .geo-label { font-style: italic; color: #8a3a00; }
.geo-tile-note { background: #fff3cd; border: 1px solid #c9a227; padding: 3px 6px;
  font: 12px system-ui, sans-serif; }
.geo-ctx { position: absolute; left: 0; top: 0; width: 0; height: 0; }
.geo-ctx-dot { position: absolute; left: -2.5px; top: -2.5px; width: 5px; height: 5px;
  border-radius: 50%; background: #777; }
.geo-ctx-label { position: absolute; height: 14px; white-space: nowrap; text-align: center;
  font: 11px/14px system-ui, sans-serif; color: #555;
  text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff; }
.geo-ctx-town .geo-ctx-label { text-align: left; padding-left: 3px; box-sizing: border-box; }
.geo-ctx-area .geo-ctx-label { font: 600 10px/14px system-ui, sans-serif; color: #8b8398;
  letter-spacing: 0; }
details.geo-legend summary { cursor: pointer; font-weight: 600; }
"""
