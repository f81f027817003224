"""The one pipeline every entry point calls: text -> mentions -> places -> roles -> layers.

``run`` returns an :class:`Extraction` (dataclasses); ``extract_feature_collection``
returns its GeoJSON. The CLI, the batch command and ``app.py`` call these and nothing
else, so no stage is implemented twice.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from geo.errors import InputError
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.layers import to_feature_collection
from geo.lexicon import Lexicon, load_lexicon
from geo.pins import default_gazetteer
from geo.recognize import Recognizer, RuleRecognizer
from geo.resolve import resolve_mentions
from geo.roles import assign_roles
from geo.sentences import split_sentences
from geo.textio import MAX_BYTES
from geo.types import Evidence, Mention, Place, RoleFeature

__all__ = ["STAGES", "Extraction", "Progress", "extract_feature_collection", "run",
           "validate_date", "warm_up"]

#: called with a stage's name and the share of the work done before it (0 to 1)
Progress = Callable[[str, float], None]
# each stage's name and the share of the work done when it starts (measured on a 5 MB
# article: recognition ~45 %, resolution ~17 %, sentences and roles ~28 %, layers ~10 %)
STAGES = {"finding place names": 0.0, "resolving places": 0.45, "reading roles": 0.62,
          "building layers": 0.9}

# ASCII digits only: \d would take Arabic-Indic or fullwidth digits, and $ a final newline
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True)
class Extraction:
    """Everything the pipeline found in one article."""

    text: str
    mentions: tuple[Mention, ...]
    places: tuple[Place, ...]
    roles: tuple[RoleFeature, ...]
    sentences: tuple[Evidence, ...]
    date: str | None = None


def validate_date(date: str | None) -> str | None:
    """``YYYY-MM-DD`` (ASCII digits, a real calendar date) or None; anything else is an
    :class:`InputError`."""
    if date is None or date == "":
        return None
    shown = repr(date) if len(repr(date)) <= 40 else repr(date)[:40] + "..."
    if not isinstance(date, str) or not _DATE_RE.fullmatch(date):
        raise InputError(f"date must be YYYY-MM-DD, got {shown}")
    try:
        dt.date.fromisoformat(date)
    except ValueError:
        raise InputError(f"date {shown} is not a calendar date") from None
    return date


def run(text: str, *, date: str | None = None, gazetteer: Gazetteer | None = None,
        lexicon: Lexicon | None = None, recognizer: Recognizer | None = None,
        progress: Progress | None = None) -> Extraction:
    """Run every stage on ``text`` (already decoded; see :mod:`geo.textio`);
    ``progress`` is told each stage as it starts (a long article's progress bar). The
    default gazetteer is the real one with the analyst's pins in front (:mod:`geo.pins`)."""
    if not isinstance(text, str):
        raise InputError(f"text must be a string, got {type(text).__name__}")
    if not text.strip():
        raise InputError("text is empty")
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise InputError(f"text is over the {MAX_BYTES // 2**20} MB limit")
    date = validate_date(date)
    gazetteer = gazetteer if gazetteer is not None else default_gazetteer()
    recognizer = recognizer or RuleRecognizer(gazetteer, lexicon or load_lexicon())
    tell = progress or _quiet
    tell("finding place names", STAGES["finding place names"])
    mentions = recognizer(text)
    tell("resolving places", STAGES["resolving places"])
    sentences = split_sentences(text)  # once: resolution places unknown names by sentence
    places = resolve_mentions(mentions, gazetteer, text, sentences)
    tell("reading roles", STAGES["reading roles"])
    roles = assign_roles(text, places, sentences)
    return Extraction(text, tuple(mentions), tuple(places), tuple(roles), tuple(sentences),
                      date)


def warm_up() -> None:
    """Load what every extraction shares (gazetteer, lexicon, boundaries), so that a
    per-record time budget counts only the record's own work."""
    load_lexicon()
    load_gazetteer().boundary("")


def _quiet(stage: str, share: float) -> None:
    """No progress shown."""


def extract_feature_collection(text: str, *, date: str | None = None,
                               gazetteer: Gazetteer | None = None,
                               progress: Progress | None = None) -> dict:
    """``run`` and return the RFC 7946 FeatureCollection of all layers."""
    gazetteer = gazetteer if gazetteer is not None else default_gazetteer()
    result = run(text, date=date, gazetteer=gazetteer, progress=progress)
    if progress is not None:
        progress("building layers", STAGES["building layers"])
    collection = to_feature_collection(result.places, result.roles, list(result.sentences),
                                       gazetteer, date=result.date)
    if progress is not None:
        progress("done", 1.0)
    return collection
