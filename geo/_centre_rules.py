"""The joint-centre rules: centre references, their places and their status.

See :mod:`geo.roles` for the rules in words. Each public function takes a
:class:`~geo._role_view.SentenceView` (and the article's centre references) and returns
:class:`~geo._role_view.Finding` s.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import NamedTuple

from geo._role_view import (
    KIND_WORD,
    NO_CUE,
    OPERATING_CUE,
    WINDOW,
    Finding,
    SentenceView,
    Status,
    find_all,
    words,
)
from geo.lexicon import ORG_WORDS
from geo.sentences import sentence_at
from geo.types import Evidence

__all__ = ["CAPITALISED_NAME", "centre_findings", "centre_nouns", "centre_references"]

# what a definite noun ("the district", "there") at an offset of a sentence refers back to
ReferBack = Callable[[SentenceView, str, int], str | None]

# Every pattern without a capital letter in it is matched against the lower-cased text
# (see lower_text): the same patterns compiled with re.I made this stage three times slower.
_CENTRE_NOUN = (r"(?:cent(?:er|re)s?|rooms?|offices?|cells?|bases?|headquarters|hubs?|"
                r"facilit(?:y|ies)|commands?|mechanisms?|stations?|posts?|checkpoints?|"
                r"crossings?|hq|missions?|teams?|commissions?|committees?)")

_QUALIFIER = (r"(?:joint(?:ly)?|coordination|co-ordination|operations?|command|security|combined|"
              r"monitoring|liaison|fusion|intelligence-sharing|common|bilateral|trilateral|"
              r"binational|bi-national|multinational|shared|nato|one[\s-]stop|"
              # "the second integrated check post" (India-Nepal's joint border posts)
              r"integrated(?=\s+(?:check|border))|"
              # "a single checkpoint at Giurgiulesti": both countries' checks in one place
              r"single(?=\s+(?:checkpoint|border\s+post|window)))")

# Centres whose work states or agencies share, right before the noun (at most one word
# between): "a civil-military crisis centre", "a regional counter-terrorism centre", "a
# WFP logistics hub", "return hubs" (not "the counter-terror force moves its headquarters")
_SHARED_WORK_BEFORE = re.compile(
    r"\b(?:civil-military|counter-?terror(?:ism)?|anti-terror(?:ism)?|crisis\s+management)"
    r"(?:\s+[a-z-]+)?\s+$")
# ... and for a hub only: "a humanitarian logistics hub", "return hubs" (not "a tax
# return centre", "a logistics base" of one navy abroad)
_SHARED_HUB_BEFORE = re.compile(r"\b(?:humanitarian|logistics|(?<!tax\s)return)\s+$")
_HUB_STEMS = frozenset(["hub"])

# A monitoring centre is a joint one in an article about a truce it monitors
_TRUCE = re.compile(r"\b(?:truce|ceasefire|cease-fire|armistice|de-escalation|peace\s+deal|"
                    r"peace\s+agreement)")

# A monitoring mission's field bases ("patrols from its operational hubs in A and B",
# "three Forward Patrol Bases"): joint centres in an article about a mission that patrols,
# monitors or observes (not "Ryanair's operational base")
_FIELD_WORK = re.compile(r"\b(?:patrols|patrolling|monitors|monitoring|observers|observe|"
                         r"escorts?|escorting|protect|protecting|training\s+mission|"
                         r"peacekeeping|peace-keeping)\b")
_FIELD_STEMS = frozenset(["hub", "base", "post"])
_MISSION_HQ_BEFORE = re.compile(r"\b(?:mission(?:['’]s)?|its|the)\s+(?:new\s+|operational\s+)?$")
_FIELD_BASE_BEFORE = re.compile(r"\b(?:operational|forward(?:\s+patrol)?|patrol|field)\s+$")

# A force several states or armies put together; its headquarters, sector commands and
# bases are joint ones ("the Multinational Joint Task Force ... its headquarters is in
# Baga"), unlike "police headquarters" or "the party's base"
_JOINT_FORCE = re.compile(r"\b(?:joint|multinational|multi-national|unified|combined)\s+"
                          r"(?:[a-z0-9-]+\s+){0,2}?(?:task\s+force|force|military\s+commission|"
                          r"brigades?)\b")
_FORCE_STEMS = frozenset(["headquarter", "command", "base", "hq"])
_FORCE_COMMAND_BEFORE = re.compile(r"\b(?:sector|regional|unified|forward|tactical)\s+"
                                   r"(?:\d+\s+)?$")
_OTHER_OWNER_BEFORE = re.compile(
    r"\b(?:police|party|company|ministry|government|campaign|fire|county|state|city|"
    r"university|corporate|army|navy|division|embassy|insurgents?|militants?|rebels?|"
    r"terrorists?|isis|daesh|boko\s+haram|al-qaeda|militia)(?:['’]s)?\s+(?:[a-z-]+\s+)?$")

_LEAD_RE = re.compile(rf"\s+(?:{_QUALIFIER}\s+)*$")

# A qualifier at most three words before the noun ("joint security coordination centers").
_QUALIFIER_BEFORE_RE = re.compile(rf"\b{_QUALIFIER}(?:[\s-]+[\w-]+){{0,3}}?[\s-]+$")

_NAMED_QUALIFIER_BEFORE = re.compile(r"\b(?:joint|coordination|co-ordination|combined)\s+"
                                     r"(?:[\w-]+,?\s+(?:and\s+|&\s+)?){1,6}$")
_NOUN_RE = re.compile(rf"\b{_CENTRE_NOUN}\b")

# Where each _CENTRE_NOUN form starts (test_roles checks the two stay in step).
_NOUN_STEMS = ("cent", "room", "office", "cell", "base", "headquarter", "hub", "facilit",
               "command", "mechanism", "station", "post", "checkpoint", "crossing", "hq",
               "mission", "team", "commission", "committee")

# A mission, team or commission is a centre only as a truce's monitors ("the AU monitoring,
# verification and compliance mission", "an Interim Observer Team"), not "a joint team of
# experts"; where it is based is where the centre is
_BODY_STEMS = frozenset(["mission", "team", "commission", "committee"])
_MONITORS_BEFORE = re.compile(r"\b(?:observer|observation|monitoring|verification|ceasefire|"
                              r"cease-fire|truce|peacekeeping)(?:,?\s+[a-z-]+){0,3}?\s+$")

# "the centres are in X", "is already at X": where existing centres are
_PRESENT_SITE = re.compile(r"\s+(?:is|are)\s+(?:now\s+|already\s+)?(?:(?:located\s+|based\s+|"
                           r"housed\s+)?(?:in|at)\s+(?:the\s+)?)?")

_BODY_NAMES = frozenset(["Mission", "Team", "Commission", "Committee"])
_NAMED_BODY_IN = re.compile(r"\s+(?:in|to|for)\s+(?:the\s+)?")

# "Two crossings began operating under joint management": a qualifier after the noun
_UNDER_JOINT_AFTER = re.compile(r"[^.;]{0,60}?\bunder\s+joint\s+(?:management|control|"
                                r"administration|supervision|operation)\b")

# "a joint (operations) command" is a centre (see _joint_command)
_JOINT_COMMAND_BEFORE = re.compile(r"\bjoint\s+(?:[a-z-]+\s+){0,2}$")

_NOUN_AFTER_COMMAND = re.compile(r"\s+(?:cent|room|post|headquarters|structure)")

# Nouns that, once the article has a joint centre, refer back to one on their own.
_BARE_CENTRE_RE = re.compile(r"cent(?:er|re)s?|facilit(?:y|ies)|rooms?|headquarters")

_BARE_STEMS = frozenset(["cent", "facilit", "room", "headquarter"])

_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")

_ONE_WORDS = frozenset(["one", "ones", "other", "others"])

_ORDINAL_BEFORE = re.compile(r"(?:another|second|third|fourth|other|new|more)$")

_ONE_WORD = re.compile(r"ones?\b")

# "the other at X", "the others would be in X"
_OTHERS_PLACED = re.compile(r"(?P<noun>others?)\s+(?:(?:(?:would|will|could|are|were|is)\s+"
                            r"(?:be\s+)?)?(?:at|in|near)|are|include|included)\b")
# "Among the others are A, B and C": the other centres named by their places
_OTHERS_ARE = re.compile(r"\s+(?:are|include|included)\s+$")

CAPITALISED_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"

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
    r"\s+(?:to\s+|will\s+)?(?:open|set\s+up|build|establish|launch|inaugurate)(?:s|ed)?\b")

_HYPHENATED_DEAL_RE = re.compile(
    rf"\b[A-Z][\w'’]+[-–][A-Z][\w'’]+\s+{_DEAL}")

_NOT_JOINT_BEFORE = re.compile(
    r"\b(?:city|town|shopping|health|medical|detention|data|community|cultural|research|"
    r"call|trade|convention|visitors?|youth|sports?|leisure|garden|treatment|"
    r"rehabilitation|vaccination|testing|test|distribution|reception|fitness|"
    r"administrative|commercial|urban|historic|nerve|dialysis|cancer|care|"
    # "sleeper cells", "ISIS cells", "a militant base": the other side's, not a joint one
    r"sleeper|terror|terrorist|militant|insurgent|extremist|jihadist|isis|daesh|"
    r"prison|jail|solar|fuel|stem|blood)\s*-?\s*$")

# "centre-left", "centre stage"; "the High-Level Security Mechanism meeting": an event
_NOT_JOINT_AFTER = re.compile(r"\s*(?:-(?:left|right)\b|stage\b|ground\b|meetings?\b|"
                              r"talks\b|sessions?\b|summit\b|conference\b)")

# "the centre of the city", "at the centre of the dispute" (but "rooms of the army" are its)
_OF_A_JOINT_BODY = re.compile(rf"\s+of\s+(?:the\s+|a\s+)?(?:new\s+)?{_QUALIFIER}\b")

_MIDDLE_OF = re.compile(r"\s*of\b(?!\s+the\s+same\s+(?:kind|type|sort)\b)")

_PROPOSED_CUES = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|discussions?|talks?|propos(?:ed|es|ing|al|als)|"
    r"plan(?:s|ned|ning)?|consider(?:s|ed|ing)?|negotiat(?:e|es|ed|ing|ions?)|"
    # "may", not the month of "3 May", "May 2024" or "in May"
    r"expected|(?<!\d\s)(?<!\bin\s)(?<!\bby\s)(?<!since\s)(?<!until\s)(?<!\bof\s)(?<!last\s)"
    r"(?<!next\s)(?<!early\s)(?<!late\s)(?<!mid-)may(?!\s+\d)|might|could|"
    r"suggest(?:s|ed|ing)?|call(?:s|ed)? for|"
    r"urg(?:e|es|ed)|"
    # "asked them to start building 13 more posts": a request, not yet done
    r"ask(?:s|ed)?(?=\s+(?:\w+\s+){0,2}?to\s)|request(?:s|ed)?(?=\s+(?:\w+\s+){0,2}?to\s)|"
    # "to hasten the opening of the room": not open yet
    r"(?:hasten(?:s|ed|ing)?|expedit(?:e|es|ed|ing)|speed(?:s|ing)?\s+up|accelerat(?:e|es|ed|ing))"
    r"\s+(?:the\s+)?(?:opening|establishment|launch|creation|formation|setting\s+up)|"
    r"study(?:ing)?|explor(?:e|es|ed|ing)|seek(?:s|ing)?|want(?:s|ed)?|hope(?:s|d)?|"
    r"in dispute|left to|"
    # "a meeting in order to ... bring others into service in X": what it is meant to do
    r"in\s+order\s+to|so\s+as\s+to|on\s+the\s+agenda|"
    # "have held a series of meetings to set up joint rooms": still being arranged
    r"(?:meetings?|met)\s+to\s+(?:set\s+up|establish|open|form|create)|"
    # "the post should be running by March", "is due to be completed", "the priority is to
    # open a base": not there yet
    r"should\s+be\s+(?:running|operational|open|ready|completed|finished|built|set\s+up|up)|"
    r"(?:due|expected|set)\s+to\s+be\s+(?:completed|finished|built|ready)|"
    r"(?:priority|aim|goal|intention|plan|idea)\s+is\s+to|"
    # "left open where it would be based", "still to be settled": not decided
    r"(?:left|leaves?|leaving)\s+open|undecided|to\s+be\s+(?:settled|decided|determined)|"
    r"aim(?:s|ed)? to|intend(?:s|ed)? to|envisag(?:e|es|ed)|"
    r"prepar(?:e|es|ing) to|under\s+way|underway|under\s+construction|being\s+built|"
    r"(?:nearly|almost)\s+(?:finished|complete|completed|done)|nearing\s+completion|"
    # building has begun, the centre is not there yet
    r"foundation\s+stone|ground-?breaking|broke\s+ground|"
    # a plan worded around the opening verb: "are to be established", "still to be set
    # up", "supposed to be opened" (the verb after it is governed: see _GOVERNED_GAP)
    # ("are to be set up" is a future, see _status)
    r"(?:still|yet|supposed|meant)\s+to\s+be|"
    # "the second phase includes opening joint centres in X": a later stage of a plan
    r"(?:second|next|third|later|final|future)\s+(?:phase|stage)|"
    # "working on a plan", "will work to open"; not "began work on Sunday"
    r"work(?:s|ing) (?:to|on|towards)|(?:will|to) work (?:to|on|towards))\b")

_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:a|an)\s+$")

_ANNOUNCED_CUES = re.compile(
    r"\b(?:agree(?:d|s|ment)?|decided|decision|establish(?:ed|es|ing)?|set up|opened|opens|"
    r"open(?:ing)?|inaugurat(?:ed|es)|launch(?:ed|es)?|operating|operational|began|begun|"
    r"start(?:s|ed)?|begins?|setting up|sets up|creat(?:ed|e)|form(?:ed)?|provides? for|"
    r"approv(?:ed|es)|signed|announced|establishment|"
    r"based|built|deployed|activated|preparations|set-up|installed|will open|completed|"
    r"run(?:s|ning)?|operat(?:e|es|ed)|reopen(?:ed|s)?|host(?:s|ed)?|staffed|manned|"
    # a centre described by its state: "is now in place", "are already open"
    r"in place|(?:already|now)\s+open|in operation|up and running|took up (?:its|their) duties|"
    # "an arrangement of the same kind has been in force at X" (not "the truce now in force")
    r"(?:has|have|had)\s+been\s+in\s+force|"
    r"(?:already|now)\s+(?:working|running|functioning)|"
    # a running centre described by what it does or what happens there
    r"unveiled|continu(?:es|ed) to|keeps|kept|oversee|oversees|oversaw|toured|visit(?:s|ed)?|"
    r"brings together|working at|"
    # "carried out 300 patrols from its hubs in X": bases in use
    r"patrols(?:\s+\w+){0,3}?\s+from)\b")

# A negation before an agreement word undoes it: "has not agreed to open", "rejected".
_NEGATION = re.compile(r"\b(?:not|no(?!\s+(?:fewer|less|more)\s+than)|never|n't|refus(?:ed|es)|"
                       r"reject(?:ed|s)|den(?:ied|ies)|without)\b")

_CANCEL_WORDS = (r"cancel(?:l?ed|s)?|postponed?|suspend(?:ed|s)?|scrapped|called off|shelved|"
                 r"delayed|halted|frozen|abandoned|closed|dissolved|disbanded|shut down|"
                 r"dismantled|pushed back|put off|on hold|deferred|"
                 # the end of a centre that ran: "winds up its work", "ceased its activity"
                 r"(?:wound|winds?|winding)\s+up|ceased|brought\s+(?:its|their)\s+work\s+to\s+"
                 r"an\s+end|ended\s+(?:its|their)\s+(?:work|mission|activit(?:y|ies))")

_CANCELLED_CUES = re.compile(rf"\b(?:{_CANCEL_WORDS})\b")

_PLACE_WORD = (r"(?:cit(?:y|ies)|towns?|villages?|ports?|provinces?|governorates?|districts?|"
               r"municipalit(?:y|ies)|"
               r"regions?|areas?|islands?|bases?|crossings?)")

# "in X", "at the port of X", "for the southern port of X"
_LOCATION_START = re.compile(
    rf"(?:\b(?:in|at|near|across|close\s+to)\s+(?:each\s+of\s+)?(?:the\s+)?(?:[a-z]+ern\s+|"
    rf"[a-z]+-(?:controlled|held|run|"
    rf"occupied|administered)\s+|"
    # "possibly near the former capital X": a description in apposition to the name
    rf"(?:former\s+|old\s+|new\s+|nearby\s+|border\s+|port\s+)?(?:capital|city|town|port)\s+)?"
    # "in the divided town of X", "for the southern border port of X"
    rf"|\b(?:in|at|near|on|for|to)\s+(?:the\s+)?(?:[a-z-]+\s+){{0,3}}?{_PLACE_WORD}\s+of\s+"
    # "proposed for X", "proposed by Ankara for X"
    # "which works out of Trinidad and Tobago", "operating from X"
    rf"|\b(?:works?|working|operat(?:es|ing|ed)|runs?|ran)\s+(?:out\s+of|from)\s+(?:the\s+)?"
    rf"|\b(?:planned|proposed|earmarked|slated|envisaged|intended)\s+"
    rf"(?:by\s+[\w\s'’-]{{1,40}}?\s+)?for\s+(?:the\s+)?)$")

_UNKNOWN_NAMES_BEFORE = re.compile(
    rf"(?<=\s)(?:{CAPITALISED_NAME}(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+))+$")

_OWN_INFINITIVE = re.compile(r"\bto\s+(?:be\s+)?(?:re)?(?:open(?:ed)?|set\s+up|establish(?:ed)?|"
                            r"buil[dt]|locat(?:e|ed)|bas(?:e|ed)|host(?:ed)?|operat(?:e|ed))\b"
                            # "The joint centre is to be in Kirkuk"
                            r"|\bto\s+be\s*$")

# "Two centres were set up: one in X, the other in Y" (the list after the clause break
# shares the centres out), and "The three centres, which are still to be agreed, will
# be in X" (a relative clause between the centres and where they will be).
_SHARED_OUT = re.compile(r"(?:[;:—–]|\s-)\s*(?:(?:the\s+)?(?:first|second|other)(?:\s+one)?|"
                         # "three bases in eastern Ukraine - two in A and B, and one in C"
                         r"one|two|three|four|five|"
                         r"one\s+of\s+them|both)\s+(?:(?:is|are|was|will\s+be|would\s+be)\s+)?$"
                         # "Two more joint rooms are planned: in X and Y"; "The two Border
                         # Liaison Offices already working – at Moreh and at Tamu"
                         r"|[:—–]\s*$")

# "in eastern Ukraine - two in A and B, and one in C": a container, then each centre
_SHARED_OUT_AHEAD = re.compile(r"\s*(?:[;:—–]|\s-)\s*(?:the\s+first|one|two|three|four|five)"
                               r"\s+(?:in|at|near)\b")

# the verbs that say where a centre is ("located in", "set up in", "based there")
_SITED_VERB = r"(?:located|based|sited|housed|built|set\s+up|established|opened)"

_RELATIVE_THEN_BE = re.compile(
    r"^\s*,?\s*(?:which|that)\b[^;:]*?(?:,\s*|\s+)(?:will|would|shall|are|is|were|was)\s+"
    rf"(?:(?:also|now|still|only)\s+)?(?:to\s+)?(?:be\s+)?(?:{_SITED_VERB}\s+)?$")

_FOR_RIGHT_AFTER = re.compile(r"\s*,?\s*for\s+(?:the\s+)?")

_PURPOSE_AFTER = re.compile(r"['’]s\b|\s+(?!(?:and|or|as|was|were|is|are|will|would|has|have|"
                            r"had|in|on|at|by|after|before|province|governorate|district|"
                            r"city|region|area)\b)[a-z]")

# a name with a lower-case letter: "at the UN mission in X" is no town we lack
_IN_CAPITALISED = re.compile(r"\b(?:in|at)\s+(?:the\s+)?([A-Z](?=[\w'’-]*[a-z])[\w'’-]+)")

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_MONTH = "(?:" + "|".join(_MONTH_NAMES) + ")"

_CALENDAR_WORDS = frozenset(
    [*_MONTH_NAMES, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
     "sunday", "spring", "summer", "autumn", "winter"])

# "started work on June 2 in X": a date does not count against the words before "in"
_DATE_PHRASE = re.compile(r"\bon\s+(?:\w+\s+)?\d{1,2}(?:st|nd|rd|th)?\b|\bon\s+\w+day\b|"
                          # "will be set up for this purpose, in X and in Y"
                          r"\bfor\s+(?:this|that|the\s+same)\s+purpose\b|"
                          # "is to be based for three months at two sites"
                          r"\bfor\s+(?:a|one|two|three|four|five|six|several|\d+)\s+"
                          r"(?:days?|weeks?|months?|years?)\b|"
                          # "command posts for the joint force will be in X": whose they are
                          r"\bfor\s+the\s+(?:[a-z-]+\s+){0,3}?(?:force|forces|mission|coalition|"
                          r"alliance|operation|task\s+force)\b|"
                          # "have been running since June 2, in X"
                          rf"\b(?:since|until|from)\s+(?:{_MONTH}\s+\d{{1,2}}|\d{{4}}|\w+day)\b")
_VERB_REACH = 200
_VERB_THEN_IN = re.compile(
    r"\b(?:opened|opens|began|begins|started|starts|inaugurated|launched|based|located|housed|"
    r"set\s+up|established|operating|operates|works|working|headquartered)"
    r"(?:\s+(?:its|their)\s+)?(?:\s*(?:work|operations))?(?:\s+on\s+[\w\s,]{1,24}?)?"
    # "has started work near the village of X"
    r"\s+(?:in|at|near)\s+(?:the\s+)?(?:(?:village|town|city|district|port|area)\s+of\s+)?$")
_SITED_CLAUSE = re.compile(r"^\s*(?:\([^)]{0,40}\))?[\s,]*(?:which|that)\s+(?:\w+\s+){0,3}"
                           rf"(?:{_SITED_VERB}|backs|backed|runs|operates|operated|hosts|"
                           r"hosted|funds|funded|manages|managed)"
                           # "which opened last year in X", "which was set up in 2021 in X"
                           r"(?:\s+(?:(?:last|this|next)\s+\w+|in\s+\d{4}|on\s+\w+|earlier|"
                           r"recently|yesterday))?\s*$")

# A centre at a border crossing, named after the towns on either side of it
_BORDER_POST = re.compile(r"\b(?:border|check|one[\s-]stop|crossing|checkpoint)")

# "the Erbil-based joint centre": a place, "-based", then the centre's qualifiers
_BASED_THEN_NOUN = re.compile(r"[-–]based\s+(?:[a-z][\w-]*\s+){0,4}")

# "Coordination Center (CMCC)", "Joint Centre for Control and Co-ordination (JCCC)"
# "The centre", "the first centre", "the NATO-Ukraine Joint ... Centre" refer back; "the
# Zakho centre" names a centre by its own place
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|these|those|its)\s+(?:(?:first|second|third|"
                              r"new|planned|proposed|joint|same|two|three|four|five|six|"
                              r"seven|eight|nine|ten|\d+|overall|main|central|permanent|"
                              r"principal)\s+|\w+-[\w-]+\s+)*$")

# "Two further command posts will be in X", "A third post is to be set up in Y": more of a
# series the article reported agreed
_SERIES_BEFORE = re.compile(r"\b(?:(?:a|an|the)\s+(?:second|third|fourth|fifth)|another|"
                            r"(?:two|three|four|five)\s+(?:further|more|other)|"
                            r"(?:further|more))\s+(?:[a-z-]+\s+){0,2}$")

# "what was set up is not a joint centre but ...", "Kirkuk has no new joint room": no
# centre at all ("no joint room would be set up in X" is a plan turned down: proposed)
_NOT_A_BEFORE = re.compile(r"(?:\b(?:is|was|are|were)\s+not\s+(?:an?|the)|"
                           r"\b(?:has|have|had|there\s+is|there\s+are)\s+no(?:\s+new)?|"
                           # "There had been no such centre in Europe before"
                           r"\bno\s+such)\s+$")

_ACRONYM_AFTER = re.compile(r"(?:\s+(?:for|of|on)(?:\s+(?:and\s+)?[A-Z][\w-]*){1,5})?"
                            r"\s*\(([A-Z][A-Z0-9]{1,6})s?\)")  # "centres (BCCs)": "BCC"

# "A team arrived in X to start setting up the centre", "Located in X, the centre ..."
_ARRIVED_BEFORE = re.compile(r"\b(?:arrived|arrives|arriving|reached|reaches|landed|travell?ed|"
                             r"came|headed|went)\s+(?:in|at|to)?\s*(?:the\s+)?$")

_SET_UP_BEFORE = re.compile(r"\bto\s+(?:begin\s+|start\s+|help\s+)?(?:setting\s+up|set\s+up|"
                            r"establish(?:ing)?|open(?:ing)?|prepar(?:e|ing)(?:\s+for)?)\s+"
                            r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,4}$")

# "setting them up in X", "to open it in X"
_PRONOUN_PLACED = re.compile(
    r"\b(?:set(?:ting)?|open(?:ing)?|establish(?:ing)?|build(?:ing)?|locat(?:e|ing)|"
    r"bas(?:e|ing)|host(?:ing)?|put(?:ting)?)\s+(?:it|them)\s+(?:up\s+)?(?:in|at)\s+"
    r"(?:the\s+)?(?:(?:town|city|village|district|province|port|area)\s+of\s+)?")

# "whether it would be based in Switzerland, New York or somewhere else"
_PRONOUN_SITED = re.compile(
    r"\b(?:it|they)\s+(?:would|will|could|might|may|should|is|are|was|were)\s+"
    r"(?:\w+\s+)?be\s+(?:based|located|housed|sited|set\s+up|built|established)\s+"
    r"(?:in|at)\s+(?:the\s+)?")

# "in Cambodia – A and B –": the places a container holds, in apposition after a dash
_DASH_APPOSITION = re.compile(r"\s*[—–]\s*|\s+-\s+")

_FRONTED_IN = re.compile(r"\W*(?:in|at)\s+(?:the\s+)?")  # at a clause's start
_FRONTED_IN_AFTER_COMMA = re.compile(
    r",\s*(?:and\s+|but\s+)?(?:in|at)\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,3}?"
    r"(?:city|town|village|district|province|port|area)\s+of\s+)?")
_SUBJECT_AFTER_COMMA = re.compile(r"(?:\s+(?:province|governorate|district|city|town))?(?:\s*,"
                                  r"\s*(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,5}"
                                  # "and in Malmö an operations centre is staffed by"
                                  r"|\s+(?:the|a|an)\s+(?:new\s+|joint\s+)?)")

_FRONTED = re.compile(r"^\s*(?:located|based|housed|sited|headquartered|set\s+up)\s+"
                      r"(?:in|at|near)\s+(?:the\s+)?")

_PRONOUN_SUBJECT = re.compile(
    r"(?P<pronoun>it|they)\s+(?:is|are|was|were|will|would|has|have|had)\s+(?:\w+\s+){0,3}?"
    r"(?:open|set\s+up|based|located|built|established|sited|housed|to\s+be\s+in)\b")

_DASH_LIST = re.compile(r"\s*[—–]\s*")
_OWNER_BEFORE = re.compile(r"['’]s\s+(?:(?:first|new|second|third|own|permanent|national|"
                           r"upgraded|main)\s+)*$")
# "The next one-stop border post on the agenda is Lebombo/Ressano Garcia"
_NEXT_BEFORE = re.compile(r"\b(?:next|following)\s+$")
_NEXT_IS = re.compile(r"\s+(?:(?:on|in)\s+(?:the\s+)?(?:agenda|line|list|pipeline)\s+|to\s+open\s+|"
                      r"planned\s+)?(?:is|will\s+be|would\s+be)\s+(?:at\s+|in\s+)?")
_OPERATIONS_IN = re.compile(r"\bto\s+coordinate\s+(?:joint\s+|security\s+|military\s+)?"
                            r"operations\s+$")
_RELATIVE_ONLY = re.compile(r"\s*,?\s*(?:which|that)\s+")  # "..., which works out of X"
_RELATIVE_ASIDE = re.compile(r"\s*,\s*(?:which|that|who)\b[^,;:.()]{1,120}?,")

_RELATIVE_OPEN = re.compile(r"^\s*(?:\([^)]{0,40}\))?[\s,]*(?:which|that)\b")

# What a centre does ("will coordinate patrols near X") places its work, not the centre.
_LOCATION_STOP = re.compile(r"\b(?:coordinat\w*|manag\w*|monitor\w*|overse\w*|supervis\w*|"
                            r"cover\w*|serv(?:e|es|ing)|patrol\w*|protect\w*|secur(?:e|es|ing)|"
                            r"that|which|who|to|for|from|because|after|while|but|since|"
                            r"where|when|until|"
                            # "agreed at a meeting held in X": where the talks were
                            r"meetings?|talks|summit|conference)\b|[.;:]")

_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?[\w\s'’-]*?\band\s+(?:the\s+)?"
                      r"(?:[A-Z][\w'’-]*\s*)+", re.U)

_SIMILAR_RE = re.compile(rf"\bsimilar\s+(?:(?:common|joint|border|cross-border)\s+){{0,2}}"
                         rf"(?:agreements?|deals?|arrangements?|mechanisms?|ones?|projects?|"
                         rf"{_CENTRE_NOUN})\s+"
                         # "similar cells were planned for X", "is being negotiated for X",
                         # "similar common border projects would be set up at X"
                         r"(?:(?:are|were|is|was|have\s+been|had\s+been|would\s+be|will\s+be|"
                         r"could\s+be)\s+)?(?:being\s+)?"
                         r"(?:(?:planned|proposed|envisaged|discussed|considered|expected|"
                         r"negotiated|sought|studied|set\s+up|built|established|opened)\s+)?"
                         r"(?:for|in|at)\s+(?:the\s+)?")

_CLAIM_RE = re.compile(
    r"(?P<who>[A-Z][\w'’-]+)\s+(?:(?:recently|previously|earlier|also|once|has|had|"
    r"reportedly)\s+)*(?:said|claimed|stated|asserted|insisted)\s+that\b")

# A cancellation right after a centre's places is its clause's verb: "Plans to open a joint
# centre in Mosul were shelved", "the centre in Duhok has since been postponed", "a joint
# centre in Zakho was rejected by parliament" (the plan is off, not merely not agreed).
_CANCELLED_RIGHT_AFTER = re.compile(
    rf"\s+(?:{KIND_WORD}\s+)?(?:(?:was|were|is|are|has|have|had)\s+(?:been\s+|being\s+)?)?"
    rf"(?:(?:also|later|then|now|since|indefinitely|effectively)\s+)?"
    rf"(?:{_CANCEL_WORDS}|rejected|vetoed|turned down|voted down)\b")

# A centre yet to come: "The remaining rooms will be in X", "others would follow in Y"
# (not "the first centre ... will screen arrivals": what an open one will do).
_FUTURE = re.compile(r"\b(?:remaining|rest of the|yet to)\b|"
                     r"\b(?:will|would|shall)\s+(?:also\s+)?(?:be|follow|come)\b|"
                     r"\b(?:is|are)\s+to\s+be\b")

_PUNCTUATION = re.compile(r"[,.;]")

# Another clause with its own subject: "visits the X centre as both armies plan ..."
_SUBORDINATE = re.compile(r"\s(?:as|while|because|although|though|whereas|amid)\s")

# "will be opened", "to open", "will be set up and based": the auxiliary of a cue
_AUX_BEFORE = re.compile(r"\b(?:will|would|shall|to)\s+(?:be\s+)?(?:[a-z]+(?:\s+up)?\s+and\s+)?$")

# "will be opened after the committee meets", "by the end of the year, if the sites are
# agreed": an opening that waits on a condition is still a plan
_CONDITION_BEFORE = re.compile(r"\b(?:after\s+that|only\s+after|once|as\s+soon\s+as|"
                               r"as\s+soon\s+as\s+possible\s+after)\b")
_CONDITION_AFTER = re.compile(r"\b(?:(?:after|when|as soon as)\s+"
                              r"(?:the|a|an|both|its|their|all|some|this|that|[a-z]+s)\b|"
                              # "once funding is approved", "if talks succeed"
                              # (not "where Boko Haram once had its headquarters": the
                              # adverb before a past verb)
                              r"(?:once(?!\s+(?:had|was|were|held|stood|housed|hosted|"
                              r"served|used)\b)|if|unless|provided)\s+[a-z]+)")

# A future opening is a plan unless it is decided or scheduled: "will be set up in X" is
# proposed; "agreed that ... will be set up", "will open in X on Sunday" are announced
_DECIDED = re.compile(r"\b(?:agree(?:d|s|ment)|decid(?:ed|es)|decision|announc(?:ed|es|ement)|"
                      r"approv(?:ed|es|al)|signed|confirm(?:ed|s)|ordered)\b")
_SCHEDULED = re.compile(r"\b(?:on|from|next|this|by)\s+(?:the\s+)?"
                        r"(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
                        rf"{_MONTH}\b|\w+day\b|\d{{1,2}}(?:st|nd|rd|th)?\b)"
                        r"|\b(?:tomorrow|today|tonight|next\s+(?:week|month)|"
                        r"(?:with)?in\s+(?:days|the\s+coming\s+(?:days|week)))\b")

# The verbs of a centre coming to be (a future one is a plan); "will oversee the truce"
# says what a centre agreed on will do
_OPENING = re.compile(r"\b(?:open|set\s+up|establish|buil[dt]|creat|launch|form|install|"
                      r"activat|inaugurat|locat|based?\b|start|begin|be\s+in\b|operat|run|"
                      r"host|work|complet)")

# "agreed to open": the infinitive of a verb before it, whose own cue decides
# ("is to be set up", "due to be set up" are futures)
_INFINITIVE = re.compile(r"to\s+(?!be\b)")

_GOVERNED_GAP = 12  # characters between "expected"/"plans" and the verb it governs


class _Ref(NamedTuple):
    """A centre reference: from its first qualifier (if any) to the end of the noun."""

    start: int
    end: int


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


def _ordinal_ones(lower: str) -> list[tuple[int, int, str]]:
    """"another one", "new ones", "the other (at X)": spans of "one(s)"/"other" standing
    for a noun said before, each with its word."""
    ones = []
    for i in find_all(lower, " one"):
        word = _ONE_WORD.match(lower, i + 1)
        if word and _ORDINAL_BEFORE.search(lower, max(0, i - 8), i):
            ones.append((*word.span(), word.group()))
    others = [(i + 4, i + 4 + len(m.group("noun")), m.group("noun"))
              for i in find_all(lower, "the other")
              if (m := _OTHERS_PLACED.match(lower, i + 4))]
    return ones + others


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
    words = text[noun.qualifier_start:noun.end].split()
    heads = [w for w in words if w.lower() not in _NAME_LINKS]
    if len(heads) < 3 or not all(w[:1].isupper() for w in heads):
        return None
    return "".join(w[0] for w in heads)


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
            defined.setdefault(m.group(1).lower(), set()).add(m.start(1))
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
    nouns = []
    bilateral_sentences: dict[int, bool] = {}
    truce = _TRUCE.search(lower) is not None
    field_mission = "mission" in lower and _FIELD_WORK.search(lower) is not None
    joint_force = ("force" in lower or "commission" in lower or "brigade" in lower) \
        and _JOINT_FORCE.search(lower) is not None
    for start, end, stem in sorted(_find_nouns(lower) + _ordinal_ones(lower)):
        if not _is_joint_noun(lower, start, end):
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
            if monitors is None:
                continue
            nouns.append(_Noun(start, end, monitors.start(), False, False, sentence, stem,
                               False))
            continue
        qualifier = _QUALIFIER_BEFORE_RE.search(lower, max(0, start - WINDOW), start)
        if qualifier and qualifier.group().startswith("monitoring") and not truce:
            qualifier = None  # "the air quality monitoring centre": no truce to monitor
        if qualifier is None and stem in _FIELD_STEMS and field_mission:
            qualifier = _FIELD_BASE_BEFORE.search(lower, max(0, start - 24), start)
        if qualifier is None and stem == "headquarter" and field_mission:
            # "the Mission headquarters in Pemba", "its headquarters will be in Larissa"
            qualifier = _MISSION_HQ_BEFORE.search(lower, max(0, start - 16), start)
        if qualifier is None:
            qualifier = _SHARED_WORK_BEFORE.search(lower, max(0, start - 40), start) or (
                _SHARED_HUB_BEFORE.search(lower, max(0, start - 20), start)
                if stem in _HUB_STEMS else None)
        qualifier_start = qualifier.start() if qualifier else _named_qualifier(text, lower,
                                                                              start)
        if qualifier_start is None and sentence is not None:
            qualifier_start = _pair_adjective_start(sentence, start)
        if qualifier_start is None and force_noun:
            qualifier_start = start  # "the MNJTF ... has its headquarters in Ndjamena"
        if qualifier_start is None and (_OF_A_JOINT_BODY.match(lower, end)
                                        or _UNDER_JOINT_AFTER.match(lower, end)):
            qualifier_start = start  # "the headquarters of the joint ... Brigade"
        bilateral = False
        # Only a noun without a qualifier in its sentence needs a bilateral sentence; a
        # crossing is a joint facility only where the words say so (or refer back to one)
        qualified = qualifier_start is not None and sentence is not None \
            and qualifier_start >= sentence.start
        if sentence is not None and not qualified and stem != "crossing":
            if sentence.start not in bilateral_sentences:
                bilateral_sentences[sentence.start] = _is_bilateral(sentence.sentence)
            bilateral = bilateral_sentences[sentence.start]
        bare = stem in _ONE_WORDS or (stem in _BARE_STEMS
                                      and bool(_BARE_CENTRE_RE.fullmatch(lower, start, end))
                                      # not "the Petroleum Facilities Guards": a word
                                      # inside a name that goes on
                                      and not _NAME_GOES_ON.match(text, end)
                                      # not "the Force Headquarters base": a name's word
                                      and (stem != "headquarter" or text[start].islower()))
        nouns.append(_Noun(start, end, qualifier_start, bilateral,
                           bare, sentence, stem,
                           lower.endswith(_POSSESSIVE_BEFORE, 0, start)))
    pronouns = _subject_pronouns(lower, nouns, sentences)
    if pronouns:
        nouns = sorted(nouns + pronouns, key=attrgetter("start"))
    acronyms = _acronym_nouns(text, lower, nouns, sentences, starts)
    if acronyms:
        nouns = sorted(nouns + acronyms, key=attrgetter("start"))
    return nouns


def _subject_pronouns(lower: str, nouns: list[_Noun], sentences: list[Evidence]
                      ) -> list[_Noun]:
    """"... a joint checkpoint. It is due to open in X": a sentence that opens with "it" or
    "they" and a siting verb, right after a sentence about a centre, is about it (a
    reference only in an article with a joint centre: see centre_references)."""
    if not any(n.qualifier_start is not None or n.bilateral for n in nouns):
        return []
    joint_sentences = {n.sentence.start for n in nouns
                       if n.sentence is not None and not n.possessed}
    found = []
    for before, sentence in itertools.pairwise(sentences):
        if before.start in joint_sentences \
                and (m := _PRONOUN_SUBJECT.match(lower, sentence.start)) is not None:
            found.append(_Noun(sentence.start, sentence.start + len(m["pronoun"]), None,
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
    has_joint = bool(joint)
    joint_stems = {_STEM_FAMILY.get(n.stem, n.stem) for n in joint}
    refs: dict[int, list[_Ref]] = {}
    for n in nouns:
        if n.sentence is None:
            continue
        at = n.sentence.start
        if n.qualifier_start is not None and n.qualifier_start >= at:
            refs.setdefault(at, []).append(_Ref(n.qualifier_start - at, n.end - at))
        elif n.bilateral or (has_joint and not n.possessed
                             and (n.bare_centre
                                  or _STEM_FAMILY.get(n.stem, n.stem) in joint_stems)):
            refs.setdefault(at, []).append(_Ref(n.start - at, n.end - at))
    return refs


# Words for one border facility: "a new border post ... The checkpoint being built"
_STEM_FAMILY = {"post": "border", "checkpoint": "border", "station": "border",
                "crossing": "border"}


def _is_bilateral(sentence: str) -> bool:
    # The substring tests skip most sentences before any regex runs.
    return bool(("between" in sentence and _DEAL_BETWEEN_RE.search(sentence))
                or (("-" in sentence or "–" in sentence)
                    and _HYPHENATED_DEAL_RE.search(sentence))
                or ("counterpart" in sentence and _DEAL_WITH_COUNTERPART_RE.search(sentence))
                or _TWO_SIDES_SIGN_RE.match(sentence)
                or _TWO_SIDES_OPEN_RE.match(sentence)
                or (" agreed to " in sentence and _PARTIES_AGREED_RE.search(sentence)))


def _is_joint_noun(lower: str, start: int, end: int) -> bool:
    # the window holds the one word _NOT_JOINT_BEFORE looks at ("rehabilitation - ")
    return not (_NOT_JOINT_BEFORE.search(lower, max(0, start - 24), start)
                or _NOT_JOINT_AFTER.match(lower, end)
                or (lower.startswith("cent", start) and _MIDDLE_OF.match(lower, end)))


def _centre_locations(view: SentenceView, ref: _Ref, refer_back: ReferBack | None = None
                      ) -> list[tuple[int, int, str]]:
    text = view.text
    # "the Kirkuk centre", "Baghdad and Erbil joint centres"
    lead = _LEAD_RE.search(view.lower, max(0, ref.start - WINDOW), ref.start)
    before = view.list_before(lead.start()) if lead else []
    if not before:
        before = view.list_before(ref.start - 1) if ref.start > 0 else []
    # "the Turkey-U.S. joint operations centre": the parties, not where the centre is;
    # but "the Mwami-Mchinji one-stop border post" sits where its twin towns meet
    paired = [b for b in before if text[b[0] - 1:b[0]] in ("-", "–")
              or text[b[1]:b[1] + 1] in ("-", "–")]
    partners = [p for b in paired if (p := view.place_ending_at(b[0] - 1)) and p not in before]
    if paired and _BORDER_POST.search(view.lower, ref.start, ref.end) \
            and not any(view.is_area(b[2]) for b in paired + partners):
        before = partners + before
    elif paired:
        before = [b for b in before if b not in paired]
    if not before and ref.start >= 2:
        # "Tonga's first Joint Maritime Coordination Centre": the place that has it
        owner = _OWNER_BEFORE.search(view.lower, max(0, ref.start - 30), ref.start)
        place = view.place_ending_at(owner.start()) if owner else None
        if place is not None:
            before = [place]
    if not before and _BORDER_POST.search(view.lower, ref.start, ref.end):
        # "the Petrovice-Bahratal border crossing": the twin towns open the reference
        inside = [sp for sp in view.spans if ref.start <= sp[0] and sp[1] <= ref.end]
        twin = len(inside) == 2 or (len(inside) == 1 and "-" in text[inside[0][0]:inside[0][1]])
        if twin and not any(view.is_area(sp[2]) for sp in inside):
            before = inside  # (one name the gazetteer lacks: "the Leuseni-Albita crossing")
    if not before:  # "the Erbil-based joint centre"
        before = [sp for sp in view.spans if sp[1] < ref.start
                  and _BASED_THEN_NOUN.fullmatch(view.lower, sp[1], ref.start)]
    if not before and (between := _between_towns(view, ref)):
        return between
    # "... centres [between A and B] [are planned,] in A, B and C"
    after = _without_parties(text, view.lower, ref.end)
    aside = _RELATIVE_ASIDE.match(after)
    aside_end = ref.end + aside.end() if aside else -1
    located: list[tuple[int, int, str]] = []
    for sp in view.spans:
        if sp[0] < ref.end:
            continue
        gap = after[:sp[0] - ref.end]
        # "One centre, which will specialise in sharing information, will be set up in X":
        # a relative clause between commas says what it does; the main verb places it
        skipped = 0
        relative = _RELATIVE_ASIDE.match(gap)
        if relative and _location_start(gap[relative.end():]):
            skipped = relative.end()
            gap = " " * skipped + gap[skipped:]
        if _NAMED_BODY_IN.fullmatch(gap) and text[ref.start:ref.end].split()[-1] in _BODY_NAMES:
            break  # "the EU Monitoring Mission in Georgia": the name's scope, not a base
        if not gap.strip() and text[ref.end - 1:ref.end].isupper() \
                and text[ref.start:ref.start + 1].isupper():
            located = view.list_from(sp[0])  # "at ICP Raxaul and Jogbani": named by place
            break
        # "At the remaining centres – Dawki (Meghalaya), Agartala ...": the list after a dash
        start = (_location_start(gap) or _FOR_RIGHT_AFTER.fullmatch(gap)
                 or (_NEXT_IS.fullmatch(gap)
                     if _NEXT_BEFORE.search(view.lower, max(0, ref.start - 12), ref.start)
                     else None)
                 or _DASH_LIST.fullmatch(gap)
                 or (_OTHERS_ARE.fullmatch(gap) if view.lower.endswith("others", 0, ref.end)
                     else None))
        if start is not None and start.re is _FOR_RIGHT_AFTER \
                and (_PURPOSE_AFTER.match(view.lower, sp[1])
                     or text[text.rfind(" ", 0, ref.end - 1) + 1].isupper()):
            # "a third centre, for Kirkuk," is where; "a centre for Syria's de-escalation
            # zones", "for Gaza stabilization", "the Joint Operations Center for Syria" (a
            # name's scope) are what it is for
            start = None
        unknown = None if start else _UNKNOWN_NAMES_BEFORE.search(text, ref.end, sp[0])
        if unknown:  # "in Garmiyan and Daquq": a first name the gazetteer lacks
            gap = after[:unknown.start() - ref.end]
            start = _location_start(gap)
        lead_in = gap[:start.start()] if start else gap
        if start and (_SITED_CLAUSE.search(lead_in) or _SHARED_OUT.search(lead_in)
                      or _RELATIVE_THEN_BE.match(lead_in)
                      or (_RELATIVE_ONLY.fullmatch(lead_in)
                          and start.group().lstrip()[:1] in ("w", "o", "r"))):
            # "The center, which would be located in X", "...: one in X", "The centres
            # that are still to be set up will be in X": the words say where it is
            lead_in = gap = ""
        # "is due to open in X": "to" before the centre's own verb is not a purpose clause
        lead_in = _OWN_INFINITIVE.sub(" ", lead_in)
        if start and _in_unknown_place(text, ref.end + skipped, ref.end + len(lead_in)):
            break  # "a centre in Bashiqa, near Mosul": in a town we lack, not in Mosul
        if not start and _RELATIVE_OPEN.match(lead_in) and len(gap.split()) <= 12:
            continue  # "which the US backs in X": the relative clause's subject, not X
        if len(_DATE_PHRASE.sub(" ", gap).split()) > 12 \
                or _LOCATION_STOP.search(_DATE_PHRASE.sub(" ", lead_in)):
            if sp[1] < aside_end:
                continue  # "The centre, which runs patrols in Mosul, opened in Erbil"
            if start and _OPERATIONS_IN.search(lead_in) and len(view.list_from(sp[0])) >= 3:
                # "set up joint rooms and centres to coordinate operations in Baghdad,
                # Erbil, Kirkuk, Makhmour and Mosul": one in each of the places listed
                located = view.list_from(sp[0])
            break
        if start:
            located = view.list_from(sp[0])
            if all(view.is_area(p[2]) for p in located):
                if _SHARED_OUT_AHEAD.match(view.lower, located[-1][1]):
                    continue  # the country the centres are in; where each is comes next
                dash = _DASH_APPOSITION.match(view.lower, located[-1][1])
                if dash and view.place_starting_at(dash.end()):
                    # "at two sites in Cambodia – A and B –": the sites, named after it
                    located = view.list_from(dash.end())
            break
    if not before and not located:
        located = (_verb_then_place(view, ref) or _arrived_to_set_up(view, ref)
                   or _host_before(view, ref)
                   or _fronted_location(view, ref) or _pronoun_then_place(view, ref)
                   or _site_referred_back(view, ref, refer_back)
                   or _examples_after(view, ref))
    located += _moved_to(view, ref, located)
    if before and located:
        # "at the Petrovice-Bahratal border crossing in Saxony": where the named one lies
        located = [loc for loc in located
                   if not any(view.contains(loc[2], b[2]) for b in before)]
        # "Turkey's joint operations centre ... in Akcakale": the finer place after it
        before = [b for b in before if not any(view.contains(b[2], loc[2]) for loc in located)]
    if before and text[ref.start:ref.start + 1].isupper():
        # "the Ninewa Operations Center — set up in Baghdad": the place names the
        # centre, the words after it say where it is
        located = located or _verb_then_place(view, ref)
        if located:
            return located
    return before + located


# "Mikkeli is expected to be home to the proposed NATO HQ", "Kirkuk will host the joint
# centre": the subject place hosts the centre
_HOST_BEFORE = re.compile(
    r"^\s+(?:(?:is|are|will|would|could|was|were|may|might)\s+(?:\w+\s+){0,3}?)?"
    r"(?:be\s+)?(?:home\s+to|host(?:s|ed|ing)?)\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+)?"
    r"(?:(?!(?:on|about|of|for|over|talks|meetings?|a\s+meeting)\b)[\w-]+\s+){0,6}?$"
    # "Kochi to get a permanent joint operations centre": only a determiner and adjectives
    r"|^\s+(?:(?:is|are|will|was|were)\s+)?(?:to\s+)?(?:gets?|getting|got|receives?|received)\s+"
    r"(?:a|an|the|its|their|two|three)\s+(?:(?:new|second|third|first|permanent|own|"
    r"dedicated|regional)\s+)*$")


def _host_before(view: SentenceView, ref: _Ref) -> list[tuple[int, int, str]]:
    """The place (or list) right before "is (expected to be) home to / will host" the
    centre."""
    for sp in reversed(view.spans):
        if sp[1] <= ref.start and ref.start - sp[1] <= WINDOW:
            if _HOST_BEFORE.match(view.lower[sp[1]:ref.start]):
                return view.list_before(sp[1])
            return []
    return []


# "in Kurdish areas beyond the KRG's control, such as in the provinces of A, B and C",
# "which already operates at other crossings ... such as A and B": places as examples
_SUCH_AS = re.compile(r"\b(?:such\s+as\s+(?:in\s+|at\s+)?|"
                      # "Seven posts are being set up, ..., among them those at A and B"
                      r"among\s+them\s+(?:those|ones)\s+(?:at|in)\s+)(?:the\s+)?"
                      r"(?:(?:provinces?|cities|towns|districts|crossings|ports)\s+of\s+)?")
_EXAMPLES_REACH = 160  # characters from the centre to "such as"
# what the centre does is no place it is at ("covers cities such as Mosul")
_EXAMPLES_STOP = re.compile(r"[.;:]|\b(?:coordinat|manag|monitor|overse|supervis|cover|"
                            r"serv(?:e|es|ing)\b|patrol|protect|secur(?:e|es|ing)\b|target)")


def _examples_after(view: SentenceView, ref: _Ref) -> list[tuple[int, int, str]]:
    """examples_of_places: the places a centre's clause gives as examples of where it is
    ("joint headquarters in Kurdish areas ..., such as in the provinces of A and B")."""
    m = _SUCH_AS.search(view.lower, ref.end, ref.end + _EXAMPLES_REACH)
    if m is None or _EXAMPLES_STOP.search(view.lower, ref.end, m.start()) \
            or not view.place_starting_at(m.end()):
        return []
    return view.list_from(m.end())


# "will be based there", "has been set up in the district": the place named before
_SITED_ANAPHOR = re.compile(
    rf"\b(?:{_SITED_VERB}|opens|open|stationed|headquartered|installed)\s+"
    r"(?:(?P<there>there)\b|(?:in|at|near)\s+the\s+"
    r"(?P<noun>city|town|village|district|province|governorate|area|region)\b"
    r"(?!\s+of\b|\s+[A-Z]))")


# "to open joint coordination centres in the region": the anaphor right after the noun
_ANAPHOR_RIGHT_AFTER = re.compile(
    r"\s+(?:in|at|near)\s+the\s+(?P<noun>city|town|village|district|province|governorate|"
    r"area|region)\b(?!\s+of\b|\s+[A-Z]|['’])")


def _site_referred_back(view: SentenceView, ref: _Ref, refer_back: ReferBack | None
                        ) -> list[tuple[int, int, str]]:
    """sited_anaphor: "A joint room has been set up in the district", "the centre will be
    based there": the place of that kind the article named before (its headline too),
    found by ``refer_back``."""
    if refer_back is None:
        return []
    m = _SITED_ANAPHOR.search(view.lower, ref.end) or _ANAPHOR_RIGHT_AFTER.match(view.lower,
                                                                                 ref.end)
    if m is None or _LOCATION_STOP.search(view.lower, ref.end, m.start()):
        return []
    noun = m["noun"] or "there"
    # "set up in the district, ..., an official of the party office in Khanaqin district
    # said": a lead may name the place after the noun
    pid = refer_back(view, noun, m.start()) or refer_back(view, noun, len(view.text))
    return [(m.start(), m.end(), pid)] if pid is not None else []


def _pronoun_then_place(view: SentenceView, ref: _Ref) -> list[tuple[int, int, str]]:
    """pronoun_placed: "... after talks on setting them up in the town of X and in Y":
    later in the centre's sentence, an opening verb whose object is "it"/"them" (the
    centre), then where."""
    for m in itertools.chain(_PRONOUN_PLACED.finditer(view.lower, ref.end),
                             _PRONOUN_SITED.finditer(view.lower, ref.end)):
        if view.place_starting_at(m.end()):
            return view.list_from(m.end())
    return []


def _verb_then_place(view: SentenceView, ref: _Ref) -> list[tuple[int, int, str]]:
    """centre_verb_place: "The joint monitoring centre for the de-escalation zone in
    southern Syria begins its work in Amman": past a purpose phrase (whose places are what
    the centre is for), the centre's own verb of opening or working, then "in X", in the
    same clause and within _VERB_REACH characters."""
    end = min(view.clause_of(ref.end)[1], ref.end + _VERB_REACH)
    for start, _, _ in view.spans:
        verb = (_VERB_THEN_IN.search(view.lower, max(ref.end, start - 60), start)
                if ref.end < start <= end else None)
        # ", established in X," is a participle describing something else: not the verb
        if verb is not None and not view.lower[:verb.start()].rstrip().endswith(","):
            return view.list_from(start)
    return []


# "was set up in 1999 in Offenburg and moved to Kehl in 2002": where the centre is now
_MOVED_TO = re.compile(r"\b(?:moved|relocated|transferred|shifted)\s+(?:its\s+\w+\s+)?"
                       # "from the town of X in Darfur, in western Sudan, to the town of Y"
                       r"(?:(?:away\s+)?from\s+[^.;]{1,80}?\s+)?to\s+(?:the\s+)?"
                       r"(?:(?:town|city|capital|port)\s+(?:of\s+)?)?$")


def _moved_to(view: SentenceView, ref: _Ref, located: list[tuple[int, int, str]]
              ) -> list[tuple[int, int, str]]:
    """moved_to: the place a centre moved to, later in its sentence."""
    after = located[-1][1] if located else ref.end
    for start, _, _ in view.spans:
        # the verb may stand inside the reference ("the joint force moved its headquarters")
        moved = _MOVED_TO.search(view.lower, max(0, start - 160), start) \
            if start > after else None
        # the verb after the places it was in ("set up in X and moved to Y"), or before
        # the noun ("it moved its headquarters from A to B")
        if moved is not None and (moved.start() >= after or moved.start() <= ref.end):
            return view.list_from(start)
    return []


# "Today we are opening one in Kapan, and after that we intend to open in Ijevan": the verb
# with no object of its own opens more of the same centres
_OPEN_IN = re.compile(r"\b(?:to|will|would|also)\s+(?:open|set\s+up|establish|build)\s+"
                      r"(?:others?\s+|more\s+|another\s+(?:one\s+)?)?(?:in|at)\s+(?:the\s+)?$")


def _opened_also_in(view: SentenceView, ref: _Ref, located: list[tuple[int, int, str]]
                    ) -> list[tuple[int, int, str]]:
    """open_also_in: a later "to open in X" in the centre's sentence, once the centre has a
    place: more of them, in X."""
    if not located:
        return []
    after = located[-1][1]
    for start, _, _ in view.spans:
        if start > after and _OPEN_IN.search(view.lower, max(after, start - 40), start):
            return view.list_from(start)
    return []


def _arrived_to_set_up(view: SentenceView, ref: _Ref) -> list[tuple[int, int, str]]:
    """arrived_to_set_up: "A team arrived in X to start setting up the joint operations
    centre": the place a team came to in order to set the centre up."""
    clause_start = view.clause_of(ref.start)[0]
    if not _SET_UP_BEFORE.search(view.lower, max(clause_start, ref.start - 60), ref.start):
        return []
    for start, _, _ in view.spans:
        if clause_start <= start < ref.start and _ARRIVED_BEFORE.search(
                view.lower, max(0, start - 30), start):
            return view.list_from(start)
    return []


