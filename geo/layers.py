"""GeoJSON layers: places and role features -> one RFC 7946 FeatureCollection.

One feature per (place, layer). Role features carry their evidence sentences and cue;
every other place mentioned goes to the ``place`` layer with the sentences that mention
it. Geometry rules:

- a centre in a town: Point at the town; located only by an admin-1 area or a country:
  Point at its representative point, ``approximate: true``;
- a disputed admin-1 area (or region): its Natural Earth polygon; a disputed district
  without a polygon: Point at its seat, ``approximate: true``;
- places in the ``place`` layer: polygons for areas with a known boundary, else Points.

Polygons come from ``data/derived/boundaries.geojson.gz``, already wound by the
right-hand rule (exterior counter-clockwise) and in lon/lat order, with no ``crs``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from geo.gazetteer import Gazetteer
from geo.sentences import sentence_at
from geo.types import Evidence, Kind, Layer, Place, Precision, RoleFeature

__all__ = ["PRECISION_OF_KIND", "display_name", "to_feature_collection"]

PRECISION_OF_KIND = {
    Kind.CITY: Precision.POINT,
    Kind.ADMIN2: Precision.ADMIN2,
    Kind.ADMIN1: Precision.ADMIN1,
    Kind.REGION: Precision.ADMIN1,
    Kind.COUNTRY: Precision.COUNTRY,
}
_MAX_PLACE_EVIDENCE = 5
# an evidence sentence longer than this is cut to this much text around the place's
# mention (a "sentence" of 1,500 names on one line was repeated whole in every feature:
# 11 MB of JSON from 15 kB); news sentences are far shorter (the longest in the test
# articles: 292 characters)
MAX_EVIDENCE_CHARS = 600


def display_name(place: Place) -> str:
    """The name as the article writes it most often (gazetteer spelling for demonyms)."""
    literal = [m.text for m in place.mentions
               if not m.associative and not m.country_hint and m.capital_of is None]
    if not literal:
        return place.name
    text, _ = Counter(literal).most_common(1)[0]
    # a dateline's "KIRKUK" is Kirkuk; an acronym ("DPRK": no vowel) stays as written
    spoken = text.isupper() and len(text) > 3 and any(v in text for v in "AEIOUY")
    return text.title() if spoken else text


def _point(place: Place) -> dict:
    return {"type": "Point", "coordinates": [place.candidate.lon, place.candidate.lat]}


def _geometry(place: Place, layer: Layer, gazetteer: Gazetteer) -> tuple[dict, bool]:
    """The geometry for a feature and whether it is approximate."""
    if place.container is not None:
        # a name the gazetteer lacks, at its container's point: the container's polygon
        # would draw a town (or Nagorno-Karabakh) as the whole province (or Azerbaijan)
        return _point(place), True
    kind = place.candidate.kind
    if layer in (Layer.ANNOUNCED_CENTER, Layer.PROPOSED_CENTER):
        return _point(place), kind is not Kind.CITY
    if place.candidate.has_boundary:
        shape = gazetteer.boundary(place.id)
        if shape is not None:
            return shape, False
    return _point(place), kind is not Kind.CITY or layer is Layer.DISPUTED_AREA


def _feature(place: Place, layer: Layer, evidence: Sequence[Evidence], cue: str,
             confidence: float, gazetteer: Gazetteer, date: str | None,
             status: str | None = None, rule: str | None = None) -> dict:
    geometry, approximate = _geometry(place, layer, gazetteer)
    cand = place.candidate
    return {
        "type": "Feature",
        "geometry": geometry,
        "properties": {
            "name": display_name(place),
            "gazetteer_name": cand.name,
            "layer": layer.value,
            "id": cand.id,
            "geonameid": cand.geonameid,
            "kind": cand.kind.value,
            "country": cand.country,
            "admin1": cand.admin1 or None,
            "confidence": confidence,
            "precision": PRECISION_OF_KIND[cand.kind].value,
            "approximate": approximate,
            "unresolved": place.container is not None,
            "container": place.container.name if place.container is not None else None,
            "mentions": [{"text": m.text, "start": m.start, "end": m.end,
                          "associative": m.associative} for m in place.mentions],
            "evidence": [_evidence(e, place) for e in evidence],
            "cue": cue,
            "status": status,
            "rule": rule,
            "date": date,
        },
    }


def _evidence(sentence: Evidence, place: Place) -> dict:
    """An evidence sentence as JSON; a very long one cut to MAX_EVIDENCE_CHARS around the
    place's first mention in it, at spaces, with offsets that still index the text."""
    text, start = sentence.sentence, sentence.start
    if len(text) > MAX_EVIDENCE_CHARS:
        at = next((m.start - start for m in place.mentions
                   if start <= m.start < sentence.end), 0)
        lo = max(0, min(at - MAX_EVIDENCE_CHARS // 2, len(text) - MAX_EVIDENCE_CHARS))
        hi = lo + MAX_EVIDENCE_CHARS
        if lo > 0 and " " in text[lo:at]:
            lo = text.index(" ", lo, at) + 1
        if hi < len(text) and " " in text[max(at, lo):hi]:
            hi = text.rindex(" ", max(at, lo), hi)
        text, start = text[lo:hi].strip(), start + lo
        start += len(sentence.sentence[lo:hi]) - len(sentence.sentence[lo:hi].lstrip())
    return {"sentence": text, "start": start, "end": start + len(text)}


def _mention_sentences(place: Place, sentences: list[Evidence], starts: list[int]
                       ) -> list[Evidence]:
    """The first sentences that mention ``place`` (at most _MAX_PLACE_EVIDENCE): each
    looked up by offset in ``starts`` (the sentences' start offsets, built once)."""
    found: dict[int, Evidence] = {}
    for m in place.mentions:
        s = sentence_at(sentences, m.start, starts)
        if s is not None:
            found.setdefault(s.start, s)
            if len(found) == _MAX_PLACE_EVIDENCE:
                break
    return list(found.values())


def to_feature_collection(places: Sequence[Place], roles: Sequence[RoleFeature],
                          sentences: list[Evidence], gazetteer: Gazetteer,
                          date: str | None = None) -> dict:
    """The article's layers as one FeatureCollection (role layers first)."""
    order = [Layer.ANNOUNCED_CENTER, Layer.PROPOSED_CENTER, Layer.DISPUTED_AREA]
    features = [
        _feature(r.place, r.layer, r.evidence, r.cue, r.confidence, gazetteer, date,
                 r.status, r.rule)
        for r in sorted(roles, key=lambda r: (order.index(r.layer),
                                              r.place.mentions[0].start))
    ]
    with_role = {r.place.id for r in roles}
    starts = [s.start for s in sentences]
    for place in places:
        if place.id in with_role:
            continue
        cue = "mentioned" if place.literal else "mentioned as an adjective or organisation"
        features.append(_feature(place, Layer.PLACE, _mention_sentences(place, sentences, starts),
                                 cue, place.confidence, gazetteer, date))
    return {"type": "FeatureCollection", "features": features}
