"""Benchmark: cold start, peak memory and warm extraction time of the seed article.

Run: ``.venv/bin/python bench/bench_extract.py`` (or ``make bench``). Prints the command,
the machine and, measured in the same run, a baseline: the bare interpreter start-up
for the cold numbers and recognition+resolution alone for the cost of the roles stage.

Targets (issues 3 and 4): cold ``python -m geo extract`` <= 1.5 s and peak RSS <= 400 MB
after the first build; warm extract of the seed <= 50 ms in-process; roles add <= 20 %.
"""

from __future__ import annotations

import itertools
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

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


class Warm(NamedTuple):
    """Medians, in seconds, of the in-process timings of the seed."""

    extract: float  # what `python -m geo extract SEED -o FILE` does after start-up
    extract_without_roles: float  # the same with the roles stage left out
    roles: float  # the roles stage, timed where it runs inside ``extract``
    geoparse: float  # recognition + resolution
    stages: float  # every stage but roles, without reading the file and writing the JSON


def _warm(rounds: int = 300) -> Warm:
    """Time the seed's extraction with and without the roles stage, alternating the order
    every round so that a busy moment of the machine, or caches warmed by the previous
    call, favour neither."""
    from geo.gazetteer import load_gazetteer
    from geo.layers import to_feature_collection
    from geo.lexicon import load_lexicon
    from geo.recognize import RuleRecognizer
    from geo.resolve import resolve_mentions
    from geo.roles import assign_roles
    from geo.sentences import split_sentences
    from geo.textio import read_article

    gazetteer, lexicon = load_gazetteer(), load_lexicon()

    def extract(with_roles: bool) -> dict[str, float]:
        """geo.cli's extract, stage by stage (as geo.pipeline.run chains them): read the
        file, recognise, resolve, split sentences, [assign roles], write the GeoJSON."""
        t = [time.perf_counter()]
        text, _ = read_article(SEED)
        t.append(time.perf_counter())
        places = resolve_mentions(RuleRecognizer(gazetteer, lexicon)(text), gazetteer, text)
        t.append(time.perf_counter())
        sentences = split_sentences(text)
        t.append(time.perf_counter())
        roles = assign_roles(text, places, sentences) if with_roles else []
        t.append(time.perf_counter())
        collection = to_feature_collection(places, roles, sentences, gazetteer)
        t.append(time.perf_counter())
        with open(os.devnull, "w", encoding="utf-8") as out:
            out.write(json.dumps(collection, ensure_ascii=False) + "\n")
        t.append(time.perf_counter())
        _read, geoparse, split, roles_s, layers, _write = (b - a for a, b in itertools.pairwise(t))
        return {"total": t[-1] - t[0], "roles": roles_s, "geoparse": geoparse,
                "stages": geoparse + split + layers}

    extract(True)
    runs: dict[bool, list[dict[str, float]]] = {True: [], False: []}
    for i in range(rounds):
        for with_roles in ((True, False) if i % 2 else (False, True)):
            runs[with_roles].append(extract(with_roles))

    def median(with_roles: bool, key: str) -> float:
        return statistics.median(r[key] for r in runs[with_roles])

    return Warm(median(True, "total"), median(False, "total"), median(True, "roles"),
                median(True, "geoparse"), median(True, "stages"))


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
    warm = _warm()
    added = warm.extract / warm.extract_without_roles - 1
    print("| measure | value | baseline (same run) | target |")
    print("|---|---|---|---|")
    print(f"| cold `python -m geo extract` seed, median of {REPEATS} | {cold_s:.2f} s | "
          f"bare `python -c pass` {base_s:.2f} s | <= 1.5 s |")
    print(f"| peak RSS of that process | {cold_mb:.0f} MB | bare interpreter {base_mb:.0f} MB "
          f"| <= 400 MB |")
    print(f"| warm extract of the seed in-process (read, all stages, GeoJSON written), "
          f"median | {warm.extract * 1000:.1f} ms | recognition + resolution only "
          f"{warm.geoparse * 1000:.1f} ms | <= 50 ms |")
    print(f"| what roles add to that extract (with vs without the roles stage, "
          f"alternated) | {added:+.0%} | without roles {warm.extract_without_roles * 1000:.1f}"
          f" ms | <= +20 % |")
    print(f"| stricter: the roles stage alone against the other stages, reading and "
          f"writing left out | {warm.roles * 1000:.2f} ms = {warm.roles / warm.stages:+.0%} "
          f"| other stages {warm.stages * 1000:.1f} ms | (information) |")
    lgl = ROOT.parent / "shared" / "bench" / "lgl.xml"
    if lgl.exists():
        share, count = _roles_share_on_corpus(lgl)
        print(f"| roles stage over {count} LGL news articles | {share:+.0%} of the other "
              f"stages | | <= +20 % |")
    print(f"(max RSS of this benchmark process: "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
