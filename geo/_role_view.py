"""What every role rule reads: a sentence with its place mentions, and what a rule finds.

A :class:`SentenceView` is one sentence of the article with the literal place mentions
inside it (offsets relative to the sentence), its lower-cased text and, built on first
use, its :class:`~geo.syntax.SentenceSyntax`. A rule returns :class:`Finding` s: a place,
a :class:`Status`, the cue words, the sentence and the rule's name. Shared by
:mod:`geo._centre_rules` and :mod:`geo._dispute_rules`; :mod:`geo.roles` merges findings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from geo.syntax import PlaceSpan, SentenceSyntax
from geo.types import Evidence, Mention

__all__ = [
    "AT_WORK",
    "COUNT_WORD",
    "KIND_WORD",
    "NO_CUE",
    "OPERATING_CUE",
    "WINDOW",
    "Finding",
    "SentenceView",
    "Status",
    "find_all",
    "lower_text",
    "words",
]

# "$"-anchored patterns are searched in a window before a position, not the whole prefix.
WINDOW = 80

# ";", ":", a dash, ", but/while/whereas/although/and that", or ". " (led by one character
# class, which lets the regex engine skip ahead: three times faster than the plain
# alternation). ", and that" starts another reported statement: "officials said a hotline
# set up in X would be expanded, and that a joint centre in Y had been proposed".
_CLAUSE_BREAK = re.compile(r"[;:—–,.](?:(?<=,)\s+(?:but|while|whereas|although|and\s+that|"
                           # ", and in Malmö an operations centre is staffed": a new clause
                           r"and(?=\s+(?:in|at)\s+[\w-]+\s+(?:an?|the)\s))\b|"
                           r"(?<=\.)\s|(?<=[;:—–]))")

KIND_WORD = r"(?:province|governorate|district|city|town|region|area|county)"

# A count of two or more before a noun: "the three islands", "four more", "six such units"
COUNT_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"

_LIST_SEPARATOR = re.compile(
    rf"(?:\s+{KIND_WORD})?"
    r"(?P<sep>\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as|plus)\s+)"
    r"(?:(?:one|another|the other)\s+)?(?:(?:in|at)\s+)?(?:the\s+)?"
    # "X and parts of Y province", "much of Nineveh and two districts of Diyala"
    r"(?:(?:parts?|much|most|some|(?:one|two|three|four|five|several)\s+"
    r"(?:districts|sub-districts|towns|areas|parts)"
    # "Davit Gareji and the village of Erisimedi"
    r"|village|town|city|island|district)\s+of\s+(?:the\s+)?)?")

_BRACKETS = re.compile(r"\s*(?P<open>\()[^()]{1,40}\)")

# A place is a list of one unless another place starts soon after it (the longest run of
# words SentenceSyntax.place_list skips between two items: ", and the other at army
# headquarters in ") or a finer place follows it ("Diyala's Jalawla", "Kirkuk (Dibis)",
# "Chimman of Kirkuk province"): then the sentence's token view is built.
_LIST_REACH = 60
_FINER_AFTER = re.compile(r"\s*(?:\(|['’]s?\b|of\b)")

# A centre said to be at work by what houses or leads it: "the building is now home to the
# Kirkuk Joint Operations Command center", "Since 2010 he has led the Nineveh Combined
# Coordination Centre"), by being at work ("eleven national centres are at work") or by a
# statement of what there is ("There are now eleven centres in ...")
AT_WORK = (r"(?:is|are|(?:has|have)\s+been)\s+(?:now\s+)?home\s+to|"
           r"(?:has|have|had)\s+(?:led|headed|commanded|directed)|"
           r"(?<!\bto\s)(?<!will\s)(?<!\bbe\s)at\s+work|"
           r"there\s+(?:is|are)\s+(?:now|currently|already)"
           r"(?!\s+(?:plans?|talks|proposals?|calls|hopes|moves|efforts|no)\b)")

# Announced cues that report a centre open or at work, not only agreed ("opened", "run").
OPERATING_CUE = re.compile(r"\b(?:opened|opens|reopen(?:ed|s)?|inaugurat(?:ed|es)|"
                           r"operating|operational|began|begun|run(?:s|ning)?|"
                           r"operat(?:e|es|ed)|staffed|manned|(?<!to\s)hosts?|hosted|in place|"
                           r"(?:already|now)\s+open|in operation|up and running|"
                           r"(?:already|now)\s+(?:working|running|functioning)|"
                           r"took up (?:its|their) duties|started|unveiled|"
                           r"continu(?:es|ed) to|keeps|kept|oversees|oversaw|toured|"
                           r"visit(?:s|ed)?|brings together|working at|"
                           rf"{AT_WORK}|"
                           r"patrols(?:\s+\w+){0,3}?\s+from)\b")

NO_CUE = "mentioned without a decision"


def lower_text(text: str) -> str:
    """Lower case with every offset kept ("İ" lowers to two characters: left as it is)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class Status:
    ANNOUNCED = "announced"
    OPERATING = "operating"  # an announced centre reported open or running
    PROPOSED = "proposed"
    CANCELLED = "cancelled"
    CLOSED = "closed"  # a centre that ran and was then closed, suspended or wound up
    DISPUTED = "disputed"


