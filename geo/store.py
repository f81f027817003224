"""Corpus store: many dated articles in one SQLite database, and each place's status
over time.

Tables: ``articles`` (one row per article key, with the hash of its text and date) and
``features`` (the article's GeoJSON features, as ``python -m geo extract`` writes them).
The database runs in WAL mode and each article is written in one transaction, so a crash
or Ctrl-C mid-ingest leaves every article either fully stored or absent.

Ingest rules: the same key with the same text and date changes nothing; the same key with
a new text or date replaces its old results; a new key whose text and date are already
stored under another key is a duplicate and is skipped.

Analyst corrections (:func:`add_correction`) live in their own table, keyed by place and
role, never touched by ingest: they survive re-ingests. Every save is a new row, so two
sessions saving at once both keep what they saved; the latest one per place and role
applies, the others stay as its history.

Timeline rules (:func:`timeline`): an article's date orders its reports. An undated
article's reports are undated (``Event.date`` None): they have no place in a date range,
so a view of dates leaves them out unless asked (``undated=True``), and then they come
before every dated report (a dated report, placed in time, decides over them). The
store keeps undated articles as it always did (``date`` NULL). For a centre, a later
report moves the status forward (proposed -> announced -> operating) and only a
cancellation moves it back; so "the Erbil centre, agreed last month" in a later article
does not undo "opened".
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geo.corpus import Article
from geo.errors import InputError

__all__ = ["Correction", "Event", "History", "add_correction", "connect", "corrections",
           "date_range", "ingest_article", "revision", "stored_hash", "timeline",
           "undated_count"]

DEFAULT_DB = Path("geo-corpus.sqlite")
SCHEMA_VERSION = 1
#: seconds to wait for a database another process is writing (or creating)
BUSY_SECONDS = 30
_TABLES = frozenset(["articles", "features", "corrections"])
_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    date TEXT,
    title TEXT,
    url TEXT,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_by_hash ON articles(content_hash);
CREATE TABLE IF NOT EXISTS features (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    place_id TEXT NOT NULL,
    layer TEXT NOT NULL,
    status TEXT,
    geometry TEXT NOT NULL,
    properties TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS features_by_article ON features(article_id);
CREATE INDEX IF NOT EXISTS features_by_place ON features(place_id, layer);
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY,
    place_id TEXT NOT NULL,
    role TEXT NOT NULL,
    action TEXT NOT NULL,
    status TEXT,
    lon REAL,
    lat REAL,
    reason TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS corrections_by_place ON corrections(place_id, role);
"""
# Centre statuses in the order a report can move them forward.
_PROGRESS = {"proposed": 0, "announced": 1, "operating": 2}
CENTRE_LAYERS = ("announced_center", "proposed_center")
# What an analyst's correction is about, what it does, and the statuses it can set.
ROLES = ("centre", "disputed", "place")
ACTIONS = ("wrong", "status", "move")
CENTRE_STATUSES = ("proposed", "announced", "operating", "closed", "cancelled")
# statuses that end a centre's course; a later report of it planned or open starts anew
_ENDINGS = frozenset(["cancelled", "closed"])
# a correction's text fields are bounded (a 2 MB reason slowed every page load)
MAX_REASON, MAX_AUTHOR = 1000, 100


def connect(path: str | Path = DEFAULT_DB) -> sqlite3.Connection:
    """Open (creating if needed) a corpus database in WAL mode.

    A new database gets its whole schema in one transaction (several processes may create
    it at once; a crash leaves it empty, not half made). An existing one must pass
    ``PRAGMA quick_check`` and have the corpus tables, else it is refused with an
    :class:`InputError` and never written to. A database another process holds locked is
    waited for (up to ``BUSY_SECONDS``). Messages name the file, not its folder.
    """
    name = Path(path).name
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            return _open(path, name)
        except sqlite3.OperationalError as exc:
            if _busy(exc) and time.monotonic() < deadline:
                time.sleep(0.02)
                continue
            raise InputError(f"{name}: cannot open the corpus database ({exc})") from None
        except sqlite3.DatabaseError as exc:
            raise InputError(f"{name}: not a corpus database ({exc})") from None


