"""Centre references: the nouns of an article that name a joint centre, and why.

A centre noun ("centre", "room", "post", "headquarters", a monitoring "mission"...) is a
joint centre's when a qualifier stands before it ("joint", "coordination", "one-stop",
"civil-military"), when its sentence reports a deal between two governments, when it
belongs to a joint force or a monitoring mission, or when it refers back to one of those
("the centre", "another one", "It is due to open in X"). :func:`centre_nouns` finds them
in the lower-cased article; :func:`centre_references` gives each sentence its references.
Used by :mod:`geo._centre_rules`.
"""

from __future__ import annotations

import itertools
import re
from operator import attrgetter
from typing import NamedTuple

from geo._role_view import (
    COUNT_WORD,
    WINDOW,
    find_all,
)
from geo.lexicon import load_lexicon
from geo.sentences import sentence_at
from geo.types import Evidence

__all__ = ["centre_nouns", "centre_references"]

# Every pattern without a capital letter in it is matched against the lower-cased text
# (see lower_text): the same patterns compiled with re.I made this stage three times slower.
_CENTRE_NOUN = (r"(?:cent(?:er|re)s?|rooms?|offices?|cells?|bases?|headquarters|hubs?|"
                r"facilit(?:y|ies)|commands?|mechanisms?|stations?|posts?|checkposts?|"
                r"checkpoints?|crossings?|(?:control|meeting|border)\s+points?|complex(?:es)?|hq|"
                r"missions?|teams?|"
                r"commissions?|committees?)")

_QUALIFIER = (r"(?:joint(?:ly)?|coordination|co-ordination|cooperation|co-operation|operations?|"
              r"command|security|combined|"
              r"monitoring|liaison|fusion|intelligence-sharing|information[\s-](?:sharing|exchange)|"
              r"common|bilateral|trilateral|bipartite|tripartite|quadripartite|"
              r"binational|bi-national|multinational|shared|nato|one[\s-]stop|"
              # "the juxtaposed border post of Malanville-Gaya" (the French "poste
              # juxtaposé": both countries' controls side by side)
              r"juxtaposed|"
              # "the second integrated check post" (India-Nepal's joint border posts)
              r"integrated(?=\s+(?:check|border|control))|"
              # "the unified cargo processing facility": both countries' officers in one
              r"unified(?=\s+(?:cargo|inspection|border|control))|"
              # "a single checkpoint at Giurgiulesti": both countries' checks in one place
              r"single(?=\s+(?:checkpoint|border\s+post|window)))")

# Centres whose work states or agencies share, right before the noun (at most one word
# between): "a civil-military crisis centre", "a regional counter-terrorism centre", "a
# WFP logistics hub", "return hubs" (not "the counter-terror force moves its headquarters")
_SHARED_WORK_BEFORE = re.compile(
    r"\b(?:civil-military|counter-?terror(?:ism)?|anti-terror(?:ism)?|crisis\s+management"
    # "a regional maritime information centre", "a regional counter-terrorism centre": a
    # centre the states of a region share (not "a regional hospital", "regional office")
    r"|regional\s+(?:maritime|security|information|coordination|surveillance|rescue|"
    r"counter-?terror(?:ism)?|anti-terror(?:ism)?)(?:\s+[a-z-]+)?)"
    r"(?:\s+[a-z-]+)?\s+$")
# ... and for a hub only: "a humanitarian logistics hub", "return hubs" (not "a tax
# return centre", "a logistics base" of one navy abroad)
_SHARED_HUB_BEFORE = re.compile(r"\b(?:humanitarian|logistics|trans-?s?hipment|(?<!tax\s)return)"
                                r"\s+$")
_HUB_STEMS = frozenset(["hub"])

# A monitoring centre is a joint one in an article about a truce it monitors
_TRUCE = re.compile(r"\b(?:truce|ceasefire|cease-fire|armistice|de-escalation|peace\s+deal|"
                    r"peace\s+agreement)")

# A monitoring mission's field bases ("patrols from its operational hubs in A and B",
# "three Forward Patrol Bases"): joint centres in an article about a mission that patrols,
# monitors or observes (not "Ryanair's operational base")
_FIELD_WORK = re.compile(r"\b(?:patrols|patrolling|monitors|monitoring|observers|observe|"
                         r"watching|"
                         r"escorts?|escorting|protect|protecting|training\s+mission|"
                         r"peacekeeping|peace-keeping)\b")
_FIELD_STEMS = frozenset(["hub", "base", "post", "office"])  # "regional field offices"
_UN_BASE_STEMS = frozenset(["base"])  # (not "the UN headquarters in New York")
_UN_BASE_BEFORE = re.compile(r"\b(?:united\s+nations|u\.n\.|un)\s+(?:(?:peacekeeping|"
                             r"peace-keeping|military|mission|logistics|operating|"
                             r"temporary|permanent)\s+){0,2}$")
_ALLIANCE_STEMS = frozenset(["headquarter", "base", "cent", "hub"])
# (not the scene of a meeting: "met at NATO's headquarters in Brussels")
_ALLIANCE_OWNED_BEFORE = re.compile(r"(?<!\bat\s)(?<!\bto\s)(?<!\bfrom\s)(?<!\binside\s)"
                                    r"\bnato['’]s\s+(?:(?:[a-z0-9-]+)\s+){0,3}$")
