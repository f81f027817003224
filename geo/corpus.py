"""Corpus input: article files of every accepted kind -> :class:`Article` records.

``.txt`` and ``.html`` files are one article each (their path is their key); ``.json``
is one article object in the format of ``../shared/articles`` (``text``, optional ``id``,
``date``, ``title``, ``url``); ``.jsonl`` has one such object per line. A record that
cannot be read becomes an :class:`ArticleError` for that record, and reading goes on:
one bad line never stops a corpus.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from geo import records
from geo.errors import GeoError, InputError
from geo.pipeline import validate_date
from geo.textio import MAX_BYTES, decode_text, read_article, reduce_html

__all__ = ["Article", "ArticleError", "count_records", "from_record", "last_positions",
           "read_articles", "read_record"]

SUFFIXES = frozenset([".txt", ".html", ".htm", ".json", ".jsonl"])  # read in folders


@dataclass(frozen=True)
class Article:
    """One article to ingest. ``key`` names it across re-ingests (its id, or its path)."""

    key: str
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class ArticleError:
    """A record that could not be read, and why."""

    key: str
    message: str


def _optional_str(record: dict, field: str, where: str) -> str | None:
    value = record.get(field)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"{where}: {field!r} must be a string")
    return value


_STRING_FIELDS = ("text", "id", "date", "title", "url")


def from_record(record: object, default_key: str, where: str) -> Article:
    """An article from a decoded JSON object (``id`` overrides ``default_key``): text
    checked, HTML reduced, line breaks normalised as :func:`geo.textio.decode_article`
    does for a file, date validated. ``batch`` and ``ingest`` both read records here."""
    if not isinstance(record, dict):
        raise InputError(f"{where}: not a JSON object")
    try:
        records.check_strings(record, _STRING_FIELDS)
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from None
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: missing, empty or non-string 'text'")
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise InputError(f"{where}: text is over the {MAX_BYTES // 2**20} MB limit")
    key = record.get("id")
    if key is not None and (isinstance(key, bool) or not isinstance(key, str | int)):
        raise InputError(f"{where}: 'id' must be a string or an integer")
    try:
        date = validate_date(_optional_str(record, "date", where))
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from None
    # an HTML page in a record, as in an .html file; CRLF as extract reads a file
    text = reduce_html(text).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{where}: no text once its HTML is reduced")
    return Article(str(key) if key is not None else default_key, text, date,
                   _optional_str(record, "title", where), _optional_str(record, "url", where))


def _jsonl(path: Path) -> Iterator[Article | ArticleError]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield ArticleError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            where = f"{path}:{number}"
            try:
                yield read_record(raw, where)
            except GeoError as exc:
                yield ArticleError(where, str(exc))


def read_record(raw: bytes | str, where: str) -> Article:
    """The article of one JSON record (a ``.jsonl`` or ``batch`` line); every way it can
    be bad (not JSON, nested too deep, a huge number, a lone surrogate, a bad field) is an
    :class:`InputError` naming ``where``."""
    try:
        record = records.loads(raw)
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from None
    return from_record(record, where, where)


def _one_file(path: Path) -> Article:
    if path.suffix.lower() == ".json":
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
        text, _ = decode_text(data, path.name)  # its text field's HTML: from_record
        return read_record(text, str(path))
    text, _ = read_article(path)
    return Article(str(path), text)


def _files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """The files of ``paths``: files as given, folders searched for accepted files."""
    for raw in paths:
        path = Path(raw)
        yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES) \
            if path.is_dir() else [path]


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | ArticleError]:
    """Every article of ``paths`` (files, or folders searched for accepted files), in
    order, streamed: a folder or a ``.jsonl`` file is never loaded whole."""
    for file in _files(paths):
        if file.suffix.lower() == ".jsonl":
            yield from _jsonl(file)
            continue
        try:
            yield _one_file(file)
        except GeoError as exc:
            yield ArticleError(str(file), str(exc))


def _record_key(raw: bytes, default: str) -> str:
    """The key :func:`read_articles` gives a record, read cheaply (the text is not
    checked): its id, else ``default``."""
    try:
        record = records.loads(raw)
    except InputError:
        return default
    rid = records.record_id(record)
    return default if rid is None else str(rid)


def _keys(paths: Iterable[str | Path]) -> Iterator[str]:
    """The key of every record :func:`read_articles` gives, in the same order."""
    for file in _files(paths):
        suffix = file.suffix.lower()
        try:
            if suffix == ".jsonl":
                with file.open("rb") as handle:
                    yield from (_record_key(raw, f"{file}:{number}")
                                for number, raw in enumerate(handle, start=1) if raw.strip())
            elif suffix == ".json":
                with file.open("rb") as handle:
                    yield _record_key(handle.read(MAX_BYTES + 1), str(file))
            else:
                yield str(file)
        except OSError:
            yield str(file)  # read_articles reports it as one bad record


def last_positions(paths: Iterable[str | Path]) -> dict[str, int]:
    """For each key given more than once, the position (0-based, in the order of
    :func:`read_articles`) of its last record: within one run the last version of an
    article wins, so a re-run finds it stored and changes nothing."""
    last: dict[str, int] = {}
    repeated: set[str] = set()
    for position, key in enumerate(_keys(paths)):
        if key in last:
            repeated.add(key)
        last[key] = position
    return {key: last[key] for key in repeated}


def count_records(paths: Iterable[str | Path]) -> int:
    """How many records :func:`read_articles` will give (a progress bar's total): the
    non-blank lines of ``.jsonl`` files, one for every other file; nothing is decoded."""
    total = 0
    for file in _files(paths):
        if file.suffix.lower() != ".jsonl":
            total += 1
            continue
        try:
            with file.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        except OSError:
            total += 1  # read_articles reports it as one bad record
    return total