def _busy(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def _open(path: str | Path, name: str) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_SECONDS, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == 0:  # a new database (opening an existing one writes nothing)
            _create_schema(conn, name)
        elif version != SCHEMA_VERSION:
            raise InputError(f"{name}: corpus schema {version}, this version reads "
                             f"{SCHEMA_VERSION}")
        _check(conn, name)
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
    except BaseException:
        conn.close()
        raise
    return conn


def _create_schema(conn: sqlite3.Connection, name: str) -> None:
    """The schema, in one transaction; nothing if another process made it meanwhile."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] == 0:
            if conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]:
                raise InputError(f"{name}: an SQLite database, but not a corpus database")
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        _rollback(conn)
        raise


def _check(conn: sqlite3.Connection, name: str) -> None:
    """Refuse a damaged database, or one whose tables were dropped."""
    problems = [" ".join(str(row[0]).split()) for row in conn.execute("PRAGMA quick_check(3)")]
    if problems != ["ok"]:
        raise InputError(f"{name}: the corpus database is damaged ({problems[-1]}); it is "
                         "left as it is: restore it from a copy or ingest into a new one")
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master "
                                             "WHERE type = 'table'")}
    missing = sorted(_TABLES - tables)
    if missing:
        raise InputError(f"{name}: the corpus database lacks its {', '.join(missing)} "
                         "table(s); it is left as it is")


def _rollback(conn: sqlite3.Connection) -> None:
    """Roll back the open transaction, if there is one, without hiding the error that
    caused it (a full disk, Ctrl-C) behind a failed rollback."""
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


def content_hash(article: Article) -> str:
    """What decides whether an article must be processed again: its text and date."""
    return hashlib.sha256(json.dumps([article.text, article.date]).encode()).hexdigest()


def stored_hash(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT content_hash FROM articles WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def is_duplicate(conn: sqlite3.Connection, article: Article, digest: str) -> bool:
    """The same text and date already stored under another key."""
    return conn.execute("SELECT 1 FROM articles WHERE content_hash = ? AND key != ?",
                        (digest, article.key)).fetchone() is not None


def ingest_article(conn: sqlite3.Connection, article: Article, collection: dict,
                   digest: str, now: dt.datetime | None = None) -> str:
    """Store an article and its extracted FeatureCollection in one transaction;
    returns "added" or "replaced", or "unchanged" / "duplicate" when another process
    stored the same text (under this key / another key) since it was checked."""
    now = now or dt.datetime.now(dt.UTC)
    conn.execute("BEGIN IMMEDIATE")
    try:
        row = conn.execute("SELECT id, content_hash FROM articles WHERE key = ?",
                           (article.key,)).fetchone()
        if (row and row[1] == digest) or is_duplicate(conn, article, digest):
            conn.execute("COMMIT")
            return "unchanged" if row and row[1] == digest else "duplicate"
        if row:
            conn.execute("DELETE FROM features WHERE article_id = ?", (row[0],))
            conn.execute("UPDATE articles SET content_hash=?, date=?, title=?, url=?, text=?, "
                         "ingested_at=? WHERE id=?",
                         (digest, article.date, article.title, article.url, article.text,
                          now.isoformat(timespec="seconds"), row[0]))
            article_id = row[0]
        else:
            article_id = conn.execute(
                "INSERT INTO articles (key, content_hash, date, title, url, text, "
                "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (article.key, digest, article.date, article.title, article.url,
                 article.text, now.isoformat(timespec="seconds"))).lastrowid
        conn.executemany(
            "INSERT INTO features (article_id, place_id, layer, status, geometry, properties)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(article_id, f["properties"]["id"], f["properties"]["layer"],
              f["properties"].get("status"), json.dumps(f["geometry"]),
              json.dumps(f["properties"], ensure_ascii=False))
             for f in collection["features"]])
        conn.execute("COMMIT")
    except BaseException:
        _rollback(conn)
        raise
    return "replaced" if row else "added"


@dataclass(frozen=True)
class Event:
    """One article's report about a place: a role status, or a plain mention."""

    date: str | None  # the article's date; None: an undated article
    article: str  # the article's key
    title: str | None
    layer: str
    status: str | None
    cue: str
    sentence: str


@dataclass
class History:
    """Everything the corpus says about one place, up to a date."""

    place_id: str
    name: str
    geometries: dict[str, dict]  # by layer: the latest geometry given for it
    properties: dict[str, Any]  # the latest feature's properties (kind, country...)
    events: list[Event]

    def centre_status(self) -> tuple[str, Event] | None:
        """The centre status reached by the reports, and the report that set it."""
        state: tuple[str, Event] | None = None
        for event in self.events:
            if event.layer not in CENTRE_LAYERS or not event.status:
                continue
            # an ending always counts; after one, any report starts the course anew
            if event.status in _ENDINGS or state is None or state[0] in _ENDINGS \
                    or _PROGRESS.get(event.status, 0) > _PROGRESS.get(state[0], 0):
                state = (event.status, event)
        return state

    def disputed_since(self) -> Event | None:
        return next((e for e in self.events if e.layer == "disputed_area"), None)


def timeline(conn: sqlite3.Connection, as_of: str | None = None, *,
             undated: bool = True) -> Iterator[History]:
    """Each place's history from the articles dated up to ``as_of`` (all when None), and
    the undated ones when ``undated``; reports in date order, undated first (then in
    ingest order)."""
    # SQLite picks the few properties each report needs out of the stored JSON; only the
    # latest geometry and properties of a place are decoded in Python (a 10,000-article
    # corpus has ~36,000 rows, most of them the same polygons again).
    when = _report_date("a.")
    rows = conn.execute(
        "SELECT f.place_id, f.layer, f.status, f.geometry, f.properties, a.key, a.title, "
        f"{when}, json_extract(f.properties, '$.name'), "
        "COALESCE(json_extract(f.properties, '$.cue'), ''), "
        "COALESCE(json_extract(f.properties, '$.evidence[0].sentence'), '') "
        "FROM features f JOIN articles a ON a.id = f.article_id "
        f"WHERE CASE WHEN {when} IS NULL THEN ? ELSE ? IS NULL OR {when} <= ? END "
        f"ORDER BY f.place_id, {when}, a.id",  # NULL (undated) sorts first
        (undated, as_of, as_of))
    place: str | None = None
    name, properties = "", ""
    geometries: dict[str, str] = {}  # by layer: the latest geometry, as stored
    events: list[Event] = []
    for place_id, layer, status, geometry, props, key, title, day, \
            label, cue, sentence in rows:
        if place_id != place:
            if place is not None:
                yield _history(place, name, geometries, properties, events)
            place, name, geometries, events = place_id, label, {}, []
        geometries[layer], properties = geometry, props
        events.append(Event(day, key, title, layer, status, cue, sentence))
    if place is not None:
        yield _history(place, name, geometries, properties, events)


def _history(place_id: str, name: str, geometries: dict[str, str], properties: str,
             events: list[Event]) -> History:
    return History(place_id, name, {layer: json.loads(g) for layer, g in geometries.items()},
                   json.loads(properties), events)


def role_of_layer(layer: str) -> str:
    return "centre" if layer in CENTRE_LAYERS else \
        "disputed" if layer == "disputed_area" else "place"


@dataclass(frozen=True)
class Correction:
    """An analyst's correction of one place's role: marked wrong, a new status, or moved."""

    id: int
    place_id: str
    role: str
    action: str
    status: str | None
    lon: float | None
    lat: float | None
    reason: str
    author: str
    created_at: str


def add_correction(conn: sqlite3.Connection, place_id: str, role: str, action: str, *,
                   reason: str, author: str, status: str | None = None,
                   lon: float | None = None, lat: float | None = None,
                   now: dt.datetime | None = None) -> int:
    """Save a correction (checked first; an :class:`InputError` says what is wrong)."""
    if role not in ROLES:
        raise InputError(f"role must be one of {', '.join(ROLES)}, got {role!r}")
    if action not in ACTIONS:
        raise InputError(f"action must be one of {', '.join(ACTIONS)}, got {action!r}")
    if not reason.strip() or not author.strip():
        raise InputError("a correction needs a reason and an author")
    if len(reason) > MAX_REASON or len(author) > MAX_AUTHOR:
        raise InputError(f"a correction's reason is at most {MAX_REASON} characters and "
                         f"its author at most {MAX_AUTHOR}")
    if action == "status" and (role != "centre" or status not in CENTRE_STATUSES):
        raise InputError(f"a status correction is for a centre: one of "
                         f"{', '.join(CENTRE_STATUSES)}, got {status!r}")
    if action == "move" and not (lon is not None and lat is not None
                                 and -180 <= lon <= 180 and -90 <= lat <= 90):
        raise InputError(f"a move needs lon in [-180, 180] and lat in [-90, 90], "
                         f"got {lon!r}, {lat!r}")
    now = now or dt.datetime.now(dt.UTC)
    # one autocommitted INSERT; while another session writes, sqlite3 waits (timeout)
    cursor = conn.execute(
            "INSERT INTO corrections (place_id, role, action, status, lon, lat, reason, "
            "author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (place_id, role, action, status if action == "status" else None,
             lon if action == "move" else None, lat if action == "move" else None,
         reason.strip(), author.strip(), now.isoformat(timespec="seconds")))
    return int(cursor.lastrowid or 0)