_MISSION_HQ_BEFORE = re.compile(r"\b(?:mission(?:['’]s)?|its|the)\s+(?:new\s+|operational\s+)?$")
# A post where two countries' roads meet faces the other side: "a border crossing point at
# Khohon", "the Immigration Check Post at Darranga", "a new border post at X" (not "a
# border crossing", which is the road itself, nor "the border guards' base")
# "border personnel meeting points" (where two armies' officers meet on the line)
_BORDER_FACILITY_BEFORE = re.compile(r"\b(?:border|immigration|customs)(?:\s+check|"
                                     r"\s+personnel)?[\s-]+$")
_INTEGRATED_BEFORE = re.compile(r"\bintegrated\s+$")
# a verb between a qualifier and its noun: the qualifier is another phrase's
_VERB_INSIDE = re.compile(r"\b(?:opens|opened|sets\s+up|set\s+up|launch(?:es|ed)|"
                          r"inaugurat(?:es|ed)|establish(?:es|ed)|builds|built|is|are|was|were|"
                          r"will|would|has|have|had)\b")
_JOINTLY_VERB_BEFORE = re.compile(r"\bjointly\s+[a-z]+(?:\s+up)?\s+(?P<det>the|a|an|their|two)\s+"
                                  r"(?:[\w-]+\s+){0,3}$")
_BORDER_FACILITY_STEMS = frozenset(["post", "checkpost", "checkpoint", "crossing",
                                    "control point", "meeting point",
                                    # "the Los Libertadores Border Complex" (a "complejo
                                    # fronterizo": both countries' controls in one place)
                                    "complex"])
_CROSSING_POINT_AFTER = re.compile(r"\s+(?:points?|posts?)\b")
# a meeting point two armies share: "a meeting point for their armed forces"
_FOR_ARMIES_AFTER = re.compile(r"\s+for\s+(?:the\s+|their\s+|the\s+two\s+)?(?:[a-z]+\s+){0,2}?"
                               r"(?:armies|armed\s+forces|military\s+personnel|troops|"
                               r"border\s+(?:guards|personnel|troops))\b")
_FIELD_BASE_BEFORE = re.compile(r"\b(?:operational|operating|forward(?:\s+patrol)?|patrol|"
                                r"field)\s+$")

# A force several states or armies put together; its headquarters, sector commands and
# bases are joint ones ("the Multinational Joint Task Force ... its headquarters is in
# Baga"), unlike "police headquarters" or "the party's base"
_JOINT_FORCE = re.compile(r"\b(?:joint|multinational|multi-national|unified|combined|mixed)\s+"
                          r"(?:[a-z0-9-]+\s+){0,2}?(?:task\s+force|force|military\s+commission|"
                          r"military\s+committee|brigades?)\b")
_FORCE_STEMS = frozenset(["headquarter", "command", "base", "hq"])
_FORCE_COMMAND_BEFORE = re.compile(r"\b(?:sector|regional|unified|forward|tactical)\s+"
                                   r"(?:\d+\s+)?$"
                                   # "the mixed force ... and its two commands, based in A"
                                   r"|\b(?:its|their)\s+(?:two|three|four|five|six)?\s*$")
_OTHER_OWNER_BEFORE = re.compile(
    r"\b(?:police|party|company|ministry|government|campaign|fire|county|state|city|"
    r"university|corporate|army|navy|division|embassy|insurgents?|militants?|rebels?|"
    r"terrorists?|isis|daesh|boko\s+haram|al-qaeda|militia)(?:['’]s)?\s+(?:[a-z-]+\s+)?$")

# A qualifier at most three words before the noun ("joint security coordination centers").
# (an opening quotation mark may stand before the words: 'three joint "observation posts"')
_QUALIFIER_BEFORE_RE = re.compile(rf"\b{_QUALIFIER}(?:[\s-]+[\"“‘']?[\w-]+){{0,3}}?"
                                  r"[\s-]+[\"“‘']?$")

_NAMED_QUALIFIER_BEFORE = re.compile(r"\b(?:joint|coordination|co-ordination|combined)\s+"
                                     r"(?:[\w-]+,?\s+(?:and\s+|&\s+)?){1,6}$")
_NOUN_RE = re.compile(rf"\b{_CENTRE_NOUN}\b")

# Where each _CENTRE_NOUN form starts (test_roles checks the two stay in step).
_NOUN_STEMS = ("cent", "room", "office", "cell", "base", "headquarter", "hub", "facilit",
               "command", "mechanism", "station", "post", "checkpost", "checkpoint",
               "crossing", "control point", "meeting point", "border point", "complex", "hq",
               "mission", "team", "commission", "committee")

# A mission, team or commission is a centre only as a truce's monitors ("the AU monitoring,
# verification and compliance mission", "an Interim Observer Team"), not "a joint team of
# experts"; where it is based is where the centre is
_BODY_STEMS = frozenset(["mission", "team", "commission", "committee"])
# "The three teams that remain", "the team in Juba" (not "the head of the mission")
_BODY_BACK_BEFORE = re.compile(r"(?<!\bof\s)\bthe\s+(?:(?:two|three|four|five|six|remaining|"
                               r"other|new|first|second|third|fourth|last|next)\s+)?$")
_BODY_SITED_AFTER = re.compile(r"\s+(?:(?:that|which)\s+\w+,?\s+)?(?:(?:is|are|was|were)\s+)?"
                               r"(?:now\s+)?(?:in|at|located|based|stationed|deployed|"
                               r"(?:was\s+)?(?:sent|posted|dispatched)\s+to)\b")
