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
    assert got["evidence.csv"].startswith(b"layer,name,precision")
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