def _fronted_location(view: SentenceView, ref: _Ref) -> list[tuple[int, int, str]]:
    """fronted_location: "Located in X's Y district, the joint centre ...": a participle
    phrase opening the sentence places the centre that follows it."""
    fronted = _FRONTED.match(view.lower)
    if fronted is None or fronted.end() > ref.start:
        return _fronted_in(view, ref)
    spans = [sp for sp in view.spans if fronted.end() <= sp[0] < ref.start]
    return view.list_from(spans[0][0]) if spans else []


def _fronted_in(view: SentenceView, ref: _Ref) -> list[tuple[int, int, str]]:
    """fronted_location: "In X, the coordination centre will be ...": a place fronted
    before the comma, when the centre is the subject right after it (not "In X, officials
    discussed a centre", where X is where they spoke)."""
    fronted = _FRONTED_IN.match(view.lower, view.clause_of(ref.start)[0])
    if fronted is None or not view.place_starting_at(fronted.end()):
        # "Some 30 km from X, in the little-known industrial city of Y, the United States
        # set up a headquarters": the last fronted phrase before the subject
        fronted = next((m for m in reversed(list(_FRONTED_IN_AFTER_COMMA.finditer(
            view.lower, 0, ref.start))) if view.place_starting_at(m.end())), None)
    if fronted is None:
        return []
    items = view.list_from(fronted.end())
    # the list may run on into the subject ("of Kiryat Gat, the United States set up"):
    # the places are those before the comma the subject follows
    return next((items[:k + 1] for k, item in enumerate(items)
                 if _SUBJECT_AFTER_COMMA.fullmatch(view.lower, item[1], ref.start)), [])


