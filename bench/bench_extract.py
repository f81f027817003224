"""Benchmark: cold start, peak memory and warm extraction time of the seed article.

Run: ``.venv/bin/python bench/bench_extract.py`` (or ``make bench``). Prints the command,
the machine and, measured in the same run, a baseline: the bare interpreter start-up
for the cold numbers and recognition+resolution alone for the cost of the roles stage.

Targets (issues 3 and 4): cold ``python -m geo extract`` <= 1.5 s and peak RSS <= 400 MB
after the first build; warm extract of the seed <= 50 ms in-process; roles add <= 20 %.
"""

from __future__ import annotations

import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEED = ROOT / "seeds" / "000_5fe70ab38a61ff6b.txt"
REPEATS = 7


def _child(args: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one child process."""
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.execv(args[0], args)
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{args} failed")
    return elapsed, usage.ru_maxrss / 1024


def _cold(args: list[str]) -> tuple[float, float]:
    runs = [_child(args) for _ in range(REPEATS)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def _warm() -> tuple[float, float, float]:
    from geo.gazetteer import load_gazetteer
    from geo.lexicon import load_lexicon
    from geo.pipeline import extract_feature_collection
    from geo.recognize import RuleRecognizer
    from geo.resolve import resolve_mentions
    from geo.roles import assign_roles
    from geo.sentences import split_sentences

    text = SEED.read_text(encoding="utf-8")
    gazetteer, lexicon = load_gazetteer(), load_lexicon()
    recognizer = RuleRecognizer(gazetteer, lexicon)
    extract_feature_collection(text)

    places = resolve_mentions(recognizer(text), gazetteer, text)
    sentences = split_sentences(text)
    stages = {
        "full": lambda: extract_feature_collection(text),
        "geoparse": lambda: resolve_mentions(recognizer(text), gazetteer, text),
        "roles": lambda: assign_roles(text, places, sentences),
    }
    # interleaved, so that a busy moment of the machine hits every stage alike
    times: dict[str, list[float]] = {name: [] for name in stages}
    for _ in range(200):
        for name, fn in stages.items():
            started = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - started)
    full, geoparse, roles = (statistics.median(times[n]) for n in ("full", "geoparse", "roles"))
    return full, geoparse, roles


def _roles_share_on_corpus(path: Path) -> tuple[float, int]:
    """Share of assign_roles in whole-pipeline time over a news corpus (LGL)."""
    from geo.evaluate import read_corpus
    from geo.gazetteer import load_gazetteer
    from geo.layers import to_feature_collection
    from geo.lexicon import load_lexicon
    from geo.recognize import RuleRecognizer
    from geo.resolve import resolve_mentions
    from geo.roles import assign_roles
    from geo.sentences import split_sentences

    docs = read_corpus(path, "lgl")
    gazetteer = load_gazetteer()
    recognizer = RuleRecognizer(gazetteer, load_lexicon())
    roles_s = other_s = 0.0
    for doc in docs:
        t0 = time.perf_counter()
        places = resolve_mentions(recognizer(doc.text), gazetteer, doc.text)
        sentences = split_sentences(doc.text)
        t1 = time.perf_counter()
        roles = assign_roles(doc.text, places, sentences)
        t2 = time.perf_counter()
        to_feature_collection(places, roles, sentences, gazetteer)
        t3 = time.perf_counter()
        roles_s += t2 - t1
        other_s += (t1 - t0) + (t3 - t2)
    return roles_s / other_s, len(docs)


def main() -> None:
    python = sys.executable
    subprocess.run([python, "-m", "geo", "prepare"], cwd=ROOT, check=True,
                   capture_output=True)
    print(f"command: {python} bench/bench_extract.py")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"python {platform.python_version()}, {platform.platform()}")
    base_s, base_mb = _cold([python, "-c", "pass"])
    os.chdir(ROOT)
    cold_s, cold_mb = _cold([python, "-m", "geo", "extract", str(SEED)])
    full, geoparse, roles = _warm()
    roles_share = roles / (full - roles)
    print("| measure | value | baseline (same run) | target |")
    print("|---|---|---|---|")
    print(f"| cold `python -m geo extract` seed, median of {REPEATS} | {cold_s:.2f} s | "
          f"bare `python -c pass` {base_s:.2f} s | <= 1.5 s |")
    print(f"| peak RSS of that process | {cold_mb:.0f} MB | bare interpreter {base_mb:.0f} MB "
          f"| <= 400 MB |")
    print(f"| warm extract of the seed (all stages + GeoJSON), median | {full * 1000:.1f} ms | "
          f"recognition + resolution only {geoparse * 1000:.1f} ms | <= 50 ms |")
    print(f"| roles stage (assign_roles) | {roles * 1000:.1f} ms = {roles_share:+.0%} of the "
          f"other stages | other stages {(full - roles) * 1000:.1f} ms | <= +20 % |")
    lgl = ROOT.parent / "shared" / "bench" / "lgl.xml"
    if lgl.exists():
        share, count = _roles_share_on_corpus(lgl)
        print(f"| roles stage over {count} LGL news articles | {share:+.0%} of the other "
              f"stages | | <= +20 % |")
    print(f"(max RSS of this benchmark process: "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