def corrections(conn: sqlite3.Connection) -> dict[tuple[str, str], list[Correction]]:
    """Every correction by (place, role), oldest first (the last one applies)."""
    found: dict[tuple[str, str], list[Correction]] = {}
    for row in conn.execute("SELECT id, place_id, role, action, status, lon, lat, reason, "
                            "author, created_at FROM corrections ORDER BY id"):
        c = Correction(*row)
        found.setdefault((c.place_id, c.role), []).append(c)
    return found


def date_range(conn: sqlite3.Connection) -> tuple[str | None, str | None]:
    """The first and last dates of the corpus's dated articles (None, None: none)."""
    when = _report_date("")
    row = conn.execute(f"SELECT MIN({when}), MAX({when}) FROM articles").fetchone()
    return row[0], row[1]


def undated_count(conn: sqlite3.Connection) -> int:
    """How many articles of the corpus have no date (or no real one)."""
    row = conn.execute(f"SELECT COUNT(*) FROM articles WHERE {_report_date('')} IS NULL"
                       ).fetchone()
    return int(row[0])


def _report_date(table: str) -> str:
    """SQL for an article's date: the stored date if it is a real calendar date (one
    stored by an older version, or edited in, may not be), else NULL: undated."""
    date = f"{table}date"
    return (f"(CASE WHEN {date} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' "
            f"AND {date} >= '0001' AND date({date}, '+0 days') = {date} "
            f"THEN {date} END)")


def revision(conn: sqlite3.Connection) -> tuple[Any, ...]:
    """Changes whenever an article is added or replaced or a correction is saved: a key
    for caches of what is read from the store."""
    articles = conn.execute("SELECT COUNT(*), MAX(id), MAX(ingested_at) FROM articles"
                            ).fetchone()
    fixes = conn.execute("SELECT COUNT(*), MAX(id) FROM corrections").fetchone()
    return (*articles, *fixes, *_file_identity(conn))


def _file_identity(conn: sqlite3.Connection) -> tuple[int, ...]:
    """The database file's device and inode: a file replaced by another one (a restored
    copy with the same counts) is a new revision, and caches keyed on it read it again."""
    path = next((row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main"),
                "")
    try:
        stat = os.stat(path) if path else None
    except OSError:
        stat = None
    return (stat.st_dev, stat.st_ino) if stat else ()