def _location_start(gap: str) -> re.Match | None:
    """"in", "at the port of", "proposed for"... ending ``gap`` (searched in its last
    WINDOW characters: the pattern is anchored at the end)."""
    return _LOCATION_START.search(gap, max(0, len(gap) - WINDOW))


def _in_unknown_place(text: str, start: int, end: int) -> bool:
    """"in Bashiqa" between two offsets, for a capitalised name that is no known place
    (the caller has passed every known one) and no month or weekday."""
    return any(m.group(1).lower() not in _CALENDAR_WORDS
               for m in _IN_CAPITALISED.finditer(text, start, end))


def _between_towns(view: SentenceView, ref: _Ref) -> list[tuple[int, int, str]]:
    """"a joint checkpoint set up between the Kyrgyz village of Ak-Sai and Tajikistan's
    Vorukh district": a border post between two towns is at both (between two countries
    or governments they are its parties; "Tajikistan's" only says where Vorukh is)."""
    if not _BORDER_POST.search(view.lower, ref.start, ref.end):
        return []
    at = view.lower.find("between", ref.end, ref.end + 60)
    found = _BETWEEN.match(view.text, at) if at >= 0 else None
    if found is None:
        return []
    towns = [sp for sp in view.spans if at < sp[0] < found.end()
             and not view.text.startswith(_POSSESSIVE_BEFORE, sp[1])]
    return towns if len(towns) == 2 and not any(view.is_area(sp[2]) for sp in towns) else []


