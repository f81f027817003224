"""The one pipeline every entry point calls: text -> mentions -> places -> roles -> layers.

``run`` returns an :class:`Extraction` (dataclasses); ``extract_feature_collection``
returns its GeoJSON. The CLI, the batch command and ``app.py`` call these and nothing
else, so no stage is implemented twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.errors import InputError
from geo.gazetteer import Gazetteer
from geo.layers import to_feature_collection
from geo.lexicon import Lexicon, load_lexicon
from geo.pins import default_gazetteer
from geo.recognize import Recognizer, RuleRecognizer
from geo.resolve import resolve_mentions
from geo.roles import assign_roles
from geo.sentences import split_sentences
from geo.textio import MAX_BYTES
from geo.types import Evidence, Mention, Place, RoleFeature

__all__ = ["Extraction", "extract_feature_collection", "run", "validate_date"]

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


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
    """``YYYY-MM-DD`` or None; anything else is an :class:`InputError`."""
    if date is None or date == "":
        return None
    if not isinstance(date, str) or not _DATE_RE.match(date):
        raise InputError(f"date must be YYYY-MM-DD, got {date!r}")
    return date


def run(text: str, *, date: str | None = None, gazetteer: Gazetteer | None = None,
        lexicon: Lexicon | None = None, recognizer: Recognizer | None = None) -> Extraction:
    """Run every stage on ``text`` (already decoded; see :mod:`geo.textio`). The default
    gazetteer is the real one with the analyst's pins in front (:mod:`geo.pins`)."""
    if not isinstance(text, str):
        raise InputError(f"text must be a string, got {type(text).__name__}")
    if not text.strip():
        raise InputError("text is empty")
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise InputError(f"text is over the {MAX_BYTES // 2**20} MB limit")
    date = validate_date(date)
    gazetteer = gazetteer if gazetteer is not None else default_gazetteer()
    recognizer = recognizer or RuleRecognizer(gazetteer, lexicon or load_lexicon())
    mentions = recognizer(text)
    places = resolve_mentions(mentions, gazetteer, text)
    sentences = split_sentences(text)
    roles = assign_roles(text, places, sentences)
    return Extraction(text, tuple(mentions), tuple(places), tuple(roles), tuple(sentences),
                      date)


def extract_feature_collection(text: str, *, date: str | None = None,
                               gazetteer: Gazetteer | None = None) -> dict:
    """``run`` and return the RFC 7946 FeatureCollection of all layers."""
    gazetteer = gazetteer if gazetteer is not None else default_gazetteer()
    result = run(text, date=date, gazetteer=gazetteer)
    return to_feature_collection(result.places, result.roles, list(result.sentences),
                                 gazetteer, date=result.date)