_MONITORS_BEFORE = re.compile(r"\b(?:observer|observation|monitoring|verification|ceasefire|"
                              r"cease-fire|truce|peacekeeping)(?:,?\s+[a-z-]+){0,3}?\s+$")

# "Two crossings began operating under joint management": a qualifier after the noun
_UNDER_JOINT_AFTER = re.compile(r"[^.;]{0,60}?\bunder\s+joint\s+(?:management|control|"
                                r"administration|supervision|operation)\b")

# "a joint (operations) command" is a centre (see _joint_command)
_JOINT_COMMAND_BEFORE = re.compile(r"\b(?:joint|bipartite|tripartite|binational|bi-national)\s+"
                                   r"(?:[a-z-]+\s+){0,2}$")

_NOUN_AFTER_COMMAND = re.compile(r"\s+(?:cent|room|post|headquarters|structure)")

# Nouns that, once the article has a joint centre, refer back to one on their own.
_BARE_CENTRE_RE = re.compile(r"cent(?:er|re)s?|facilit(?:y|ies)|rooms?|headquarters")

_BARE_STEMS = frozenset(["cent", "facilit", "room", "headquarter"])

_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")

# the stem of a count standing for centres ("four more"): see _COUNTED_ONES
_COUNTED = "counted"

_ONE_WORDS = frozenset(["one", "ones", "other", "others", _COUNTED])

_ORDINAL_BEFORE = re.compile(r"(?:another|second|third|fourth|other|new|more)$")

_ONE_WORD = re.compile(r"ones?\b")

# A count standing for centres said before, as the subject of where they are: "One more,
# located at X, is still to open", "there are four more, on the borders at A-B", "The
# original five are located in A, B and C" (not "two more years", "the remaining two
# vessels": a noun follows the count)
_COUNT = rf"(?:one|{COUNT_WORD})"
_COUNTED_ONES = re.compile(
    rf"\b(?:{_COUNT}\s+more|the\s+(?:original|remaining|existing|other)\s+{_COUNT})"
    r"(?=\s*,?\s+(?:(?:is|are|was|were|will|would)\b|(?:located|sited|based|housed|"
    r"situated)\s+(?:in|at)\b|(?:on|in|at)\s+(?:the\s+)?(?:borders?\s+(?:at|of)\s+)?[a-z]))")

_COUNT_THEN_SPACE = re.compile(rf"{_COUNT}\s")
_SUCH_ONES = re.compile(rf"(?:\S*\s)?\b((?:{_COUNT}\s+)?such\s+(?:units|sites|facilities|offices|"
                        r"posts|cent(?:er|re)s|bases|hubs|stations|points|cells|rooms|"
                        r"headquarters))\b(?=\s*,?\s+(?:in|at|are|were|will|would|include|:))")
_THE_SITES = re.compile(rf"the\s+(?:{_COUNT}\s+)?(?:sites|locations)\b(?=\s*(?::|\s+(?:are|were|"
                        r"will\s+be|would\s+be|include)\b))")

# "the other at X", "the others would be in X"
_OTHERS_PLACED = re.compile(r"(?P<noun>others?)\s+(?:(?:(?:would|will|could|are|were|is)\s+"
                            r"(?:be\s+)?)?(?:at|in|near)|are|include|included)\b")

_POSSESSIVE_BEFORE = ("'s ", "’s ")

# A centre set up between governments: "under an agreement between Rome and Tirana",
# "under the Meloni-Rama deal", "a US-Turkish deal".
_DEAL = r"(?:agreement|deal|accord|pact|protocol|memorandum)"

_DEAL_BETWEEN_RE = re.compile(
    rf"\b(?:{_DEAL}|arrangement)s?\b[^.;]{{0,40}}?"
    r"\bbetween\s+(?:the\s+)?[A-Z]")

# "after signing the agreement with her Albanian counterpart", "Albania, Italy sign deal"
_DEAL_WITH_COUNTERPART_RE = re.compile(
    rf"\b{_DEAL}s?\b[^.;]{{0,60}}?\bcounterparts?\b")

_TWO_SIDES_SIGN_RE = re.compile(
    r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*(?:,|and|&)\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"\s+(?:sign|agree|reach|strike|seal|ink)(?:s|ed)?\b[^.;]{0,30}?"
    rf"\b{_DEAL}")

# "Russian-Turkish", "US-Iraqi", "Baghdad-Erbil" right before a centre noun (not Al-Qaeda)
_PAIR_ADJECTIVE_BEFORE = re.compile(
    r"\b(?!(?:Al|El|Ad|Ar|As|Ash|At|Az|An|Abu|Bin|Ibn|Abd|Bani|Beni)[-–])"
    r"[A-Z][\w'’]+[-–][A-Z][\w'’]+\s+(?:[a-z][\w-]*\s+){0,2}$")

# "The ministers also agreed to create a counter-terrorism center": several parties set
# it up together
_PARTIES_AGREED_RE = re.compile(
    r"\b(?:[Mm]inisters|[Ll]eaders|[Cc]ountries|[Ss]tates|[Nn]ations|[Gg]overnments|"
    r"[Ss]ides|[Pp]arties|[Mm]embers|[Cc]hiefs|[Aa]llies)\s+(?:\w+\s+){0,2}?agreed\s+to\s+"
    r"(?:create|establish|set\s+up|open|build|form|launch)\b")

