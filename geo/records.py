"""Untrusted JSON records (a ``batch`` or ``.jsonl`` line, a ``.json`` article, an
uploaded file) -> Python values, or an :class:`~geo.errors.InputError` for that record.

``json.loads`` alone lets one record stop a whole stream: deep nesting raises
RecursionError, an integer of more than 4,300 digits ValueError, and a JSON-escaped lone
surrogate ("\\ud800") decodes to a string that cannot be written out again as UTF-8.
``NaN`` and ``Infinity`` are not JSON and would be echoed as non-JSON. Here all of them
are the record's error, and the others go on.
"""

from __future__ import annotations

import contextlib
import json
import signal
import threading
from collections.abc import Iterator
from typing import Any

from geo.errors import InputError

__all__ = ["DEFAULT_BUDGET", "MAX_DEPTH", "check_strings", "loads", "record_id",
           "time_budget"]

#: seconds one record may take in batch and ingest (a realistic 5 MB article takes ~8)
DEFAULT_BUDGET = 60.0

#: nesting deeper than this is refused before decoding (an article record needs 2)
MAX_DEPTH = 64


def _reject_constant(name: str) -> float:
    raise InputError(f"{name} is not JSON")


def _depth_ok(text: str) -> bool:
    """Whether brackets nest at most MAX_DEPTH deep (brackets inside strings count too,
    so this may refuse a record only if its strings hold dozens of nested brackets)."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return True
    depth = 0
    for ch in text:  # only for records with many brackets; linear
        if ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return False
        elif ch in "]}":
            depth -= 1
    return True


def loads(data: str | bytes) -> Any:
    """Decode one JSON document; every way it can fail is an :class:`InputError`."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"not UTF-8 (bad byte at {exc.start})") from None
    data = data.removeprefix("\ufeff")
    if not _depth_ok(data):
        raise InputError(f"JSON nested more than {MAX_DEPTH} deep")
    try:
        value = json.loads(data, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON ({exc.msg})") from None
    except RecursionError:
        raise InputError(f"JSON nested more than {MAX_DEPTH} deep") from None
    except ValueError as exc:  # an integer over sys.get_int_max_str_digits()
        raise InputError(f"not usable JSON ({str(exc).split(';')[0]})") from None
    return value


def check_strings(record: dict, fields: tuple[str, ...]) -> None:
    """Refuse a record whose string ``fields`` hold a lone surrogate (not encodable)."""
    for name in fields:
        value = record.get(name)
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise InputError(f"{name!r} holds a lone surrogate (character "
                                 f"{exc.start}), not text") from None


def record_id(record: object) -> str | int | None:
    """The record's ``id`` if it can be echoed as JSON (a string or an integer); anything
    else (a list, a float, a string with a lone surrogate) is None."""
    if not isinstance(record, dict):
        return None
    rid = record.get("id")
    if isinstance(rid, bool) or not isinstance(rid, str | int):
        return None
    if isinstance(rid, str):
        try:
            rid.encode("utf-8")
        except UnicodeEncodeError:
            return None
    return rid


@contextlib.contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Stop the block with an :class:`InputError` once it has run ``seconds``: one record
    that would take minutes becomes that record's error, and the stream goes on. Only in
    a main thread on POSIX (a timer signal); elsewhere (a Dask worker thread), and with
    ``seconds`` None or 0, the block runs unbounded."""
    usable = (seconds and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    message = f"over the per-record budget of {seconds:g} s (--budget)"
    fired = False

    def stop(signum: int, frame: object) -> None:
        nonlocal fired
        fired = True
        raise InputError(message)

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, float(seconds or 0))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    # The handler's exception is lost when the signal lands inside a garbage collector
    # callback (Python prints "Exception ignored" and the block runs on): the record is
    # still over its budget.
    if fired:
        raise InputError(message)
