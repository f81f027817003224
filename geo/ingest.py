"""Ingest: article files -> the corpus store, each article processed once.

Articles are read as a stream (:func:`geo.corpus.read_articles`), checked against the
store in batches (unchanged and duplicate ones are skipped before any extraction),
extracted in this process, in ``workers`` processes or on a Dask cluster, and written by
this process alone,
one transaction per article. Memory stays flat: at most one batch is in flight.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import multiprocessing
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from geo.corpus import Article, ArticleError, count_records, last_positions, read_articles
from geo.errors import ClusterError, GeoError
from geo.pipeline import extract_feature_collection, warm_up
from geo.records import DEFAULT_BUDGET, time_budget
from geo.store import connect, content_hash, ingest_article, is_duplicate, stored_hash

__all__ = ["IngestReport", "ingest"]

BATCH = 64
#: seconds to wait for a Dask scheduler given by its address
CONNECT_TIMEOUT = 15


@dataclass
class IngestReport:
    """What an ingest did, by outcome, and why each failed article failed."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    duplicate: int = 0
    superseded: int = 0  # an earlier version of a key given again later in the same run
    failed: list[str] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return (self.added + self.replaced + self.unchanged + self.duplicate
                + self.superseded + len(self.failed))

    def counts(self) -> dict[str, int]:
        return {"added": self.added, "replaced": self.replaced, "unchanged": self.unchanged,
                "duplicate": self.duplicate, "superseded": self.superseded,
                "failed": len(self.failed)}

    def summary(self) -> str:
        return f"{self.seen} articles: " + ", ".join(f"{n} {what}"
                                                     for what, n in self.counts().items())


def _extract(article: Article, budget: float | None = None) -> tuple[Article, dict | str]:
    """The article's FeatureCollection, or the message of why it has none (an error, or
    over the per-article ``budget`` in seconds)."""
    try:
        warm_up()  # once per process; not counted in the budget
        with time_budget(budget):
            return article, extract_feature_collection(article.text, date=article.date)
    except GeoError as exc:
        return article, str(exc)


def _batches(records: Iterable[tuple[int, Article | ArticleError]], size: int
             ) -> Iterator[list[tuple[int, Article | ArticleError]]]:
    it = iter(records)
    while batch := list(islice(it, size)):
        yield batch


