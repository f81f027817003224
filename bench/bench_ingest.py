"""Benchmark: corpus ingest of generated articles, one process vs 2 workers vs Dask.

Run from the repository root: ``.venv/bin/python bench/bench_ingest.py [N]`` (default
10,000 articles). It writes N generated articles (fixed seed) to a temporary JSONL file,
then runs ``python -m geo ingest`` on it into a fresh database with ``--workers 1``,
``--workers 2`` and ``--dask local --workers 2``, sampling the memory of the whole
process tree every 0.2 s; and, to show that memory does not grow with the corpus, the
one-process run again on the first fifth of the articles. Prints a Markdown table, then
how long reading the corpus back takes (what the dashboard does): the layers as of the last
date and what changed over the whole range, median of 5, next to a plain scan of the
features table as the floor.
"""

from __future__ import annotations

import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # geo, read back in this process
TOWNS = ["Erbil", "Baghdad", "Kirkuk", "Mosul", "Duhok", "Sulaimani", "Khanaqin", "Makhmour",
         "Tal Afar", "Sinjar", "Basra", "Najaf", "Karbala", "Tikrit", "Samarra", "Ramadi",
         "Fallujah", "Baqubah", "Zakho", "Halabja", "Akcakale", "Sanliurfa", "Gaziantep",
         "Qamishli", "Hasakah", "Raqqa", "Manbij", "Kobani", "Tirana", "Shengjin", "Durres",
         "Pristina", "Mitrovica", "Skopje", "Athens", "Ankara", "Damascus", "Amman"]
AREAS = ["Nineveh", "Diyala", "Salahuddin", "Kirkuk province", "Anbar", "Dohuk province"]
SENTENCES = [
    "Officials agreed on {day} to establish a joint coordination centre in {a}.",
    "The two sides also discussed opening a joint security centre in {b}.",
    "A joint operations room in {a} was opened on {day}, a spokesman said.",
    "Similar arrangements are being negotiated for {b} and {c}.",
    "Security remains fragile in disputed areas such as {x} and {y}.",
    "Talks between delegations from {a} and {c} continued on {day}.",
    "The planned centre in {b} was postponed after an attack near {c}.",
    "Residents of {c} said prices had risen sharply in recent weeks.",
    "The ministry said patrols near {a} would continue through the winter.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def generated_articles(n: int, seed: int = 2026) -> list[dict]:
    rng = random.Random(seed)
    articles = []
    for i in range(n):
        a, b, c = rng.sample(TOWNS, 3)
        x, y = rng.sample(AREAS, 2)
        body = " ".join(rng.choice(SENTENCES).format(a=a, b=b, c=c, x=x, y=y,
                                                     day=rng.choice(DAYS))
                        for _ in range(rng.randint(3, 7)))
        date = f"{rng.randint(2019, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        articles.append({"id": f"gen-{i}", "date": date, "title": f"Report {i} from {a}",
                         "text": f"Report {i} from {a}\n\n{body}"})
    return articles


def _run(args: list[str]) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MB) of the ingesting process, peak RSS of the process tree."""
    started = time.perf_counter()
    proc = psutil.Popen([sys.executable, "-m", "geo", "ingest", *args], cwd=ROOT,
                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    main_peak = tree_peak = 0.0
    while proc.poll() is None:
        try:
            tree = [proc, *proc.children(recursive=True)]
            rss = [p.memory_info().rss for p in tree]
        except psutil.Error:
            continue
        main_peak, tree_peak = max(main_peak, rss[0]), max(tree_peak, sum(rss))
        time.sleep(0.2)
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed: {proc.stderr.read().decode()[-2000:]}")
    return time.perf_counter() - started, main_peak / 2**20, tree_peak / 2**20


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    print(f"command: {sys.executable} bench/bench_ingest.py {n}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"python {platform.python_version()}, {platform.platform()}")
    articles = generated_articles(n)
    with tempfile.TemporaryDirectory() as tmp:
        src, fifth = Path(tmp) / "articles.jsonl", Path(tmp) / "fifth.jsonl"
        src.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
        fifth.write_text("".join(json.dumps(a) + "\n" for a in articles[:n // 5]),
                         encoding="utf-8")
        runs = [(f"1 process, {n // 5} articles", fifth, ["--workers", "1"]),
                (f"1 process, {n} articles", src, ["--workers", "1"]),
                (f"2 worker processes, {n} articles", src, ["--workers", "2"]),
                (f"Dask local cluster, 2 workers, {n} articles", src,
                 ["--dask", "local", "--workers", "2"])]
        print("| run | seconds | articles/s | peak RSS, ingesting process | "
              "peak RSS, all processes |")
        print("|---|---|---|---|---|")
        dbs = []
        for label, path, args in runs:
            db = Path(tmp) / f"{len(label)}-{time.monotonic_ns()}.sqlite"
            seconds, main_mb, tree_mb = _run([str(path), "--db", str(db), *args])
            count = n // 5 if path == fifth else n
            print(f"| {label} | {seconds:.1f} | {count / seconds:.0f} | {main_mb:.0f} MB | "
                  f"{tree_mb:.0f} MB |", flush=True)
            dbs.append(db)
        _read_back(dbs[1], n)


def _median_seconds(call: Callable[[], object], rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _read_back(db: Path, n: int) -> None:
    from geo.corpus_layers import changes, corpus_collection
    from geo.store import connect, date_range

    conn = connect(db)
    first, last = date_range(conn)
    rows = conn.execute("SELECT COUNT(*) FROM features").fetchone()[0]
    places = len(corpus_collection(conn)["features"])
    print(f"\nreading the {n}-article corpus back ({rows} stored features, {places} map "
          "features), median of 5:\n")
    print("| read | seconds |\n|---|---|")
    scan = _median_seconds(lambda: conn.execute(
        "SELECT place_id, layer, properties FROM features").fetchall())
    print(f"| floor: every stored feature's row, nothing decoded | {scan:.2f} |")
    print(f"| the layers as of {last} | "
          f"{_median_seconds(lambda: corpus_collection(conn, last)):.2f} |")
    print(f"| what changed between {first} and {last} | "
          f"{_median_seconds(lambda: changes(conn, first or '', last or '')):.2f} |")


if __name__ == "__main__":
    main()
