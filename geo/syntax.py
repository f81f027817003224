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
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import NamedTuple

__all__ = ["DIRECTION_WORDS", "PlaceSpan", "SentenceSyntax", "Token", "tokenize"]

# words (with inner hyphens and apostrophes: "al-Kadhimi", "O'Brien"), a possessive
# ending as a token of its own ("Nineveh" "'s"), and each other punctuation mark
_TOKEN_RE = re.compile(r"\w+(?:(?:-|['’](?!s\b))\w+)*|['’]s\b|[^\w\s]")
DIRECTION_WORDS = frozenset(
    ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
     "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern",
     "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
     "south-east", "south-west",
     "north-western", "south-eastern", "south-western", "upper", "lower", "greater", "rural",
     "outer", "inner"])
_SEPARATORS = (("and",), ("or",), (",",), (",", "and"), (",", "or"), ("as", "well", "as"),
               ("&",), (",", "as", "well", "as"), ("plus",))
_SEPARATOR_STARTS = frozenset(sep[0] for sep in _SEPARATORS)
_CONJUNCTIONS = frozenset(["and", "or", "&", "plus", "as"])  # "as well as"
# what may stand between a separator and the next item, in this order: "and one in X",
# "and the other at X", "and parts of the Y", "and the town of Z", "and western W"
_ONES = frozenset(["one", "another", "two", "three", "four", "five"])
# "and the fourth near Tbilisi": an ordinal shares out a list like "one"
_ORDINALS = frozenset(["first", "second", "third", "fourth", "fifth", "last"])
_THEN_WORDS = frozenset(["then", "afterwards", "later", "subsequently", "also", "finally"])
_FACILITY_WORDS = frozenset(["hall", "halls", "complex", "hotel", "building", "compound",
                            "stadium", "palace", "conference"])
_PARTS = frozenset(["part", "parts", "much", "most", "some", "whole", "all"])
_VAGUE = frozenset(["other", "several", "various", "different", "two", "three", "four"])
_SITES = frozenset(["locations", "sites", "places", "areas", "points", "parts", "districts",
                    "sub-districts", "towns", "villages"])
_REPEATED_PREPOSITIONS = frozenset(["in", "at", "for"])  # not "near": ", near Mosul" says where
_POST_WORDS = frozenset(["border", "borders", "crossing", "crossings", "post", "posts"])
_KIND_NOUNS = frozenset(["city", "town", "village", "district", "sub-district", "subdistrict",
                         "province", "governorate", "camp", "region", "area", "port",
                         "provinces", "districts", "governorates", "regions"])
