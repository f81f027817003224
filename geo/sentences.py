"""Sentence splitting with exact offsets, for evidence and for the role rules.

Splits on line breaks and on ``.``/``!``/``?`` (optionally followed by closing quotes or
brackets) before a space and an upper-case letter, digit or opening quote, except after
abbreviations ("Gen.", "U.S.", "St.") and initials ("John J. Catherine"). Lines that
go on a list after a line ending with ":" (a lower-case word or a bullet: "runs five bases
in Armenia:" / "two of them in Syunik;" / "and one more in Ijevan.") stay one sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from geo.types import Evidence

__all__ = ["sentence_at", "split_sentences"]

_BOUNDARY_RE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n+")
# a line that goes on a list: a lower-case word or a bullet
_LIST_LINE_RE = re.compile(r"[ \t]*(?:[a-z]|[-•*–—][ \t])")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "sen",
        "rep",
        "gov",
        "st",
        "ft",
        "mt",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "jr",
        "sr",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
    ]
)


def _is_abbreviation(text: str, dot: int) -> bool:
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and text[start:dot].isupper())


def split_sentences(text: str) -> list[Evidence]:
    """Non-empty sentences of ``text`` as :class:`Evidence` (text and offsets)."""
    sentences: list[Evidence] = []
    start = 0
    listing = False  # inside lines that continue a line ending with ":"
    for m in _BOUNDARY_RE.finditer(text):
        if m.group().startswith((".",)) and _is_abbreviation(text, m.start()):
            continue
        if m.group().startswith("\n") and _LIST_LINE_RE.match(text, m.end()) \
                and (listing or text[start:m.start()].rstrip().endswith(":")):
            # "runs five bases in Armenia:" then "two of them in Syunik - in Kapan and
            # Goris;" on lines of their own: one sentence, whose list the rules read
            listing = True
            continue
        listing = False
        _add(text, start, m.end(), sentences)
        start = m.end()
    _add(text, start, len(text), sentences)
    return sentences


def _add(text: str, start: int, end: int, out: list[Evidence]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    out.append(Evidence(stripped, s, s + len(stripped)))


def sentence_at(sentences: Sequence[Evidence], offset: int,
                starts: list[int] | None = None) -> Evidence | None:
    """The sentence containing character ``offset`` (sentences from split_sentences).
    ``starts``, the sentences' start offsets, saves rebuilding them for every lookup."""
    if starts is None:
        starts = [s.start for s in sentences]
    i = bisect_right(starts, offset) - 1
    if i >= 0 and sentences[i].start <= offset < sentences[i].end:
        return sentences[i]
    return None
