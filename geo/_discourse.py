"""Discourse memory: the place a definite noun phrase refers back to.

"the disputed city", "claims sovereignty over the area", "a joint room will be based
there": the article named the place before. :func:`antecedent` walks the places named
before a position (this sentence first, then the article's earlier places, most recent
first) for one of the kind the noun says. Shared by :mod:`geo._dispute_rules` and
:mod:`geo._centre_rules`.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from geo._role_view import SentenceView
from geo.types import Kind, Place

__all__ = ["ANAPHOR_KINDS", "antecedent", "is_macro_region", "is_water"]

# the kinds of place each noun (or "there") may refer back to
ANAPHOR_KINDS = {"city": (Kind.CITY,), "town": (Kind.CITY,), "village": (Kind.CITY,),
                 "district": (Kind.ADMIN2, Kind.CITY), "province": (Kind.ADMIN1,),
                 "governorate": (Kind.ADMIN1,), "region": (Kind.REGION, Kind.ADMIN1),
                 "territory": (Kind.REGION, Kind.ADMIN1, Kind.ADMIN2),
                 "island": (Kind.REGION,), "islands": (Kind.REGION,),
                 "islets": (Kind.REGION,), "shoal": (Kind.REGION,), "reef": (Kind.REGION,),
                 "atoll": (Kind.REGION,), "archipelago": (Kind.REGION,),
                 "chain": (Kind.REGION,),  # "the Pacific chain": the islands named before
                 # an area of no one kind: the last region, district or province named
                 **dict.fromkeys(["area", "sector", "strip", "enclave"],
                                 (Kind.REGION, Kind.ADMIN2, Kind.ADMIN1)),
                 **dict.fromkeys(["bay", "gulf", "strait", "peninsula"], (Kind.REGION,)),
                 # "based there": the last place named that is finer than a country
                 "there": (Kind.CITY, Kind.ADMIN2, Kind.ADMIN1, Kind.REGION)}

_NAMED_NOUNS = frozenset(["bay", "gulf", "strait", "peninsula", "islands", "island", "shoal",
                          "reef", "strip", "triangle"])

_WATER_WORDS = frozenset(["ocean", "sea", "gulf", "strait", "straits", "river", "channel",
                          "lake", "canal", "bay"])
_WATER_NOUNS = frozenset(["bay", "gulf", "strait"])


def is_water(place: Place) -> bool:
    """Is the place a sea, gulf, river or lake (a region whose name says so)?"""
    cand = place.candidate
    return cand.kind is Kind.REGION and not _WATER_WORDS.isdisjoint(cand.name.lower().split())


def is_macro_region(place: Place) -> bool:
    """Is the place a region of no one country (a continent, "the Sahel")? A centre is
    in a town or a country, not in a continent: "an office for Africa" is its scope."""
    cand = place.candidate
    # (a name the gazetteer lacks, placed at such a region, is a town in it)
    return cand.kind is Kind.REGION and not cand.country and place.container is None


_GENERIC_AREAS = frozenset(["area", "region", "territory", "sector", "enclave", "zone"])


def antecedent(view: SentenceView, noun: str, before: int, places: dict[str, Place],
               pids: list[str], named_before: int, topic: tuple[str, ...] = (),
               skip: frozenset[str] = frozenset()) -> str | None:
    """The place a definite "the <noun>" refers back to: the last one of that kind named
    before ``before`` (this sentence first, then the ``named_before`` first places of the
    article's ``pids``), or None. Walked backwards without a copy (a copy per sentence
    made a one-line article of 3,200 sentences quadratic). A generic "the area" or "the
    region" is the article's topic when its headline names an area of that kind ("The
    Shebaa Farms: a tug-of-war ..." ... "Lebanon also claims sovereignty over the area"),
    not the last area a relative clause named in passing. Places in ``skip`` (the actors
    of the sentence: "leaders in Iraq and the Kurdistan Region ... the disputed territory")
    are passed over."""
    kinds = ANAPHOR_KINDS.get(noun)
    if kinds is None:
        return None
    if noun in _GENERIC_AREAS:
        titled = next((pid for pid in topic if places[pid].candidate.kind in kinds
                       and pid not in skip), None)
        if titled is not None:
            return titled
    here = [pid for s, _, pid in view.spans if s < before and pid not in skip]

    def named_backwards() -> Iterator[str]:
        return itertools.chain(reversed(here),
                               (pids[i] for i in range(named_before - 1, -1, -1)))

    fallback = None
    if noun in _NAMED_NOUNS:  # "the bay": the last place whose name says it is one
        named = next((pid for pid in named_backwards()
                      if noun in places[pid].candidate.name.lower().split()), None)
        if named is not None:
            return named
    for pid in named_backwards():
        cand = places[pid].candidate
        if cand.kind in kinds and (noun in _WATER_NOUNS or not is_water(places[pid])):
            return pid  # not "the Persian Gulf" for "the islands"
        if fallback is None and noun in ("province", "governorate", "region") \
                and cand.kind is Kind.CITY and cand.population >= 100_000:
            fallback = pid  # "Kirkuk ... the disputed province": the city named for it
    return fallback
