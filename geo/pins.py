"""The analyst's pins: places the gazetteer lacks, placed by hand, used by every extraction.

A pin is a name (with alternate spellings) at a point the analyst chose, with a note. Pins
live in a CSV of their own, never in the shipped data: ``$GEO_PINS`` if set, else
``pins.csv`` in ``$GEO_CORPUS_DIR`` (where the corpus databases are), else in the project
folder. :func:`pinned` puts them in front of a gazetteer: a pinned name means the pinned
place (the analyst's word beats any namesake), so re-running an article after a pin gives
the pinned point. The CLI (``python -m geo pin``), ``extract``, ``batch``, ``ingest`` and
the dashboard all read the same file through :func:`default_gazetteer`.
"""

from __future__ import annotations

import csv
import io
import math
import os
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from geo.errors import InputError
from geo.gazetteer import DATA_DIR, Gazetteer, load_gazetteer
from geo.normalize import name_key
from geo.types import Candidate, Kind

__all__ = ["PIN_COLUMNS", "Pin", "add_pin", "default_gazetteer", "make_pin", "pinned",
           "pins_csv", "pins_path", "read_pins", "remove_pin"]

PIN_COLUMNS = ("name", "alternates", "lat", "lon", "country", "note", "who", "when")
_MAX_NAME, _MAX_NOTE, _MAX_ALTERNATES = 100, 500, 10


@dataclass(frozen=True)
class Pin:
    """A name the analyst placed: at ``lon``/``lat``, with other spellings and a note."""

    name: str
    lat: float
    lon: float
    alternates: tuple[str, ...] = ()
    country: str = ""
    note: str = ""
    who: str = ""
    when: str = ""

    @property
    def candidate(self) -> Candidate:
        return Candidate(id=f"pin:{name_key(self.name).replace(' ', '-')}", kind=Kind.CITY,
                         name=self.name, country=self.country, admin1="", lon=self.lon,
                         lat=self.lat, population=0)

    @property
    def keys(self) -> set[str]:
        return {k for k in (name_key(n) for n in (self.name, *self.alternates)) if k}


def pins_path() -> Path:
    """Where the pins are kept (see the module docstring)."""
    if os.environ.get("GEO_PINS"):
        return Path(os.environ["GEO_PINS"]).expanduser()
    folder = os.environ.get("GEO_CORPUS_DIR") or DATA_DIR.parent
    return Path(folder).expanduser() / "pins.csv"


def _clean_text(value: str, what: str, limit: int) -> str:
    value = (value or "").strip()
    if len(value) > limit:
        raise InputError(f"{what} is over {limit} characters")
    if any(unicodedata.category(c) in ("Cc", "Cs") for c in value):
        raise InputError(f"{what} has control characters")
    return value


def make_pin(name: str, lat: float | str, lon: float | str, *, alternates: Sequence[str] = (),
             country: str = "", note: str = "", who: str = "") -> Pin:
    """A checked pin: a name, a real latitude and longitude, at most ten short spellings;
    anything else is an :class:`InputError` that says what is wrong."""
    name = _clean_text(name, "the name", _MAX_NAME)
    if not name_key(name):
        raise InputError("a pin needs a name with letters or digits")
    try:
        lat_f, lon_f = float(lat), float(lon)
    except (TypeError, ValueError):
        raise InputError(f"latitude and longitude must be numbers, got {lat!r}, {lon!r}") \
            from None
    if not (math.isfinite(lat_f) and math.isfinite(lon_f)
            and -90 <= lat_f <= 90 and -180 <= lon_f <= 180):
        raise InputError(f"no such point: latitude {lat_f} (-90..90), longitude {lon_f} "
                         "(-180..180)")
    spellings = tuple(dict.fromkeys(
        a for a in (_clean_text(x, "a spelling", _MAX_NAME) for x in alternates) if a))
    if len(spellings) > _MAX_ALTERNATES:
        raise InputError(f"at most {_MAX_ALTERNATES} other spellings")
    country = _clean_text(country, "the country", 2).upper()
    if country and not country.isalpha():
        raise InputError(f"country must be a two-letter code, got {country!r}")
    return Pin(name, round(lat_f, 6), round(lon_f, 6), spellings, country,
               _clean_text(note, "the note", _MAX_NOTE), _clean_text(who, "who", _MAX_NAME),
               datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))