def _without_parties(text: str, lower: str, start: int) -> str:
    """``lower[start:]`` with each "between A and B" blanked: the parties, not locations."""
    out = lower[start:]
    i = text.find("between", start)
    while i >= 0:
        m = _BETWEEN.match(text, i)
        if m:
            a, b = m.start() - start, m.end() - start
            out = out[:a] + " " * (b - a) + out[b:]
        i = text.find("between", m.end() if m else i + 1)
    return out


def _status(view: SentenceView, ref: _Ref, agreed_before: bool = False) -> tuple[str, str]:
    """The status a clause gives a centre reference (see _clause_status), with a future
    opening's auxiliary kept in the cue ("will be opened") and a future opening that waits
    on a condition made a plan ("will be opened after the committee meets"). A future
    opening is a plan unless the sentence reports it decided, gives its date, or refers
    back to a centre already agreed (``agreed_before``: "The centre will be based near
    X")."""
    status, cue = _clause_status(view, ref)
    fronted = _FRONTED.match(view.lower)
    if fronted is not None and fronted.end() <= ref.start and cue == \
            view.text[:fronted.end()].split()[0]:
        # "Based in Erbil, the centre opened on Monday": the participle places the
        # centre; what happened to it comes after
        status, cue = _last_event(view, (ref.end, view.clause_of(ref.end)[1])) \
            or (status, cue)
    if status != Status.ANNOUNCED:
        return status, cue
    at = view.lower.find(cue.lower(), ref.start) if cue != NO_CUE else -1
    if at < 0:
        at = view.lower.find(cue.lower())
    aux_start = at if cue.lower().startswith("will ") else None  # the cue "will open"
    if aux_start is None and at > 0 \
            and (aux := _AUX_BEFORE.search(view.lower, max(0, at - 32), at)):
        aux_start = aux.start()
    if aux_start is not None:
        cue = view.text[aux_start:at + len(cue)].strip()
        start, end = view.clause_of(at)
        if (condition := _CONDITION_AFTER.search(view.lower, at, end)) is not None:
            return Status.PROPOSED, f"{cue} ... {words(view.text, condition)}"
        # "... will meet over the centre, and after that the centre will be opened"
        if (condition := _CONDITION_BEFORE.search(view.lower, start, aux_start)) is not None:
            return Status.PROPOSED, f"{words(view.text, condition)} ... {cue}"
        # "are going to open", "are due to open": a future, like "will open"
        infinitive = _INFINITIVE.match(view.lower, aux_start) is not None \
            and not view.lower.endswith(("going ", "due "), 0, aux_start)
        if not agreed_before and not infinitive \
                and _OPENING.search(cue.lower()) \
                and not _DECIDED.search(view.lower) \
                and not _SCHEDULED.search(view.lower, at, end):
            return Status.PROPOSED, cue  # "will be set up in X": not decided, no date
    return status, cue


