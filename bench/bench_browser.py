"""Browser benchmark of the dashboard: page to markers, a 2,000-place upload, a layer toggle.

Run from the repository root: ``.venv/bin/python bench/bench_browser.py``. It starts
``streamlit run app.py`` on a free port, drives Debian's headless Chromium with
Playwright, and measures, with a fresh browser context (empty cache) per repetition:

1. page request -> Erbil and Baghdad markers drawn (seed article, warm server); target 3 s;
2. uploading a generated 2,000-place FeatureCollection -> its map drawn; target 5 s;
3. clicking a layer toggle on a page at rest -> the map redrawn without that layer;
   target 1 s;
4. for information, the seed page requested again in the same browser context (its HTTP
   cache now holds Streamlit's scripts), request -> markers drawn.

Baseline, measured in the same run: the same folium maps as plain static HTML pages (same
vendored Leaflet, served by ``http.server``), request -> markers drawn; and the Streamlit
page shell (request -> title shown) of run 1. Inputs are fixed: the seed article and a
collection generated with ``random.Random(2020)``. Results go to stdout and replace the
"## Dashboard (browser)" section of BENCHMARKS.md.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import platform
import random
import shlex
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from browser_support import (  # noqa: E402  (the browser test drives the app the same way)
    CHROMIUM,
    CHROMIUM_ARGS,
    MAP_FRAME,
    choose_source,
    free_port,
    start_server,
    stop_server,
)

from geo import geojson_io, mapview  # noqa: E402
from geo.types import Layer  # noqa: E402

REPEAT = 5
N_PLACES = 2000
SECTION = "## Dashboard (browser)"
TARGETS = {"page": 3.0, "upload": 5.0, "toggle": 1.0}
ERBIL = '.geo-marker-announced_center[title="Erbil"]'
BAGHDAD = '.geo-marker-announced_center[title="Baghdad"]'


def seed_markers_drawn(frame) -> bool:
    return frame.locator(ERBIL).count() == 1 and frame.locator(BAGHDAD).count() == 1


def generated_collection(n: int = N_PLACES, seed: int = 2020) -> dict:
    """``n`` point features around the Middle East, most in the place layer."""
    rng = random.Random(seed)
    layers = ([Layer.ANNOUNCED_CENTER] * 2 + [Layer.PROPOSED_CENTER] * 5
              + [Layer.DISPUTED_AREA] * 3 + [Layer.PLACE] * 90)
    features = []
    for i in range(n):
        layer = rng.choice(layers).value
        name = f"Place {i}"
        sentence = f"Officials spoke about {name} and a joint centre on day {i % 30}."
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [
            round(rng.uniform(25.0, 60.0), 4), round(rng.uniform(15.0, 42.0), 4)]},
            "properties": {
                "name": name, "layer": layer, "id": f"bench:{i}", "geonameid": None,
                "kind": "city", "country": "IQ", "confidence": round(rng.random(), 2),
                "precision": "point", "approximate": False,
                "mentions": [{"text": name, "start": 22, "end": 22 + len(name),
                              "associative": False}],
                "evidence": [{"sentence": sentence, "start": 0, "end": len(sentence)}],
                "cue": "spoke about", "date": None}})
    return {"type": "FeatureCollection", "features": features}


def _static_site(folder: Path, pages: dict[str, str]) -> tuple[http.server.HTTPServer, str]:
    """Serve ``pages`` and ``static/`` at ``/app/static`` like Streamlit does."""
    (folder / "app").mkdir()
    (folder / "app" / "static").symlink_to(ROOT / "static")
    for name, page in pages.items():
        (folder / name).write_text(page, encoding="utf-8")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


def _machine(browser_version: str) -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = int(Path("/proc/meminfo").read_text().split()[1]) // 1024
    except OSError:
        mem = 0
    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    return (f"{cpu}, {os.cpu_count()} cores, {mem} MB RAM; {platform.platform()}; "
            f"Python {platform.python_version()}; Chromium {browser_version}; "
            f"load average at start {load}")


def wait_for_map(pg, ready, timeout: float = 60.0) -> None:
    """Poll until ``ready(frame)`` holds in one of the map iframes.

    While Streamlit swaps the map for a new one, the old iframe can stay in the page for a
    moment, so the check runs per frame rather than through a strict locator.
    """
    from playwright.sync_api import Error as PlaywrightError

    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        for frame in pg.frames:
            if "streamlit_folium" in frame.url and not frame.is_detached():
                try:
                    if ready(frame):
                        return
                except PlaywrightError:  # the frame was torn down mid-check
                    continue
        pg.wait_for_timeout(25)
    raise TimeoutError(f"map not ready in {timeout} s")


def settle(pg) -> None:
    """Wait until the page is at rest (no script run, no request for 0.5 s, a frame
    painted), so that a timed click measures the click, not the tail of the last step."""
    pg.locator('[data-testid="stStatusWidget"]').wait_for(state="hidden", timeout=60_000)
    pg.wait_for_load_state("networkidle")
    pg.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    from playwright.sync_api import expect, sync_playwright

    command = shlex.join(["python", *sys.argv])
    print(f"command: {command} (cwd {ROOT})")
    machine = ""
    seed_text = (ROOT / "seeds" / "000_5fe70ab38a61ff6b.txt").read_text(encoding="utf-8")
    from geo.pipeline import extract_feature_collection

    seed = extract_feature_collection(seed_text)
    big = generated_collection()
    big_bytes = json.dumps(big).encode("utf-8")
    all_layers = [layer.value for layer in Layer]
    basemap = geojson_io.load_basemap()
    pages = {name: mapview.build_map(fc, visible_layers=all_layers, basemap=basemap)
             .get_root().render() for name, fc in (("seed.html", seed), ("big.html", big))}
    n_big_places = sum(f["properties"]["layer"] == "place" for f in big["features"])

    port = free_port()
    server = start_server(port)
    url = f"http://localhost:{port}"
    results: dict[str, list[float]] = {k: [] for k in
                                       ("shell", "page", "upload", "toggle", "toggle_big",
                                        "page_warm", "static_seed", "static_big")}
    try:
        with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
            httpd, static_url = _static_site(Path(tmp), pages)
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            machine = _machine(browser.version)
            print("machine:", machine)

            def fresh_page():
                ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
                return ctx, ctx.new_page()

            def markers(pg, layer, name=None):
                title = f'[title="{name}"]' if name else ""
                return pg.frame_locator(MAP_FRAME).locator(f".geo-marker-{layer}{title}")

            def sidebar(pg):
                return pg.locator('[data-testid="stSidebar"]')

            # warm-up: the server loads the gazetteer and runs the seed once
            ctx, pg = fresh_page()
            pg.goto(url)
            expect(markers(pg, "announced_center", "Erbil")).to_have_count(1, timeout=180_000)
            ctx.close()

            for _ in range(REPEAT):
                ctx, pg = fresh_page()
                start = time.perf_counter()
                pg.goto(url)
                # wait_for and a 25 ms poll, not expect(): expect() retries after 100, 250,
                # 500 and then every 1,000 ms, which can report a map drawn at 2.9 s at 3.7 s
                pg.locator("h1", has_text="News to map").wait_for(timeout=60_000)
                results["shell"].append(time.perf_counter() - start)
                wait_for_map(pg, seed_markers_drawn)
                results["page"].append(time.perf_counter() - start)

                settle(pg)
                results["toggle"].append(_timed(lambda pg=pg: (
                    sidebar(pg).get_by_text("Proposed centre", exact=True).click(),
                    wait_for_map(pg, lambda f: f.locator(".geo-marker-proposed_center").count()
                                 == 0 and f.locator(ERBIL).count() == 1))))
                sidebar(pg).get_by_text("Proposed centre", exact=True).click()
                wait_for_map(pg, lambda f: f.locator(".geo-marker-proposed_center").count() > 0)

                choose_source(pg, "Upload a file")
                upload = pg.locator('input[type="file"]')
                upload.wait_for(state="attached")
                legend = f"Other place: <b>{n_big_places}</b>"
                results["upload"].append(_timed(lambda pg=pg, upload=upload, legend=legend: (
                    upload.set_input_files(files=[{"name": "big.geojson",
                                                   "mimeType": "application/geo+json",
                                                   "buffer": big_bytes}]),
                    wait_for_map(pg, lambda f, legend=legend: legend in (
                        f.locator(".geo-legend").inner_html(timeout=100)
                        if f.locator(".geo-legend").count() else "")
                        and f.locator(".geo-cluster-place").count() > 0))))
                settle(pg)
                results["toggle_big"].append(_timed(lambda pg=pg: (
                    sidebar(pg).get_by_text("Other place", exact=True).click(),
                    wait_for_map(pg, lambda f: f.locator(".geo-legend-row.off").count() == 1
                                 and f.locator(".geo-cluster-place").count() == 0
                                 and f.locator(".geo-cluster").count() > 0))))
                # the same page again in this browser: Streamlit's scripts now cached
                start = time.perf_counter()
                pg.goto(url)
                wait_for_map(pg, seed_markers_drawn)
                results["page_warm"].append(time.perf_counter() - start)
                ctx.close()

                for key, page_name, wait in (
                        ("static_seed", "seed.html", ".geo-marker-announced_center"),
                        ("static_big", "big.html", ".marker-cluster")):
                    ctx, pg = fresh_page()
                    start = time.perf_counter()
                    pg.goto(f"{static_url}/{page_name}")
                    pg.locator(wait).first.wait_for(timeout=60_000)
                    results[key].append(time.perf_counter() - start)
                    ctx.close()
            browser.close()
            httpd.shutdown()
    finally:
        stop_server(server)

    report = _report(command, machine, results)
    print(report)
    _write_section(ROOT / "BENCHMARKS.md", report)
    return 0


def _report(command: str, machine: str, r: dict[str, list[float]]) -> str:
    def cell(key: str) -> str:
        return f"{statistics.median(r[key]):.2f} s (min {min(r[key]):.2f}, max {max(r[key]):.2f})"

    def verdict(key: str, target: float) -> str:
        return "meets" if statistics.median(r[key]) <= target else "misses"

    rows = [
        ("Seed article: page request -> Erbil and Baghdad markers drawn", cell("page"),
         f"<= {TARGETS['page']:.0f} s: {verdict('page', TARGETS['page'])}",
         f"static Leaflet page, same map: {cell('static_seed')}; Streamlit shell "
         f"(request -> title): {cell('shell')}"),
        (f"Upload a {N_PLACES}-place FeatureCollection -> clustered map drawn", cell("upload"),
         f"<= {TARGETS['upload']:.0f} s: {verdict('upload', TARGETS['upload'])}",
         f"static Leaflet page, same map: {cell('static_big')}"),
        ("Seed article again in the same browser (its HTTP cache warm): request -> markers",
         cell("page_warm"),
         f"(<= {TARGETS['page']:.0f} s: {verdict('page_warm', TARGETS['page'])})",
         "information: the target row is the cold one above"),
        ("Toggle 'Proposed centre' off (seed) -> map redrawn without it", cell("toggle"),
         f"<= {TARGETS['toggle']:.0f} s: {verdict('toggle', TARGETS['toggle'])}", ""),
        (f"Toggle 'Other place' off ({N_PLACES} places) -> map redrawn without it",
         cell("toggle_big"),
         f"<= {TARGETS['toggle']:.0f} s: {verdict('toggle_big', TARGETS['toggle'])}", ""),
    ]
    page, shell = statistics.median(r["page"]), statistics.median(r["shell"])
    note = (f"Where the page time goes: {shell:.2f} s pass before Streamlit's own page shows "
            f"its title; the remaining {page - shell:.2f} s run the script, load the element "
            "scripts Streamlit fetches on first use (expanders, check boxes, the component "
            "frame; the article chooser's select boxes and the evidence section's table and "
            "downloads only once opened), mount the map's component iframe and load Leaflet "
            "into it. The markers are detected by polling the map frame every 25 ms. "
            f"The same map as a static page takes {statistics.median(r['static_seed']):.2f} s. "
            "The country outlines are fetched by the map after its markers are drawn (not "
            "embedded in the map script), so they neither delay the first markers nor travel "
            "again with every toggle; toggles redraw only the layers inside the loaded map "
            "(st_folium feature groups).")
    lines = [
        SECTION, "",
        f"Command: `{command}` (from the repository root, with `.venv`; starts its own "
        "server). Median of "
        f"{REPEAT} runs, each in a fresh browser context (empty cache), after one warm-up "
        "load; the server is warm (gazetteer loaded, seed cached).",
        "", f"Machine: {machine}", "",
        "| measurement | dashboard | target | baseline in the same run |",
        "|---|---|---|---|",
        *[f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows], "", note, "",
    ]
    return "\n".join(lines)


def _write_section(path: Path, section: str) -> None:
    """Replace the section (up to the next ``## `` heading) or append it."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    start = text.find(SECTION + "\n")
    if start == -1:
        new = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + len(SECTION))
        new = text[:start] + section + ("\n" + text[end + 1:] if end != -1 else "")
    path.write_text(new.rstrip("\n") + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
