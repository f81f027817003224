"""Roles: what the article says about each place (announced / proposed centre, disputed).

Rules, sentence by sentence (no place names or known sentences in them):

1. A *centre reference* is a centre/room/office/cell/base/facility/headquarters/
   mechanism/station noun qualified as joint, coordination, operations, command,
   security, binational, shared or NATO ("two joint coordination centers", "the
   headquarters of the joint brigade") or in a sentence that sets it up between
   governments ("under an agreement between Rome and Tirana", "after signing the
   agreement with her counterpart", "Albania, Italy sign deal on migrant centres", "the
   ministers agreed to create"), or, once the article has such a reference, a bare
   "centre"/"facility"/"room"/"headquarters", the same noun again ("a third office"
   after "a joint liaison office") or "another one" ("The Kirkuk centre").
   City, shopping, health, detention... centres, someone's office ("the minister's
   office") and "the centre of" never count.
2. A centre's *locations* are the places named right before the noun ("the Kirkuk
   centre") or in the coordinated list that follows "in"/"at" shortly after it
   ("centres ... in Diyala, Makhmour, Mosul and Kirkuk", "one in Baghdad and one in
   Erbil", "in the divided town of Mitrovica"), plus "similar agreements (rooms...)
   for X" (always proposed); failing those, "based there" / "set up in the district"
   (the place named before), "the Erbil-based centre", places given as examples ("such
   as in the provinces of A and B"), shares after a colon, semicolon or dash ("five
   bases in Armenia: two of them in Syunik — in A and B; one each in ..."), and towns
   whose predicate is a facility's state ("A, B and C are up and running, while D is
   still being developed") in a sentence that names a place named before with a
   centre (``site_state``). Never a sea, a river or a continent. An article about a
   joint centre that no sentence places has it where its headline (a line of its own)
   says the story happens, a town or site, not an event's venue (``headline_site``:
   "25 years of cross-border police cooperation in Kehl").
3. The *status* comes from the cue words of the clause: a proposal word before the noun
   ("discussed opening", "plan to set up") or right after it ("are planned") makes it
   proposed; otherwise an agreement/opening word makes it announced, unless negated
   ("has not agreed to open"). A centre that is the subject of its clause takes the
   last event of the clause ("was closed ... and reopened"; "is expected to open" is a
   proposal). A reference with no cue takes the previous reference's status. A list in
   a person's reported claim ("<Name> recently said that ...") is proposed.
   Cancellation words make it cancelled, which keeps a place out of the announced layer.
   A definite centre with no cue at all ("the centre in Cotonou will coordinate ...") is
   one the article takes as existing; a decision stays a decision when a plan for its
   running follows ("were approved ... and are meant to be up and running by July").
4. Across the article, announced wins over proposed unless a cancellation is reported.
5. A *disputed area* is a place the article calls disputed (or contested): "disputed
   areas such as
   A, B and C", "the disputed areas of A", "A and other disputed territories",
   "A is one of the disputed territories",
   "one of the disputed territories, the ... district of A", "disputed A". Places after
   "disputed by" are the parties, not the areas. Or a place a named party claims ("China
   claims the whole of A", "A, which both sides claim", "Pakistan's claim to A") or that
   a dispute is about ("the dispute over A", "A and B are among the areas X and Y
   dispute"); a claimed attack or a claim that something is so is no territorial claim.
   Also: the members of a disputed extent past its parties ("areas disputed between the
   two governments around A, B and C", "..., which take in A and parts of B"), a dispute
   about a named group ("the dispute over the three islands, A, B and C"), quarrels, rows
   and wars over a place (not over "the Kirkuk centre" or "Kirkuk's budget"), annexed and
   occupied territories ("Russia's annexation of Crimea", "the Israeli-occupied Golan
   Heights"), "X, whose independence Y does not recognise", "considers X part of its
   territory", and anaphors resolved by :mod:`geo._discourse` ("claims sovereignty over
   the area": the headline's area first). And a territory a sourced public list records
   as disputed (:mod:`geo.known_disputes`: Article 140 districts, Wikipedia's list of
   territorial disputes) where its own sentence speaks of a territorial dispute ("security
   in Makhmour and Sinjar and the disputed areas", "Iran's occupation of the islands"),
   unless the place is only a reference point, a party, a container or the name of a
   thing there. And a territory two parties call by two names ("which Japanese call the
   Senkaku and Chinese the Diaoyu").

The rules read a sentence view (``geo._role_view.SentenceView``: the sentence, its place
mentions and, built once, its tokens, clauses and coordinated place lists from
:mod:`geo.syntax`) and a small discourse memory kept here across sentences: the last
status said of a centre, the places named before (for "the disputed city", "lay claim to
the region"), a centre's acronym. The centre rules are in :mod:`geo._centre_nouns` (which
nouns name a joint centre), :mod:`geo._centre_rules` (where it is) and
:mod:`geo._centre_status` (what is said of it), the disputed-area rules in
:mod:`geo._dispute_rules`; every finding carries the name of the
construction that found it (``rule`` in the output). This module merges the findings of
an article into role features (one per place and layer), and folds the country or
province of centres placed later in a finer place (``container_of_centre``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from geo._centre_nouns import centre_nouns, centre_references
from geo._centre_rules import SITE_STATE_WORDS, centre_findings, site_state_findings
from geo._discourse import antecedent, is_macro_region, is_water
from geo._dispute_rules import (
    DISPUTED_NOUN_WORDS,
    TERRITORIAL_WORDS,
    TOWNS_OF_AN_EXTENT,
    along_with_findings,
    anaphor_findings,
    annexation_findings,
    cession_findings,
    claim_anaphor_findings,
    claimed_findings,
    described_findings,
    disputed_findings,
    disputed_nouns_of,
    dual_naming_findings,
    extent_list_findings,
    group_members_findings,
    known_territory_findings,
    members_findings,
    named_as_findings,
    named_group_findings,
    names_the_extent,
    non_recognition_findings,
    one_of_those_findings,
    own_claim_findings,
    part_of_territory_findings,
    predicate_findings,
    pronoun_findings,
    range_findings,
    same_goes_for_findings,
    status_of_findings,
    subject_extent_findings,
    territorial_claim_findings,
)
from geo._role_view import (
    COUNT_WORD,
    NO_CUE,
    OPERATING_CUE,
    Finding,
    SentenceView,
    Status,
    find_all,
    lower_text,
)
from geo.known_disputes import known_disputed
from geo.sentences import sentence_at, split_sentences
from geo.types import Evidence, Kind, Layer, Mention, Place, RoleFeature
from geo.unresolved import PLACED_IN

__all__ = ["Status", "assign_roles"]

_DEMONSTRATIVE_NOUN = re.compile(rf"\b(?:that|this|these|those|the\s+{COUNT_WORD})\s+(?P<noun>"
                                 + "|".join(sorted({*DISPUTED_NOUN_WORDS, *TOWNS_OF_AN_EXTENT}))
                                 + r")\b")

# Words of a territory's status besides "disputed", "contested" and "claim", which the
# article is searched for anyway (the tokens geo._dispute_rules.predicate_findings reads)
# other words for a dispute ("quarrels over X", "a row over X"), each read by the
# "dispute over" rule of geo._dispute_rules.claimed_findings
_QUARREL_WORDS = ("quarrel", "feud", "wrangl", "tussle", "standoff", "spat ", " row ", "at odds",
                  " rows ", " war over", " wars over", "conflict over", "conflicts over",
                  "fought ", "off over", "over who ")

# the plural nouns of one disputed extent, any of which a later "those areas" may use
_PLURAL_EXTENTS = frozenset(["areas", "territories", "regions"])

_STATUS_WORDS = (*(w for w in TERRITORIAL_WORDS if w not in ("disputed", "contested", "claimed")),
                 # "X has been a bone of contention between A and B"
                 "bone of contention", "point of contention", "sore point",
                 # "our sovereign rights to the Halayeb Triangle" (a listed territory)
                 "sovereign rights")

# "illegally seized the islands": a seizure the article calls unlawful is an annexation
_UNLAWFUL_WORDS = ("illegally", "unlawfully")
# words whose presence in a sentence lets a claim rule fire ("the dispute over X")
# "part of its territory", "an integral part of India": a party's own claim
_PART_OF_WORDS = ("part of its", "part of their", "integral part", "inalienable part",
                  "inseparable part",
                  # "regards Kosovo as its southern province"
                  "as its ", "as their ")
_CLAIM_TRIGGERS = frozenset(["claim", "dispute", "contesting", "contests", "contested the",
                             "whose ownership", "whose sovereignty", "being contested",
                             "of contention", "of friction",
                             "been contested", "being disputed", "been disputed",
                             "are contested", "are disputed", "is contested", "is disputed",
                             "disputed the", "struggle", "tug-of-war", "recogni", "annex",
                             "-occupied", *_PART_OF_WORDS, *_QUARREL_WORDS, *_UNLAWFUL_WORDS,
                             # "vowed to win back the Kalapani ... territories"
                             "win back", "won back"])
# "Sokhumi gave Aibga to Moscow", "villages that Nigeria handed to Cameroon"
_CESSION_WORDS = ("handed", "hands ", "hand ", "cede", "transfer", "gave ", "gives ", "give ")
# "a map showing A and B as part of its territory / as Nepalese territory"
_SHOWN_AS_WORDS = ("as part of", " territory")
# "which Japanese call the Senkaku and Chinese call the Diaoyu": a second name
_NAMING_WORDS = ("call the", "calls the")
# every word looked for in the article's sentences before any rule runs
_TRIGGER_WORDS = tuple(dict.fromkeys(["disputed", "contested", "both", "similar", "belong",
                                      "occup",  # "its occupation of X" (a listed territory)
                                      "rights",  # "its legitimate rights over X"
                                      # "whether Ireland or the United Kingdom owns X"
                                      " owns ",
                                      *_NAMING_WORDS, *SITE_STATE_WORDS, *_CESSION_WORDS,
                                      *_CLAIM_TRIGGERS, *_STATUS_WORDS, *_SHOWN_AS_WORDS]))

# the other words that let a sentence give a place a role (besides the claim, status and
# naming words and the centre references, read apart)
_OTHER_ROLE_WORDS = frozenset(["similar", "belong", "occup", "rights", " owns ",
                               *_CESSION_WORDS, *_SHOWN_AS_WORDS])

# a name that says it is an administrative unit: "Falaba District", "Faranah Prefecture"
_UNIT_NAMED = re.compile(r"\s(?:[Dd]istrict|[Pp]refecture|[Cc]ounty|[Pp]rovince|[Gg]overnorate|"
                         r"[Rr]egion|[Mm]unicipality|[Rr]egency)$")

# "will be opened": to come, not open yet (an announced centre, not an operating one)
_FUTURE_AUX = re.compile(r"\b(?:will|would|shall|to)\s+be\s+\w+$|\b(?:will|would|shall)\s+\w+$")


class _Containment:
    """Which of the article's places contains which: ``contains(outer, inner)`` is true
    when the town or district ``inner`` lies in the country or admin-1 area ``outer``."""

    def __init__(self, places: dict[str, Place], text: str = "") -> None:
        self._places = places
        # (place, name the gazetteer lacks) where the text says "<name> in <place>", the
        # place being its container or a district the text calls one ("Koindukura, in
        # Falaba District": a district the gazetteer lacks as well)
        starts = {m.start: pid for pid, p in places.items() for m in p.mentions}
        self._placed_in = {(outer, pid) for pid, p in places.items()
                           if p.container is not None for m in p.mentions
                           if (gap := PLACED_IN.match(text, m.end)) is not None
                           and (outer := starts.get(gap.end(), pid)) != pid
                           and (outer == p.container.id or _UNIT_NAMED.search(
                               places[outer].mentions[0].text) is not None)}

    def is_country(self, pid: str) -> bool:
        # (a name the gazetteer lacks, placed at its country, is a town there)
        return self._places[pid].container is None \
            and self._places[pid].candidate.kind is Kind.COUNTRY

    def is_scope(self, pid: str) -> bool:
        """A sea or a region of no one country: what a centre covers, not where it is."""
        return is_water(self._places[pid]) or is_macro_region(self._places[pid])

    def is_area(self, pid: str) -> bool:
        """Can this place contain others at all (a country or an admin-1 area)?"""
        # (a name the gazetteer lacks, placed at its province, is a town there)
        return self._places[pid].container is None \
            and self._places[pid].candidate.kind in (Kind.COUNTRY, Kind.ADMIN1)

    def named_in(self, pid: str, sentence: Evidence) -> bool:
        """Does the sentence name the place ("based in Jinghong, Yunnan province": the
        finer place's sentence gives the container as where it is)?"""
        return any(sentence.start <= m.start < sentence.end
                   for m in self._places[pid].mentions)

    def same_country(self, one: str, other: str) -> bool:
        return self._places[one].candidate.country == self._places[other].candidate.country

    def contains(self, outer: str, inner: str) -> bool:
        o, i = self._places[outer].candidate, self._places[inner].candidate
        if (outer, inner) in self._placed_in:
            return True  # "PLBN Aruk in Sambas": an unknown name placed at the town after it
        # a name the gazetteer lacks, placed at its container, is a town inside it
        inner_kind = Kind.CITY if self._places[inner].container is not None else i.kind
        if inner_kind is Kind.ADMIN1 and o.kind is Kind.COUNTRY:
            inner_kind = Kind.ADMIN2  # "in Plav, Montenegro": a municipality in its country
        if inner_kind not in (Kind.CITY, Kind.ADMIN2) or o.country != i.country \
                or outer == inner or self._places[outer].container is not None:
            return False  # (an unknown name placed at its province holds no other place)
        return o.kind is Kind.COUNTRY or (o.kind is Kind.ADMIN1 and bool(o.admin1)
                                          and o.admin1 == i.admin1)


def _folded_containers(findings: list[Finding], containment: _Containment, title_end: int,
                       headline_only: bool = False) -> list[Finding]:
    """container_of_centre: a country or province given as a centre's place, when a later
    reference back to the centre gives a finer place inside it ("a joint centre in Idlib
    province. The centre will be based near Saraqib"), when it is the place of several
    centres that later references place inside it ("two centres in Albania ... a centre in
    Shengjin"), when the headline gives the finer place ("Intelligence centre in Calais
    ..." then "has opened in France") or, for a headline on its own line
    (``headline_only``), when only the headline gives the container and the body a finer
    place ("Centre opens in Azerbaijan" then "near the village of X in Aghdam district"),
    is where the centres are, not another centre: what is said of it is said of the finer
    places. So is a container the finer place's own sentence names as where it is ("a
    centre in Yunnan province" ... "based in Jinghong, Yunnan province"). Places of one
    list ("in Duhok and another in Zakho") and a new centre after a place's own ("more
    centres in Nineveh ... also asked for a centre in Sinjar") are not folded."""
    by_place: dict[str, list[Finding]] = {}
    for f in findings:
        if f.status != Status.DISPUTED and f.place_id:
            by_place.setdefault(f.place_id, []).append(f)
    # container -> the finer place a headline gives it, whose centre its reports are about
    # (None: folded, its reports dropped: they are the finer places' own ones again)
    folded: dict[str, str | None] = {}
    for outer in [pid for pid in by_place if containment.is_area(pid)]:
        refs = {f.ref for f in by_place[outer]}
        first = min(refs)
        several = all(f.several for f in by_place[outer])
        # sentences where the container is a centre's place itself ("The Duhok centre
        # was postponed, while the Zakho centre opened"): there it names no container
        own_sentences = {f.evidence.start for f in by_place[outer]}
        inners = [(inner, f) for inner, inner_findings in by_place.items()
                  if containment.contains(outer, inner)
                  for f in inner_findings if f.ref not in refs]
        headline = [inner for inner, f in inners if f.ref < title_end <= first]
        if headline:
            folded[outer] = headline[0]
        elif (inners and containment.is_country(outer)) \
                or any(f.ref > first and (f.definite or several) for _, f in inners) \
                or any(containment.named_in(outer, f.evidence)
                       and f.evidence.start not in own_sentences for _, f in inners) \
                or (headline_only and max(refs) < title_end
                    and any(f.ref >= title_end for _, f in inners)):
            folded[outer] = None  # a later reference, or the body, gives the finer place
    out = []
    for f in findings:
        if f.status == Status.DISPUTED or f.place_id not in folded:
            out.append(f)
        elif (inner := folded[f.place_id]) is not None:
            out.append(f._replace(place_id=inner))
    return out


def _named(findings: list[Finding], rule: str) -> list[Finding]:
    """The findings of one of the regex rule families, with its name."""
    return [f._replace(rule=rule) for f in findings]


# The end of something that ran: closed, shut down, wound up ("suspended" or "halted" may
# stop a plan, so they close a centre only one that the article reports running)
_ENDED = re.compile(r"\b(?:closed(?!\s+doors)|shut\s+down|dismantled|disbanded|dissolved|"
                    r"wound\s+up|"
                    r"winds?\s+up|winding\s+up|ceased|brought\s+(?:its|their)\s+work|"
                    r"ended\s+(?:its|their))")
_STOPPED = re.compile(r"\b(?:suspend\w*|halted|frozen)")


def _closes_a_running_centre(cancel: Finding, items: list[Finding]) -> bool:
    cue = cancel.cue.lower()
    if _ENDED.search(cue):
        return True
    # "opened in 2019 and was suspended in May": its own sentence, or another, has it run
    return bool(_STOPPED.search(cue)) and (
        OPERATING_CUE.search(cancel.evidence.sentence.lower()) is not None
        or any(f.status == Status.ANNOUNCED and OPERATING_CUE.search(f.cue.lower())
               for f in items))


def _merge(findings: list[Finding], places: dict[str, Place]) -> list[RoleFeature]:
    """One feature per (place, layer); announced wins unless a cancellation is reported."""
    by_place: dict[str, list[Finding]] = {}
    for f in findings:
        by_place.setdefault(f.place_id, []).append(f)
    features: list[RoleFeature] = []
    for pid, items in by_place.items():
        statuses = {f.status for f in items}
        closing = [f for f in items if f.status == Status.CANCELLED
                   and _closes_a_running_centre(f, items)]
        if closing:
            # "the joint centre in Aghdam wound up its work": it ran, then closed
            features.append(_feature(places[pid], Layer.ANNOUNCED_CENTER,
                                     closing + [f for f in items if f.status in
                                                (Status.ANNOUNCED, Status.PROPOSED)],
                                     Status.CLOSED))
        elif Status.ANNOUNCED in statuses and Status.CANCELLED not in statuses:
            announced = [f for f in items if f.status == Status.ANNOUNCED]
            operating = any(OPERATING_CUE.search(f.cue.lower())
                            and not _FUTURE_AUX.search(f.cue.lower()) for f in announced)
            features.append(_feature(places[pid], Layer.ANNOUNCED_CENTER, announced,
                                     Status.OPERATING if operating else Status.ANNOUNCED))
        elif statuses - {Status.DISPUTED}:
            # the cancellation's sentence and cue first
            centre = [f for f in items if f.status == Status.CANCELLED] + \
                     [f for f in items if f.status in (Status.PROPOSED, Status.ANNOUNCED)]
            features.append(_feature(places[pid], Layer.PROPOSED_CENTER, centre,
                                     Status.CANCELLED if Status.CANCELLED in statuses
                                     else Status.PROPOSED))
        if Status.DISPUTED in statuses:
            features.append(_feature(places[pid], Layer.DISPUTED_AREA,
                                     [f for f in items if f.status == Status.DISPUTED],
                                     Status.DISPUTED))
    return features


def _feature(place: Place, layer: Layer, findings: list[Finding], status: str
             ) -> RoleFeature:
    evidence = {f.evidence.start: f.evidence for f in reversed(findings)}  # first one kept
    best = max(findings, key=attrgetter("confidence"))  # the first of the most confident
    corroboration = min(0.1, 0.05 * (len(evidence) - 1))
    return RoleFeature(place, layer, tuple(evidence[k] for k in sorted(evidence)),
                       cue=best.cue, confidence=round(min(1.0, best.confidence
                                                          + corroboration), 3),
                       status=status, rule=best.rule)


def _mention_start(item: tuple[Mention, str]) -> int:
    return item[0].start


def _word_offsets(lower: str, sentences: list[Evidence], starts: list[int],
                  words: Sequence[str]) -> dict[int, list[tuple[int, str]]]:
    """Where each of ``words`` occurs, by the start of its sentence, as (offset in the
    sentence, word) in text order: one str.find pass per word over the article."""
    found: dict[int, list[tuple[int, str]]] = {}
    for word in words:
        for i in find_all(lower, word):
            if word == "dispute" and lower.startswith("d", i + 7):
                continue  # the "dispute" of every "disputed": found as that word
            sentence = sentence_at(sentences, i, starts)
            if sentence is not None and i + len(word) <= sentence.end:
                found.setdefault(sentence.start, []).append((i - sentence.start, word))
    for offsets in found.values():
        offsets.sort()
    return found


def _refers_back(lower: str, sentence: Evidence, nouns: set[str]) -> bool:
    """"that zone", "these areas": the sentence points back to an extent called disputed."""
    return any(names_the_extent(m["noun"], nouns)
               for m in _DEMONSTRATIVE_NOUN.finditer(lower, sentence.start, sentence.end))


@dataclass
class _Memory:
    """What the dispute rules remember across sentences: the places (``by_id``, ``pids``
    in the order the article names them), the headline's places (``topic``) and the
    nouns called disputed so far ("a disputed zone": a later "that zone" is disputed)."""

    by_id: dict[str, Place]
    pids: list[str]
    topic: tuple[str, ...]
    disputed_nouns: set[str] = field(default_factory=set)
    subject: str | None = None  # the place that opened the last sentence ("Kirkuk lies...")
    # the ids of the places a public list records as disputed (geo.known_disputes)
    known: frozenset[str] = frozenset()


def _disputed_marks(offsets: list[tuple[int, str]], lower: str, at: int) -> list[int]:
    """Where a sentence (starting at ``at`` in the article's ``lower`` text) calls something
    disputed: "disputed", "contested", and the "dispute" of "the territories in dispute"."""
    return [i for i, word in offsets if word in ("disputed", "contested")
            or (word == "dispute" and lower.endswith(" in ", 0, at + i))]


def _dispute_findings(view: SentenceView, words: set[str], marks: list[int],
                      first: int, memory: _Memory, subject: str | None, *,
                      claimed: bool, territorial: bool) -> list[Finding]:
    """The disputed-area rules a sentence's words can trigger (``marks``: see
    _disputed_marks; ``first``: the index of its first place in ``memory.pids``)."""
    found: list[Finding] = []
    has_places = bool(view.spans)
    disputed = bool(marks)
    if disputed:
        nouns = disputed_nouns_of(view.lower, marks)
        # "the disputed territories ... those areas": one extent, named either way
        memory.disputed_nouns |= nouns | (_PLURAL_EXTENTS if nouns & _PLURAL_EXTENTS else set())
        found += _named(disputed_findings(view, marks), "disputed_phrase")
        found += extent_list_findings(view, marks)
        found += members_findings(view, marks)
        found += subject_extent_findings(view, marks)
        found += named_as_findings(view, marks)
        found += pronoun_findings(view, subject)
        found += anaphor_findings(view, marks, memory.by_id, memory.pids, first, memory.topic)
    if claimed:
        found += _named(claimed_findings(view), "claimed_or_dispute_over")
    if territorial and has_places:
        remembered = frozenset(memory.disputed_nouns)
        found += predicate_findings(view, memory.by_id, remembered)
        if remembered:
            found += group_members_findings(view, remembered)
            found += one_of_those_findings(view, remembered)
        if not disputed and remembered:  # "those areas have lacked ... from A to B"
            found += subject_extent_findings(view, [], remembered)
    if disputed or claimed:
        found += range_findings(view)
        found += status_of_findings(view)
    if disputed or claimed or "belong" in words:  # "whether X belongs to A or B"
        found += described_findings(view)
    if claimed or "sovereignty" in words:
        found += named_group_findings(view)
    if "claim" in words:
        found += _named(territorial_claim_findings(view), "territorial_claim")
    if claimed or "sovereignty" in words:
        found += claim_anaphor_findings(view, memory.by_id, memory.pids, first, memory.topic)
    if "recogni" in words:
        found += non_recognition_findings(view)
    if not words.isdisjoint(_CESSION_WORDS) and len(view.spans) >= 3:
        found += cession_findings(view)
    if (not words.isdisjoint(_PART_OF_WORDS) or not words.isdisjoint(_SHOWN_AS_WORDS)) \
            and has_places:
        found += part_of_territory_findings(view)
    if ("annex" in words or "-occupied" in words
            or not words.isdisjoint(_UNLAWFUL_WORDS)) and has_places:
        found += annexation_findings(view)
    if not words.isdisjoint(("claim", "dispute", "struggle", "tug-of-war", "sovereignty",
                             "belong", "over who ", " owns ", " row ", "quarrel", "standoff",
                             "rights")):
        found += own_claim_findings(view)
    if (disputed or claimed or territorial or "occup" in words) and has_places:
        found += known_territory_findings(view, memory.known)
    if len(view.spans) >= 2:  # "which Japanese call the Senkaku and Chinese the Diaoyu"
        found += dual_naming_findings(view)
        found += along_with_findings(view, found)
    if found and view.spans:
        found += same_goes_for_findings(view, found)
    return found


_SITE_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
# a headline about an event in a place, not about a centre there ("resume security talks
# in Erbil", "step up border cooperation at Tapachula meeting")
_HEADLINE_EVENT = re.compile(r"\b(?:talks|summit|meeting|clash(?:es)?|attacks?|training|"
                             r"violence|fighting|protests?)\b")


def _headline_site(text: str, title: Evidence, literal: list[tuple[Mention, str]],
                   containment: _Containment, previous: tuple[str, str] | None
                   ) -> list[Finding]:
    """headline_site: an article about a joint centre that no sentence places has it
    where its headline says the story happens ("25 years of cross-border police
    cooperation in Kehl" ... "Setting up the joint centre in 1999 was a key step"), a
    town or site, not a country or province; its status is the one the body gave it."""
    if _HEADLINE_EVENT.search(title.sentence.lower()):
        return []
    for m, pid in literal:
        if m.start >= title.end:
            break
        if _SITE_BEFORE.search(text, max(0, m.start - 12), m.start) is None \
                or containment.is_area(pid) or containment.is_scope(pid) \
                or text.startswith(("-", "–"), m.end):  # "at Tajik-Afghan border"
            continue
        status, _ = previous or (Status.ANNOUNCED, NO_CUE)
        return [Finding(pid, status, text[m.start:m.end], title, 0.5, "headline_site")]
    return []


def _opening_place(sentence: Evidence, starts: list[int], pids: list[str]) -> str | None:
    """The place a sentence opens with ("Kirkuk lies ...", "The Kirkuk ..."), if any."""
    i = bisect_left(starts, sentence.start)
    return pids[i] if i < len(starts) and starts[i] - sentence.start <= 4 else None


def assign_roles(text: str, places: Sequence[Place],
                 sentences: list[Evidence] | None = None,
                 known_territories: frozenset[str] | None = None) -> list[RoleFeature]:
    """Role features (announced/proposed centres, disputed areas) of the given places
    (``known_territories``: the ids of places recorded as disputed; the shipped list by
    default)."""
    sentences = sentences if sentences is not None else split_sentences(text)
    by_id: dict[str, Place] = {}
    literal: list[tuple[Mention, str]] = []
    for place in places:
        pid = place.candidate.id
        by_id[pid] = place
        # literal mentions, and "the Erbil-based centre": an adjective that says where
        literal += [(m, pid) for m in place.mentions
                    if not m.associative
                    or text.startswith(("-based", "–based", "-hosted", "–hosted"), m.end)]
    literal.sort(key=_mention_start)
    pids = [pid for _, pid in literal]  # the places in the order the article names them
    lower = lower_text(text)
    containment = _Containment(by_id, text)
    sentence_starts = [s.start for s in sentences]
    refs_by_sentence = centre_references(centre_nouns(text, lower, sentences,
                                                                    sentence_starts))
    words_by_sentence = _word_offsets(lower, sentences, sentence_starts, _TRIGGER_WORDS)
    findings: list[Finding] = []
    previous: tuple[str, str] | None = None
    near_centres: set[str] = set()  # places named in a sentence about a centre so far
    starts = [m.start for m, _ in literal]
    # the places the headline (or first sentence) names: the article's topic
    memory = _Memory(by_id, pids, tuple(dict.fromkeys(
        pid for m, pid in literal if sentences and m.start < sentences[0].end)),
        known=known_disputed() if known_territories is None else known_territories)

    def refer_back(view: SentenceView, noun: str, at: int) -> str | None:
        return antecedent(view, noun, at, by_id, pids,
                          bisect_left(starts, view.s.start), memory.topic)

    for sentence in sentences:
        subject, memory.subject = memory.subject, _opening_place(sentence, starts, pids)
        refs = refs_by_sentence.get(sentence.start, [])
        offsets = words_by_sentence.get(sentence.start, [])
        words = {word for _, word in offsets}
        marks = _disputed_marks(offsets, lower, sentence.start)
        disputed = bool(marks)
        # "claimed by both", "which X claims", "the dispute over X", "areas that both
        # Baghdad and Erbil say belong to them"
        claimed = not words.isdisjoint(_CLAIM_TRIGGERS) or (
            "both" in words and ("contested" in words or "belong" in words))
        territorial = disputed or "claim" in words or not words.isdisjoint(_STATUS_WORDS) \
            or (bool(memory.disputed_nouns)
                and _refers_back(lower, sentence, memory.disputed_nouns))
        naming = not words.isdisjoint(_NAMING_WORDS)
        site_state = bool(refs_by_sentence) and not refs \
            and not words.isdisjoint(SITE_STATE_WORDS)
        if not (refs or territorial or claimed or naming or site_state
                or not words.isdisjoint(_OTHER_ROLE_WORDS)):
            continue  # nothing in it can give a place a role
        first = bisect_left(starts, sentence.start)
        last = bisect_left(starts, sentence.end, lo=first)
        spans = [(m, pid) for m, pid in literal[first:last] if m.end <= sentence.end]
        if not (spans or disputed or refs or claimed):  # "the disputed city", "claim to
            continue  # the region" may name none; a centre named nowhere leaves its status
        view = SentenceView(sentence, spans, lower, containment.contains,
                            containment.same_country, containment.is_area,
                            containment.is_country, containment.is_scope)
        found = _named(centre_findings(view, refs, previous, "similar" in words,
                                       refer_back), "centre_location")
        if site_state:
            found += _named(site_state_findings(view, near_centres), "site_state")
        if refs:
            near_centres.update(pid for _, pid in spans)
        previous = next(((f.status, f.cue) for f in reversed(found) if f.cue != NO_CUE),
                        previous)
        # "": a status remembered, no place; a sea or river is where a centre works, not
        # where it stands ("centres established in the Indian Ocean region")
        findings += [f for f in found if f.place_id and not containment.is_scope(f.place_id)]
        findings += _dispute_findings(view, words, marks, first, memory, subject,
                                      claimed=claimed, territorial=territorial)
    title_end = sentences[0].end if sentences else 0  # the headline, or first sentence
    # a headline on a line of its own: its centre is the one the body then places
    headline = text.startswith("\n", title_end) and "\n" not in text[:title_end].strip()
    if headline and any(start >= title_end for start in refs_by_sentence) \
            and all(f.status == Status.DISPUTED for f in findings):
        findings += _headline_site(text, sentences[0], literal, containment, previous)
    return _merge(_folded_containers(findings, containment, title_end, headline), by_id)