def _clause_status(view: SentenceView, ref: _Ref) -> tuple[str, str]:
    """The status a clause gives a centre reference, and the cue words.

    Looked for before the noun (in its clause), then right after it up to the first place
    or comma ("centres are planned, in X"), then, for a centre that is the subject of
    its clause ("the joint centre in Erbil was closed ... and reopened"), in the rest of
    the clause, where the last event counts.
    """
    lower = view.lower
    clause_start = max((end for _, end in view.clause_breaks if end <= ref.start), default=0)
    next_place = next((sp[0] for sp in view.spans if sp[0] >= ref.end), len(lower))
    punctuation = _PUNCTUATION.search(lower, ref.end, next_place) \
        or _SUBORDINATE.search(lower, ref.end, next_place)
    stop = punctuation.start() if punctuation else next_place
    found = _cue_in(view, (clause_start, ref.start), (ref.end, stop))
    rest = (stop, next((start for start, _ in view.clause_breaks if start >= stop), len(lower)))
    subordinate = _SUBORDINATE.search(lower, *rest)
    if subordinate and _last_event(view, (rest[0], subordinate.start())) is not None:
        # "are due to open over the next months as the mission works up to full
        # operational capability": the centre's verb comes before the other clause
        rest = (rest[0], subordinate.start())
    if found is not None and found[0] != Status.CANCELLED:
        # the centre is its clause's subject (no cue before it): "a joint room was
        # established in Kirkuk last year but was later dissolved" ends cancelled (up to
        # the next comma: not "opened in Erbil, replacing the one that was closed in ...")
        comma = _PUNCTUATION.search(lower, stop, rest[1])
        region = (stop, comma.start() if comma else rest[1])
        if _CANCELLED_CUES.search(lower, *region) \
                and _cue_in(view, (clause_start, ref.start), (stop, stop)) is None:
            later = _last_event(view, region)
            if later is not None and later[0] == Status.CANCELLED:
                return later
    if found is not None:
        return found
    return (_last_event(view, rest) or _after_aside(view, ref.end)
            or (Status.PROPOSED, NO_CUE))