# "Uzbekistan and Tajikistan to open a new border post": two sides open it together
_TWO_SIDES_OPEN_RE = re.compile(
    r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:and|&)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"\s+(?:to\s+|will\s+)?(?:open|set\s+up|build|establish|launch|inaugurate|"
    # "Mexico and US team up on migrant center in Tapachula"
    r"team\s+up|join\s+forces)(?:s|ed)?\b")

# "a naval base in Port Sudan under a deal with Khartoum": one state's centre on another's
# soil by a deal between them
_UNDER_DEAL_WITH_RE = re.compile(rf"\bunder\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?{_DEAL}s?\s+"
                                 r"with\s+(?:the\s+)?[A-Z]")

_HYPHENATED_DEAL_RE = re.compile(
    rf"\b[A-Z][\w'’]+[-–][A-Z][\w'’]+\s+{_DEAL}")

_NOT_JOINT_BEFORE = re.compile(
    r"\b(?:city|town|shopping|health|medical|detention|data|community|cultural|research|"
    r"call|trade|convention|visitors?|youth|sports?|leisure|garden|treatment|"
    r"rehabilitation|vaccination|testing|test|distribution|reception|fitness|"
    r"administrative|commercial|urban|historic|nerve|dialysis|cancer|care|"
    # "sleeper cells", "ISIS cells", "a militant base": the other side's, not a joint one
    # (not "a regional anti-terror centre", "counter-terrorist centre")
    r"sleeper|(?<!anti-)(?<!counter-)terror(?:ist)?|militant|insurgent|extremist|jihadist|"
    r"isis|daesh|"
    r"prison|jail|solar|fuel|stem|blood|"
    # "the Integrated Command and Control Centre" of a smart city: one city's
    r"command\s+and\s+control)\s*-?\s*$")

# "centre-left", "centre stage"; "the High-Level Security Mechanism meeting": an event
_NOT_JOINT_AFTER = re.compile(r"\s*(?:-(?:left|right)\b|stage\b|ground\b|meetings?\b|"
                              r"talks\b|sessions?\b|summit\b|conference\b)")

# a single state's demonym right before a qualifier that says no sharing, or opening the
# name of the service that owns it ("the Indian Coast Guard's Maritime Rescue Coordination
# Centres")
_ONE_STATES_BEFORE_QUALIFIER = re.compile(r"(?<![-–/\w])([A-Z][a-z]+)\s+"
                                          r"(?:(?:[A-Z][\w-]*\s+){0,3}?[A-Z][\w-]*['’]s\s+"
                                          r"(?:[A-Z][\w-]*\s+){0,3})?$")
_WEAK_QUALIFIER = re.compile(r"(?:command|operations?|security|coordination|co-ordination|"
                             r"monitoring|intelligence|fusion|liaison)\b")


def _one_states(text: str, lower: str, qualifier_start: int) -> bool:
    """Does one state's demonym stand right before a qualifier that says no sharing?"""
    if not _WEAK_QUALIFIER.match(lower, qualifier_start):
        return False
    owner = _ONE_STATES_BEFORE_QUALIFIER.search(text, max(0, qualifier_start - 70),
                                                qualifier_start)
    return owner is not None and owner.group(1) in load_lexicon().demonyms


# "people crossing the border at Paga": the verb, not a crossing point
_CROSSING_VERB_AFTER = re.compile(r"\s+(?:the|into|over|from)\b")

# a centre named for the cooperation it serves: "the Khorgos International Center for
# Border Cooperation" (title case: a name, not "a centre for cooperation with schools")
_NAMED_FOR_COOPERATION = re.compile(r"\s+(?:for|of)\s+(?:[A-Z][\w-]*\s+){0,3}(?:Cooperation|"
                                    r"Co-operation|Coordination|Co-ordination|Liaison)\b"
                                    r"(?!\s+(?:with|in|on)\b)")

# "the centre of the city", "at the centre of the dispute" (but "rooms of the army" are its)
_OF_A_JOINT_BODY = re.compile(rf"\s+of\s+(?:the\s+|a\s+)?(?:new\s+)?{_QUALIFIER}\b")

_MIDDLE_OF = re.compile(r"\s*of\b(?!\s+the\s+same\s+(?:kind|type|sort)\b)")

_ACRONYM_AFTER = re.compile(r"(?:\s+(?:for|of|on)(?:\s+(?:and\s+)?[A-Z][\w-]*){1,5})?"
                            # "centres (BCCs)": "BCC"; "committees (JMC-S)": "JMC-S"
                            r"(?:\s*\(([A-Z][A-Z0-9]{1,6}(?:-[A-Z0-9]{1,3})?)s?"
                            # "(CLCP, in its Spanish acronym)", "(CCPA for its French
                            # initials)": a translated name's acronym
                            r"(?:,?\s+(?:in|by|for|from|after)\s[^()]{0,40}?"
                            r"\b(?:acronym|initials|abbreviation)s?)?\)"
                            # "a UNODC border liaison office, or BLO, in Tashkurgan"
                            r"|,\s+or\s+([A-Z][A-Z0-9]{1,6})s?,)")

