"""End to end in headless Chromium: the real server, the real map iframe, no remote request.

Needs Debian's ``chromium`` at /usr/bin/chromium (``.ci/run`` installs it); skipped with
a reason when it is absent. Playwright drives it; ``playwright install`` is never used.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from browser_support import (
    CHROMIUM,
    CHROMIUM_ARGS,
    MAP_FRAME,
    ROOT,
    choose_source,
    free_port,
    start_server,
    stop_server,
)

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="needs Debian chromium at /usr/bin/chromium "
                                       "(apt-get install chromium chromium-driver)")

ARTIFACTS = ROOT / "test-artifacts"
LOAD_TIMEOUT = 120_000  # ms; the first page of a fresh server loads the gazetteer


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> Path:
    """The server's corpus folder (``GEO_CORPUS_DIR``): the databases its page offers."""
    return tmp_path_factory.mktemp("corpora")


@pytest.fixture(scope="module")
def server(corpus_dir) -> Iterator[str]:
    port = free_port()
    proc = start_server(port, env={"GEO_CORPUS_DIR": str(corpus_dir)})
    try:
        yield f"http://localhost:{port}"
    finally:
        stop_server(proc)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1700})
    pg = context.new_page()
    pg.requested = []  # every URL the page or its iframes asked for
    pg.on("request", lambda r: pg.requested.append(r.url))
    pg.on("websocket", lambda ws: pg.requested.append(ws.url))
    yield pg
    context.close()


def _remote(urls: list[str]) -> list[str]:
    local = {"localhost", "127.0.0.1"}
    return [u for u in urls if urlsplit(u).scheme not in ("data", "blob", "about")
            and urlsplit(u).hostname not in local]


def _markers(pg, layer: str, name: str | None = None):
    title = f'[title="{name}"]' if name else ""
    return pg.frame_locator(MAP_FRAME).locator(f".geo-marker-{layer}{title}")


def _open_details(pg) -> None:
    """Open the evidence section under the map (closed, and not built, by default)."""
    from playwright.sync_api import expect

    pg.get_by_text("Evidence: every place with its sentence", exact=False).click()
    expect(pg.get_by_text("Download table (CSV)")).to_be_visible(timeout=30_000)


def test_seed_map_shows_centres_and_toggles_offline(server, page):
    from playwright.sync_api import expect

    page.goto(server)
    for name in ("Erbil", "Baghdad"):
        expect(_markers(page, "announced_center", name)).to_have_count(1, timeout=LOAD_TIMEOUT)
    expect(_markers(page, "proposed_center", "Kirkuk")).to_have_count(1)
    assert _markers(page, "proposed_center").count() >= 3
    frame = page.frame_locator(MAP_FRAME)
    expect(frame.locator(".geo-shape-disputed_area").first).to_be_attached()
    expect(frame.locator(".geo-legend")).to_contain_text("Announced joint centre: 2")

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)
    _markers(page, "announced_center", "Erbil").click()
    popup = frame.locator(".leaflet-popup-content")
    expect(popup).to_contain_text("Announced joint centre")
    expect(popup.locator("mark").first).to_have_text("Erbil")
    page.screenshot(path=str(ARTIFACTS / "dashboard-popup.png"))

    map_frame = next(f for f in page.frames if "streamlit_folium" in f.url)
    map_frame.evaluate("window.sameMap = true")
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.get_by_text("Proposed centre", exact=True).click()
    expect(_markers(page, "proposed_center")).to_have_count(0, timeout=30_000)
    expect(_markers(page, "announced_center", "Erbil")).to_have_count(1, timeout=30_000)
    legend_row = frame.locator('.geo-legend-row[data-layer="proposed_center"]')
    expect(legend_row).to_have_class(re.compile(r"\boff\b"))
    expect(legend_row).to_contain_text("hidden")
    assert map_frame.evaluate("window.sameMap") is True  # redrawn in place, not reloaded
    assert "proposed_center" not in page.url and "announced_center" in page.url
    page.screenshot(path=str(ARTIFACTS / "dashboard-no-proposed.png"))

    assert any("/app/static/vendor/leaflet/leaflet.js" in u for u in page.requested)
    assert _remote(page.requested) == []


def test_url_restores_the_toggles(server, page):
    from playwright.sync_api import expect

    page.goto(f"{server}/?layers=proposed_center")
    expect(_markers(page, "proposed_center", "Kirkuk")).to_have_count(1, timeout=LOAD_TIMEOUT)
    expect(_markers(page, "announced_center")).to_have_count(0)
    assert _remote(page.requested) == []


