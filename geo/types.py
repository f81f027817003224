"""Shared types passed between the pipeline stages.

Frozen dataclasses inside the code; GeoJSON dicts only at the edges (``geo.layers`` and
the IO modules). Coordinates are always named ``lon``/``lat`` so axis order is explicit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

__all__ = [
    "Candidate",
    "Evidence",
    "Kind",
    "Layer",
    "Mention",
    "Place",
    "Precision",
    "RoleFeature",
]


class Kind(StrEnum):
    """What a gazetteer entry is."""

    CITY = "city"
    ADMIN2 = "admin2"
    ADMIN1 = "admin1"
    COUNTRY = "country"
    REGION = "region"


class Layer(StrEnum):
    """The map layer a feature belongs to (``properties.layer`` in GeoJSON)."""

    ANNOUNCED_CENTER = "announced_center"
    PROPOSED_CENTER = "proposed_center"
    DISPUTED_AREA = "disputed_area"
    PLACE = "place"


class Precision(StrEnum):
    """How precisely a geometry locates what the article talks about (after ACLED)."""

    POINT = "point"
    ADMIN2 = "admin2"
    ADMIN1 = "admin1"
    COUNTRY = "country"


@dataclass(frozen=True)
class Mention:
    """A toponym in the text: ``text == source[start:end]`` (Python str indices).

    ``associative`` marks a mention that refers to a place without naming it as a
    location: a demonym ("Iraqi forces") or a place inside an organisation's name.
    ``key`` is the normalised name used for gazetteer look-up; ``cue`` is a kind hint
    from the words around it ("province", "district of", "city of").
    """

    text: str
    start: int
    end: int
    key: str
    associative: bool = False
    cue: Kind | None = None
    country_hint: str | None = None  # ISO2 of a demonym's country
    # a name the gazetteer lacks, in a place slot ("in Kasak", "the Garmaser front"):
    # resolution places it at the container the text names nearby
    unresolved: bool = False
    # "the capital", "the Iraqi capital": the capital of this ISO2 country ("" for the
    # country the article is about), resolved after every other name
    capital_of: str | None = None


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name can refer to."""

    id: str
    kind: Kind
    name: str
    country: str
    admin1: str
    lon: float
    lat: float
    population: int
    geonameid: int | None = None

    @property
    def has_boundary(self) -> bool:
        return self.kind in (Kind.ADMIN1, Kind.REGION, Kind.COUNTRY)

    def fits_cue(self, cue: Kind) -> bool:
        """Is it the kind of place a cue word names ("Kirkuk province": an admin-1 area or
        a region; "the town of X": a town)?"""
        if cue is Kind.ADMIN1:
            return self.kind in (Kind.ADMIN1, Kind.REGION)
        if cue is Kind.ADMIN2:
            # "Kwale County", "X district": a county or district is a first-level unit in
            # some countries (Kenya's counties), a second-level one in others
            return self.kind in (Kind.ADMIN2, Kind.ADMIN1)
        return cue is self.kind


@dataclass(frozen=True)
class Place:
    """A resolved place with all its mentions in the article."""

    candidate: Candidate
    confidence: float
    mentions: tuple[Mention, ...]
    # for a name the gazetteer lacks: the place that contains it ("Kasak in western
    # Nineveh"), whose geometry stands in for it; ``candidate`` then carries the name as
    # written at the container's point
    container: Candidate | None = None

    @property
    def id(self) -> str:
        return self.candidate.id

    @property
    def name(self) -> str:
        return self.candidate.name

    @property
    def literal(self) -> bool:
        """True when at least one mention names the place as a location."""
        return any(not m.associative for m in self.mentions)


@dataclass(frozen=True)
class Evidence:
    """The sentence of the article that justifies a role, with its offsets."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class RoleFeature:
    """One (place, layer) pair with the evidence and the words that decided it.

    ``status`` says more than the layer: a centre is ``proposed``, ``announced``,
    ``operating`` (reported open or running) or ``cancelled`` (shown with the proposed
    ones); a disputed area is ``disputed``. It is what a corpus timeline follows.
    """

    place: Place
    layer: Layer
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)
    cue: str = ""
    confidence: float = 0.0
    status: str = ""
    rule: str = ""  # the name of the role rule behind the cue ("range_claimed", ...)
