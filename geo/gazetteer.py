"""The gazetteer: normalised names -> candidate places, and places -> boundaries.

Stages receive a gazetteer object (anything with ``candidates``, ``boundary`` and
``max_words``), so tests can pass a tiny :class:`MemoryGazetteer` and the app a cached
real one from :func:`load_gazetteer`.

The real one is built from the committed files in ``data/`` (``derived/places.tsv.gz``,
made by ``data/build_data.py`` from GeoNames and Natural Earth, and the reviewed
``aliases.csv``). The first load writes a compact pickle next to them in
``data/cache/``; it is rebuilt whenever a source file changes (keyed by their hashes).
"""

from __future__ import annotations

import csv
import gc
import gzip
import hashlib
import io
import json
import logging
import pickle
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Protocol, cast

from geo import normalize
from geo.errors import DataError
from geo.normalize import index_keys, name_key
from geo.types import Candidate, Kind

__all__ = ["CURATED_PREFIX", "DATA_DIR", "EXTRA_COLUMNS", "EXTRA_KINDS", "Gazetteer",
           "MemoryGazetteer",
           "extra_id", "load_gazetteer", "read_extra_places"]

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
_PLACES = "derived/places.tsv.gz"
_ALIASES = "aliases.csv"
# The project's own sourced places (towns, camps, crossings, seas, rivers, regions and
# disputed territories that no registry package has); every row names its source page.
_EXTRA = "places_extra.csv"
CURATED_PREFIX = "px:"  # the ids of its rows
EXTRA_COLUMNS = ("name", "alternates", "kind", "lat", "lon", "country", "admin1",
                 "population", "approximate", "source")
# The finer kinds of places_extra.csv as the gazetteer's kinds: points for settlements
# and sites, admin-2 for districts, regions (a representative point, approximate) for
# the rest.
EXTRA_KINDS = {
    **dict.fromkeys(["town", "village", "camp", "base", "border_crossing", "dam"], Kind.CITY),
    **dict.fromkeys(["district", "subdistrict"], Kind.ADMIN2),
    **dict.fromkeys(["ocean", "sea", "gulf", "strait", "canal", "lake", "river", "mountain_range",
                     "valley", "plain", "desert", "peninsula", "region", "disputed_territory",
                     "island", "shoal"], Kind.REGION),
}
_BOUNDARIES = "derived/boundaries.geojson.gz"
_CAPITALS = "derived/capitals.tsv"
_CACHE_FORMAT = 7  # bump when the cache layout changes (name_key is hashed)
# Countries whose names are also indexed with ç and ş spelled ch and sh (Turkish, Azerbaijani)
_CH_SH_COUNTRIES = frozenset(["TR", "AZ"])
_MADE_LIMIT = 100_000  # names whose Candidate tuples are kept after a look-up
# A row is one tab-separated line "id kind name country admin1 lat lon population",
# parsed into a Candidate on look-up: a list of plain strings unpickles several times
# faster than tuples of fields, and unpickling is most of the cold start.
_Row = str
# An index entry: a row number, or a tuple of them for names of several places.
_Entry = int | tuple[int, ...]


class Gazetteer(Protocol):
    """What the recognizer and resolver need from a gazetteer."""

    max_words: int

    def candidates(self, key: str) -> tuple[Candidate, ...]:
        """Every place whose name has this :func:`geo.normalize.name_key`."""
        ...

    def boundary(self, place_id: str) -> dict | None:
        """The GeoJSON geometry of an area, or None when no polygon is known."""
        ...

    def country(self, code: str) -> Candidate | None:
        """The country with this ISO 3166-1 alpha-2 code."""
        ...

    def capital(self, code: str) -> Candidate | None:
        """The capital city of the country with this ISO 3166-1 alpha-2 code."""
        ...


def _row(pid: str, kind: str, name: str, country: str, admin1: str, lat: float | str,
         lon: float | str, population: int | str) -> _Row:
    return "\t".join([pid, kind, name, country, admin1, str(lat), str(lon), str(population)])


def _candidate(row: _Row) -> Candidate:
    pid, kind, name, country, admin1, lat, lon, population = row.split("\t")
    geonameid = int(pid[3:]) if pid.startswith("gn:") else None
    return Candidate(id=pid, kind=Kind(kind), name=name, country=country, admin1=admin1,
                     lon=float(lon), lat=float(lat), population=int(population),
                     geonameid=geonameid)


def _entries(entry: _Entry | None) -> tuple[int, ...]:
    if entry is None:
        return ()
    return (entry,) if isinstance(entry, int) else entry


def _compact(index: dict[str, list[int]]) -> dict[str, _Entry]:
    return {k: v[0] if len(v) == 1 else tuple(v) for k, v in index.items()}