class _Progress:
    """A progress bar on stderr when it is a terminal: done of ``total``, the outcomes,
    the rate and the time left."""

    WIDTH = 24

    def __init__(self, enabled: bool, total: int) -> None:
        self.enabled, self.total, self.started = enabled, total, time.perf_counter()

    def update(self, report: IngestReport) -> None:
        if not self.enabled:
            return
        seconds = max(time.perf_counter() - self.started, 1e-9)
        done, rate = report.seen, report.seen / seconds
        share = min(done / self.total, 1.0) if self.total else 1.0
        bar = "#" * round(share * self.WIDTH)
        left = f", {(self.total - done) / rate:.0f} s left" if rate and done < self.total \
            else ""
        outcomes = ", ".join(f"{n} {what}" for what, n in report.counts().items() if n)
        # short enough for an 80-column terminal, where a wrapped line cannot be redrawn
        print(f"\r[{bar:<{self.WIDTH}}] {share:4.0%} {done}/{self.total}: {outcomes} "
              f"({rate:.0f}/s{left})\x1b[K", end="", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.enabled:
            print(file=sys.stderr)


def _cluster_result(future: Any) -> list[tuple[Article, dict | str]]:
    """A Dask batch's results; a cluster that fails (lost workers, a scheduler or worker
    that cannot import ``geo``) stops the ingest with a message, not a traceback."""
    try:
        return list(future.result())
    except GeoError:
        raise
    except Exception as exc:
        said = " ".join(str(exc).split())  # one line: some of Dask's messages have several
        raise ClusterError(f"the Dask cluster failed ({type(exc).__name__}: {said}); the "
                           "articles stored so far are kept: run the same command again "
                           "to go on") from None


@contextlib.contextmanager
def _ctrl_c_ignored() -> Iterator[None]:
    """Start worker processes with Ctrl-C ignored (an ignored signal stays ignored in a
    spawned process): this process alone handles it, and stops them quietly."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class _Extractor:
    """Runs :func:`_extract` over a batch: here, in a process pool, or on a Dask cluster
    (a dask.bag over the batch; ``dask`` is an address, or "local" for a cluster of
    ``workers`` processes on this machine)."""

    def __init__(self, workers: int, dask: str | None, budget: float | None = None) -> None:
        self.extract = functools.partial(_extract, budget=budget)
        self.pool: Any = None
        self.client: Any = None
        self.cluster: Any = None
        if dask:
            from distributed import Client, LocalCluster

            if dask == "local":
                with _ctrl_c_ignored():  # as for the pool below: this process stops them
                    self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1,
                                                processes=True, dashboard_address=None,
                                                # (a worker that loses the scheduler on
                                                # Ctrl-C warns with a traceback, and under
                                                # load logs a failed heartbeat as an error
                                                # with one)
                                                silence_logs=logging.CRITICAL)
                self.client = Client(self.cluster)
            else:
                try:
                    self.client = Client(dask, timeout=CONNECT_TIMEOUT)
                except (OSError, ValueError, TypeError) as exc:  # unreachable, bad address
                    raise ClusterError(f"cannot reach the Dask scheduler at {dask}: "
                                       f"{exc}") from None
        elif workers > 1:
            with _ctrl_c_ignored():
                self.pool = multiprocessing.get_context("spawn").Pool(workers)

    @property
    def batch(self) -> int:
        # fewer, bigger Dask batches: each costs a round trip through the scheduler
        return BATCH * 32 if self.client else BATCH

    def submit(self, articles: list[Article]
               ) -> Callable[[], Iterable[tuple[Article, dict | str]]]:
        """Start extracting ``articles``; the returned call gives the results, in order."""
        if self.client is not None:
            import dask.bag

            bag = dask.bag.from_sequence(articles, partition_size=64).map(self.extract)
            future = self.client.compute(bag)
            return lambda: _cluster_result(future)
        if self.pool is not None:
            results = self.pool.imap(self.extract, articles, chunksize=4)
            return lambda: results
        return lambda: map(self.extract, articles)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.terminate()
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def ingest(paths: Iterable[str | Path], db: str | Path, *, workers: int = 1,
           dask: str | None = None, progress: bool | None = None,
           on_error: Callable[[str], None] | None = None,
           budget: float | None = DEFAULT_BUDGET) -> IngestReport:
    """Ingest every article of ``paths`` into the database ``db``; an article that takes
    over ``budget`` seconds is reported as failed and the others go on."""
    paths = list(paths)  # read twice when a progress bar counts them first
    conn = connect(db)
    report = IngestReport()
    show = sys.stderr.isatty() if progress is None else progress
    bar = _Progress(show, count_records(paths) if show else 0)
    last = last_positions(paths)  # keys given more than once: only the last version counts
    extractor = _Extractor(workers, dask, budget)

    def failed(key: str, message: str) -> None:
        report.failed.append(message)
        if on_error:
            on_error(f"{key}: {message}" if key not in message else message)

    in_flight: set[str] = set()  # digests being extracted, not yet stored
    queue: deque[tuple[Callable[[], Iterable[tuple[Article, dict | str]]],
                       list[tuple[Article, str]]]] = deque()

    def new_articles(batch: list[tuple[int, Article | ArticleError]]
                     ) -> list[tuple[Article, str]]:
        """The batch's articles that need extracting, with their digests."""
        pending: list[tuple[Article, str]] = []
        for position, record in batch:
            if isinstance(record, ArticleError):
                failed(record.key, record.message)
                continue
            if last.get(record.key, position) > position:
                report.superseded += 1
                continue
            digest = content_hash(record)
            if stored_hash(conn, record.key) == digest:
                report.unchanged += 1
            elif digest in in_flight or is_duplicate(conn, record, digest):
                report.duplicate += 1
            else:
                pending.append((record, digest))
                in_flight.add(digest)
        return pending

    def store(results: Callable[[], Iterable[tuple[Article, dict | str]]],
              pending: list[tuple[Article, str]]) -> None:
        for (article, digest), (_, result) in zip(pending, results(), strict=True):
            if isinstance(result, str):
                failed(article.key, result)
            else:
                outcome = ingest_article(conn, article, result, digest)
                setattr(report, outcome, getattr(report, outcome) + 1)
            in_flight.discard(digest)
            bar.update(report)

    try:
        # one batch extracts while the one before it is written
        for batch in _batches(enumerate(read_articles(paths)), extractor.batch):
            pending = new_articles(batch)
            queue.append((extractor.submit([a for a, _ in pending]), pending))
            if len(queue) > 1:
                store(*queue.popleft())
            bar.update(report)
        while queue:
            store(*queue.popleft())
    finally:
        extractor.close()
        bar.close()
        conn.close()
    return report
