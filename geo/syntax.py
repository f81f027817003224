"""A light syntactic view of a sentence, built once, that the role rules read.

No model: the sentence is split into tokens (words and punctuation, with offsets into the
sentence), the places it names are laid over them, and two structures are read off:

- **clauses**: spans between ``;``, ``:``, dashes, brackets and ", but/while/though/
  whereas/although/and that" (a relative ", which" opens a clause too), so that a cue
  word of one clause does not decide another one's centre;
- **coordinated place lists**: "in A, B and C" with what news writes around the items:
  a preposition repeated ("in Diyala's Khanaqin, in Nineveh's Makhmour"), a direction
  word ("and western Nineveh"), a possessive or an "of" container ("Nineveh's Shela",
  "Chimman of Kirkuk province": the finer place is the item), a parenthetical ("Sinjar
  (Shingal)", "C (the D camp)": a finer place in brackets replaces the item), an
  appositive container ("in Kasak, western Nineveh, and in Chimman": not an item) and a
  closing "respectively".

A list item is a :class:`PlaceSpan`; everything is in offsets of the sentence text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import NamedTuple

__all__ = ["DIRECTION_WORDS", "PlaceSpan", "SentenceSyntax", "Token", "tokenize"]

# words (with inner hyphens and apostrophes: "al-Kadhimi", "O'Brien"), a possessive
# ending as a token of its own ("Nineveh" "'s"), and each other punctuation mark
_TOKEN_RE = re.compile(r"\w+(?:(?:-|['’](?!s\b))\w+)*|['’]s\b|[^\w\s]")
DIRECTION_WORDS = frozenset(
    ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
     "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern",
     "north-western", "south-eastern", "south-western", "upper", "lower", "greater", "rural",
     "outer", "inner"])
_SEPARATORS = (("and",), ("or",), (",",), (",", "and"), (",", "or"), ("as", "well", "as"),
               ("&",), (",", "as", "well", "as"), ("plus",))
# what may stand between a separator and the next item, in this order: "and one in X",
# "and the other at X", "and parts of the Y", "and the town of Z", "and western W"
_ONES = frozenset(["one", "another"])
_THEN_WORDS = frozenset(["then", "afterwards", "later", "subsequently", "also", "finally"])
_PARTS = frozenset(["part", "parts", "much", "most", "some"])
_REPEATED_PREPOSITIONS = frozenset(["in", "at", "for"])  # not "near": ", near Mosul" says where
_KIND_NOUNS = frozenset(["city", "town", "village", "district", "sub-district", "subdistrict",
                         "province", "governorate", "camp", "region", "area", "port"])
_CLAUSE_PUNCT = frozenset([";", ":", "—", "–", "(", ")", "[", "]"])
_CLAUSE_WORDS = frozenset(["but", "while", "though", "although", "whereas", "which", "who"])


class Token(NamedTuple):
    text: str
    start: int
    end: int
    low: str


class PlaceSpan(NamedTuple):
    """A literal place mention in the sentence: offsets and the place id."""

    start: int
    end: int
    pid: str


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end(), m.group().lower())
            for m in _TOKEN_RE.finditer(text)]


class SentenceSyntax:
    """Tokens, places, clause breaks and coordinated place lists of one sentence."""

    def __init__(self, text: str, spans: list[PlaceSpan],
                 contains: Callable[[str, str], bool] | None = None) -> None:
        self.text = text
        # does the first place contain the second? ("Kiryat Gat, Israel": Israel is where
        # Kiryat Gat is, not another list item)
        self._contains = contains or (lambda outer, inner: False)
        self.tokens = tokenize(text)
        self._starts = [t.start for t in self.tokens]
        self.spans = spans
        self._span_at: dict[int, PlaceSpan] = {}  # token index -> the place starting there
        self._span_end_token: dict[PlaceSpan, int] = {}  # span -> index of its next token
        for sp in spans:
            i = bisect_left(self._starts, sp.start)
            if i < len(self.tokens) and self.tokens[i].start == sp.start:
                self._span_at.setdefault(i, sp)
                self._span_end_token[sp] = bisect_left(self._starts, sp.end)
        self._breaks: list[int] | None = None

    # -- clauses ----------------------------------------------------------------

    @property
    def clause_breaks(self) -> list[int]:
        """Character offsets where a clause ends (the break token's start), in order."""
        if self._breaks is None:
            toks = self.tokens
            self._breaks = [
                t.start for k, t in enumerate(toks)
                if t.text in _CLAUSE_PUNCT or (t.text == "-" and k and toks[k - 1].end < t.start)
                or (t.text == "," and k + 1 < len(toks) and (
                    toks[k + 1].low in _CLAUSE_WORDS
                    or (toks[k + 1].low == "and" and k + 2 < len(toks)
                        and toks[k + 2].low == "that")))]
        return self._breaks

    def clause_of(self, pos: int) -> tuple[int, int]:
        """The (start, end) offsets of the clause around ``pos``."""
        breaks = self.clause_breaks
        k = bisect_left(breaks, pos)
        start = breaks[k - 1] + 1 if k else 0
        return start, breaks[k] if k < len(breaks) else len(self.text)

    # -- places ------------------------------------------------------------------

    def span_at(self, k: int) -> PlaceSpan | None:
        """The place whose mention starts at token ``k``."""
        return self._span_at.get(k)

    def after(self, span: PlaceSpan) -> int:
        """The index of the token after a place's mention."""
        return self._span_end_token[span]

    # -- place lists -------------------------------------------------------------

    def place_list(self, pos: int) -> list[PlaceSpan]:
        """The coordinated list of places whose first item starts at offset ``pos``."""
        i = bisect_left(self._starts, pos)
        if i >= len(self.tokens) or self.tokens[i].start != pos or i not in self._span_at:
            return []
        items: list[PlaceSpan] = []
        while True:
            item, i = self._item(i)
            items.append(item)
            i = self._skip_container(i, item.pid)
            nxt = self._next_item(i)
            if nxt is None:
                return items
            i = nxt

    def _item(self, i: int) -> tuple[PlaceSpan, int]:
        """The place at token ``i`` made as fine as the text makes it, and the index
        after it: "Diyala's Khanaqin" -> Khanaqin, "Sinjar (the Sinuni camp)" -> the
        place in brackets, "Chimman of Kirkuk province" -> Chimman."""
        span = self._span_at[i]
        j = self._span_end_token[span]
        toks = self.tokens
        while j < len(toks) and toks[j].text in ("'s", "’s", "'", "’") \
                and (j + 1) in self._span_at:  # "Nineveh's Shela" (the tokenizer keeps 's)
            span = self._span_at[j + 1]
            j = self._span_end_token[span]
        if j < len(toks) and toks[j].text == "(":
            close = next((k for k in range(j + 1, min(j + 8, len(toks)))
                          if toks[k].text == ")"), None)
            # the finer place must open the brackets ("(the Sinuni camp)"), not stand
            # somewhere inside them ("(79km north of Donetsk)")
            first = j + 1 + (j + 1 < len(toks) and toks[j + 1].low == "the")
            inner = self._span_at.get(first) if close is not None and first < close else None
            if close is not None:
                if inner is not None and inner.pid != span.pid:
                    span = inner
                j = close + 1
        return span, j

    def _skip_container(self, i: int, item_pid: str) -> int:
        """Skip an "of Kirkuk province" or ", western Nineveh," that says where the item
        is, and a closing "respectively"."""
        toks = self.tokens
        if i + 1 < len(toks) and toks[i].low == "of" and (i + 1) in self._span_at:
            end = self._span_end_token[self._span_at[i + 1]]
            return end + (end < len(toks) and toks[end].low in _KIND_NOUNS)
        if i + 2 < len(toks) and toks[i].text == "," and toks[i + 1].low in DIRECTION_WORDS \
                and (i + 2) in self._span_at:
            end = self._span_end_token[self._span_at[i + 2]]
            if end < len(toks) and toks[end].text == "," and end + 1 < len(toks) \
                    and toks[end + 1].low in ("and", "or", "in", "at"):
                return end  # "in Kasak, western Nineveh, and in Chimman"
        if i + 1 < len(toks) and toks[i].text == "," and (i + 1) in self._span_at \
                and self._contains(self._span_at[i + 1].pid, item_pid):
            end = self._span_end_token[self._span_at[i + 1]]
            if end >= len(toks) or toks[end].text not in ("'s", "’s"):
                i = end  # "Jinghong, Yunnan province" (not "Khanaqin, Diyala's Jalawla")
        if i < len(toks) and toks[i].low in _KIND_NOUNS:  # "Diyala province and ..."
            i += 1
        if i < len(toks) and toks[i].low == "respectively":
            return i + 1
        return i

    def _next_item(self, i: int) -> int | None:
        """The token index of the next list item after a separator, or None."""
        toks = self.tokens
        for sep in _SEPARATORS:
            k = i + len(sep)
            if k > len(toks) or tuple(t.low for t in toks[i:k]) != sep:
                continue
            k = self._skip_words(k)
            if k in self._span_at:
                return k
        return None

    def _skip_words(self, k: int) -> int:
        """Past the words that may open a list item (see _ONES, _PARTS)."""
        toks = self.tokens

        def word(at: int, words: frozenset[str] | tuple[str, ...]) -> bool:
            return at < len(toks) and toks[at].low in words

        shared = False
        if word(k, _ONES):
            k, shared = k + 1, True
        elif word(k, ("the",)) and word(k + 1, ("other",)):
            k, shared = k + 2, True
        if word(k, _THEN_WORDS):  # "in Erbil and afterwards in Baghdad"
            k += 1
        if word(k, _REPEATED_PREPOSITIONS):
            k += 1
            # "the other at army headquarters in the capital": a site in the place
            site = next((j for j in range(k, min(k + 4, len(toks)))
                         if toks[j].low in ("in", "at") and j > k), None)
            if shared and site is not None and all(t.low.isalpha() and t.low == t.text
                                                   for t in toks[k:site]):
                k = site + 1
        if word(k, _PARTS) and word(k + 1, ("of",)):
            k += 2
        if word(k, ("the",)) and k not in self._span_at:  # "the capital" is a mention
            k += 1
        if word(k, _KIND_NOUNS) and word(k + 1, ("of",)):
            k += 2
        if word(k, DIRECTION_WORDS) and (k + 1) in self._span_at:
            k += 1
        return k