def read_pins(path: Path | None = None) -> list[Pin]:
    """The pins in ``path`` (none if the file does not exist); a damaged file is an
    :class:`InputError` naming the file and line."""
    path = path or pins_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the pins file {path.name!r}: {exc}") from None
    pins = []
    for line, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        try:
            pin = make_pin(row["name"], row["lat"], row["lon"],
                           alternates=(row.get("alternates") or "").split("|"),
                           country=row.get("country") or "", note=row.get("note") or "",
                           who=row.get("who") or "")
        except (InputError, KeyError, TypeError) as exc:
            raise InputError(f"{path.name}:{line}: {exc}") from None
        pins.append(Pin(**{**pin.__dict__, "when": row.get("when") or pin.when}))
    return pins


def pins_csv(pins: list[Pin]) -> str:
    """The pins as CSV text (the file's format; what the dashboard's download gives)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(PIN_COLUMNS)
    for p in pins:
        writer.writerow([p.name, "|".join(p.alternates), p.lat, p.lon, p.country, p.note,
                         p.who, p.when])
    return out.getvalue()


def _write(path: Path, pins: list[Pin]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(pins_csv(pins), encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"cannot save the pins file {path.name!r}: "
                         f"{exc.strerror or exc}") from None


def add_pin(pin: Pin, path: Path | None = None) -> list[Pin]:
    """Save ``pin`` (replacing a pin of the same name) and return every pin."""
    path = path or pins_path()
    pins = [p for p in read_pins(path) if name_key(p.name) != name_key(pin.name)] + [pin]
    _write(path, pins)
    return pins


def remove_pin(name: str, path: Path | None = None) -> bool:
    """Remove the pin called ``name``; False if there is none."""
    path = path or pins_path()
    pins = read_pins(path)
    kept = [p for p in pins if name_key(p.name) != name_key(name)]
    if len(kept) == len(pins):
        return False
    _write(path, kept)
    return True


class PinnedGazetteer:
    """A gazetteer with the analyst's pins in front: a pinned name means the pin."""

    def __init__(self, base: Gazetteer, pins: list[Pin]) -> None:
        self._base = base
        self._by_key: dict[str, tuple[Candidate, ...]] = {}
        for pin in pins:
            for key in pin.keys:
                self._by_key[key] = (*self._by_key.get(key, ()), pin.candidate)
        self.max_words = max([base.max_words, *(k.count(" ") + 1 for k in self._by_key)])

    def candidates(self, key: str) -> tuple[Candidate, ...]:
        return self._by_key.get(key) or self._base.candidates(key)

    def boundary(self, place_id: str) -> dict | None:
        return self._base.boundary(place_id)

    def country(self, code: str) -> Candidate | None:
        return self._base.country(code)

    def capital(self, code: str) -> Candidate | None:
        return self._base.capital(code)


def pinned(base: Gazetteer, pins: list[Pin]) -> Gazetteer:
    """``base`` with ``pins`` in front (``base`` itself when there are none)."""
    return PinnedGazetteer(base, pins) if pins else base


@lru_cache(maxsize=4)
def _pinned_default(path: Path, stamp: tuple[int, int]) -> Gazetteer:
    return pinned(load_gazetteer(), read_pins(path))


def default_gazetteer() -> Gazetteer:
    """The real gazetteer with the pins of :func:`pins_path` in front, rebuilt when the
    pins file changes (its size and modification time)."""
    path = pins_path()
    try:
        stat = path.stat()
    except OSError:
        return load_gazetteer()
    return _pinned_default(path, (stat.st_mtime_ns, stat.st_size))
