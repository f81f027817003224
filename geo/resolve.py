"""Toponym resolution: mentions -> :class:`~geo.types.Place` list.

Each distinct name in the document gets one sense ("one sense per discourse"), chosen by
a score over its gazetteer candidates:

- a prior from the kind of place and its population (countries and big cities first);
- cue words next to any of its mentions ("X province" -> admin-1, "district of X" ->
  admin-2, "city of X" -> populated place);
- document context: countries named or implied by demonyms, admin-1 areas named, a
  "Town, State" pattern, the other names of a coordinated list ("Arizona, California,
  Colorado and Georgia" are all states, not a town called California), and distance
  to the places the rest of the document resolves to.

Confidence is the softmax probability of the chosen candidate among the name's candidates.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from operator import attrgetter

from pyproj import Geod

from geo._spatial import AnchorGrid
from geo.gazetteer import CURATED_PREFIX, Gazetteer
from geo.normalize import COMPASS_WORDS, LIST_SEPARATOR, name_key
from geo.recognize import OTHER_NAME_GAP
from geo.types import Candidate, Evidence, Kind, Mention, Place
from geo.unresolved import place_unresolved

__all__ = ["resolve_mentions"]

_GEOD = Geod(ellps="WGS84")
_KIND_PRIOR = {Kind.COUNTRY: 4.0, Kind.REGION: 1.0, Kind.ADMIN1: 1.0, Kind.ADMIN2: 0.6}
_PRIMARY_NAME_BONUS = 1.0
_AREA_NAME_BONUS = 2.5
_MAJOR_TOWN = 100_000
_WORLD_CITY = 300_000
_UNKNOWN_POPULATION = 1_000
_CUE_BONUS = 3.0
_COUNTRY_BONUS = 2.0
_ADMIN1_BONUS = 1.0
_PAIR_BONUS = 3.0  # "Paris, Texas"
_NEAR_KM, _NEAR_BONUS = 250.0, 1.0
_REGION_KM, _REGION_BONUS = 800.0, 0.5
_ALIAS_KM = 20.0  # "Sinjar (Shingal)": one place; "Kirkuk (Dibis)" (40 km): a place in it
_LIST_BONUS = 1.5
_PAIR_COUNTRY_BONUS = 1.0  # "Nineveh and Anbar": see _apply_coordinated_pairs
_LIST_MIN_ITEMS = 3  # a run of two is a pair (_apply_coordinated_pairs)
_LIST_MAJORITY = 2 / 3  # of the list's other names, of one kind of place
_STRAY_KM, _STRAY_MIN_OTHERS, _STRAY_MAX_POPULATION = 3000.0, 3, 300_000
_ABROAD_KM = 1000.0  # see _without_namesakes_abroad
_GRID_FROM = 150  # names in a document: more, and the distance step uses a grid


@dataclass
class _Name:
    """All mentions of one normalised name, with its candidates and their scores."""

    key: str
    mentions: list[Mention]
    candidates: tuple[Candidate, ...]
    scores: list[float]

    def best(self) -> tuple[Candidate, float]:
        exps = [math.exp(s - max(self.scores)) for s in self.scores]
        i = max(range(len(self.scores)), key=self.scores.__getitem__)
        return self.candidates[i], exps[i] / sum(exps)


def _prior(c: Candidate, key: str, candidates: tuple[Candidate, ...]) -> float:
    if c.kind is Kind.CITY:
        # GeoNames gives many Syrian and Iraqi towns no population: unknown, not zero
        score = 0.5 * math.log10((c.population or _UNKNOWN_POPULATION) + 10)
    else:
        score = _KIND_PRIOR[c.kind]
    if name_key(c.name) != key and not c.id.startswith(CURATED_PREFIX):
        return score  # an alternate name; the project's own rows vouch for theirs
    if c.kind is Kind.CITY:
        return score + 0.2
    if _has_own_area_bonus(c, key, candidates):
        return score + _AREA_NAME_BONUS
    return score + _PRIMARY_NAME_BONUS


def _has_own_area_bonus(c: Candidate, key: str, candidates: tuple[Candidate, ...]) -> bool:
    """"Oregon", "Queensland": an area named by its own name gets the area-name bonus;
    unless a town inside it, or a big town of its country, has the same name ("Erbil",
    "Kirkuk", "Dublin")."""
    return (c.kind in (Kind.ADMIN1, Kind.REGION) and name_key(c.name) == key
            and not _has_namesake_town(c, key, candidates))


def _has_namesake_town(area: Candidate, key: str, candidates: tuple[Candidate, ...]) -> bool:
    """A town of the area's name inside it or big in its country, or a city of that name
    so big anywhere that news means it ("Gaza": the city, not Mozambique's province)."""
    # the town may be reached by another spelling ("Odessa": the oblast's own name, the
    # city's alternate), as long as the key names both
    return any(c.kind is Kind.CITY
               and ((c.country == area.country
                     and (c.admin1 == area.admin1 or c.population >= _MAJOR_TOWN))
                    # (abroad, by its own name: not "Entre Rios", a former name of
                    # Ribeirao Preto, against Argentina's province)
                    or (c.population >= _WORLD_CITY and name_key(c.name) == key))
               for c in candidates)



def _vague_region_first(key: str, candidates: tuple[Candidate, ...]
                        ) -> tuple[Candidate, ...]:
    """"Middle East", "Far East": a name of compass words only is the region when the
    gazetteer has one, never a hamlet or a neighbourhood of that name (Baltimore's
    "Middle East" in an article about US forces)."""
    if not set(key.split()) <= COMPASS_WORDS:
        return candidates
    regions = tuple(c for c in candidates if c.kind is Kind.REGION)
    return regions or candidates


def _group(mentions: Sequence[Mention], gazetteer: Gazetteer) -> dict[str, _Name]:
    names: dict[str, _Name] = {}
    for m in mentions:
        key = m.key
        candidates: tuple[Candidate, ...] = ()
        if m.country_hint:  # demonym: the country it names
            country = gazetteer.country(m.country_hint)
            if country is None:
                continue
            candidates = (country,)
            key = name_key(country.name)
        elif key not in names:  # (a name seen before keeps its candidates)
            candidates = _vague_region_first(key, gazetteer.candidates(key))
            if not candidates:
                continue
        if key not in names:
            names[key] = _Name(key, [], candidates,
                               [_prior(c, key, candidates) for c in candidates])
        names[key].mentions.append(m)
    return names


def _country_vote(name: _Name, top: Candidate) -> tuple[str, int] | None:
    """The country a name points the document to: a country, a state (it names its
    country too) or a name found in one country only; weighted by its mentions. A region
    of no one country ("the Middle East") points to none."""
    if not top.country:
        return None
    if top.kind in (Kind.COUNTRY, Kind.ADMIN1) or len({c.country for c in name.candidates}) == 1:
        return top.country, len(name.mentions)
    return None


def _apply_cues_and_context(names: dict[str, _Name], text: str | None) -> None:
    for name in names.values():
        # "in the Pacific", "across the Atlantic": a town is not written with "the"
        after_the = text is not None and any(text.endswith("the ", 0, m.start)
                                             for m in name.mentions)
        for i, c in enumerate(name.candidates):
            if any(m.cue and c.fits_cue(m.cue) for m in name.mentions):
                name.scores[i] += _CUE_BONUS
            if after_the and c.kind is Kind.REGION and not c.country:
                name.scores[i] += _CUE_BONUS
    tops = {key: name.best()[0] for key, name in names.items()}
    votes = {key: _country_vote(name, tops[key]) for key, name in names.items()}
    all_countries: Counter = Counter()
    for vote in votes.values():
        if vote is not None:
            all_countries[vote[0]] += vote[1]
    admin1 = Counter(top.admin1 for top in tops.values() if top.kind is Kind.ADMIN1 and top.admin1)
    # admin-1 codes of the towns names resolve to: "Oakland ... California"
    town_areas = Counter(top.admin1 for top in tops.values()
                         if top.kind in (Kind.CITY, Kind.ADMIN2))
    for key, name in names.items():
        # the other names only: a name must not confirm its own reading
        own = votes[key] or ("", 0)
        total = (sum(all_countries.values()) - own[1]) or 1
        own_town_area = tops[key].admin1 if tops[key].kind in (Kind.CITY, Kind.ADMIN2) else None
        for i, c in enumerate(name.candidates):
            votes_for = all_countries[c.country] - (own[1] if own[0] == c.country else 0)
            if votes_for:
                name.scores[i] += _COUNTRY_BONUS * min(1.0, 2 * votes_for / total)
            elif total > 1 and c.country and _has_own_area_bonus(c, key, name.candidates):
                # "Kurdistan" in an article about Iraq: the own-name bonus of Iran's
                # province must not outweigh the document's countries
                name.scores[i] -= _AREA_NAME_BONUS
            towns_in_area = town_areas[c.admin1] - (c.admin1 == own_town_area)
            # not "Odesa Oblast": the oblast must not make its own name the city in it
            own_area = tops[key].admin1 if tops[key].kind is Kind.ADMIN1 else None
            areas_named = admin1[c.admin1] - (c.admin1 == own_area)
            town_in_named_area = c.kind in (Kind.CITY, Kind.ADMIN2) and areas_named > 0
            area_of_named_town = (c.kind is Kind.ADMIN1 and bool(c.admin1)
                                  and towns_in_area > 0)
            if town_in_named_area or area_of_named_town:
                name.scores[i] += _ADMIN1_BONUS
    if text is not None:
        _apply_pairs(names, text)


def _apply_pairs(names: dict[str, _Name], text: str) -> None:
    """"Town, State" / "Town, Country": favour towns inside the area named after them."""
    by_start = {m.start: (name, m) for name in names.values() for m in name.mentions}
    for name in names.values():
        for m in name.mentions:
            nxt = by_start.get(m.end + 2)
            if nxt is None or text[m.end:m.end + 2] != ", ":
                continue
            area = nxt[0]
            for i, c in enumerate(name.candidates):
                if any((a.kind is Kind.ADMIN1 and a.admin1 and a.admin1 == c.admin1)
                       or (a.kind is Kind.COUNTRY and a.country == c.country)
                       for a in area.candidates if a.id != c.id):
                    name.scores[i] += _PAIR_BONUS


def _kind_class(kind: Kind) -> str:
    """What a list is a list of: countries, areas (states, provinces, regions) or towns
    and districts."""
    if kind is Kind.COUNTRY:
        return "country"
    return "area" if kind in (Kind.ADMIN1, Kind.REGION) else "local"


def _coordinated_lists(names: dict[str, _Name], text: str) -> list[list[_Name]]:
    """Runs of at least two mentions joined by ", " / "and" / "or"."""
    spans = sorted((m.start, m.end, name) for name in names.values() for m in name.mentions)
    lists: list[list[_Name]] = []
    run: list[tuple[int, int, _Name]] = []
    for span in [*spans, None]:
        if span is not None and run and LIST_SEPARATOR.fullmatch(text, run[-1][1], span[0]):
            run.append(span)
            continue
        if len(run) >= 2:
            lists.append([name for _, _, name in run])
        run = [span] if span is not None else []
    return lists


def _apply_lists(names: dict[str, _Name], text: str) -> None:
    """A name in a list of three or more takes the kind of place most of the list's other
    names are."""
    for items in _coordinated_lists(names, text):
        if len(items) < _LIST_MIN_ITEMS:
            continue
        kinds = [_kind_class(name.best()[0].kind) for name in items]
        counts = Counter(kinds)  # counted once per list, not once per item
        for j, name in enumerate(items):
            others = counts.copy()
            others[kinds[j]] -= 1
            kind, count = others.most_common(1)[0]
            if count < _LIST_MAJORITY * (len(items) - 1):
                continue
            for i, c in enumerate(name.candidates):
                if _kind_class(c.kind) == kind:
                    name.scores[i] += _LIST_BONUS


def _apply_coordinated_pairs(names: dict[str, _Name], text: str) -> None:
    """Of two names joined by "and", "or" or a comma, a minor town leans to the other
    one's country ("Nineveh and Anbar" in an article about Turkish towns: Al Anbar, Iraq,
    not the town of Ambar near them in Turkey). Run after the distance step, which is
    what pulled the town to the article's other places."""
    for items in _coordinated_lists(names, text):
        if len(items) == 2:
            _lean_to_partner_country(*items)


def _lean_to_partner_country(first: _Name, second: _Name) -> None:
    """Only a minor town leans: "Cairo and Washington", "Georgia and Moscow" stay apart."""
    tops = (first.best()[0], second.best()[0])
    for name, top, other in ((first, tops[0], tops[1]), (second, tops[1], tops[0])):
        if other.kind is Kind.COUNTRY or top.country == other.country \
                or top.kind not in (Kind.CITY, Kind.ADMIN2) or top.population >= _MAJOR_TOWN:
            continue  # "Iraq and Baghdad" is no pair of like places
        for i, c in enumerate(name.candidates):
            if c.country == other.country:
                name.scores[i] += _PAIR_COUNTRY_BONUS


def _apply_distance(names: dict[str, _Name]) -> None:
    """Favour candidates near where the rest of the document resolves to."""
    anchors = {key: name.best()[0] for key, name in names.items()}
    # a document with many names measures against a grid of its anchors (the same
    # answer, in bounded time per candidate: geo._spatial); a usual one against all
    grid = AnchorGrid([(k, a.lon, a.lat) for k, a in anchors.items()
                       if a.kind is not Kind.COUNTRY], _REGION_KM) \
        if len(anchors) > _GRID_FROM else None
    for key, name in names.items():
        if len(name.candidates) < 2:
            continue
        if grid is not None:
            nearest = [grid.nearest_km(c.lon, c.lat, key) for c in name.candidates]
        else:
            nearest = _nearest_km(name, [a for k, a in anchors.items()
                                         if k != key and a.kind is not Kind.COUNTRY])
        for i, nearest_km in enumerate(nearest):
            if nearest_km <= _NEAR_KM:
                name.scores[i] += _NEAR_BONUS
            elif nearest_km <= _REGION_KM:
                name.scores[i] += _REGION_BONUS


def _nearest_km(name: _Name, others: list[Candidate]) -> list[float]:
    """Per candidate of ``name``, the km to the nearest of ``others`` (every pair in one
    vectorised geodesic call)."""
    if not others:
        return [math.inf] * len(name.candidates)
    n, m = len(name.candidates), len(others)
    _, _, metres = _GEOD.inv([c.lon for c in name.candidates for _ in range(m)],
                             [c.lat for c in name.candidates for _ in range(m)],
                             [a.lon for a in others] * n, [a.lat for a in others] * n)
    return [min(metres[i * m:(i + 1) * m]) / 1000 for i in range(n)]


def _merge_parenthetical_aliases(places: dict[str, list], text: str | None) -> None:
    """"Sinjar (Shingal)": the name in brackets is the same place, if it is nearby."""
    if text is None:
        return
    ends = {m.end: pid for pid, (_, ms) in places.items() for m in ms}
    for pid, (cand, mentions) in list(places.items()):
        for m in list(mentions):
            if text[m.start - 2:m.start] != " (" or text[m.end:m.end + 1] != ")":
                continue
            outer = ends.get(m.start - 2)
            if outer is None or outer == pid or outer not in places:
                continue
            outer_cand = places[outer][0]
            _, _, metres = _GEOD.inv(cand.lon, cand.lat, outer_cand.lon, outer_cand.lat)
            if metres / 1000 <= _ALIAS_KM:
                places[outer][1].append(m)
                mentions.remove(m)
        if not mentions:
            del places[pid]


def resolve_mentions(mentions: Sequence[Mention], gazetteer: Gazetteer,
                     text: str | None = None,
                     sentences: Sequence[Evidence] | None = None) -> list[Place]:
    """Resolve every mention; mentions with no candidate are dropped, except names the
    recognizer found in a place slot, placed at their container (:mod:`geo.unresolved`).

    ``text`` (the article) enables the patterns that need the characters between
    mentions ("Town, State", "Sinjar (Shingal)") and the unresolved names; ``sentences``,
    the text's sentences if the caller has them (split here only when needed).
    """
    unresolved = [m for m in mentions if m.unresolved]
    capitals = [m for m in mentions if m.capital_of is not None]
    if unresolved or capitals:
        mentions = [m for m in mentions if not m.unresolved and m.capital_of is None]
    names = _group(mentions, gazetteer)
    _apply_cues_and_context(names, text)
    if text is not None:
        _apply_lists(names, text)
    _apply_distance(names)
    if text is not None:
        _apply_coordinated_pairs(names, text)
    places: dict[str, list] = {}
    chosen: dict[str, tuple[Candidate, float]] = {}
    for name in names.values():
        cand, confidence = name.best()
        places.setdefault(cand.id, [cand, []])[1].extend(name.mentions)
        prev = chosen.get(cand.id)
        chosen[cand.id] = (cand, max(confidence, prev[1] if prev else 0.0))
    _merge_parenthetical_aliases(places, text)
    result = [Place(cand, round(chosen[pid][1], 3),
                    tuple(sorted(ms, key=lambda m: m.start)))
              for pid, (cand, ms) in places.items()]
    result = _without_strays(result)
    if text is not None:
        result = _namesakes_abroad_placed(result, text, sentences)
    if capitals:
        result = _with_capitals(result, capitals, gazetteer)
    if unresolved and text is not None:
        unresolved, result = _short_forms_of_known_names(unresolved, result)
        unresolved, result = _joined_to_the_place_they_rename(unresolved, result, text)
        result = _with_short_forms_joined(result + place_unresolved(unresolved, result, text,
                                                                    sentences))
    return sorted(result, key=lambda p: p.mentions[0].start)


def _with_mentions(place: Place, more: list[Mention]) -> Place:
    """The place with ``more`` mentions joined to its own, in text order."""
    return replace(place, mentions=tuple(sorted((*place.mentions, *more),
                                                key=attrgetter("start"))))


def _short_forms_of_known_names(unresolved: list[Mention], places: list[Place]
                                ) -> tuple[list[Mention], list[Place]]:
    """Unresolved names that are a known name of the article without its noun ("the
    Cristo Redentor pass ... the Cristo Redentor crossing") join that place as mentions;
    returns the names still unresolved and the places."""
    by_prefix: dict[str, int] = {}
    for i, place in enumerate(places):
        for m in place.mentions:
            head = m.key.rpartition(" ")[0]
            if head and m.text.rpartition(" ")[2].islower():  # "pass", "triangle"
                by_prefix.setdefault(head, i)
    if not by_prefix:
        return unresolved, places
    return _joined(unresolved, places, lambda m: by_prefix.get(m.key))


def _joined_to_the_place_they_rename(unresolved: list[Mention], places: list[Place],
                                     text: str) -> tuple[list[Mention], list[Place]]:
    """Unresolved names in brackets right after a place's mention ("Padborg (Pattburg)",
    "Greater Hanish (Hanish al-Kabir in Arabic)") or given as its other name ("X, also
    known as Y") are that place by another name: they join it as mentions; returns the
    names still unresolved and the places."""
    by_end = {m.end: i for i, place in enumerate(places) for m in place.mentions}
    ends = sorted(by_end)

    def renamed(m: Mention) -> int | None:
        # the last place ending before the name (or the one before it, past a demonym),
        # if only such words lie between
        k = bisect_right(ends, m.start) - 1
        return next((by_end[ends[j]] for j in (k, k - 1)
                     if j >= 0 and OTHER_NAME_GAP.fullmatch(text, ends[j], m.start)), None)

    return _joined(unresolved, places, renamed)


def _joined(unresolved: list[Mention], places: list[Place],
            place_of: Callable[[Mention], int | None]) -> tuple[list[Mention], list[Place]]:
    """Each unresolved mention that ``place_of`` gives a place (its index) for joins that
    place as a resolved mention; returns the mentions still unresolved and the places."""
    joined: dict[int, list[Mention]] = {}
    left = []
    for m in unresolved:
        if (at := place_of(m)) is not None:
            joined.setdefault(at, []).append(replace(m, unresolved=False))
        else:
            left.append(m)
    if not joined:
        return unresolved, places
    return left, [_with_mentions(p, joined[i]) if i in joined else p
                  for i, p in enumerate(places)]


def _with_short_forms_joined(places: list[Place]) -> list[Place]:
    """Two names the gazetteer lacks, one the other's short form with the same first and
    last words ("Isla Suarez" ... "Isla Nicolas Suarez"), are one place: the short form's
    mentions join the long form's."""
    stand_ins = [p for p in places if p.container is not None]
    if len(stand_ins) < 2:
        return places
    words = {p.id: p.candidate.name.lower().split() for p in stand_ins}
    into: dict[str, str] = {}
    for short in stand_ins:
        sw = words[short.id]
        for long in stand_ins:
            lw = words[long.id]
            if long is short or len(sw) < 2 or len(lw) <= len(sw) \
                    or sw[0] != lw[0] or sw[-1] != lw[-1] or not _subsequence(sw, lw):
                continue
            into[short.id] = long.id
            break
    if not into:
        return places
    extra: dict[str, list[Mention]] = {}
    for p in places:
        if p.id in into:
            extra.setdefault(into[p.id], []).extend(p.mentions)
    return [_with_mentions(p, extra[p.id]) if p.id in extra else p
            for p in places if p.id not in into]


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(word in it for word in short)


def _namesakes_abroad_placed(places: list[Place], text: str,
                            sentences: Sequence[Evidence] | None) -> list[Place]:
    """The namesakes abroad (see _without_namesakes_abroad) placed like names the
    gazetteer lacks, at the place their sentence names; one that nothing contains is left
    as it was."""
    kept, abroad = _without_namesakes_abroad(places)
    if not abroad:
        return places
    placed = place_unresolved([replace(m, unresolved=True) for p in abroad for m in p.mentions],
                              kept, text, sentences)
    moved = {m.key for p in placed for m in p.mentions}
    return [*kept, *placed, *(p for p in abroad if p.mentions[0].key not in moved)]


def _with_capitals(places: list[Place], capitals: list[Mention], gazetteer: Gazetteer
                   ) -> list[Place]:
    """"the Iraqi capital" is Baghdad; "the capital" is the capital of the country the
    article names most (its places' countries, weighted by mentions); none: dropped."""
    in_play: Counter = Counter()
    for p in places:
        if p.candidate.country:
            in_play[p.candidate.country] += len(p.mentions)
    by_id = {p.id: p for p in places}
    for m in capitals:
        code = m.capital_of or (in_play.most_common(1)[0][0] if in_play else "")
        city = gazetteer.capital(code) if code else None
        if city is None:
            continue
        old = by_id.get(city.id)
        by_id[city.id] = Place(city, old.confidence if old else 0.8,
                               tuple(sorted([*(old.mentions if old else ()), m],
                                            key=lambda x: x.start)))
    return list(by_id.values())


def _without_namesakes_abroad(places: list[Place]) -> tuple[list[Place], list[Place]]:
    """The places less the namesakes abroad, and those: a town (under _STRAY_MAX_POPULATION)
    in a country no other place of the article is in, over _ABROAD_KM from every one of
    them ("Shwan", a sub-district of Kirkuk the gazetteer lacks, read as Schwaan in
    Germany in "wounded in Shwan, near Kirkuk"). Their mentions are placed like names the
    gazetteer lacks (:mod:`geo.unresolved`), at the place their sentence names."""
    context = [p.candidate for p in places if p.candidate.kind is not Kind.REGION
               and not all(m.associative for m in p.mentions)]
    countries = Counter(c.country for c in context)
    kept: list[Place] = []
    abroad: list[Place] = []
    for place in places:
        c = place.candidate
        others = [o for o in context if o is not c]
        if (c.kind not in (Kind.CITY, Kind.ADMIN2) or c.population >= _STRAY_MAX_POPULATION
                or not others or countries[c.country] > 1 or place.literal is False):
            kept.append(place)
            continue
        _, _, metres = _GEOD.inv([c.lon] * len(others), [c.lat] * len(others),
                                 [o.lon for o in others], [o.lat for o in others])
        (abroad if min(metres) > _ABROAD_KM * 1000 else kept).append(place)
    return kept, abroad


def _without_strays(places: list[Place]) -> list[Place]:
    """The places less the strays: a town (not a country, area or big city) in a country
    no other place of the document is in, over _STRAY_KM from every one of at least
    _STRAY_MIN_OTHERS other places. It is most likely a local place the gazetteer lacks
    matched to a namesake abroad (a border crossing "Morina" in Albania-Kosovo news
    matched to Morena, India) or a word that is no place ("Most", Czechia): on LGL and
    GeoVirus 186 of 191 such mentions are not gold toponyms, 3 are wrong, 2 right."""
    context = [p.candidate for p in places if p.candidate.kind is not Kind.REGION
               and not all(m.associative for m in p.mentions)]
    if len(context) <= _STRAY_MIN_OTHERS:
        return places
    countries = Counter(c.country for c in context)
    in_context = set(context)  # a set: "c in context" on the list was quadratic
    kept = []
    for place in places:
        c = place.candidate
        if (c.kind is not Kind.CITY and c.kind is not Kind.ADMIN2) \
                or c.population >= _STRAY_MAX_POPULATION \
                or countries[c.country] > (1 if c in in_context else 0):
            kept.append(place)
            continue
        others = [o for o in context if o is not c]
        _, _, metres = _GEOD.inv([c.lon] * len(others), [c.lat] * len(others),
                                 [o.lon for o in others], [o.lat for o in others])
        if len(others) < _STRAY_MIN_OTHERS or min(metres) <= _STRAY_KM * 1000:
            kept.append(place)
    return kept