class MemoryGazetteer:
    """A gazetteer held in dicts: rows, a name index and (lazily) boundaries."""

    def __init__(self, rows: list[_Row], index: dict[str, _Entry],
                 boundaries: dict[str, dict | str] | None = None,
                 boundary_loader: Callable[[], dict[str, str]] | None = None,
                 countries: dict[str, int] | None = None,
                 max_words: int | None = None,
                 capitals: dict[str, str] | None = None) -> None:
        self._rows = rows
        self._index = index
        self._made: dict[str, tuple[Candidate, ...]] = {}
        self._boundaries = boundaries
        self._boundary_loader = boundary_loader
        self._countries = countries if countries is not None else _country_rows(rows)
        self.max_words = max_words if max_words is not None else _max_words(index)
        self._capitals = capitals or {}  # ISO2 -> the capital's name

    @classmethod
    def from_entries(cls, entries: Iterable[tuple[Candidate, Iterable[str]]],
                     boundaries: dict[str, dict] | None = None) -> MemoryGazetteer:
        """Build from ``(candidate, names)`` pairs: the way tests make a small one."""
        rows: list[_Row] = []
        index: dict[str, list[int]] = defaultdict(list)
        for cand, names in entries:
            rows.append(_row(cand.id, cand.kind.value, cand.name, cand.country, cand.admin1,
                             cand.lat, cand.lon, cand.population))
            for key in {name_key(n) for n in [cand.name, *names]}:
                index[key].append(len(rows) - 1)
        shapes: dict[str, dict | str] = dict(boundaries or {})
        return cls(rows, _compact(index), shapes)

    def candidates(self, key: str) -> tuple[Candidate, ...]:
        found = self._made.get(key)
        if found is None:  # Candidates are immutable: make each name's tuple once
            entry = self._index.get(key)
            if entry is None:  # most look-ups are misses: keep them out of the cache
                return ()
            found = tuple(_candidate(self._rows[i]) for i in _entries(entry))
            if len(self._made) < _MADE_LIMIT:
                self._made[key] = found
        return found

    def __len__(self) -> int:
        return len(self._index)

    def __contains__(self, key: str) -> bool:
        return key in self._index

    def country(self, code: str) -> Candidate | None:
        i = self._countries.get(code)
        return None if i is None else _candidate(self._rows[i])

    def capital(self, code: str) -> Candidate | None:
        name = self._capitals.get(code)
        towns = [c for c in self.candidates(name_key(name)) if c.country == code
                 and c.kind is Kind.CITY] if name else []
        return max(towns, key=lambda c: c.population) if towns else None

    def boundary(self, place_id: str) -> dict | None:
        if self._boundaries is None:
            self._boundaries = dict(self._boundary_loader()) if self._boundary_loader else {}
        shape = self._boundaries.get(place_id)
        if isinstance(shape, str):  # kept as JSON text until asked for: loads fast
            shape = self._boundaries[place_id] = json.loads(shape)
        return shape


def _country_rows(rows: list[_Row]) -> dict[str, int]:
    found = {}
    for i, row in enumerate(rows):
        _, kind, _, country, _ = row.split("\t", 4)
        if kind == Kind.COUNTRY.value:
            found[country] = i
    return found


def _max_words(index: dict[str, _Entry]) -> int:
    return max((k.count(" ") + 1 for k in index), default=1)