_PRONOUN_SUBJECT = re.compile(
    r"[\"“‘']?(?:(?P<pronoun>it|they|these|those)\s+"
    r"(?:is|are|was|were|will|would|has|have|had)\s+(?:\w+\s+){0,3}?"
    # "These will be in the provinces of Kirkuk, Diyala and Nineveh"
    r"(?:open|set\s+up|based|located|built|established|sited|housed|to\s+be\s+in|be\s+in)"
    # "The first of them sits in Erbil province", "The third is housed inside the ministry"
    r"|the\s+(?P<ordinal>(?:first|second|third|fourth|fifth|last)(?:\s+of\s+them|\s+one)?)"
    r"\s+(?:(?:is|are|was|will\s+be)\s+)?(?:sits|lies|stands|is\s+in|housed|based|located|"
    r"sited|situated|set\s+up|opened|links|connects|joins|(?:runs|lies)\s+between))\b")


class _Ref(NamedTuple):
    """A centre reference: from its first qualifier (if any) to the end of the noun."""

    start: int
    end: int
    # a border post only one side is said to run: a centre only where its own clause says
    # it opens, is built or planned ("opened an immigration check post at X"), not where
    # it is merely the scene of something ("militants attacked a border post near X")
    needs_cue: bool = False


class _Noun(NamedTuple):
    """A centre noun of the article, with the qualifier found before it (if any)."""

    start: int
    end: int
    qualifier_start: int | None
    bilateral: bool  # its sentence says it is set up between two governments or forces
    bare_centre: bool  # "centre", "facility", "another one": may refer back to a joint centre
    sentence: Evidence | None
    stem: str  # which of _NOUN_STEMS (or the word: "ones"): "a third office" refers to a
    # joint office
    possessed: bool  # "the minister's office": someone's, not a joint one
    border_facility: bool = False  # "a border post": joint only as the meeting of two sides


def _ordinal_ones(lower: str) -> list[tuple[int, int, str]]:
    """"another one", "new ones", "the other (at X)": spans of "one(s)"/"other" standing
    for a noun said before, each with its word."""
    ones = []
    for i in find_all(lower, " one"):
        word = _ONE_WORD.match(lower, i + 1)
        if word and _ORDINAL_BEFORE.search(lower, max(0, i - 8), i):
            ones.append((*word.span(), word.group()))
    # "the ICP in Birgunj is 45 per cent built, but the ones at Biratnagar and Nepalgunj"
    # (not "the one in Odesa": a port of the ports named before)
    ones += [(i + 4, i + 8, "ones") for i in find_all(lower, "the ones ")
             if lower.startswith(("at ", "in "), i + 9)]
    others = [(i + 4, i + 4 + len(m.group("noun")), m.group("noun"))
              for i in find_all(lower, "the other")
              if (m := _OTHERS_PLACED.match(lower, i + 4))]
    counted = [(*m.span(), _COUNTED) for i in find_all(lower, " more") if i > 1
               for m in [_COUNTED_ONES.search(lower, max(0, i - 6), i + 60)]
               if m and m.end() == i + 5]
    for i in find_all(lower, "the "):
        # "The original five are located in", "the sites are: A, B"
        if lower.startswith(("original ", "remaining ", "existing ", "other "), i + 4):
            m = _COUNTED_ONES.match(lower, i)
        elif lower.startswith(("sites", "locations"), i + 4) \
                or _COUNT_THEN_SPACE.match(lower, i + 4):
            m = _THE_SITES.match(lower, i)
        else:
            continue
        if m:
            counted.append((*m.span(), _COUNTED))
    # "six such units, in A (X), B (Y)": the centres said before
    counted += [(*m.span(1), _COUNTED) for i in find_all(lower, "such ")
                for m in [_SUCH_ONES.match(lower, max(0, i - 6))] if m and i > 0]
    return ones + others + counted


def _find_nouns(lower: str) -> list[tuple[int, int, str]]:
    """Centre nouns of the lower-cased article, each with its stem, found with str.find
    (a regex scan of the whole article was the largest single cost of the roles stage)."""
    found = []
    for stem in _NOUN_STEMS:
        for i in find_all(lower, stem):
            if m := _NOUN_RE.match(lower, i):
                found.append((i, m.end(), stem))
    return sorted(found)


_NAME_LINKS = frozenset(["and", "of", "for", "the", "on", "&"])


def _initials(text: str, noun: _Noun) -> str | None:
    """The initials of a capitalised centre name ending with the noun ("Joint Border
    Verification and Monitoring Mechanism" -> "JBVMM"), or None."""
    if noun.qualifier_start is None or noun.qualifier_start >= noun.start:
        return None
    # "one-stop border post" -> "OSBP": each part of a hyphenated word gives its letter;
    # a lower-case name counts as well, since the caller looks the initials up in capitals
    # ("integrated check posts" ... "the ICPs at Attari")
    words = text[noun.qualifier_start:noun.end].replace("-", " ").split()
    heads = [w for w in words if w.lower() not in _NAME_LINKS]
    if len(heads) < 3 or not all(w[:1].isalpha() for w in heads):
        return None
    return "".join(w[0] for w in heads).upper()