def test_hostile_upload_runs_nothing(server, page):
    from playwright.sync_api import expect

    payload = '<img src="/xss-probe" onerror="window.top.pwned=1">'
    evil = {"type": "FeatureCollection", "features": [{
        "type": "Feature", "geometry": {"type": "Point", "coordinates": [44.0, 36.2]},
        "properties": {"name": f"Erbil<script>window.top.pwned=1</script>{payload}",
                       "layer": "announced_center", "confidence": 0.9, "precision": "point",
                       "mentions": [], "cue": payload,
                       "evidence": [{"sentence": f"Centre in Erbil {payload}", "start": 0,
                                     "end": 40}]}}]}
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server)
    expect(_markers(page, "announced_center", "Erbil")).to_have_count(1, timeout=LOAD_TIMEOUT)
    choose_source(page, "Upload a file")
    page.locator('input[type="file"]').set_input_files(files=[{
        "name": "evil.geojson", "mimeType": "application/geo+json",
        "buffer": json.dumps(evil).encode()}])
    marker = page.frame_locator(MAP_FRAME).locator(".geo-marker-announced_center")
    expect(marker).to_have_count(1, timeout=30_000)
    expect(marker).to_have_attribute("title", evil["features"][0]["properties"]["name"])
    marker.click()
    popup = page.frame_locator(MAP_FRAME).locator(".leaflet-popup-content")
    expect(popup).to_contain_text("<script>window.top.pwned=1</script>")  # shown as text
    assert popup.locator("img, script").count() == 0
    _open_details(page)
    table = page.locator(".geo-table")
    expect(table).to_contain_text("<script>window.top.pwned=1</script>")  # text here too
    assert table.locator("img, script").count() == 0
    page.wait_for_timeout(500)
    assert page.evaluate("window.pwned") is None
    assert dialogs == []
    assert not [u for u in page.requested if "xss-probe" in u]


def test_downloads_are_built_on_click(server, page):
    from playwright.sync_api import expect

    page.goto(server)
    expect(_markers(page, "announced_center", "Erbil")).to_have_count(1, timeout=LOAD_TIMEOUT)
    assert page.get_by_text("Download table (CSV)").count() == 0  # built when opened
    _open_details(page)
    assert "details=" in page.url  # an open section is part of the view's URL
    expect(page.locator(".geo-article mark").first).to_be_visible()
    got = {}
    for label in ("Download table (CSV)", "Download GeoJSON (visible layers)"):
        with page.expect_download(timeout=30_000) as download:
            page.get_by_text(label).click()
        got[download.value.suggested_filename] = Path(download.value.path()).read_bytes()
    assert got["evidence.csv"].startswith(b"layer,status,name,precision")
    assert b"Erbil" in got["evidence.csv"]
    collection = json.loads(got["layers.geojson"])
    assert collection["type"] == "FeatureCollection"
    assert "Erbil" in {f["properties"]["name"] for f in collection["features"]}
    assert _remote(page.requested) == []


def test_corpus_view_shows_the_timeline(server, page, small_corpus, corpus_dir):
    import shutil

    from playwright.sync_api import expect

    from geo.corpus_layers import corpus_collection
    from geo.store import add_correction, connect

    db = Path(shutil.copy(small_corpus, corpus_dir / "geo-corpus.sqlite"))
    (erbil,) = corpus_collection(connect(db), "2021-01-01")["features"]
    add_correction(connect(db), erbil["properties"]["id"], "centre", "wrong",
                   reason="a test of the marking", author="tester")
    page.goto(f"{server}/?corpus=true")
    expect(page.get_by_text("What changed between 2020-10-01 and 2020-12-01")).to_be_visible(
        timeout=LOAD_TIMEOUT)
    expect(_markers(page, "announced_center", "Erbil")).to_have_count(1, timeout=30_000)
    _markers(page, "announced_center", "Erbil").click()
    popup = page.frame_locator(MAP_FRAME).locator(".leaflet-popup-content")
    expect(popup).to_contain_text("status: operating since 2020-12-01")
    expect(popup).to_contain_text("timeline: proposed 2020-10-01 → operating 2020-12-01")
    expect(popup).to_contain_text("Erbil centre opens")
    expect(popup).to_contain_text("marked wrong by an analyst")
    expect(_markers(page, "announced_center", "Erbil")).to_have_class(
        re.compile(r"\bgeo-rejected\b"))  # greyed on the map
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard-corpus.png"), full_page=True)
    assert _remote(page.requested) == []


LAPTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
CENTRES = ("Erbil", "Baghdad", "Kirkuk", "Mosul", "Diyala", "Makhmour")
# what the map frame reports of its marks: name, layer, box, label side and text, and
# whether the mark is what a click at its centre reaches
_MARKS_JS = """() => Array.from(document.querySelectorAll('.geo-marker')).map(el => {
    const r = el.getBoundingClientRect(), label = el.querySelector('.geo-label');
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return {name: el.title, layer: el.className.match(/geo-marker-(\\w+)/)[1],
            box: [r.left, r.top, r.right, r.bottom], label: label.className,
            text: label.textContent, hit: !!hit && hit.closest('.geo-marker') === el};
})"""


def _map_frame(pg):
    return next(f for f in pg.frames if "streamlit_folium" in f.url)


def _settled_marks(pg) -> list[dict]:
    """The marks once labels are placed (the page script runs after each change)."""
    from playwright.sync_api import expect

    frame = pg.frame_locator(MAP_FRAME)
    expect(frame.locator('.geo-marker[title="Erbil"] .geo-label[class*="geo-label-"]')
           ).to_have_count(1, timeout=LOAD_TIMEOUT)
    pg.wait_for_timeout(300)
    return _map_frame(pg).evaluate(_MARKS_JS)


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_every_centre_is_labelled_and_has_its_own_click_target(server, browser, viewport):
    context = browser.new_context(viewport=viewport)
    pg = context.new_page()
    pg.goto(server)
    marks = _settled_marks(pg)
    labelled = {m["name"] for m in marks if "geo-label-off" not in m["label"]}
    assert set(CENTRES) <= labelled
    erbil = next(m for m in marks if m["name"] == "Erbil")
    assert erbil["text"] == "Erbil · announced"  # name and status
    shown = [m for m in marks if m["box"][2] > 0 and m["box"][0] < viewport["width"]
             and m["layer"] != "place"]
    for i, a in enumerate(shown):  # no two marks overlap, each is what its click reaches
        assert a["hit"], a["name"]
        for b in shown[i + 1:]:
            assert (a["box"][2] <= b["box"][0] or b["box"][2] <= a["box"][0]
                    or a["box"][3] <= b["box"][1] or b["box"][3] <= a["box"][1]), (a, b)
    kirkuk = [m for m in shown if m["name"] == "Kirkuk"]
    assert {m["layer"] for m in kirkuk} == {"proposed_center", "disputed_area"}
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"labels-{viewport['width']}.png"))
    context.close()


# the context layer's names and the marks' shown labels, as boxes on the screen
_CONTEXT_JS = """() => {
    const box = el => { const r = el.getBoundingClientRect();
                        return [r.left, r.top, r.right, r.bottom]; };
    return {context: Array.from(document.querySelectorAll('.geo-ctx')).map(el => ({
                text: el.textContent, area: el.classList.contains('geo-ctx-area'),
                pop: +el.dataset.pop, box: box(el.querySelector('.geo-ctx-label'))})),
            marks: Array.from(document.querySelectorAll(
                '.geo-marker, .geo-label:not(.geo-label-off)')).map(box)};
}"""


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_city_zoom_shows_provinces_and_towns_never_over_a_mark(server, browser):
    from playwright.sync_api import expect

    context = browser.new_context(viewport=LAPTOP)
    pg = context.new_page()
    pg.goto(server)
    _settled_marks(pg)
    frame = _map_frame(pg)
    frame.evaluate("""() => { const m = Object.values(window).find(v => v instanceof L.Map);
                             m.setView([35.5, 44.8], 9, {animate: false}); }""")
    locator = pg.frame_locator(MAP_FRAME)
    expect(locator.locator(".geo-ctx-area", has_text="KIRKUK")).to_have_count(1, timeout=30_000)
    pg.wait_for_timeout(300)
    seen = frame.evaluate(_CONTEXT_JS)
    towns = [c for c in seen["context"] if not c["area"]]
    assert any(c["pop"] >= 100_000 for c in towns), towns  # a major town (Sulaymaniyah)
    assert "Kirkuk" not in {c["text"] for c in towns}  # the marks name it already
    for c in seen["context"]:
        assert not any(_overlap(c["box"], m) for m in seen["marks"]), c
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / "context-zoom9.png"))
    context.close()