_ASIDE_CLOSE = {"—": "—", "–": "–", "(": ")"}


def _after_aside(view: SentenceView, start: int) -> tuple[str, str] | None:
    """The status of the clause that resumes after an aside opened at ``start``: "four
    joint rooms — in A, B and C — were set up by ..." (the aside says where; the
    sentence's verb comes after it)."""
    start += len(view.lower[start:]) - len(view.lower[start:].lstrip())
    close = _ASIDE_CLOSE.get(view.lower[start:start + 1])
    end = view.lower.find(close, start + 1) if close else -1
    if end < 0:
        return None
    resume = end + 1
    stop = next((a for a, _ in view.clause_breaks if a > resume), len(view.lower))
    return _last_event(view, (resume, stop))


def _last_event(view: SentenceView, region: tuple[int, int]) -> tuple[str, str] | None:
    """The status of the last cue word in ``region`` of the sentence, and its words."""
    lower = view.lower
    events = sorted([*_CANCELLED_CUES.finditer(lower, *region),
                     *_ANNOUNCED_CUES.finditer(lower, *region),
                     *_PROPOSED_CUES.finditer(lower, *region)], key=lambda m: m.start())
    # "is expected to open": a proposal word governs the verb right after it
    governed = {b.start() for a, b in itertools.pairwise(events)
                if a.re is _PROPOSED_CUES and b.start() - a.end() <= _GOVERNED_GAP}
    events = [m for m in events if m.start() not in governed]
    if not events:
        return None
    last = events[-1]
    status = (Status.CANCELLED if last.re is _CANCELLED_CUES else
              Status.PROPOSED if last.re is _PROPOSED_CUES else Status.ANNOUNCED)
    decided = next((m for m in events[:-1] if _DECIDED.fullmatch(m.group())), None)
    if status == Status.PROPOSED and decided is not None:
        # "were approved earlier this year and are meant to be up and running by July":
        # decided; the plan is when it will run
        return Status.ANNOUNCED, words(view.text, decided)
    since = events[-2].end() if len(events) > 1 else region[0]
    negation = _NEGATION.search(lower, since, last.start())
    if status == Status.ANNOUNCED and negation:  # "has not yet been agreed"
        return Status.PROPOSED, view.text[negation.start():last.end()]
    return status, words(view.text, last)


