"""Names the gazetteer lacks, placed approximately at the place that contains them.

A recognised name in a place slot that no gazetteer entry has ("in Kasak in western
Nineveh", "the Garmaser front in eastern Kirkuk", "Debaga camp near Mosul") is not
dropped: it becomes a :class:`~geo.types.Place` whose ``container`` is the resolved place
the same sentence names nearest after it (or, failing that, before it): the district,
province, town or country the text gives. Its candidate carries the name as written, the
container's kind, country and point, and the id ``unresolved:<name key>``, so every later
stage (roles, layers, the map) treats it as a place while the output says that it is
approximate and unresolved. A name whose sentence names no other place takes the place
the article names most often among its areas and countries; an article that names none
leaves it off the map.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

from geo.sentences import sentence_at, split_sentences
from geo.types import Candidate, Evidence, Kind, Mention, Place

__all__ = ["PLACED_IN", "STAND_IN_PREFIX", "UNRESOLVED_CONFIDENCE", "is_stand_in",
           "place_unresolved"]

UNRESOLVED_CONFIDENCE = 0.3  # the name is right; where it is, only to the container's extent
# the id of a name the gazetteer lacks, placed at its container: where it lies is a guess
# (a Place knows it by its ``container``; a rule that holds only ids asks is_stand_in)
STAND_IN_PREFIX = "unresolved:"


def is_stand_in(place_id: str) -> bool:
    """Is this the id of an unknown name placed at its container (not a gazetteer place)?"""
    return place_id.startswith(STAND_IN_PREFIX)


def _literal_spans(places: Sequence[Place]) -> list[tuple[int, Place]]:
    return sorted(((m.start, p) for p in places for m in p.mentions
                   if not m.associative and p.container is None), key=lambda s: s[0])


_AREAS = (Kind.ADMIN2, Kind.ADMIN1, Kind.REGION, Kind.COUNTRY)
# "Aruk in Sambas", "Bituljica, in Niksic municipality": where the name is
PLACED_IN = re.compile(r",?\s+(?:in|at)\s+(?:the\s+)?")


def _sentence_container(mention: Mention, spans: list[tuple[int, Place]],
                        positions: list[int], bounds: tuple[int, int],
                        right_after: int | None = None) -> Candidate | None:
    """The place named right after the mention as where it is (``right_after``: where
    "<name>, in <place>" puts that place), else the place named nearest after it in its
    sentence (the first area among them, if any: "Shwan and Laylan in Kirkuk province"
    are in the province, not in Laylan), else the one nearest before."""
    start, end = bounds
    # ``positions``: the spans' starts, sorted, to find the sentence's places by bisection
    lo, at, hi = (bisect_left(positions, start), bisect_left(positions, mention.end),
                  bisect_left(positions, end))
    after = [p for _, p in spans[at:hi]]
    if at < hi and right_after is not None and positions[at] == right_after:
        return spans[at][1].candidate  # "one at Bituljica, in Niksic municipality"
    if after:
        areas = [p for p in after if p.candidate.kind in _AREAS]
        return (areas or after)[0].candidate
    before = [p for pos, p in spans[lo:at] if pos < mention.start]
    return before[-1].candidate if before else None


def _article_area(places: Sequence[Place]) -> Candidate | None:
    """The area or country the article names most often (the region in play)."""
    counts = Counter({p.candidate: sum(not m.associative for m in p.mentions) for p in places
                      if p.candidate.kind in (Kind.ADMIN1, Kind.REGION, Kind.COUNTRY)
                      and p.container is None})
    counts = +counts
    return counts.most_common(1)[0][0] if counts else None


def place_unresolved(mentions: Sequence[Mention], places: Sequence[Place], text: str,
                     sentences: Sequence[Evidence] | None = None) -> list[Place]:
    """Places for the unresolved ``mentions`` (one per name), each at its container;
    ``sentences``: the text's, if the caller has split it already."""
    if not mentions:
        return []
    if sentences is None:
        sentences = split_sentences(text)
    spans = _literal_spans(places)
    positions = [pos for pos, _ in spans]
    starts = [s.start for s in sentences]  # built once, not once per mention
    fallback = _article_area(places)
    by_key: dict[str, list[Mention]] = {}
    for m in mentions:
        by_key.setdefault(m.key, []).append(m)
    out = []
    for key, named in by_key.items():
        container = None
        for m in named:
            sentence = sentence_at(sentences, m.start, starts)
            bounds = (sentence.start, sentence.end) if sentence else (0, len(text))
            placed = PLACED_IN.match(text, m.end)
            container = _sentence_container(m, spans, positions, bounds,
                                            placed.end() if placed else None)
            if container is not None:
                break
        container = container or fallback
        if container is None:
            continue
        stand_in = Candidate(id=f"{STAND_IN_PREFIX}{key}", kind=container.kind,
                             name=named[0].text,
                             country=container.country, admin1=container.admin1,
                             lon=container.lon, lat=container.lat, population=0)
        out.append(Place(stand_in, UNRESOLVED_CONFIDENCE, tuple(named), container=container))
    return out
