"""Benchmark: how time, memory and output size grow with the input, per degenerate family.

Run: ``.venv/bin/python bench/bench_scaling.py [--scale 1.0] [--families a,b]``. Each
family (below) is built at 1x, 2x, 4x and 8x its base size and extracted as
``python -m geo extract`` does (pipeline + JSON), each size in a fresh child process; it
prints seconds, peak RSS above the loaded gazetteer, output bytes, and the growth exponent
fitted by least squares on log(time) ~ log(size) (1.0: linear; 2.0: quadratic). The
baseline, measured in the same run, is ``article``: a real test article repeated, which
every version so far handles in linear time.

Targets (issue 15): exponent <= 1.2 for every family; output size linear in input.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
ARTICLE = ROOT / "tests" / "data" / "articles"
SIZES = (1, 2, 4, 8)


def _names(count: int) -> list[str]:
    """``count`` distinct gazetteer names of towns (fixed order: sorted keys, every k-th)."""
    from geo.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    keys = sorted(k for k in gazetteer._index if k.isalpha() and len(k) > 5)
    step = max(1, len(keys) // (count * 2))
    return [k.title() for k in keys[::step][:count]]


def _article(n: int) -> str:
    record = json.loads(next(iter(sorted(ARTICLE.glob("*.json")))).read_text())
    return "\n\n".join([record["text"]] * n)


FAMILIES: dict[str, tuple[int, Callable[[int], str]]] = {
    # name: (base size, text of that size)
    "article": (100, _article),
    # distinct names, one short sentence each (the distance step: all pairs)
    "distinct": (600, lambda n: "".join(f"Reports came from {name}.\n"
                                       for name in _names(n))),
    # one comma list of many names (the list Counter rebuilt per item)
    "list": (3000, lambda n: "Talks in " + ", ".join(
        ["Baghdad", "Mosul", "Erbil", "Kirkuk", "Basra", "Najaf"][i % 6]
        for i in range(n)) + ".\n"),
    # one name on many lines (each mention's sentence looked up from the start)
    "lines": (20000, lambda n: "Baghdad.\n" * n),
    # many sentences on one line (the current line copied for every match)
    "one_line": (4000, lambda n: "Talks were held in Baghdad and Mosul. " * n),
    # real articles on one line (each name's byline check copies its whole line: this is
    # in geo/recognize.py, not yet linear)
    "article_one_line": (800, lambda n: _article(n).replace("\n", " ")),
    # degenerate markup in the HTML reducer
    "html": (60000, lambda n: "<html><body><p>Talks in Baghdad.</p>" + "<?" * n),
    # many names in one long sentence (each feature repeating its whole sentence)
    "evidence": (400, lambda n: "Talks in " + ", ".join(_names(n)) + " went on.\n"),
}


def _one(family: str, size: int) -> dict:
    """Child: build the text, load the gazetteer, then time extract + JSON."""
    from geo.gazetteer import load_gazetteer
    from geo.pipeline import extract_feature_collection
    from geo.textio import decode_article

    _, make = FAMILIES[family]
    text = make(size)
    gazetteer = load_gazetteer()
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    clean, _ = decode_article(text.encode("utf-8"), "bench.html" if family == "html"
                              else "bench.txt")
    out = json.dumps(extract_feature_collection(clean, gazetteer=gazetteer),
                     ensure_ascii=False)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"seconds": seconds, "rss_mb": (peak - base) / 1024,
            "in_bytes": len(text.encode("utf-8")), "out_bytes": len(out.encode("utf-8"))}


def _measure(family: str, size: int, timeout: float) -> dict | None:
    try:
        done = subprocess.run([sys.executable, __file__, "--one", family, str(size)],
                              capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    return json.loads(done.stdout)


def _exponent(xs: list[float], ys: list[float]) -> float:
    lx, ly = [math.log(x) for x in xs], [math.log(max(y, 1e-6)) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly, strict=True)) / \
        sum((a - mx) ** 2 for a in lx)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--one", nargs=2, metavar=("FAMILY", "SIZE"), help=argparse.SUPPRESS)
    parser.add_argument("--scale", type=float, default=1.0, help="multiply the base sizes")
    parser.add_argument("--families", default=",".join(FAMILIES))
    parser.add_argument("--timeout", type=float, default=300, help="seconds per size")
    args = parser.parse_args()
    if args.one:
        print(json.dumps(_one(args.one[0], int(args.one[1]))))
        return
    print(f"command: {' '.join([os.path.relpath(sys.executable), *sys.argv])}")
    print(f"machine: {platform.machine()} {os.cpu_count()} cores, python "
          f"{platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M')}")
    print("| family | size | input kB | seconds | peak MB over gazetteer | output kB |")
    print("|---|---|---|---|---|---|")
    summary = []
    for family in args.families.split(","):
        base, _ = FAMILIES[family]
        sizes, times, outs = [], [], []
        for k in SIZES:
            size = max(1, round(base * k * args.scale))
            got = _measure(family, size, args.timeout)
            if got is None:
                print(f"| {family} | {size} | | > {args.timeout:.0f} (stopped) | | |")
                break
            sizes.append(got["in_bytes"])
            times.append(got["seconds"])
            outs.append(got["out_bytes"])
            print(f"| {family} | {size} | {got['in_bytes'] / 1e3:.0f} | {got['seconds']:.2f}"
                  f" | {got['rss_mb']:.0f} | {got['out_bytes'] / 1e3:.0f} |", flush=True)
        if len(sizes) >= 2:
            summary.append((family, _exponent(sizes, times), _exponent(sizes, outs)))
    print("\n| family | time exponent | output exponent |\n|---|---|---|")
    for family, t, o in summary:
        print(f"| {family} | {t:.2f} | {o:.2f} |")


if __name__ == "__main__":
    main()