class Finding(NamedTuple):
    """One thing a sentence says about a place."""

    place_id: str
    status: str  # a Status: the layer follows from it when findings are merged
    cue: str
    evidence: Evidence
    confidence: float
    rule: str = ""  # the name of the rule that found it (in the output as ``rule``)
    # for a centre: where its reference starts in the article, and whether it refers back
    # ("The centre will be based near X", "the CMCC at X") or introduces one ("a centre")
    ref: int = -1
    definite: bool = False
    several: bool = False  # "two centres in Albania": centres (plural) in one place


class SentenceView:
    """A sentence with the literal place mentions inside it."""

    def __init__(self, sentence: Evidence, spans: list[tuple[Mention, str]],
                 article_lower: str, contains: Callable[[str, str], bool],
                 same_country: Callable[[str, str], bool] | None = None,
                 is_area: Callable[[str], bool] | None = None,
                 is_country: Callable[[str], bool] | None = None,
                 is_scope: Callable[[str], bool] | None = None) -> None:
        self.s = sentence
        self._is_scope = is_scope
        self._is_area = is_area
        self._is_country = is_country
        self._contains = contains
        self._same_country = same_country
        self.text = sentence.sentence
        self.lower = article_lower[sentence.start:sentence.end]
        at = sentence.start
        # in text order (spans come sorted by start); the first span wins a shared offset
        self.spans = [(m.start - at, m.end - at, pid) for m, pid in spans]
        self._by_start: dict[int, tuple[int, int, str]] = {}
        self._by_end: dict[int, tuple[int, int, str]] = {}
        for sp in self.spans:
            self._by_start.setdefault(sp[0], sp)
            self._by_end.setdefault(sp[1], sp)
        self._clause_breaks: list[tuple[int, int]] | None = None
        self._before_separator: dict[int, tuple[int, int, str]] | None = None
        self._syntax: SentenceSyntax | None = None

    @property
    def clause_breaks(self) -> list[tuple[int, int]]:
        # computed once, on first use (functools.cached_property takes a lock each time)
        if self._clause_breaks is None:
            self._clause_breaks = [m.span() for m in _CLAUSE_BREAK.finditer(self.lower)]
        return self._clause_breaks

    def clause_of(self, pos: int) -> tuple[int, int]:
        """The (start, end) offsets of the clause around ``pos`` (see _CLAUSE_BREAK)."""
        start, end = 0, len(self.lower)
        for a, b in self.clause_breaks:
            if b <= pos:
                start = b
            elif a >= pos:
                end = a
                break
        return start, end

    def contains(self, outer: str, inner: str) -> bool:
        """Does the place ``outer`` contain the place ``inner`` (a country or province
        holding a town)?"""
        return self._contains(outer, inner)

    def is_country(self, pid: str) -> bool:
        return self._is_country is not None and self._is_country(pid)

    def is_scope(self, pid: str) -> bool:
        """Is the place a sea or a region of no one country, which a centre covers but
        never stands in ("posts in East Africa have been built at Malaba")?"""
        return self._is_scope is not None and self._is_scope(pid)

    def is_area(self, pid: str) -> bool:
        """Is the place a country or an admin-1 area (not a town or a region)?"""
        return self._is_area is not None and self._is_area(pid)

    def _place_soon_after(self, end: int) -> bool:
        """Another place starts within _LIST_REACH characters after ``end``."""
        return any(end < sp[0] <= end + _LIST_REACH for sp in self.spans)

    def place_starting_at(self, pos: int) -> tuple[int, int, str] | None:
        return self._by_start.get(pos)

    def place_ending_at(self, pos: int) -> tuple[int, int, str] | None:
        return self._by_end.get(pos)

    @property
    def syntax(self) -> SentenceSyntax:
        """The sentence's tokens, clauses and place lists (built on first use)."""
        if self._syntax is None:
            self._syntax = SentenceSyntax(self.text, [PlaceSpan(*sp) for sp in self.spans],
                                          self._contains, self.lower, self._same_country,
                                          self.is_country)
        return self._syntax

    def list_from(self, pos: int) -> list[tuple[int, int, str]]:
        """The coordinated list of places starting at ``pos`` ("A, B and C"), each item
        as fine as the text makes it (see :meth:`SentenceSyntax.place_list`)."""
        first = self._by_start.get(pos)
        if first is None:
            return []
        if self._syntax is None and not (_FINER_AFTER.match(self.lower, first[1])
                                         or self._place_soon_after(first[1])):
            return [first]  # most places stand alone: no sentence view needed for them
        return [tuple(item) for item in self.syntax.place_list(pos)]  # type: ignore[misc]

    def list_before(self, end: int, twins: bool = False) -> list[tuple[int, int, str]]:
        """The coordinated list of places that ends at ``end`` ("Kirkuk", "A and B"); an
        item may have its countries in brackets ("the Busia (Kenya/Uganda) and Malaba
        (Kenya/Uganda) crossings") and, with ``twins``, be a hyphenated pair of towns
        ("the Taveta-Holili, Tunduma-Nakonde and Kobero-Kabanga crossings")."""
        last = self.place_ending_at(end)
        if last is None and self.lower.endswith(")", 0, end):
            opening = self.lower.rfind("(", max(0, end - 42), end)
            if opening > 0 and self._countries_aside(opening, end):
                last = self.place_ending_at(len(self.lower[:opening].rstrip()))
        if last is None:
            return []
        return [*self.items_before(last[0], twins), last]

    def items_before(self, start: int, twins: bool = False) -> list[tuple[int, int, str]]:
        """The items of a coordinated list before the item that starts at ``start``
        (twins as in list_before)."""
        if self._before_separator is None:
            # where a list separator after a place ends -> that place (the first one wins)
            self._before_separator = {}
            for sp in self.spans:
                at = sp[1]
                if (aside := _BRACKETS.match(self.lower, at)) is not None \
                        and self._countries_aside(aside.start("open"), aside.end()):
                    at = aside.end()
                if m := _LIST_SEPARATOR.match(self.lower, at):
                    self._before_separator.setdefault(m.end(), sp)
        items: list[tuple[int, int, str]] = []
        while True:
            if twins and self.lower[start - 1:start] in ("-", "–", "/") \
                    and (partner := self.place_ending_at(start - 1)) is not None:
                items.append(partner)
                start = partner[0]
            prev = self._before_separator.get(start)
            if prev is None:
                return items[::-1]
            items.append(prev)
            start = prev[0]

    def _countries_aside(self, start: int, end: int) -> bool:
        """Do the brackets at ``start:end`` hold only countries ("(Kenya/Uganda)")?"""
        inside = [sp for sp in self.spans if start < sp[0] and sp[1] < end]
        return bool(inside) and all(self.is_country(sp[2]) for sp in inside)


def find_all(text: str, word: str) -> list[int]:
    """Every offset where ``word`` starts (str.find is many times faster than a regex)."""
    found, i = [], text.find(word)
    while i >= 0:
        found.append(i)
        i = text.find(word, i + 1)
    return found


def words(text: str, match: re.Match) -> str:
    """The original words of a match made on the lower-cased text."""
    return text[match.start():match.end()].strip()
