"""Benchmark: first-pass geoparsing speed of this tree against a git revision, paired.

Run from the repository root: ``.venv/bin/python bench/bench_first_pass.py REV [ROUNDS]``.
Whole-corpus passes cannot show a 10 % change on these machines (their speed drifts by
more within minutes), so the comparison is paired: REV is checked out in a temporary git
worktree, one process per tree loads the gazetteer, and for each chunk of 40 documents of
LGL + GeoVirus both processes parse the chunk with their name caches cleared (a first
pass), one after the other, the order alternating. The ratio of the two times per chunk
cancels slow drifts; the median and quartiles of those ratios are printed.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [(ROOT.parent / "shared" / "bench" / "lgl.xml", "lgl"),
           (ROOT.parent / "shared" / "bench" / "GeoVirus.xml", "geovirus")]
CHUNK = 40
# Runs in each tree: reads a chunk number per line, answers the seconds its first pass took.
WORKER = f"""
import sys, time
from pathlib import Path
from geo.evaluate import read_corpus
from geo.gazetteer import load_gazetteer
from geo.lexicon import load_lexicon
from geo.normalize import name_key
from geo.recognize import RuleRecognizer
from geo.resolve import resolve_mentions
docs = [d for path, fmt in {[(str(p), f) for p, f in CORPORA]!r}
        for d in read_corpus(Path(path), fmt)]
gazetteer = load_gazetteer()
recognizer = RuleRecognizer(gazetteer, load_lexicon())
print(len(docs), flush=True)
for line in sys.stdin:
    chunk = docs[int(line) * {CHUNK}:(int(line) + 1) * {CHUNK}]
    name_key.cache_clear()
    gazetteer._made.clear()
    started = time.perf_counter()
    for doc in chunk:
        resolve_mentions(recognizer(doc.text), gazetteer, doc.text)
    print(time.perf_counter() - started, flush=True)
"""


def _start(tree: Path) -> tuple[subprocess.Popen, int]:
    proc = subprocess.Popen([sys.executable, "-c", WORKER], cwd=tree, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdout is not None
    return proc, int(proc.stdout.readline())


def _time(proc: subprocess.Popen, chunk: int) -> float:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(f"{chunk}\n")
    proc.stdin.flush()
    return float(proc.stdout.readline())


def main() -> None:
    rev = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    print(f"command: {sys.executable} bench/bench_first_pass.py {rev} {rounds}")
    with tempfile.TemporaryDirectory() as tmp:
        other = Path(tmp) / "rev"
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(other), rev],
                       cwd=ROOT, check=True)
        try:
            shutil.copytree(ROOT / "data" / "cache", other / "data" / "cache",
                            dirs_exist_ok=True)  # a stale cache is rebuilt by the loader
            (base, n), (this, _) = _start(other), _start(ROOT)
            ratios, totals = [], [0.0, 0.0]
            for r in range(rounds):
                for chunk in range((n + CHUNK - 1) // CHUNK):
                    order = [(0, base), (1, this)]
                    if (r + chunk) % 2:
                        order.reverse()
                    took = [0.0, 0.0]
                    for k, proc in order:
                        took[k] = _time(proc, chunk)
                        totals[k] += took[k]
                    ratios.append(took[0] / took[1])
            for proc in (base, this):
                proc.terminate()
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(other)], cwd=ROOT,
                           check=False)
    q1, median, q3 = statistics.quantiles(ratios, n=4)
    print(f"{n} documents (LGL + GeoVirus) in chunks of {CHUNK}, {rounds} rounds, "
          f"first pass with cold name caches")
    print(f"speed of this tree / {rev}: median {median:.3f} over {len(ratios)} chunk pairs "
          f"(quartiles {q1:.3f}-{q3:.3f}); total {totals[0]:.2f} s ({rev}) vs "
          f"{totals[1]:.2f} s (this tree)")


if __name__ == "__main__":
    main()
