"""Driving the dashboard in Debian's headless Chromium: shared by tests/test_browser.py
and bench/bench_browser.py, so the test and the benchmark start and use the app alike."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int, app: Path = ROOT / "app.py",
                 env: dict[str, str] | None = None) -> subprocess.Popen:
    """``streamlit run app.py`` on ``port`` (``env``: more environment variables),
    returned once its health check answers."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(app),
         "--server.port", str(port), "--server.address", "127.0.0.1",
         "--server.headless", "true", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health",
                                        timeout=2) as r:
                if r.status == 200:
                    return proc
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError("streamlit did not answer its health check in 60 s")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def choose_source(page, label: str) -> None:
    """Open the sidebar's article chooser (closed by default) and pick a source in its
    "Article source" select box."""
    sidebar = page.locator('[data-testid="stSidebar"]')
    select = sidebar.locator('[data-testid="stSelectbox"]').filter(has_text="Article source")
    if not select.count():
        sidebar.get_by_text("Article: choose another, paste or upload").click()
        select.wait_for(timeout=30_000)
    option = page.get_by_role("option", name=label)
    for _ in range(3):
        # a click that lands while Streamlit re-renders the sidebar opens nothing: again
        select.click()
        try:
            option.wait_for(timeout=10_000)
            break
        except Exception:  # playwright's TimeoutError
            continue
    option.click()