def _cue_in(view: SentenceView, before: tuple[int, int], after: tuple[int, int]
            ) -> tuple[str, str] | None:
    """The status given by cue words in two (start, end) ranges of the sentence."""
    lower, text = view.lower, view.text
    for region in (before, after):
        cancelled = _CANCELLED_CUES.search(lower, *region)
        if cancelled:
            return Status.CANCELLED, words(text, cancelled)
    proposed = _PROPOSED_CUES.search(lower, *before) or next(
        (m for m in _PROPOSED_CUES.finditer(lower, *after)
         # "a centre that will coordinate a planned safe zone": another noun's plan
         if not _ATTRIBUTIVE_BEFORE.search(lower, max(0, m.start() - 6), m.start())), None)
    if proposed:
        return Status.PROPOSED, words(text, proposed)
    announced_before = list(_ANNOUNCED_CUES.finditer(lower, *before))
    if announced_before:
        cue = announced_before[-1]
        negation = _NEGATION.search(lower, before[0], cue.start())
        if negation:
            return Status.PROPOSED, text[negation.start():cue.end()].strip()
        return Status.ANNOUNCED, words(text, cue)
    announced_after = _ANNOUNCED_CUES.search(lower, *after)
    if announced_after:
        negation = (_NEGATION.search(lower, *before)
                    or _NEGATION.search(lower, after[0], announced_after.start()))
        if negation:  # "denied reports that a joint base would be built"
            return (Status.PROPOSED,
                    f"{words(text, negation)} ... {words(text, announced_after)}")
        return Status.ANNOUNCED, words(text, announced_after)
    return None