def _read_places(data_dir: Path) -> tuple[list[_Row], dict[str, list[int]]]:
    rows: list[_Row] = []
    index: dict[str, list[int]] = defaultdict(list)
    with gzip.open(data_dir / _PLACES, "rt", encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t")
        next(reader)
        for pid, kind, name, country, admin1, lat, lon, pop, names in reader:
            rows.append(_row(pid, kind, name, country, admin1, lat, lon, pop))
            i = len(rows) - 1
            ch_sh = country in _CH_SH_COUNTRIES
            for key in {k for n in names.split("|") if n for k in index_keys(n, ch_sh=ch_sh)}:
                if key:
                    index[key].append(i)
    return rows, index


def _add_aliases(data_dir: Path, rows: list[_Row], index: dict[str, list[int]]) -> None:
    position = {row.split("\t", 1)[0]: i for i, row in enumerate(rows)}
    text = (data_dir / _ALIASES).read_text(encoding="utf-8")
    for record in csv.DictReader(io.StringIO(text)):
        i = position.get(record["place_id"])
        if i is None:
            raise DataError(f"aliases.csv: unknown place_id {record['place_id']!r} "
                            f"for alias {record['alias']!r}")
        key = name_key(record["alias"])
        if i not in index[key]:
            index[key].append(i)


def extra_id(record: dict[str, str]) -> str:
    """The stable id of a places_extra.csv row: ``px:`` country and name key."""
    key = name_key(record["name"]).replace(" ", "-")
    return f"{CURATED_PREFIX}{record['country'] or 'XX'}:{key}"


def read_extra_places(path: Path) -> list[tuple[Candidate, list[str]]]:
    """The rows of a places_extra.csv file as candidates and their names; a row without
    a source page, with a kind outside :data:`EXTRA_KINDS` or bad coordinates is a
    :class:`DataError` (the file is the project's own data, so it must be right)."""
    out = []
    text = path.read_text(encoding="utf-8")
    for line, record in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        where = f"{path.name}:{line}"
        if None in record:  # csv puts the fields past the header's under the key None
            raise DataError(f"{where}: more fields than the header (a comma to quote?)")
        if not record.get("source", "").startswith(("https://", "http://")):
            raise DataError(f"{where}: every row needs the public page of its coordinates")
        if record.get("kind") not in EXTRA_KINDS:
            raise DataError(f"{where}: unknown kind {record.get('kind')!r}")
        try:
            lat, lon = float(record["lat"]), float(record["lon"])
            population = int(record["population"] or 0)
        except (TypeError, ValueError) as exc:
            raise DataError(f"{where}: {exc}") from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise DataError(f"{where}: coordinates out of range")
        cand = Candidate(id=extra_id(record), kind=EXTRA_KINDS[record["kind"]],
                         name=record["name"], country=record["country"],
                         admin1=record["admin1"], lon=lon, lat=lat, population=population)
        out.append((cand, [record["name"], *filter(None, record["alternates"].split("|"))]))
    return out


def _add_extra_places(data_dir: Path, rows: list[_Row], index: dict[str, list[int]]) -> None:
    path = data_dir / _EXTRA
    if not path.exists():
        return
    for cand, names in read_extra_places(path):
        rows.append(_row(cand.id, cand.kind.value, cand.name, cand.country, cand.admin1,
                         cand.lat, cand.lon, cand.population))
        ch_sh = cand.country in _CH_SH_COUNTRIES
        for key in {k for n in names for k in index_keys(n, ch_sh=ch_sh) if k}:
            index[key].append(len(rows) - 1)


def _source_hash(data_dir: Path) -> str:
    """Hash of the data files, the cache layout and the code of name_key: a change to
    any of them makes the next load rebuild the index instead of using stale keys."""
    digest = hashlib.sha256(str(_CACHE_FORMAT).encode())
    digest.update(Path(normalize.__file__).read_bytes())
    for name in (_PLACES, _ALIASES, _BOUNDARIES):
        digest.update((data_dir / name).read_bytes())
    if (data_dir / _EXTRA).exists():
        digest.update((data_dir / _EXTRA).read_bytes())
    return digest.hexdigest()[:16]


def _read_boundaries(data_dir: Path) -> dict[str, str]:
    """Boundary geometries by place id, each still as JSON text."""
    with gzip.open(data_dir / _BOUNDARIES, "rt", encoding="utf-8") as f:
        collection = json.load(f)
    return {feat["properties"]["id"]: json.dumps(feat["geometry"], separators=(",", ":"))
            for feat in collection["features"]}


def _cached(path: Path, build: Callable[[], object]) -> object:
    """Unpickle ``path``, or build the value and pickle it there atomically."""
    if path.exists():
        gc.disable()  # unpickling many small objects is ~2x faster without the collector
        try:
            with path.open("rb") as f:
                return pickle.load(f)
        finally:
            gc.enable()
    log.info("building %s", path)
    value = build()
    path.parent.mkdir(exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as f:
        pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    return value


_Index = tuple[list[_Row], dict[str, _Entry], dict[str, int], int]


def _build_index(data_dir: Path) -> _Index:
    rows, lists = _read_places(data_dir)
    _add_extra_places(data_dir, rows, lists)
    _add_aliases(data_dir, rows, lists)
    index = _compact(lists)
    return rows, index, _country_rows(rows), _max_words(index)


@lru_cache(maxsize=4)
def load_gazetteer(data_dir: Path = DATA_DIR) -> MemoryGazetteer:
    """The real gazetteer, from the pickle caches when they match the sources."""
    try:
        digest = _source_hash(data_dir)
    except OSError as exc:
        raise DataError(f"gazetteer data missing in {data_dir}: {exc}") from exc
    cache = data_dir / "cache"
    for old in cache.glob("*.pickle"):
        if digest not in old.name:
            old.unlink()
    built = _cached(cache / f"gazetteer-{digest}.pickle", lambda: _build_index(data_dir))
    rows, index, countries, max_words = cast(_Index, built)
    boundaries_path = cache / f"boundaries-{digest}.pickle"
    _cached(boundaries_path, lambda: _read_boundaries(data_dir))

    def boundaries() -> dict[str, str]:
        return cast(dict[str, str], _cached(boundaries_path, lambda: _read_boundaries(data_dir)))

    return MemoryGazetteer(rows, index, boundary_loader=boundaries, countries=countries,
                           max_words=max_words, capitals=_read_capitals(data_dir))


def _read_capitals(data_dir: Path) -> dict[str, str]:
    try:
        lines = (data_dir / _CAPITALS).read_text(encoding="utf-8").splitlines()[1:]
    except OSError as exc:
        raise DataError(f"gazetteer data missing: {_CAPITALS}: {exc}") from exc
    return dict(line.split("\t", 1) for line in lines if "\t" in line)
