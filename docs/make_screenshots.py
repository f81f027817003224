"""Regenerate the README's screenshots: ``.venv/bin/python docs/make_screenshots.py``.

Starts the dashboard on a free port (as the browser tests do), builds a corpus database of
the bundled articles in a temporary folder, and writes with Debian's headless Chromium:

* ``docs/screenshot.png``: the seed article at 1280x800, as it first shows;
* ``docs/corpus.png``: the corpus view of the bundled articles at 1280x800;
* ``docs/phone.png``: the seed article at 390x844 (a phone), a popup open.

``--out DIR`` writes them elsewhere (to look at a change without touching docs/).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from browser_support import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    MAP_FRAME,
    free_port,
    start_server,
    stop_server,
)

LAPTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
TIMEOUT = 120_000


def _corpus(folder: Path) -> None:
    from geo.ingest import ingest

    ingest([ROOT / "seeds", ROOT / "tests" / "data" / "articles"],
           folder / "geo-corpus.sqlite", progress=False, on_error=lambda message: None)


def _seed(browser, url: str, viewport: dict[str, int], path: Path, mark: str | None) -> None:
    page = browser.new_page(viewport=viewport)
    page.goto(url)
    frame = page.frame_locator(MAP_FRAME)
    marker = frame.locator(f'.geo-marker[title="{mark or "Erbil"}"]').first
    marker.wait_for(timeout=TIMEOUT)
    page.wait_for_timeout(800)  # the country outlines and the label placement
    if mark is None:  # the map as it first shows
        page.screenshot(path=str(path))
        page.close()
        return
    marker.click()
    frame.locator(".leaflet-popup-content").wait_for(timeout=30_000)
    page.wait_for_timeout(400)
    page.screenshot(path=str(path))
    page.close()


def _corpus_view(browser, url: str, path: Path) -> None:
    page = browser.new_page(viewport=LAPTOP)
    page.goto(f"{url}/?corpus=true&layers=announced_center,proposed_center,disputed_area")
    page.frame_locator(MAP_FRAME).locator(".geo-marker").first.wait_for(timeout=TIMEOUT)
    page.wait_for_timeout(1200)
    page.screenshot(path=str(path))
    page.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    out = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        _corpus(Path(tmp))
        port = free_port()
        proc = start_server(port, env={"GEO_CORPUS_DIR": tmp})
        try:
            url = f"http://localhost:{port}"
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=str(CHROMIUM),
                                            args=CHROMIUM_ARGS)
                _seed(browser, url, LAPTOP, out / "screenshot.png", None)
                _seed(browser, url, PHONE, out / "phone.png", "Erbil")
                _corpus_view(browser, url, out / "corpus.png")
                browser.close()
        finally:
            stop_server(proc)
    print(f"wrote screenshot.png, phone.png, corpus.png into {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
