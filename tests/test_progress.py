"""A long article tells its progress: stage and share done, in order, on a terminal."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from geo.pipeline import STAGES, extract_feature_collection

ROOT = Path(__file__).resolve().parent.parent


def test_the_pipeline_reports_each_stage_in_order_up_to_done(gazetteer):
    seen: list[tuple[str, float]] = []
    extract_feature_collection("Talks in Erbil and Mosul.", gazetteer=gazetteer,
                               progress=lambda stage, share: seen.append((stage, share)))
    assert [stage for stage, _ in seen] == [*STAGES, "done"]
    shares = [share for _, share in seen]
    assert shares == sorted(shares) and shares[0] == 0 and shares[-1] == 1


def test_a_long_article_shows_its_progress_on_a_terminal(tmp_path):
    article = tmp_path / "long.txt"
    article.write_text("Talks were held in Baghdad and Mosul on Monday.\n" * 5000)
    main, child = pty.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "geo", "extract", str(article), "-o",
                               str(tmp_path / "out.json")], cwd=ROOT, stderr=child,
                              timeout=120)
        os.close(child)
        shown = b""
        while True:
            try:
                chunk = os.read(main, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(main)
    assert done.returncode == 0
    text = shown.decode()
    assert "finding place names" in text and "100% done" in text
    # a short one, or one whose stderr is no terminal, prints nothing
    quiet = subprocess.run([sys.executable, "-m", "geo", "extract", str(article), "-o",
                            str(tmp_path / "out.json")], cwd=ROOT, capture_output=True,
                           timeout=120)
    assert quiet.stderr == b""