def _acronym_nouns(text: str, lower: str, nouns: list[_Noun], sentences: list[Evidence],
                   starts: list[int]) -> list[_Noun]:
    """Discourse memory of names: "the Civil-Military Coordination Center (CMCC)" makes
    every later "CMCC" the same joint centre ("the CMCC at Kiryat Gat"). Each acronym is
    looked for once, however often the article defines it."""
    defined: dict[str, set[int]] = {}  # acronym -> where its definitions write it
    for n in nouns:
        if n.qualifier_start is None and not n.bilateral:
            continue
        m = _ACRONYM_AFTER.match(text, n.end)
        if m is not None:
            group = 1 if m.group(1) else 2
            defined.setdefault(m.group(group).lower(), set()).add(m.start(group))
        elif (initials := _initials(text, n)) is not None and initials in text:
            # "a Joint Border Verification and Monitoring Mechanism" ... "JBVMM sites"
            defined.setdefault(initials.lower(), set())
    found = []
    for acronym, definitions in defined.items():
        for i in find_all(lower, acronym):
            end = i + len(acronym)
            end += lower.startswith("s", end) and not lower[end + 1:end + 2].isalnum()
            if (i not in definitions and (i == 0 or not lower[i - 1].isalnum())
                    and (end == len(lower) or not lower[end].isalnum())):
                sentence = sentence_at(sentences, i, starts)
                found.append(_Noun(i, end, i, False, False, sentence, "acronym", False))
    return found


def centre_nouns(text: str, lower: str, sentences: list[Evidence], starts: list[int]
                 ) -> list[_Noun]:
    nouns: list[_Noun] = []
    bilateral_sentences: dict[int, bool] = {}
    truce = _TRUCE.search(lower) is not None
    field_mission = "mission" in lower and _FIELD_WORK.search(lower) is not None
    joint_force = ("force" in lower or "commission" in lower or "brigade" in lower
                   or "committee" in lower) \
        and _JOINT_FORCE.search(lower) is not None
    for start, end, stem in sorted(_find_nouns(lower) + _ordinal_ones(lower)):
        if not _is_joint_noun(lower, start, end) \
                or (stem == "crossing" and _CROSSING_VERB_AFTER.match(lower, end)):
            continue
        sentence = sentence_at(sentences, start, starts)
        force_noun = joint_force and stem in _FORCE_STEMS \
            and not _OTHER_OWNER_BEFORE.search(lower, max(0, start - 24), start)
        if stem == "command" and not (
                _joint_command(lower, start, end, sentence)
                or (force_noun and _FORCE_COMMAND_BEFORE.search(lower, max(0, start - 20),
                                                                 start))):
            continue
        if stem in _BODY_STEMS:
            monitors = _MONITORS_BEFORE.search(lower, max(0, start - 50), start)
            if monitors is None and any(n.stem == stem for n in nouns) \
                    and _BODY_BACK_BEFORE.search(lower, max(0, start - 24), start) \
                    and _BODY_SITED_AFTER.match(lower, end):
                # "The three teams that remain are located in Juba": the monitoring
                # teams named before (refers back, see centre_references)
                nouns.append(_Noun(start, end, None, False, False, sentence, stem, False))
                continue
            if monitors is None:
                continue
            nouns.append(_Noun(start, end, monitors.start(), False, False, sentence, stem,
                               False))
            continue
        qualifier = _QUALIFIER_BEFORE_RE.search(lower, max(0, start - WINDOW), start)
        if qualifier is not None and (verb := _VERB_INSIDE.search(lower, qualifier.start() + 1,
                                                                   start)) is not None:
            # "Security coalition opens joint headquarters": the qualifier after the verb
            qualifier = _QUALIFIER_BEFORE_RE.search(lower, verb.end(), start)
        border_facility = False
        if qualifier and qualifier.group().startswith("monitoring") and not truce:
            qualifier = None  # "the air quality monitoring centre": no truce to monitor
        if qualifier and (qualifier.group().startswith("security")
                          or (stem == "headquarter" and qualifier.group().startswith("command"))) \
                and text[qualifier.start()].isupper() and text[start].isupper():
            # "Iraq's Security Media Cell", "U.S. Space Command Headquarters": one state's
            # body by its name (not "Security Coordination Centre": another qualifier in
            # the name)
            qualifier = _QUALIFIER_BEFORE_RE.search(lower, qualifier.start() + 1, start)
        if qualifier and _one_states(text, lower, qualifier.start()):
            # "Peshmerga commander calls at Iraqi command centre in Mosul", "the Turkish
            # operations centre in Gaziantep": one state's (not "Russian-Turkish", "joint")
            qualifier = None
        if qualifier is None and stem in _FIELD_STEMS and field_mission:
            qualifier = _FIELD_BASE_BEFORE.search(lower, max(0, start - 24), start)
        if qualifier is None and stem in _UN_BASE_STEMS:
            # "a United Nations base in Kidal", "the UN peacekeeping base": a base the
            # troops of many states share
            qualifier = _UN_BASE_BEFORE.search(lower, max(0, start - 40), start)
        if qualifier is None and stem in _ALLIANCE_STEMS:
            # "NATO's six new small headquarters in Eastern Europe": the allies' own
            qualifier = _ALLIANCE_OWNED_BEFORE.search(lower, max(0, start - 40), start)
        if qualifier is None and stem == "headquarter" and field_mission:
            # "the Mission headquarters in Pemba", "its headquarters will be in Larissa"
            qualifier = _MISSION_HQ_BEFORE.search(lower, max(0, start - 16), start)
        if qualifier is None:
            # "the two countries jointly inaugurated the land border crossing at X"
            qualifier = _JOINTLY_VERB_BEFORE.search(lower, max(0, start - 60), start)
        if qualifier is None and stem in ("checkpost", "checkpoint"):
            # "the integrated checkpost at Moreh" (the lookahead of "integrated" in
            # _QUALIFIER cannot see a noun written as one word)
            qualifier = _INTEGRATED_BEFORE.search(lower, max(0, start - 12), start)
        if qualifier is None and stem == "meeting point":
            # "a sixth meeting point for their armies along the Line of Actual Control"
            qualifier = _FOR_ARMIES_AFTER.match(lower, end)
        if qualifier is None and stem in _BORDER_FACILITY_STEMS and (
                stem != "crossing" or _CROSSING_POINT_AFTER.match(lower, end)):
            qualifier = _BORDER_FACILITY_BEFORE.search(lower, max(0, start - 20), start)
            border_facility = qualifier is not None
        if qualifier is None:
            qualifier = _SHARED_WORK_BEFORE.search(lower, max(0, start - 40), start) or (
                _SHARED_HUB_BEFORE.search(lower, max(0, start - 20), start)
                if stem in _HUB_STEMS else None)
        qualifier_start = qualifier.start() if qualifier else _named_qualifier(text, lower,
                                                                              start)
        if qualifier is not None and qualifier.re is _JOINTLY_VERB_BEFORE:
            qualifier_start = qualifier.start("det")  # the verb is what is said of it
        elif qualifier is not None and qualifier.re is _FOR_ARMIES_AFTER:
            qualifier_start = start  # said after the noun
        if qualifier_start is None and sentence is not None:
            qualifier_start = _pair_adjective_start(sentence, start)
        if qualifier_start is None and force_noun:
            qualifier_start = start  # "the MNJTF ... has its headquarters in Ndjamena"
        if qualifier_start is None and (_OF_A_JOINT_BODY.match(lower, end)
                                        or _UNDER_JOINT_AFTER.match(lower, end)
                                        or _NAMED_FOR_COOPERATION.match(text, end)):
            qualifier_start = start  # "the headquarters of the joint ... Brigade"
        bilateral = False
        # Only a noun without a qualifier in its sentence needs a bilateral sentence; a
        # crossing is a joint facility only where the words say so (or refer back to one)
        qualified = qualifier_start is not None and sentence is not None \
            and qualifier_start >= sentence.start
        if sentence is not None and (not qualified or border_facility) and stem != "crossing":
            if sentence.start not in bilateral_sentences:
                bilateral_sentences[sentence.start] = _is_bilateral(sentence.sentence)
            bilateral = bilateral_sentences[sentence.start]
            # "Uzbekistan and Tajikistan to open a new border post": both sides' post
            border_facility = border_facility and not bilateral
        bare = stem in _ONE_WORDS or (stem in _BARE_STEMS
                                      and bool(_BARE_CENTRE_RE.fullmatch(lower, start, end))
                                      # not "the Petroleum Facilities Guards": a word
                                      # inside a name that goes on
                                      and not _NAME_GOES_ON.match(text, end)
                                      # not "the Force Headquarters base": a name's word
                                      and (stem != "headquarter" or text[start].islower()))
        nouns.append(_Noun(start, end, qualifier_start, bilateral,
                           bare, sentence, stem,
                           lower.endswith(_POSSESSIVE_BEFORE, 0, start), border_facility))
    checks = _joint_checks(lower, sentences, starts)
    if checks:
        nouns = sorted(nouns + checks, key=attrgetter("start"))
    pronouns = _subject_pronouns(lower, nouns, sentences)
    if pronouns:
        nouns = sorted(nouns + pronouns, key=attrgetter("start"))
    acronyms = _acronym_nouns(text, lower, nouns, sentences, starts)
    if acronyms:
        nouns = sorted(nouns + acronyms, key=attrgetter("start"))
    return nouns