def _reopened(view: SentenceView, start: int) -> bool:
    """An announcement later in the clause: "was closed in 2017 and reopened on Monday"."""
    end = next((b for b, _ in view.clause_breaks if b >= start), len(view.lower))
    return _ANNOUNCED_CUES.search(view.lower, start, end) is not None


def _claim(view: SentenceView) -> str | None:
    """"<Name> recently said that ...": one person's claim, not a reported decision."""
    if " that" not in view.lower:
        return None
    for m in _CLAIM_RE.finditer(view.text):
        who = m.group("who")
        in_place = any(a <= m.start("who") < b for a, b, _ in view.spans)
        if not in_place and who.lower() not in ORG_WORDS:
            return m.group()
    return None


def centre_findings(view: SentenceView, refs: Sequence[_Ref],
                    previous: tuple[str, str] | None, similar: bool,
                    refer_back: ReferBack | None = None) -> list[Finding]:
    """Centre findings of one sentence. A reference with no cue of its own ("The first
    centre, at the port of X, will ...") takes the status of the article's previous one."""
    findings = []
    claim = _claim(view) if refs else None
    for ref in refs:
        if _NOT_A_BEFORE.search(view.lower, max(0, ref.start - 20), ref.start):
            continue  # "what was set up is not a joint operations centre but ...": none
        locations = _centre_locations(view, ref, refer_back)
        if not locations:
            # a centre in no place the article names: nothing to mark, but what it says
            # of the centre is remembered ("The X Center (XC) was set up in October. ...
            # the XC at Y")
            status, cue = _status(view, ref)
            if cue != NO_CUE:
                findings.append(Finding("", status, cue, view.s, 0.0))
            continue
        definite = _DEFINITE_BEFORE.search(view.lower, max(0, ref.start - 30), ref.start)
        series = _SERIES_BEFORE.search(view.lower, max(0, ref.start - 30), ref.start)
        status, cue = _status(view, ref, (definite is not None or series is not None)
                              and previous is not None and previous[0] == Status.ANNOUNCED)
        present = _PRESENT_SITE.fullmatch(view.lower, ref.end, locations[0][0]) \
            if cue == NO_CUE and locations[0][0] > ref.end else None
        if present is not None:
            # "Our permanent work centres are in X, Y and Z": centres that exist
            status, cue = Status.ANNOUNCED, words(view.text, present)
        elif cue == NO_CUE and previous is not None:
            status, cue = previous
            future = _FUTURE.search(view.lower, 0, locations[0][0])
            if future and status == Status.ANNOUNCED:
                cue = words(view.text, future)  # agreed like the one before, not yet open
        elif cue == NO_CUE and definite is not None \
                and not _FUTURE.search(view.lower, ref.end):
            # "the centre in Cotonou will coordinate patrols", "at the JCCC headquarters
            # in Soledar": a centre the article takes as existing, nothing said of a plan
            # (not "Two of the joint centres will be in X")
            status, cue = Status.ANNOUNCED, view.text[definite.start():ref.end].strip()
        confidence = 0.85 if status == Status.ANNOUNCED else 0.75
        if claim and status == Status.ANNOUNCED and not OPERATING_CUE.search(cue.lower()):
            # "X said that ... agreed to establish" is one person's word; "X said that two
            # rooms are already open" reports what runs
            status, cue, confidence = Status.PROPOSED, claim, 0.6
        cancelled = (_CANCELLED_RIGHT_AFTER.match(view.lower, locations[-1][1])
                     if status != Status.CANCELLED else None)
        if cancelled and not _reopened(view, cancelled.end()):
            status, cue = Status.CANCELLED, words(view.text, cancelled)
        at = view.s.start + ref.start
        several = len(locations) == 1 and view.lower[ref.end - 1] == "s" \
            and not view.lower.endswith("headquarters", 0, ref.end)
        findings += [Finding(pid, status, cue, view.s, confidence, ref=at,
                              definite=definite is not None, several=several)
                     for _, _, pid in locations]
        also = _opened_also_in(view, ref, locations)
        if also:
            # "... and after that we intend to open in Ijevan": the later ones' own words
            plan = _PROPOSED_CUES.search(view.lower, locations[-1][1], also[0][0])
            findings += [Finding(pid, Status.PROPOSED if plan else status,
                                 words(view.text, plan) if plan else cue, view.s, 0.7, ref=at)
                         for _, _, pid in also]
    for m in _SIMILAR_RE.finditer(view.lower) if similar else ():
        # the proposal word before ("discussing similar agreements for X"), else after
        # ("a similar room for X is under discussion")
        before = [words(view.text, c) for c in _PROPOSED_CUES.finditer(view.lower, 0, m.start())]
        after = _PROPOSED_CUES.search(view.lower, m.start())
        cue = (f"{before[-1]} similar" if before
               else f"similar ... {words(view.text, after)}" if after else "similar")
        findings += [Finding(pid, Status.PROPOSED, cue, view.s, 0.7)
                     for _, _, pid in view.list_from(m.end())]
    return findings