def test_laptop_map_fits_and_its_first_click_opens_a_popup(server, browser):
    from playwright.sync_api import expect

    context = browser.new_context(viewport=LAPTOP)
    pg = context.new_page()
    pg.goto(server)
    _settled_marks(pg)
    box = pg.locator(MAP_FRAME).bounding_box()
    assert box["y"] + box["height"] <= LAPTOP["height"]  # the whole map is in the window
    _markers(pg, "disputed_area", "Kirkuk").click()
    popup = pg.frame_locator(MAP_FRAME).locator(".leaflet-popup-content")
    expect(popup).to_contain_text("Disputed area")
    assert pg.evaluate("window.scrollY") == 0
    context.close()


def test_phone_popup_fits_and_closes_and_the_key_is_folded(server, browser):
    from playwright.sync_api import expect

    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    pg = context.new_page()
    pg.goto(server)
    _settled_marks(pg)
    frame = pg.frame_locator(MAP_FRAME)
    assert _map_frame(pg).evaluate("document.querySelector('details.geo-legend').open") \
        is False
    assert frame.locator(".leaflet-control-layers").count() == 0
    _markers(pg, "announced_center", "Erbil").click()
    popup = frame.locator(".leaflet-popup")
    expect(popup).to_be_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / "phone-popup.png"))
    close = frame.locator(".leaflet-popup-close-button").bounding_box()
    whole = popup.bounding_box()
    for b in (close, whole):
        assert b["x"] >= 0 and b["x"] + b["width"] <= PHONE["width"]
        assert b["y"] >= 0 and b["y"] + b["height"] <= PHONE["height"]
    frame.locator(".leaflet-popup-close-button").click()
    expect(popup).to_have_count(0)
    context.close()


def test_a_cancelled_centre_looks_unlike_a_proposed_one(server, page):
    from playwright.sync_api import expect

    def centre(name, lon, status):
        return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, 36.0]},
                "properties": {"name": name, "layer": "proposed_center", "status": status,
                               "confidence": 0.8, "precision": "point", "evidence": []}}

    upload = {"type": "FeatureCollection", "features": [
        centre("Planned", 43.0, "proposed"), centre("Called off", 45.0, "cancelled")]}
    page.goto(server)
    expect(_markers(page, "announced_center", "Erbil")).to_have_count(1, timeout=LOAD_TIMEOUT)
    choose_source(page, "Upload a file")
    page.locator('input[type="file"]').set_input_files(files=[{
        "name": "two.geojson", "mimeType": "application/geo+json",
        "buffer": json.dumps(upload).encode()}])
    frame = page.frame_locator(MAP_FRAME)
    cancelled = frame.locator('.geo-status-cancelled[title="Called off"]')
    expect(cancelled).to_have_count(1, timeout=30_000)
    proposed = frame.locator('.geo-status-proposed[title="Planned"]')
    assert cancelled.locator("svg").inner_html() != proposed.locator("svg").inner_html()
    expect(cancelled.locator(".geo-label")).to_have_text("Called off · cancelled")
    expect(frame.locator(".geo-legend")).to_contain_text("Cancelled centre: 1")


def test_osm_tiles_lie_above_the_land_and_a_failure_is_told(server, page):
    from playwright.sync_api import expect

    tile = (ROOT / "static" / "vendor" / "leaflet" / "images" / "layers.png").read_bytes()
    page.route("https://tile.openstreetmap.org/**",  # a local tile route, no network
               lambda route: route.fulfill(status=200, content_type="image/png", body=tile))
    page.goto(f"{server}/?tiles=osm")
    frame = page.frame_locator(MAP_FRAME)
    expect(frame.locator("img.leaflet-tile-loaded").first).to_be_attached(
        timeout=LOAD_TIMEOUT)
    expect(frame.locator(".geo-basemap-ready, .leaflet-geo-basemap-pane path").first
           ).to_be_attached(timeout=30_000)
    z = _map_frame(page).evaluate("""() => [
        +getComputedStyle(document.querySelector('.leaflet-tile-pane')).zIndex,
        +getComputedStyle(document.querySelector('.leaflet-geo-basemap-pane')).zIndex]""")
    assert z[0] > z[1]  # the tiles are drawn above the country fill
    expect(frame.locator(".geo-tile-note")).to_have_count(0)

    failing = page.context.new_page()
    failing.route("https://tile.openstreetmap.org/**", lambda route: route.abort())
    failing.goto(f"{server}/?tiles=osm")
    expect(failing.frame_locator(MAP_FRAME).locator(".geo-tile-note")).to_contain_text(
        "could not be loaded", timeout=LOAD_TIMEOUT)
    failing.close()