# the nouns of an administrative unit after its name ("in Unity state")
_UNIT_NOUNS = _KIND_NOUNS | {"state", "county", "prefecture", "oblast", "municipality"}
_ARABIC_ARTICLES = frozenset(["al", "el", "ad", "an", "ar", "as", "ash", "at", "az"])
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
    """Tokens, places, clause breaks and coordinated place lists of one sentence.

    The tokens are kept as parallel lists (``lows``, ``starts``, ``ends``: a token's
    lower-cased text and offsets), built in one pass: the roles stage builds this view for
    most sentences of an article, and one object per token cost a third of the stage.
    ``tokens`` gives them as :class:`Token` objects when a caller wants those.
    """

    def __init__(self, text: str, spans: list[PlaceSpan],
                 contains: Callable[[str, str], bool] | None = None,
                 lower: str | None = None,
                 same_country: Callable[[str, str], bool] | None = None,
                 is_country: Callable[[str], bool] | None = None) -> None:
        self.text = text
        self._is_country = is_country or (lambda pid: False)
        # are two places in one country? (a finer place in brackets is in the item's)
        self._same_country = same_country or (lambda one, other: True)
        # does the first place contain the second? ("Kiryat Gat, Israel": Israel is where
        # Kiryat Gat is, not another list item)
        self._contains = contains or (lambda outer, inner: False)
        low = lower if lower is not None and len(lower) == len(text) else text.lower()
        matches = list(_TOKEN_RE.finditer(low))
        self.starts = [m.start() for m in matches]
        self.lows = [m.group() for m in matches]
        if spans and any(low[sp.start - 1:sp.start] in ("-", "–") for sp in spans):
            self._split_hyphenated_pairs(spans)
        self._ends: list[int] | None = None
        self.spans = spans
        self._span_at: dict[int, PlaceSpan] = {}  # token index -> the place starting there
        self._span_end_token: dict[PlaceSpan, int] = {}  # span -> index of its next token
        for sp in spans:
            i = bisect_left(self.starts, sp.start)
            if i < len(self.starts) and self.starts[i] == sp.start:
                self._span_at.setdefault(i, sp)
                self._span_end_token[sp] = bisect_left(self.starts, sp.end)
        self._breaks: list[int] | None = None

    def _split_hyphenated_pairs(self, spans: list[PlaceSpan]) -> None:
        """"Jogbani-Biratnagar" is one token of the tokenizer but two places: where one
        place ends at a hyphen and the next starts after it, the token is split into the
        two names and the hyphen, so that the pair reads as a list ("-" in _next_item)."""
        ends = {sp.end for sp in spans}
        for sp in sorted(spans, reverse=True):
            hyphen = sp.start - 1
            if hyphen not in ends:
                continue
            i = bisect_left(self.starts, sp.start) - 1
            if i < 0 or not self.starts[i] < hyphen < self.starts[i] + len(self.lows[i]):
                continue
            word, at = self.lows[i], self.starts[i]
            cut = hyphen - at
            self.lows[i:i + 1] = [word[:cut], word[cut], word[cut + 1:]]
            self.starts[i:i + 1] = [at, hyphen, sp.start]

    @property
    def ends(self) -> list[int]:
        """Where each token ends (made on first use: most sentences never need it)."""
        if self._ends is None:
            self._ends = [a + len(w) for a, w in zip(self.starts, self.lows, strict=True)]
        return self._ends

    @property
    def tokens(self) -> list[Token]:
        return [Token(self.text[a:b], a, b, low)
                for a, b, low in zip(self.starts, self.ends, self.lows, strict=True)]

    def low(self, k: int) -> str:
        """Token ``k`` in lower case ("" past the end)."""
        return self.lows[k] if 0 <= k < len(self.lows) else ""

    # -- clauses ----------------------------------------------------------------

    @property
    def clause_breaks(self) -> list[int]:
        """Character offsets where a clause ends (the break token's start), in order."""
        if self._breaks is None:
            lows, starts, ends, low = self.lows, self.starts, self.ends, self.low
            self._breaks = [
                starts[k] for k, t in enumerate(lows)
                if t in _CLAUSE_PUNCT or (t == "-" and k and ends[k - 1] < starts[k])
                or (t == "," and (low(k + 1) in _CLAUSE_WORDS
                                  or (low(k + 1) == "and" and low(k + 2) == "that")))]
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

    def index(self, pos: int) -> int:
        """The index of the first token starting at or after offset ``pos``."""
        return bisect_left(self.starts, pos)

    def token_at(self, pos: int) -> int:
        """The index of the token that holds offset ``pos`` ("long-disputed" for the
        offset of its "disputed"), or of the next token when ``pos`` falls between two."""
        k = bisect_right(self.starts, pos) - 1
        return k if k >= 0 and pos < self.starts[k] + len(self.lows[k]) else k + 1

    # -- place lists -------------------------------------------------------------

    def place_list(self, pos: int) -> list[PlaceSpan]:
        """The coordinated list of places whose first item starts at offset ``pos``."""
        i = bisect_left(self.starts, pos)
        if i >= len(self.starts) or self.starts[i] != pos or i not in self._span_at:
            return []
        items: list[PlaceSpan] = []
        bare_commas, conjoined = 0, False
        while True:
            item, i = self._item(i)
            items.append(item)
            items += self._more_in_brackets(item, i)  # "Abkhazia (Poti, Zugdidi)"
            i = self._skip_container(i, item.pid)
            nxt = self._next_item(i)
            joins = nxt is not None and not _CONJUNCTIONS.isdisjoint(self.lows[i:nxt])
            bare = nxt is not None and not joins and self.lows[i:i + 1] == [","]
            if nxt is None or (bare and conjoined and nxt in self._span_at
                               and self._clause_break([item, self._span_at[nxt]])):
                # (nor after the list's "and": "a war over A, B and C, Russia is building")
                return items[:1] if bare_commas == 1 and self._clause_break(items) else items
            bare_commas += bare
            conjoined = conjoined or joins
            i = nxt

    def _clause_break(self, items: list[PlaceSpan]) -> bool:
        """"a war over South Ossetia, Russia is building": a town or area, a bare comma and
        a country it is not in end a clause; no list has two such items alone."""
        return len(items) == 2 and self._is_country(items[1].pid) \
            and not self._is_country(items[0].pid) \
            and not self._same_country(items[0].pid, items[1].pid)

    def _item(self, i: int) -> tuple[PlaceSpan, int]:
        """The place at token ``i`` made as fine as the text makes it, and the index
        after it: "Diyala's Khanaqin" -> Khanaqin, "Sinjar (the Sinuni camp)" -> the
        place in brackets, "Chimman of Kirkuk province" -> Chimman."""
        span = self._span_at[i]
        j = self._span_end_token[span]
        low = self.low
        while low(j) in ("'s", "’s", "'", "’") and (j + 1) in self._span_at:
            span = self._span_at[j + 1]  # "Nineveh's Shela"
            j = self._span_end_token[span]
        if low(j) == "/" and (j + 1) in self._span_at:
            # "Tanzania/Uganda- Mutukula": the two countries, then the post's town after a
            # dash written against the second
            dash = self._span_end_token[self._span_at[j + 1]]
            if low(dash) in ("-", "–") and self.ends[dash - 1] == self.starts[dash] \
                    and (dash + 1) in self._span_at \
                    and self._contains(self._span_at[j + 1].pid,
                                       self._span_at[dash + 1].pid):
                span = self._span_at[dash + 1]
                j = self._span_end_token[span]
        if low(j) in _FACILITY_WORDS:
            # "in the Ouagadougou hall complex in Sirte": a building named after a place,
            # in the place that follows
            k = next((k for k in range(j, min(j + 4, len(self.lows)))
                      if self.lows[k] in ("in", "at")), None)
            if k is not None and all(self.lows[m] in _FACILITY_WORDS for m in range(j, k)) \
                    and (k + 1) in self._span_at:
                span = self._span_at[k + 1]
                j = self._span_end_token[span]
        if low(j) == "(":
            close = next((k for k in range(j + 1, min(j + 8, len(self.lows)))
                          if self.lows[k] == ")"), None)
            # the finer place must open the brackets ("(the Sinuni camp)"), not stand
            # somewhere inside them ("(79km north of Donetsk)")
            first = j + 1 + (low(j + 1) == "the")
            inner = self._span_at.get(first) if close is not None and first < close else None
            if inner is None and close is not None and first < close:
                inner = self._span_after_article(first)  # "(al-Kiwan camp)"
            if close is not None:
                # not "Kapikule (Turkey)": a container in brackets says where the item is
                if inner is not None and inner.pid != span.pid \
                        and not self._contains(inner.pid, span.pid) \
                        and self._same_country(inner.pid, span.pid):
                    span = inner
                j = close + 1
        return span, j

    def _more_in_brackets(self, item: PlaceSpan, after: int) -> list[PlaceSpan]:
        """The other finer places of the brackets ``item`` opened, when they hold a list
        ("two near Abkhazia (Poti, Zugdidi)": both offices), ending at token ``after``."""
        k = self._span_end_token.get(item)
        if k is None or after < 1 or self.low(after - 1) != ")" or k >= after - 1:
            return []
        more = []
        while self.low(k) in (",", "and") and (k + 1) in self._span_at:
            span = self._span_at[k + 1]
            if not self._same_country(span.pid, item.pid):
                return []
            more.append(span)
            k = self._span_end_token[span]
        return more if k == after - 1 else []

    def _span_after_article(self, k: int) -> PlaceSpan | None:
        """The place named by token ``k`` past an Arabic article ("al-Kiwan": the
        gazetteer's "Kiwan" starts inside the token)."""
        prefix = self.lows[k].split("-", 1)[0] if k < len(self.lows) else ""
        if prefix not in _ARABIC_ARTICLES:
            return None
        at = self.starts[k] + len(prefix) + 1
        return next((sp for sp in self.spans if sp.start == at), None)

    def _skip_container(self, i: int, item_pid: str) -> int:
        """Skip an "of Kirkuk province" or ", western Nineveh," that says where the item
        is, and a closing "respectively"."""
        low, span_at = self.low, self._span_at
        if low(i) == "of" and (i + 1) in span_at:
            end = self._span_end_token[span_at[i + 1]]
            return end + (low(end) in _KIND_NOUNS)
        if low(i) == "," and low(i + 1) in DIRECTION_WORDS and (i + 2) in span_at:
            end = self._span_end_token[span_at[i + 2]]
            if low(end) == "," and low(end + 1) in ("and", "or", "in", "at"):
                return end  # "in Kasak, western Nineveh, and in Chimman"
        if low(i) == "," and low(i + 1) in ("between", "near"):
            # "at Seme, between Benin and Nigeria, and at Noepe", "at Noe, near Elubo on
            # the Ghana-Cote d'Ivoire border, and at Paga": an aside on the item
            close = next((k for k in range(i + 2, min(i + 16, len(self.lows)))
                          if self.lows[k] in (",", ".", ";")), None)
            if close is not None and self.lows[close] == "," \
                    and low(close + 1) in ("and", "or"):
                return close
        if low(i) == "," and low(i + 1) == "on" and low(i + 2) == "the":
            # "Chanida, on the Zambian side, and Cassacatiza": the side an item is on
            past = self._past_side_or_border(i + 1)
            if past > i + 1 and low(past) == "," and low(past + 1) in ("and", "or"):
                return past
        if low(i) == ",":
            # a place that contains the item says where it is, not another item:
            # "Jinghong, Yunnan province", "in Safed, northern Israel", "at Kiryat Gat, in
            # southern Israel" (not "Khanaqin, Diyala's Jalawla")
            k = i + 1
            if low(k) == "in":
                k += 1 + (low(k + 1) == "the")
            if k not in span_at:  # "South Kordofan" is a name, "northern Israel" is not
                k += low(k) in DIRECTION_WORDS
            container = span_at.get(k)
            # (or an aside the text calls a unit: "Panthoara (Heglig), in Unity state, and
            # Jebeleen", a disputed town the gazetteer puts in the other country)
            named_unit = container is not None and low(k - 1) == "in" \
                and low(self._span_end_token[container]) in _UNIT_NOUNS \
                and low(self._span_end_token[container] + 1) == "," \
                and low(self._span_end_token[container] + 2) in ("and", "or")
            if container is not None and (named_unit
                                          or self._contains(container.pid, item_pid)):
                end = self._span_end_token[container]
                if low(end) not in ("'s", "’s"):
                    i = end + named_unit  # (past its unit noun)
                elif (inner := span_at.get(end + 1)) is not None \
                        and self._contains(inner.pid, item_pid):
                    # "in Yeghegnadzor, in Armenia's Vayots Dzor province": its province
                    i = self._span_end_token[inner]
        if low(i) == "in":
            # "Petrapole in West Bengal, Moreh in Manipur": the state each item is in
            container = span_at.get(i + 1 + (low(i + 1) == "the"))
            if container is not None and self._contains(container.pid, item_pid):
                end = self._span_end_token[container]
                if low(end) in (",", "and", "or", ";"):
                    i = end
        if low(i) in ("on", "at") and low(i + 1) == "the":
            i = self._past_side_or_border(i)
        if low(i) in _KIND_NOUNS:  # "Diyala province and ..."
            i += 1
            if low(i) == "(" and low(i + 2) == ")" and low(i + 1) in DIRECTION_WORDS:
                i += 3  # "Nineveh and Salahuddin provinces (north) and Diyala"
        if low(i) in _POST_WORDS:
            # "the Busia and Malaba borders (Kenya-Uganda), the Namanga border": each
            # item a post named by its town, perhaps with its countries in brackets
            k = i + 1
            if low(k) == "(":
                k = next((c + 1 for c in range(k + 1, min(k + 8, len(self.lows)))
                          if self.lows[c] == ")"), k)
            if low(k) in (",", "and", "or"):
                return k
        if low(i) == "respectively":
            return i + 1
        return i

    def _past_side_or_border(self, i: int) -> int:
        """Past "on the Indian side" or "on the (Kenya-Uganda) border (between/of A and
        B)" at token ``i``: which side or border a list item is on ("at Moreh on the
        Indian side and at Tamu", "Malaba on the Kenya-Uganda border, and Moyale"); ``i``
        when neither follows."""
        low, span_at = self.low, self._span_at
        if low(i + 3) == "side":
            return i + 4
        border = next((k for k in range(i + 2, min(i + 7, len(self.lows)))
                       if low(k) == "border"), None)
        if border is None:
            return i
        i = border + 1
        if low(i) not in ("between", "of", "with"):
            return i
        first = span_at.get(i + 1 + (low(i + 1) == "the"))
        if first is None:
            return i
        k = self._span_end_token[first]
        if low(k) != "and":
            return k
        second = span_at.get(k + 1 + (low(k + 1) == "the"))
        return self._span_end_token[second] if second is not None else i

    def _next_item(self, i: int) -> int | None:
        """The token index of the next list item after a separator, or None."""
        if self.lows[i:i + 1] == ["/"] and (i + 1) not in self._span_at:
            # "Lunga Lunga/Hororo and Isebania": the twin the gazetteer lacks is skipped
            j = i + 1
            while j < len(self.lows) and j not in self._span_at \
                    and self.text[self.starts[j]:self.starts[j] + 1].isupper():
                j += 1
            if j > i + 1:
                i = j
                if self.lows[i:i + 1] == ["("]:  # "Tbilisi/Bazaleti (96 monitors), Gori"
                    close = next((k for k in range(i + 1, min(i + 8, len(self.lows)))
                                  if self.lows[k] == ")"), None)
                    i = close + 1 if close is not None else i
                elif self.lows[i:i + 2] in (["on", "the"], ["at", "the"]):
                    i = self._past_side_or_border(i)  # "Kabanga/Kobero at the A-B border,"
        if i >= len(self.lows) or self.lows[i] not in _SEPARATOR_STARTS:
            if self.lows[i:i + 1] in (["-"], ["–"], ["/"]) and (i + 1) in self._span_at \
                    and self.ends[i - 1] == self.starts[i] \
                    and self.ends[i] == self.starts[i + 1]:
                return i + 1  # "the Ibrahim Khalil (Iraq)-Habur (Turkey) crossing",
                # "Lebombo/Ressano Garcia": a pair naming one crossing
            return None  # most list items are the last: no separator follows
        for sep in _SEPARATORS:
            k = i + len(sep)
            if k > len(self.lows) or tuple(self.lows[i:k]) != sep:
                continue
            k = self._skip_words(k)
            if k in self._span_at:
                end = self._span_end_token[self._span_at[k]]
                if self.low(end) in ("'s", "’s") and (end + 1) not in self._span_at:
                    return None  # "in Kirkuk, Iraq's Joint Operations Command said": no item
                return k
            if self._unknown_item(k):
                # "Petrapole, Hilly and Chandrabangha": a one-word name the gazetteer
                # lacks between separators; the list goes on past it
                return self._next_item(k + 1)
        return None

    def _unknown_item(self, k: int) -> bool:
        """Is token ``k`` a capitalised word that is no place, between two separators?"""
        return (k + 1 < len(self.lows) and k not in self._span_at
                and self.lows[k + 1] in (",", "and")
                and self.text[self.starts[k]:self.starts[k] + 1].isupper()
                and self.lows[k].isalpha()
                and ((k + 2) in self._span_at
                     or (self.lows[k + 1:k + 3] == [",", "and"] and (k + 3) in self._span_at)))

    def _skip_words(self, k: int) -> int:
        """Past the words that may open a list item (see _ONES, _PARTS)."""
        low = self.low
        shared = False
        if low(k) in _ONES:
            k, shared = k + 1, True
        elif low(k) == "the" and (low(k + 1) == "other" or low(k + 1) in _ORDINALS):
            k, shared = k + 2, True
        if shared and low(k) == "near":
            k += 1  # "two near Abkhazia (Poti, Zugdidi), one near Ossetia (Gori)"
        if low(k) in _THEN_WORDS:  # "in Erbil and afterwards in Baghdad"
            k += 1
        if low(k) in _REPEATED_PREPOSITIONS:
            k += 1
            # "the other at army headquarters in the capital": a site in the place
            site = next((j for j in range(k + 1, min(k + 4, len(self.lows)))
                         if self.lows[j] in ("in", "at")), None)
            if shared and site is not None and all(
                    self.lows[j].isalpha() and self.text[self.starts[j]].islower()
                    for j in range(k, site)):
                k = site + 1
        if low(k) == "the" and low(k + 1) in _PARTS and low(k + 2) == "of":
            k += 1  # "and the whole of the provinces of Kirkuk, Saladin and Diyala"
        if low(k) in _PARTS and low(k + 1) == "of":
            k += 2
        if low(k) in _VAGUE and low(k + 1) in _SITES and low(k + 2) in ("in", "of"):
            k += 3  # "in the town of X and at other locations in Y, Z"
        if low(k) == "the" and k not in self._span_at:  # "the capital" is a mention
            k += 1
        if low(k) in _KIND_NOUNS and low(k + 1) == "of":
            k += 2
        if low(k) in DIRECTION_WORDS and (k + 1) in self._span_at:
            k += 1
        return k