# Controls both sides run together at a crossing: "joint control at the Kuchurhan rail
# crossing", "single-stop inspections at the Dansavan-Lao Bao border crossing",
# "juxtaposed controls at Calais" (at a site only: "joint control of Kirkuk" is no post)
_JOINT_CHECK_BEFORE = re.compile(
    r"\b(?:joint|one[\s-]stop|single[\s-]stop|juxtaposed|shared|common)"
    r"(?:\s+(?:border|customs|passport|immigration|and\s+[a-z]+))*\s+$")
_CHECK_WORD = re.compile(r"(?:controls?|checks?|inspections?)(?=\s+at\s)")


def _joint_checks(lower: str, sentences: list[Evidence], starts: list[int]) -> list[_Noun]:
    """The joint controls of the article, as centre nouns (stem "control")."""
    found = []
    for word in ("control", "check", "inspection"):
        for i in find_all(lower, word):
            noun = _CHECK_WORD.match(lower, i)
            if noun is None:
                continue
            qualifier = _JOINT_CHECK_BEFORE.search(lower, max(0, i - 40), i)
            if qualifier is not None:
                found.append(_Noun(i, noun.end(), qualifier.start(), False, False,
                                   sentence_at(sentences, i, starts), "control", False))
    return found


def _subject_pronouns(lower: str, nouns: list[_Noun], sentences: list[Evidence]
                      ) -> list[_Noun]:
    """"... a joint checkpoint. It is due to open in X", "... centres. These will be in A":
    a sentence that opens with "it", "they", "these" or "those" and a siting verb, right
    after a sentence about a centre, is about it (a reference only in an article with a
    joint centre: see centre_references)."""
    if not any(n.qualifier_start is not None or n.bilateral for n in nouns):
        return []
    joint_sentences = {n.sentence.start for n in nouns
                       if n.sentence is not None and not n.possessed}
    found = []
    for before, sentence in itertools.pairwise(sentences):
        if before.start in joint_sentences \
                and (m := _PRONOUN_SUBJECT.match(lower, sentence.start)) is not None:
            joint_sentences.add(sentence.start)  # "The first ... The second ... The third"
            word = "pronoun" if m.group("pronoun") else "ordinal"
            found.append(_Noun(m.start(word), m.end(word), None,
                               False, True, sentence, "it", False))
    return found


