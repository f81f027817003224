"""Command line: ``python -m geo extract|batch|ingest|export|bench|pin|prepare``.

Only wiring: reading input (through :mod:`geo.textio`), calling :mod:`geo.pipeline`,
writing JSON. Every :class:`~geo.errors.GeoError` becomes a one-line message on stderr
and exit code 2; there is never a traceback for user input.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from geo import records
from geo.corpus import from_record
from geo.errors import GeoError, InputError
from geo.gazetteer import load_gazetteer
from geo.geojson_io import load_basemap, publish_context
from geo.pipeline import Progress, extract_feature_collection, warm_up
from geo.textio import MAX_BYTES, decode_article, read_article

__all__ = ["main"]

log = logging.getLogger("geo")


def _stdin() -> IO[bytes]:
    if sys.stdin is None:  # started with stdin closed
        raise InputError("stdin is closed")
    return sys.stdin.buffer


def _read_input(path: str) -> str:
    if path == "-":
        try:
            data = _stdin().read(MAX_BYTES + 1)
        except OSError as exc:
            raise InputError(f"cannot read stdin: {exc.strerror or exc}") from None
        text, warnings = decode_article(data, "stdin")
    else:
        text, warnings = read_article(path)
    for warning in warnings:
        log.warning("%s", warning)
    return text


def _open_output(out: str | None) -> IO[str]:
    if out is None or out == "-":
        if sys.stdout is None:  # started with stdout closed
            raise InputError("stdout is closed")
        return sys.stdout
    try:
        return open(out, "w", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {Path(out).name!r}: {exc.strerror or exc}") from None


#: an article at least this long shows its progress on a terminal
PROGRESS_FROM = 200_000


def _terminal_progress(text: str) -> Progress | None:
    """A one-line progress report on stderr (stage and share done) for a long article
    when stderr is a terminal; None otherwise."""
    if len(text) < PROGRESS_FROM or sys.stderr is None or not sys.stderr.isatty():
        return None

    def show(stage: str, share: float) -> None:
        end = "\n" if share >= 1 else ""
        _say_raw(f"\r{share:4.0%} {stage}\x1b[K{end}")
    return show


def _say_raw(message: str) -> None:
    with contextlib.suppress(OSError):
        print(message, end="", file=sys.stderr, flush=True)


def _cmd_extract(args: argparse.Namespace) -> int:
    text = _read_input(args.path)
    collection = extract_feature_collection(text, date=args.date,
                                            progress=_terminal_progress(text))
    out = _open_output(args.output)
    try:
        # dumps, not dump: only a one-shot encode uses json's C encoder (3-4x faster)
        out.write(json.dumps(collection, ensure_ascii=False,
                             indent=1 if args.pretty else None) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


def _batch_lines(path: str) -> Iterator[tuple[int, str]]:
    """The non-blank lines of ``path`` (``-``: stdin), numbered; bytes that are not UTF-8
    become U+FFFD, so such a line is still read (as before)."""
    handle = _stdin() if path == "-" else None
    try:
        handle = handle or open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise InputError(f"cannot read {Path(path).name!r}: {exc.strerror or exc}") from None
    try:
        for number, raw in enumerate(handle, start=1):
            if raw.strip():
                yield number, raw.decode("utf-8", errors="replace")
    finally:
        if path != "-":
            handle.close()


def _batch_record(number: int, line: str, budget: float | None = None) -> dict:
    """One batch line's result: ``{"id", ...FeatureCollection}`` or ``{"id", "error"}``;
    nothing a line holds can stop the lines after it."""
    where = f"line {number}"
    try:
        record = records.loads(line)
    except InputError as exc:
        return {"id": None, "line": number, "error": f"{where}: {exc}"}
    rid = records.record_id(record)
    try:
        article = from_record(record, where, where)
        warm_up()  # once per process; not counted in the budget
        with records.time_budget(budget):
            collection = extract_feature_collection(article.text, date=article.date)
    except GeoError as exc:
        return {"id": rid, "error": f"{where}: {exc}" if where not in str(exc) else str(exc)}
    return {"id": rid, **collection}


def _cmd_batch(args: argparse.Namespace) -> int:
    out = _open_output(args.output)
    failures = 0
    try:
        for number, line in _batch_lines(args.path):
            result = _batch_record(number, line, args.budget)
            failures += "error" in result
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    if failures:
        log.warning("%d line(s) had errors; see their 'error' members", failures)
    return 0


def _cmd_bench(args: argparse.Namespace) -> int:
    from geo.evaluate import (
        evaluate_corpus,
        format_article_report,
        format_report,
        format_town_report,
        score_articles,
        score_towns,
    )

    if args.format == "towns":
        print(format_town_report(score_towns(Path(args.path[0])), command=" ".join(sys.argv),
                                 show_misses=args.misses))
        return 0
    if args.format == "articles":
        scores = score_articles([Path(p) for p in args.path])
        print(format_article_report(scores, command=" ".join(sys.argv),
                                    show_misses=args.misses))
        return 0
    if len(args.path) != 1:
        raise InputError(f"--format {args.format} scores one corpus file at a time")
    started = time.perf_counter()
    report = evaluate_corpus(Path(args.path[0]), args.format, limit=args.limit,
                             baseline=not args.no_baseline)
    print(format_report(report, command=" ".join(sys.argv),
                        seconds=time.perf_counter() - started))
    return 0


def _cmd_ingest(args: argparse.Namespace) -> int:
    from geo.ingest import ingest

    if args.workers < 1:
        raise InputError("--workers must be at least 1")
    report = ingest(args.paths, args.db, workers=args.workers, dask=args.dask,
                    budget=args.budget,
                    on_error=lambda message: print(f"skipped: {message}", file=sys.stderr))
    print(report.summary(), file=sys.stderr)
    return 1 if report.failed else 0


def _cmd_export(args: argparse.Namespace) -> int:
    from geo.corpus_layers import corpus_collection, csv_rows, write_geopackage
    from geo.geojson_io import csv_bytes
    from geo.pipeline import validate_date
    from geo.store import connect

    if not Path(args.db).exists():
        raise InputError(f"no corpus database at {args.db!r} (run `python -m geo ingest`)")
    collection = corpus_collection(connect(args.db), validate_date(args.as_of))
    if args.format == "gpkg":
        if not args.output or args.output == "-":
            raise InputError("--format gpkg needs -o FILE.gpkg")
        write_geopackage(collection, args.output)
        return 0
    if args.format == "csv":
        data = csv_bytes(csv_rows(collection)).decode("utf-8")
    else:
        data = json.dumps(collection, ensure_ascii=False) + "\n"
    out = _open_output(args.output)
    try:
        out.write(data)
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


def _cmd_prepare(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    gazetteer = load_gazetteer()
    print(f"gazetteer ready: {len(gazetteer)} names in "
          f"{time.perf_counter() - started:.1f} s", file=sys.stderr)
    started = time.perf_counter()
    basemap = load_basemap()  # the dashboard's country outlines, simplified once
    print(f"basemap ready: {len(basemap['features'])} outlines in "
          f"{time.perf_counter() - started:.1f} s", file=sys.stderr)
    started = time.perf_counter()
    # the dashboard's context layer (admin-1 areas, towns), one file per country
    context = publish_context(Path(__file__).resolve().parent.parent / "static")
    print(f"context layer ready: {len(context)} countries in "
          f"{time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


def _cmd_pin(args: argparse.Namespace) -> int:
    from geo.pins import add_pin, make_pin, pins_csv, pins_path, read_pins, remove_pin

    path = Path(args.pins) if args.pins else pins_path()
    if args.action in ("add", "remove") and not args.name:
        raise InputError(f"pin {args.action} needs the place's name")
    if args.action == "add":
        pin = make_pin(args.name, args.lat, args.lon, alternates=args.alt or [],
                       country=args.country or "", note=args.note or "", who=args.who or "")
        add_pin(pin, path)
        print(f"pinned {pin.name} at {pin.lat}, {pin.lon} in {path.name}", file=sys.stderr)
    elif args.action == "remove":
        if not remove_pin(args.name, path):
            raise InputError(f"no pin called {args.name!r} in {path.name}")
        print(f"removed {args.name}", file=sys.stderr)
    else:  # list and export: the pins as CSV
        out = _open_output(args.output)
        try:
            out.write(pins_csv(read_pins(path)))
        finally:
            if out is not sys.stdout:
                out.close()
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m geo", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress")
    sub = parser.add_subparsers(dest="command", required=True)
    extract = sub.add_parser("extract", help="one article -> GeoJSON FeatureCollection")
    extract.add_argument("path", help="article file (.txt or .html), or - for stdin")
    extract.add_argument("--date", help="article date, YYYY-MM-DD")
    extract.add_argument("-o", "--output", help="output file (default: stdout)")
    extract.add_argument("--pretty", action="store_true", help="indent the JSON")
    extract.set_defaults(func=_cmd_extract)
    batch = sub.add_parser("batch", help='JSONL of {"id","text","date"?} -> JSONL')
    batch.add_argument("path", help="input .jsonl, or - for stdin")
    batch.add_argument("-o", "--output", help="output .jsonl (default: stdout)")
    batch.add_argument("--budget", type=float, default=records.DEFAULT_BUDGET,
                       help="seconds one record may take; longer is its error (0: none)")
    batch.set_defaults(func=_cmd_batch)
    bench = sub.add_parser("bench", help="score recognition/resolution on a corpus")
    bench.add_argument("path", nargs="+", help="corpus file (LGL, GeoVirus, GWN or TR-News "
                       "XML), or with --format articles annotated article files or folders")
    bench.add_argument("--format", required=True,
                       choices=["lgl", "geovirus", "gwn", "tr", "articles", "towns"])
    bench.add_argument("--misses", action="store_true",
                       help="with --format articles or towns: list every miss")
    bench.add_argument("--limit", type=int, help="only the first N documents")
    bench.add_argument("--no-baseline", action="store_true", help="skip the geotext run")
    bench.set_defaults(func=_cmd_bench)
    ingest = sub.add_parser("ingest", help="articles -> the corpus database, once each")
    ingest.add_argument("paths", nargs="+",
                        help=".txt/.html/.json articles, .jsonl files, or folders of them")
    ingest.add_argument("--db", default="geo-corpus.sqlite", help="corpus database")
    ingest.add_argument("--workers", type=int, default=1,
                        help="extraction processes (with --dask local: Dask workers)")
    ingest.add_argument("--dask", metavar="ADDRESS",
                        help='extract on a Dask cluster: "local" or tcp://host:8786')
    ingest.add_argument("--budget", type=float, default=records.DEFAULT_BUDGET,
                        help="seconds one article may take; longer is skipped (0: none)")
    ingest.set_defaults(func=_cmd_ingest)
    export = sub.add_parser("export", help="the corpus layers as of a date")
    export.add_argument("--db", default="geo-corpus.sqlite", help="corpus database")
    export.add_argument("--format", choices=["geojson", "gpkg", "csv"], default="geojson")
    export.add_argument("--as-of", help="status on this date, YYYY-MM-DD (default: today)")
    export.add_argument("-o", "--output", help="output file (default: stdout)")
    export.set_defaults(func=_cmd_export)
    pin = sub.add_parser("pin", help="the analyst's pins: names placed by hand, used by "
                         "every extraction (file: $GEO_PINS or pins.csv)")
    pin.add_argument("action", choices=["add", "remove", "list", "export"])
    pin.add_argument("name", nargs="?", help="the place's name (add, remove)")
    pin.add_argument("--lat", help="latitude (add)")
    pin.add_argument("--lon", help="longitude (add)")
    pin.add_argument("--alt", action="append", help="another spelling (add; repeatable)")
    pin.add_argument("--country", help="ISO 3166-1 alpha-2 code (add)")
    pin.add_argument("--note", help="why, or where the point comes from (add)")
    pin.add_argument("--who", help="who pinned it (add)")
    pin.add_argument("--pins", help="the pins file (default: $GEO_PINS, else pins.csv in "
                     "$GEO_CORPUS_DIR or the project folder)")
    pin.add_argument("-o", "--output", help="export: output file (default: stdout)")
    pin.set_defaults(func=_cmd_pin)
    prepare = sub.add_parser("prepare", help="build the gazetteer index and basemap caches")
    prepare.set_defaults(func=_cmd_prepare)
    return parser


def _os_error(exc: OSError) -> str:
    """A one-line message for a failed read or write (a full disk, a closed stream), with
    the file's name but not the folders it is in."""
    what = exc.strerror or str(exc) or type(exc).__name__
    if exc.filename:
        return f"{Path(str(exc.filename)).name}: {what}"
    return f"cannot write the output ({what})"


def _say(message: str) -> None:
    """Print ``message`` to stderr, unless stderr itself is closed or broken."""
    with contextlib.suppress(OSError):
        if sys.stderr is not None:
            print(message, file=sys.stderr, flush=True)


def _flush_stdout() -> None:
    """Flush stdout here, where a failure (a full disk, a closed pipe) can be reported,
    not at interpreter exit; after a failure, stdout is pointed at nothing so exit does
    not fail again."""
    if sys.stdout is None:
        return
    try:
        sys.stdout.flush()
    except OSError:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives until exit
        raise


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s: %(message)s")
    try:
        code = int(args.func(args))
        _flush_stdout()
        return code
    except GeoError as exc:
        _say(f"error: {exc}")
        return 2
    except KeyboardInterrupt:
        _say("error: interrupted")
        return 130
    except BrokenPipeError:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives until exit
        return 0
    except sqlite3.Error as exc:  # a database full, read-only, corrupt or tampered with
        _say(f"error: corpus database: {' '.join(str(exc).split())}")
        return 2
    except OSError as exc:
        with contextlib.suppress(OSError):
            _flush_stdout()
        _say(f"error: {_os_error(exc)}")
        return 2