def _named_qualifier(text: str, lower: str, start: int) -> int | None:
    """coordinated_name: "the Joint Analysis, Training and Education Centre": a centre's
    name in title case whose first word is a qualifier, however many words it lists."""
    if not text[start:start + 1].isupper():
        return None
    named = _NAMED_QUALIFIER_BEFORE.search(lower, max(0, start - WINDOW), start)
    if named is None:
        return None
    name_words = [w for w in text[named.start():start].replace(",", " ").split()
                  if w not in ("and", "of", "for", "&")]
    return named.start() if all(w[:1].isupper() for w in name_words) else None


def _joint_command(lower: str, start: int, end: int, sentence: Evidence | None) -> bool:
    """"a joint (operations) command" in lower case: a centre; "the Joint Operations
    Command" is an institution's name, and "a joint command centre" has its own noun."""
    return (sentence is not None and sentence.sentence[start - sentence.start].islower()
            and _JOINT_COMMAND_BEFORE.search(lower, max(0, start - 40), start) is not None
            and not _NOUN_AFTER_COMMAND.match(lower, end))


def _pair_adjective_start(sentence: Evidence, start: int) -> int | None:
    """"A Russian-Turkish monitoring centre": two parties joined by a hyphen right before
    the noun make it joint (in the article's own capitals, so "long-term" does not); the
    pair's offset in the article."""
    at = sentence.start
    window = max(0, start - at - WINDOW), start - at
    before = sentence.sentence[slice(*window)]
    if "-" not in before and "–" not in before:
        return None  # most nouns: no hyphen before them, no regex run
    found = _PAIR_ADJECTIVE_BEFORE.search(sentence.sentence, *window)
    return found.start() + at if found else None


def centre_references(nouns: list[_Noun]) -> dict[int, list[_Ref]]:
    """Centre references by the start of their sentence, in offsets relative to it."""
    joint = [n for n in nouns if n.qualifier_start is not None or n.bilateral]
    has_joint = any(not n.border_facility for n in joint)
    joint_stems = {_STEM_FAMILY.get(n.stem, n.stem) for n in joint if not n.border_facility}
    # "a new border post at X ... the checkpoint": the same one-sided kind of post
    border_stems = {_STEM_FAMILY.get(n.stem, n.stem) for n in joint if n.border_facility}
    refs: dict[int, list[_Ref]] = {}
    last_joint = False  # whether the noun before was a joint centre's
    for n in nouns:
        # "the other four are in X" counts the last nouns named: joint centres only if
        # those were ("Twelve of them [border crossing points] lie in A, the other four")
        counted_other = n.stem == _COUNTED and not last_joint
        last_joint = False
        if n.sentence is None or counted_other:
            continue
        at = n.sentence.start
        family = _STEM_FAMILY.get(n.stem, n.stem)
        if n.qualifier_start is not None and n.qualifier_start >= at:
            refs.setdefault(at, []).append(_Ref(n.qualifier_start - at, n.end - at,
                                                n.border_facility))
            last_joint = not n.border_facility
        elif n.bilateral or (has_joint and not n.possessed
                             and (n.bare_centre or family in joint_stems)):
            refs.setdefault(at, []).append(_Ref(n.start - at, n.end - at))
            last_joint = not n.border_facility
        elif not n.possessed and family in border_stems:
            refs.setdefault(at, []).append(_Ref(n.start - at, n.end - at, True))
    return refs


# Words for one border facility: "a new border post ... The checkpoint being built"
_STEM_FAMILY = {"control": "border", "post": "border", "checkpost": "border",
                "checkpoint": "border", "station": "border", "crossing": "border",
                "control point": "border", "meeting point": "border", "complex": "border"}


def _is_bilateral(sentence: str) -> bool:
    # The substring tests skip most sentences before any regex runs.
    return bool(("between" in sentence and _DEAL_BETWEEN_RE.search(sentence))
                or (("-" in sentence or "–" in sentence)
                    and _HYPHENATED_DEAL_RE.search(sentence))
                or ("counterpart" in sentence and _DEAL_WITH_COUNTERPART_RE.search(sentence))
                or ("under" in sentence and _UNDER_DEAL_WITH_RE.search(sentence))
                or _TWO_SIDES_SIGN_RE.match(sentence)
                or _TWO_SIDES_OPEN_RE.match(sentence)
                or (" agreed to " in sentence and _PARTIES_AGREED_RE.search(sentence)))


def _is_joint_noun(lower: str, start: int, end: int) -> bool:
    # the window holds the one word _NOT_JOINT_BEFORE looks at ("rehabilitation - ")
    return not (_NOT_JOINT_BEFORE.search(lower, max(0, start - 24), start)
                or _NOT_JOINT_AFTER.match(lower, end)
                # (not "the cooperation centres of A and B": the middle is one)
                or (lower.startswith("cent", start) and not lower.endswith("s", 0, end)
                    and _MIDDLE_OF.match(lower, end)))
