"""Roles: what the article says about each place (announced / proposed centre, disputed).

Rules, sentence by sentence (no place names or known sentences in them):

1. A *centre reference* is a centre/room/office/cell/base/facility noun qualified as
   joint, coordination, operations, command or security ("two joint coordination
   centers") or in a sentence that sets it up between two governments ("under an
   agreement between Rome and Tirana", "after signing the agreement with her
   counterpart", "Albania, Italy sign deal on migrant centres"), or, once the article
   has such a reference, a bare "centre"/"facility"/"room", the same noun again ("a
   third office" after "a joint liaison office") or "another one" ("The Kirkuk centre").
   City, shopping, health, detention... centres, someone's office ("the minister's
   office") and "the centre of" never count.
2. A centre's *locations* are the places named right before the noun ("the Kirkuk
   centre") or in the coordinated list that follows "in"/"at" shortly after it
   ("centres ... in Diyala, Makhmour, Mosul and Kirkuk", "one in Baghdad and one in
   Erbil", "in the divided town of Mitrovica"), plus "similar agreements (rooms...)
   for X" (always proposed).
3. The *status* comes from the cue words of the clause: a proposal word before the noun
   ("discussed opening", "plan to set up") or right after it ("are planned") makes it
   proposed; otherwise an agreement/opening word makes it announced, unless negated
   ("has not agreed to open"). A centre that is the subject of its clause takes the
   last event of the clause ("was closed ... and reopened"; "is expected to open" is a
   proposal). A reference with no cue takes the previous reference's status. A list in
   a person's reported claim ("<Name> recently said that ...") is proposed.
   Cancellation words make it cancelled, which keeps a place out of the announced layer.
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
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import NamedTuple

from geo.lexicon import ORG_WORDS
from geo.sentences import sentence_at, split_sentences
from geo.syntax import DIRECTION_WORDS, PlaceSpan, SentenceSyntax
from geo.types import Evidence, Kind, Layer, Mention, Place, RoleFeature

__all__ = ["Status", "assign_roles"]

# Every pattern without a capital letter in it is matched against the lower-cased text
# (see _lower): the same patterns compiled with re.I made this stage three times slower.
_CENTRE_NOUN = (r"(?:cent(?:er|re)s?|rooms?|offices?|cells?|bases?|headquarters|hubs?|"
                r"facilit(?:y|ies)|commands?)")
_QUALIFIER = (r"(?:joint(?:ly)?|coordination|co-ordination|operations?|command|security|combined|"
              r"liaison|fusion|intelligence-sharing)")
# "$"-anchored patterns are searched in a window before a position, not the whole prefix.
_WINDOW = 80
_APPOSITIVE = 80  # longest ", an oil-rich city claimed by both," between a place and its verb
_LEAD_RE = re.compile(rf"\s+(?:{_QUALIFIER}\s+)*$")
# A qualifier at most three words before the noun ("joint security coordination centers").
_QUALIFIER_BEFORE_RE = re.compile(rf"\b{_QUALIFIER}(?:[\s-]+[\w-]+){{0,3}}?[\s-]+$")
_NOUN_RE = re.compile(rf"\b{_CENTRE_NOUN}\b")
# Where each _CENTRE_NOUN form starts (test_roles checks the two stay in step).
_NOUN_STEMS = ("cent", "room", "office", "cell", "base", "headquarter", "hub", "facilit",
               "command")
# "a joint (operations) command" is a centre (see _joint_command)
_JOINT_COMMAND_BEFORE = re.compile(r"\bjoint\s+(?:[a-z-]+\s+){0,2}$")
_NOUN_AFTER_COMMAND = re.compile(r"\s+(?:cent|room|post|headquarters|structure)")
# Nouns that, once the article has a joint centre, refer back to one on their own.
_BARE_CENTRE_RE = re.compile(r"cent(?:er|re)s?|facilit(?:y|ies)|rooms?")
_BARE_STEMS = frozenset(["cent", "facilit", "room"])
_ONE_WORDS = frozenset(["one", "ones", "other", "others"])
_ORDINAL_BEFORE = re.compile(r"(?:another|second|third|fourth|other|new|more)$")
_ONE_WORD = re.compile(r"ones?\b")
# "the other at X", "the others would be in X"
_OTHERS_PLACED = re.compile(r"(?P<noun>others?)\s+(?:(?:would|will|could|are|were|is)\s+"
                            r"(?:be\s+)?)?(?:at|in|near)\b")
_CAPITALISED_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
_UNKNOWN_NAME = re.compile(_CAPITALISED_NAME)
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
_HYPHENATED_DEAL_RE = re.compile(
    rf"\b[A-Z][\w'’]+[-–][A-Z][\w'’]+\s+{_DEAL}")
_NOT_JOINT_BEFORE = re.compile(
    r"\b(?:city|town|shopping|health|medical|detention|data|community|cultural|research|"
    r"call|trade|convention|visitors?|youth|sports?|leisure|garden|treatment|"
    r"rehabilitation|vaccination|testing|test|distribution|reception|fitness|"
    r"administrative|commercial|urban|historic|nerve|dialysis|cancer|care)\s*-?\s*$")
_NOT_JOINT_AFTER = re.compile(r"\s*(?:-(?:left|right)\b|stage\b|ground\b)")
# "the centre of the city", "at the centre of the dispute" (but "rooms of the army" are its)
_MIDDLE_OF = re.compile(r"\s*of\b")

_PROPOSED_CUES = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|discussions?|talks?|propos(?:ed|es|ing|al|als)|"
    r"plan(?:s|ned|ning)?|consider(?:s|ed|ing)?|negotiat(?:e|es|ed|ing|ions?)|"
    r"expected|may|might|could|suggest(?:s|ed|ing)?|call(?:s|ed)? for|urg(?:e|es|ed)|"
    r"study(?:ing)?|explor(?:e|es|ed|ing)|seek(?:s|ing)?|want(?:s|ed)?|hope(?:s|d)?|"
    r"in dispute|left to|aim(?:s|ed)? to|intend(?:s|ed)? to|envisag(?:e|es|ed)|"
    # a plan worded around the opening verb: "are to be established", "still to be set
    # up", "supposed to be opened" (the verb after it is governed: see _GOVERNED_GAP)
    r"(?:is|are|was|were|still|yet|supposed|meant)\s+to\s+be|"
    # "the second phase includes opening joint centres in X": a later stage of a plan
    r"(?:second|next|third|later|final|future)\s+(?:phase|stage)|"
    # "working on a plan", "will work to open"; not "began work on Sunday"
    r"work(?:s|ing) (?:to|on|towards)|(?:will|to) work (?:to|on|towards))\b")
_ANNOUNCED_CUES = re.compile(
    r"\b(?:agree(?:d|s|ment)?|decided|decision|establish(?:ed|es|ing)?|set up|opened|opens|"
    r"open(?:ing)?|inaugurat(?:ed|es)|launch(?:ed|es)?|operating|operational|began|begun|"
    r"start(?:s|ed)?|creat(?:ed|e)|form(?:ed)?|provides? for|approv(?:ed|es)|signed|"
    r"based|built|deployed|activated|preparations|set-up|installed|will open|"
    r"run(?:s|ning)?|operat(?:e|es|ed)|reopen(?:ed|s)?|host(?:s|ed)?|staffed|manned|"
    # a centre described by its state: "is now in place", "are already open"
    r"in place|(?:already|now)\s+open|in operation|up and running|took up (?:its|their) duties|"
    # a running centre described by what it does or what happens there
    r"unveiled|continu(?:es|ed) to|keeps|kept|oversees|oversaw|toured|visit(?:s|ed)?|"
    r"brings together|working at)\b")
# A negation before an agreement word undoes it: "has not agreed to open", "rejected".
_NEGATION = re.compile(r"\b(?:not|no(?!\s+(?:fewer|less|more)\s+than)|never|n't|refus(?:ed|es)|"
                       r"reject(?:ed|s)|den(?:ied|ies)|without)\b")
_CANCEL_WORDS = (r"cancel(?:l?ed|s)?|postponed?|suspend(?:ed|s)?|scrapped|called off|shelved|"
                 r"delayed|halted|frozen|abandoned|closed|dissolved|disbanded|shut down|"
                 r"dismantled|pushed back|put off|on hold|deferred")
_CANCELLED_CUES = re.compile(rf"\b(?:{_CANCEL_WORDS})\b")
# ";", ":", a dash, ", but/while/whereas/although/and that", or ". " (led by one character
# class, which lets the regex engine skip ahead: three times faster than the plain
# alternation). ", and that" starts another reported statement: "officials said a hotline
# set up in X would be expanded, and that a joint centre in Y had been proposed".
_CLAUSE_BREAK = re.compile(r"[;:—–,.](?:(?<=,)\s+(?:but|while|whereas|although|and\s+that)\b|"
                           r"(?<=\.)\s|(?<=[;:—–]))")
_KIND_WORD = r"(?:province|governorate|district|city|town|region|area|county)"
_LIST_SEPARATOR = re.compile(
    rf"(?:\s+{_KIND_WORD})?"
    r"(?P<sep>\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as|plus)\s+)"
    r"(?:(?:one|another|the other)\s+)?(?:(?:in|at)\s+)?(?:the\s+)?"
    r"(?:(?:parts?|much|most|some)\s+of\s+(?:the\s+)?)?")  # "X and parts of Y province"
_PLACE_WORD = (r"(?:cit(?:y|ies)|towns?|villages?|ports?|provinces?|governorates?|districts?|"
               r"regions?|areas?|islands?)")
# "in X", "at the port of X", "for the southern port of X"
_LOCATION_START = re.compile(
    rf"(?:\b(?:in|at|near|across)\s+(?:each\s+of\s+)?(?:the\s+)?(?:[a-z]+ern\s+|"
    rf"[a-z]+-(?:controlled|held|run|"
    rf"occupied|administered)\s+)?"
    # "in the divided town of X", "for the southern border port of X"
    rf"|\b(?:in|at|near|on|for|to)\s+(?:the\s+)?(?:[a-z-]+\s+){{0,3}}?{_PLACE_WORD}\s+of\s+"
    # "proposed for X", "proposed by Ankara for X"
    rf"|\b(?:planned|proposed|earmarked|slated|envisaged|intended)\s+"
    rf"(?:by\s+[\w\s'’-]{{1,40}}?\s+)?for\s+(?:the\s+)?)$")
_UNKNOWN_NAMES_BEFORE = re.compile(
    rf"(?<=\s)(?:{_CAPITALISED_NAME}(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+))+$")
_OWN_INFINITIVE = re.compile(r"\bto\s+(?:be\s+)?(?:re)?(?:open(?:ed)?|set\s+up|establish(?:ed)?|"
                            r"buil[dt]|locat(?:e|ed)|bas(?:e|ed)|host(?:ed)?|operat(?:e|ed))\b")
# "Two centres were set up: one in X, the other in Y" (the list after the clause break
# shares the centres out), and "The three centres, which are still to be agreed, will
# be in X" (a relative clause between the centres and where they will be).
_SHARED_OUT = re.compile(r"[;:—–]\s*(?:(?:the\s+)?(?:first|second|other)(?:\s+one)?|one|"
                         r"one\s+of\s+them|both)\s+(?:(?:is|are|was|will\s+be|would\s+be)\s+)?$")
_RELATIVE_THEN_BE = re.compile(
    r"^\s*,?\s*(?:which|that)\b[^;:]*?(?:,\s*|\s+)(?:will|would|shall|are|is|were|was)\s+"
    r"(?:(?:also|now|still|only)\s+)?(?:to\s+)?(?:be\s+)?"
    r"(?:(?:built|set\s+up|located|based|opened|established|sited|housed)\s+)?$")
_FOR_RIGHT_AFTER = re.compile(r"\s*,?\s*for\s+(?:the\s+)?")
_PURPOSE_AFTER = re.compile(r"['’]s\b|\s+(?!(?:and|or|as|was|were|is|are|will|would|has|have|"
                            r"had|in|on|at|by|after|before|province|governorate|district|"
                            r"city|region|area)\b)[a-z]")
_IN_CAPITALISED = re.compile(r"\b(?:in|at)\s+(?:the\s+)?([A-Z][\w'’-]+)")
_CALENDAR_WORDS = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday", "spring", "summer", "autumn", "winter"])
_SITED_CLAUSE = re.compile(r"^\s*(?:\([^)]{0,40}\))?[\s,]*(?:which|that)\s+(?:\w+\s+){0,3}"
                           r"(?:located|based|sited|housed|built|set\s+up|established|opened|backs|backed|runs|"
                           r"operates|operated|hosts|hosted|funds|funded|manages|managed)\s*$")
# "Coordination Center (CMCC)", "Joint Centre for Control and Co-ordination (JCCC)"
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|its)\s+(?:(?:first|second|third|new|planned|"
                              r"proposed|joint|same)\s+)*$")
# "what was set up is not a joint centre but ...", "Kirkuk has no new joint room": no
# centre at all ("no joint room would be set up in X" is a plan turned down: proposed)
_NOT_A_BEFORE = re.compile(r"(?:\b(?:is|was|are|were)\s+not\s+(?:an?|the)|"
                           r"\b(?:has|have|had|there\s+is|there\s+are)\s+no(?:\s+new)?)\s+$")
_ACRONYM_AFTER = re.compile(r"(?:\s+(?:for|of|on)(?:\s+(?:and\s+)?[A-Z][\w-]*){1,5})?"
                            r"\s*\(([A-Z][A-Z0-9]{1,6})\)")
# "A team arrived in X to start setting up the centre", "Located in X, the centre ..."
_ARRIVED_BEFORE = re.compile(r"\b(?:arrived|arrives|arriving|reached|reaches|landed|travell?ed|"
                             r"came|headed|went)\s+(?:in|at|to)?\s*(?:the\s+)?$")
_SET_UP_BEFORE = re.compile(r"\bto\s+(?:begin\s+|start\s+|help\s+)?(?:setting\s+up|set\s+up|"
                            r"establish(?:ing)?|open(?:ing)?|prepar(?:e|ing)(?:\s+for)?)\s+"
                            r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,4}$")
_FRONTED = re.compile(r"^\s*(?:located|based|housed|sited|headquartered|set\s+up)\s+"
                      r"(?:in|at|near)\s+(?:the\s+)?")
_RELATIVE_OPEN = re.compile(r"^\s*(?:\([^)]{0,40}\))?[\s,]*(?:which|that)\b")
# What a centre does ("will coordinate patrols near X") places its work, not the centre.
_LOCATION_STOP = re.compile(r"\b(?:coordinat\w*|manag\w*|monitor\w*|overse\w*|supervis\w*|"
                            r"cover\w*|serv(?:e|es|ing)|patrol\w*|protect\w*|secur(?:e|es|ing)|"
                            r"that|which|who|to|for|from|because|after|while|but|since|"
                            r"where|when|until)\b|[.;:]")
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?[\w\s'’-]*?\band\s+(?:the\s+)?"
                      r"(?:[A-Z][\w'’-]*\s*)+", re.U)
_SIMILAR_RE = re.compile(rf"\bsimilar\s+(?:agreements?|deals?|arrangements?|mechanisms?|ones?|"
                         rf"{_CENTRE_NOUN})\s+"
                         # "similar cells were planned for X", "is being negotiated for X"
                         r"(?:(?:are|were|is|was|have\s+been|had\s+been)\s+)?(?:being\s+)?"
                         r"(?:(?:planned|proposed|envisaged|discussed|considered|expected|"
                         r"negotiated|sought|studied)\s+)?"
                         r"(?:for|in|at)\s+(?:the\s+)?")
_CLAIM_RE = re.compile(
    r"(?P<who>[A-Z][\w'’-]+)\s+(?:(?:recently|previously|earlier|also|once|has|had|"
    r"reportedly)\s+)*(?:said|claimed|stated|asserted|insisted)\s+that\b")
_AREA_NOUN = r"(?:areas?|territor(?:y|ies)|regions?|lands?|provinces?|districts?|cit(?:y|ies)|" \
             r"towns?|governorates?|zones?|border areas?)"
_DISPUTED = r"(?:disputed|contested)"
_DISPUTED_THEN_LIST = re.compile(
    rf"\b{_DISPUTED}\s+(?P<noun>{_AREA_NOUN})\s*"
    rf"(?P<link>such as|including|like|of|in|:|,|—|–|-)\s*"
    rf"(?:(?:the|a|an|[\w()'’-]+)\s+){{0,6}}?")
_LIST_THEN_OTHER_DISPUTED = re.compile(
    rf"\s*(?:,\s*)?(?:and|as well as|or|,)\s+(?:the\s+)?(?:other|another)\s+"
    rf"(?:(?:of\s+)?(?:the\s+)?[\w'’]+\s+)?{_DISPUTED}\s+{_AREA_NOUN}"
    # "Kirkuk and the disputed territories", "to Kirkuk and to the disputed regions"
    rf"|\s+(?:and|as well as)\s+(?:to\s+|in\s+)?the\s+(?:(?:rest\s+of\s+the|other|"
    rf"country['’]s|nation['’]s)\s+)?{_DISPUTED}\s+(?:areas|territories|regions|lands)\b")
# "the disputed town of X", "disputed X"; as a verb, "have long disputed the province of X"
_DISPUTED_BEFORE = re.compile(
    rf"\b{_DISPUTED}\s+(?P<the>the\s+)?"
    rf"(?:(?:city|town|province|governorate|district|region)\s+of\s+)?$")
_DISPUTED_AFTER = re.compile(
    rf"\s*(?:,\s*(?:a|an|one of the)\s+(?:\w+\s+)?{_DISPUTED}\s+{_AREA_NOUN}|"
    # "The Abyei area, disputed by Sudan and South Sudan, ..."
    rf",\s*{_DISPUTED}\s+by\b|"
    # "Kirkuk, an oil-rich city claimed by both, is among the disputed territories"
    rf"(?:\s*,[^,.;]{{1,{_APPOSITIVE}}},)?"
    rf"\s+(?:is|(?P<plural>are|were|remain)|was|remains)\s+(?:\w+\s+){{0,4}}?{_DISPUTED}\b)")
# "... is one of the areas disputed between Erbil and Baghdad, as are A and B"
_AS_ARE_AFTER_DISPUTED = re.compile(
    rf"{_DISPUTED}[^.;]{{0,80}}?,\s+as\s+(?:are|is|were|was|does|do|did)\s+(?:the\s+)?"
    r"(?:(?:parts?|much|most|some)\s+of\s+(?:the\s+)?)?")
# The parties of a dispute named by what they are ("both sides claim Kirkuk").
_SIDES = r"(?:both|sides|countries|governments|nations|parties)"
# A claimed place is a disputed one: "X, a city claimed by both Baghdad and Erbil", "X,
# which both sides claim", "the Shebaa Farms, which Lebanon claims".
_CLAIMED_AFTER = re.compile(
    rf"(?:\s+{_KIND_WORD})?(?:\s*,\s*(?:(?:[^,.;]{{0,40}}?\s)?(?:claimed|contested)\s+by\s+both\b"
    r"|which\s+(?P<who>(?:both\s+)?[^,.;]{1,40}?)\s+(?:(?:also|still|long|now)\s+)?"
    r"claims?\b)"
    # "Kirkuk claimed by both Baghdad and Erbil" (no comma)
    r"|\s+(?:claimed|contested)\s+by\s+both\b)")
_CLAIMANTS = re.compile(rf"\b{_SIDES}\b")
_STATUS_OF_BEFORE = re.compile(rf"\b(?:{_DISPUTED}|unresolved|undetermined)\s+(?:status|future|"
                               r"ownership|sovereignty)\s+of\s+(?:the\s+)?$")
_SUBJECT_OF_DISPUTE_AFTER = re.compile(
    r"\s+(?:has\s+been|have\s+been|is|are|was|were|remains?)\s+(?:long\s+)?(?:the\s+)?"
    r"(?:subject|object|focus|heart|centre|center)\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:territorial|border|sovereignty)\s+(?:dispute|row|conflict|quarrel)")
_LIKE = re.compile(r"\s*,\s*like\s+")
_REMAINS_CONTESTED = re.compile(rf"\s*,\s*(?:also\s+)?(?:remains?|is|are|was|were)\s+"
                                rf"(?:still\s+|also\s+)?{_DISPUTED}\b")
# "the dispute over X"; "X and Y are among the areas Baghdad and Erbil dispute"
_DISPUTE_OVER_BEFORE = re.compile(r"\bdisputes?\s+over\s+(?:the\s+)?$")
# A list's verb: "A, B and C are claimed by ...", "... are among the areas ... dispute"
_BE = r"(?:is|are|was|were|remains?)"
# "Kirkuk, Diyala and Nineveh are claimed by both the federal government and the KRG"
_CLAIMED_BY_AFTER = re.compile(rf"\s+{_BE}\s+(?:\w+\s+)?(?:claimed|contested)\s+by\b")
_AMONG_AREAS_DISPUTED_AFTER = re.compile(
    rf"\s+{_BE}\s+(?:among|one\s+of)\s+the\s+{_AREA_NOUN}\s+"
    r"(?:that\s+|which\s+)?[^,.;]{1,40}?\s+(?:still\s+|also\s+)?(?:dispute|claim)\b")
# A territorial claim by a party the article names makes an area disputed: "China claims
# the whole of Arunachal Pradesh", "Baghdad and Erbil both claim Kirkuk", "Pakistan's
# claim to Kashmir". The claimant comes right before (a place, or both/sides...); the area
# ends its phrase, so "ISIS claimed the Kirkuk attack" or "he claims Baghdad is safe" are
# not claims on an area.
_CLAIM_BEFORE = re.compile(
    r"\b(?:claims?|claimed|claiming)\s+(?P<over>(?:to|on|over)\s+|(?:sovereignty|ownership)\s+"
    r"(?:over|of)\s+)?"
    r"(?:(?:the\s+|an?\s+)?(?:(?:large|small|big|great|major|vast|southern|northern|"
    r"eastern|western)\s+)?(?:whole|all|most|parts?|much|portion|section|swathe|chunk)\s+"
    r"of\s+)?(?:the\s+)?$")
_CLAIMANT_GAP = re.compile(
    r"(?:['’]s)?\s+(?:(?:also|both|still|long|has|have|had|now|officially|formally|"
    r"historically|each|lay|lays|laid)\s+)*$")
# "its claim to X", "stake their claim to X", "claim ownership of X": the claim names its
# owner by a pronoun, or is a fixed phrase; "the Western Sahara dispute", "the Kashmir
# territorial dispute": a dispute named after its area
_OWN_CLAIM_BEFORE = re.compile(
    r"\b(?:(?:its|their|his|her)\s+(?:own\s+)?claims?\s+(?:to|over|on)|"
    r"stakes?\s+(?:a|its|their)\s+claim\s+to|staked\s+(?:a|its|their)\s+claim\s+to|"
    r"(?:claims?|claimed|claiming)\s+(?:sovereignty|ownership)\s+(?:over|of)|"
    r"(?:struggle|fight|battle|tug-of-war|row|disputes?|conflict)\b[^.;]{0,50}?\bover\s+"
    r"(?:who\s+(?:controls|owns|rules|governs)|(?:the\s+)?(?:control|ownership|sovereignty)"
    r"\s+of))"
    r"\s+(?:the\s+)?$")
_NAMED_DISPUTE_AFTER = re.compile(r"\s+(?:(?:territorial|border|sovereignty|land)\s+)?"
                                  r"disputes?\b")
_CLAIMANT_WORDS = re.compile(rf"\b{_SIDES}\s+(?:(?:also|still|long|have|had|now)\s+)*$")
# What comes before "disputed" used as an adjective ("the disputed Kirkuk", "in disputed
# Sinjar"); after anything else it may be a verb ("Goodwin disputed Georgia authorities'...").
_ADJECTIVE_LEAD = re.compile(r"(?:^|\b(?:the|a|an|in|of|to|from|into|over|across|for|"
                             r"and|or|other|several|two|three|many|these|those|its|their)"
                             r"|[,(])\s*$")
# An area named as the object of a claim or of "disputed the" ends its phrase there.
_AREA_PHRASE_END = re.compile(
    r"\s*(?:[,.;:)—–]|$)|\s+(?:as|and|or|in|since|for|but|while|which|from|entirely)\b")
_AREA_NOUN_BEFORE = re.compile(rf"\b{_AREA_NOUN}\s+$")
_PARTIES_THEN_LIST = re.compile(
    rf"{_DISPUTED}\s+(?:between|by)\s+[^,.;]{{1,60}}?,\s*"
    r"(?:(?:mainly|mostly|especially|particularly|notably|chiefly)\s+)?"
    r"(?:in\s+|including\s+|such\s+as\s+)(?:the\s+)?")
_PARTIES_NEXT = re.compile(r"\s*by\b")
_LIST_BROKEN = re.compile(r"[.;]|\bby\b|\b(?:which|that)\b")  # "..., which A and B claim"
_FOLLOWING_KIND_WORD = re.compile(rf"\s+{_KIND_WORD}\b")


# A cancellation right after a centre's places is its clause's verb: "Plans to open a joint
# centre in Mosul were shelved", "the centre in Duhok has since been postponed", "a joint
# centre in Zakho was rejected by parliament" (the plan is off, not merely not agreed).
_CANCELLED_RIGHT_AFTER = re.compile(
    rf"\s+(?:{_KIND_WORD}\s+)?(?:(?:was|were|is|are|has|have|had)\s+(?:been\s+)?)?"
    rf"(?:(?:also|later|then|now|since|indefinitely|effectively)\s+)?"
    rf"(?:{_CANCEL_WORDS}|rejected|vetoed|turned down|voted down)\b")
# A centre yet to come: "The remaining rooms will be in X", "others would follow in Y"
# (not "the first centre ... will screen arrivals": what an open one will do).
_FUTURE = re.compile(r"\b(?:remaining|rest of the|yet to)\b|"
                     r"\b(?:will|would|shall)\s+(?:also\s+)?(?:be|follow|come)\b")
# Announced cues that report a centre open or at work, not only agreed ("opened", "run").
_OPERATING_CUE = re.compile(r"\b(?:opened|opens|reopen(?:ed|s)?|inaugurat(?:ed|es)|"
                            r"operating|operational|began|begun|run(?:s|ning)?|"
                            r"operat(?:e|es|ed)|staffed|manned|hosts?|hosted|in place|"
                            r"(?:already|now)\s+open|in operation|up and running|"
                            r"took up (?:its|their) duties|started|unveiled|"
                            r"continu(?:es|ed) to|keeps|kept|oversees|oversaw|toured|"
                            r"visit(?:s|ed)?|brings together|working at)\b")
_PUNCTUATION = re.compile(r"[,.;]")
# "will be opened": to come, not open yet (an announced centre, not an operating one)
_FUTURE_AUX = re.compile(r"\b(?:will|would|shall|to)\s+be\s+\w+$|\b(?:will|would|shall)\s+\w+$")
_AUX_BEFORE = re.compile(r"\b(?:will|would|shall|to)\s+(?:be\s+)?$")
# "will be opened after the committee meets", "by the end of the year, if the sites are
# agreed": an opening that waits on a condition is still a plan
_CONDITION_AFTER = re.compile(r"\b(?:after|once|if|unless|when|as soon as|provided)\s+"
                              r"(?:the|a|an|both|its|their|all|some|this|that|[a-z]+s)\b")
_NO_CUE = "mentioned without a decision"
_GOVERNED_GAP = 12  # characters between "expected"/"plans" and the verb it governs


def _lower(text: str) -> str:
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
    DISPUTED = "disputed"


class _Finding(NamedTuple):
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


class _SentenceView:
    """A sentence with the literal place mentions inside it."""

    def __init__(self, sentence: Evidence, spans: list[tuple[Mention, str]],
                 article_lower: str, contains: Callable[[str, str], bool]) -> None:
        self.s = sentence
        self._contains = contains
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

    def place_starting_at(self, pos: int) -> tuple[int, int, str] | None:
        return self._by_start.get(pos)

    def place_ending_at(self, pos: int) -> tuple[int, int, str] | None:
        return self._by_end.get(pos)

    @property
    def syntax(self) -> SentenceSyntax:
        """The sentence's tokens, clauses and place lists (built on first use)."""
        if self._syntax is None:
            self._syntax = SentenceSyntax(self.text, [PlaceSpan(*sp) for sp in self.spans],
                                          self._contains, self.lower)
        return self._syntax

    def list_from(self, pos: int) -> list[tuple[int, int, str]]:
        """The coordinated list of places starting at ``pos`` ("A, B and C"), each item
        as fine as the text makes it (see :meth:`SentenceSyntax.place_list`)."""
        if pos not in self._by_start:
            return []
        return [tuple(item) for item in self.syntax.place_list(pos)]  # type: ignore[misc]

    def list_before(self, end: int) -> list[tuple[int, int, str]]:
        """The coordinated list of places that ends at ``end`` ("Kirkuk", "A and B")."""
        last = self.place_ending_at(end)
        if last is None:
            return []
        items = [last]
        if self._before_separator is None:
            # where a list separator after a place ends -> that place (the first one wins)
            self._before_separator = {}
            for sp in self.spans:
                if m := _LIST_SEPARATOR.match(self.lower, sp[1]):
                    self._before_separator.setdefault(m.end(), sp)
        while (prev := self._before_separator.get(items[-1][0])) is not None:
            items.append(prev)
        return items[::-1]


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


def _find_all(text: str, word: str) -> list[int]:
    """Every offset where ``word`` starts (str.find is many times faster than a regex)."""
    found, i = [], text.find(word)
    while i >= 0:
        found.append(i)
        i = text.find(word, i + 1)
    return found


def _ordinal_ones(lower: str) -> list[tuple[int, int, str]]:
    """"another one", "new ones", "the other (at X)": spans of "one(s)"/"other" standing
    for a noun said before, each with its word."""
    ones = []
    for i in _find_all(lower, " one"):
        word = _ONE_WORD.match(lower, i + 1)
        if word and _ORDINAL_BEFORE.search(lower, max(0, i - 8), i):
            ones.append((*word.span(), word.group()))
    others = [(i + 4, i + 4 + len(m.group("noun")), m.group("noun"))
              for i in _find_all(lower, "the other")
              if (m := _OTHERS_PLACED.match(lower, i + 4))]
    return ones + others


def _find_nouns(lower: str) -> list[tuple[int, int, str]]:
    """Centre nouns of the lower-cased article, each with its stem, found with str.find
    (a regex scan of the whole article was the largest single cost of the roles stage)."""
    found = []
    for stem in _NOUN_STEMS:
        for i in _find_all(lower, stem):
            if m := _NOUN_RE.match(lower, i):
                found.append((i, m.end(), stem))
    return sorted(found)


def _acronym_nouns(text: str, lower: str, nouns: list[_Noun], sentences: list[Evidence],
                   starts: list[int]) -> list[_Noun]:
    """Discourse memory of names: "the Civil-Military Coordination Center (CMCC)" makes
    every later "CMCC" the same joint centre ("the CMCC at Kiryat Gat")."""
    found = []
    for n in nouns:
        if n.qualifier_start is None and not n.bilateral:
            continue
        m = _ACRONYM_AFTER.match(text, n.end)
        if m is None:
            continue
        acronym = m.group(1).lower()
        for i in _find_all(lower, acronym):
            end = i + len(acronym)
            if (m.start(1) != i and (i == 0 or not lower[i - 1].isalnum())
                    and (end == len(lower) or not lower[end].isalnum())):
                sentence = sentence_at(sentences, i, starts)
                found.append(_Noun(i, end, i, False, False, sentence, "acronym", False))
    return found


def _centre_nouns(text: str, lower: str, sentences: list[Evidence], starts: list[int]
                  ) -> list[_Noun]:
    nouns = []
    bilateral_sentences: dict[int, bool] = {}
    for start, end, stem in sorted(_find_nouns(lower) + _ordinal_ones(lower)):
        if not _is_joint_noun(lower, start, end):
            continue
        sentence = sentence_at(sentences, start, starts)
        if stem == "command" and not _joint_command(lower, start, end, sentence):
            continue
        qualifier = _QUALIFIER_BEFORE_RE.search(lower, max(0, start - _WINDOW), start)
        qualifier_start = qualifier.start() if qualifier else None
        if qualifier_start is None and sentence is not None:
            qualifier_start = _pair_adjective_start(sentence, start)
        bilateral = False
        # Only a noun without a qualifier in its sentence needs a bilateral sentence.
        qualified = qualifier_start is not None and sentence is not None \
            and qualifier_start >= sentence.start
        if sentence is not None and not qualified:
            if sentence.start not in bilateral_sentences:
                bilateral_sentences[sentence.start] = _is_bilateral(sentence.sentence)
            bilateral = bilateral_sentences[sentence.start]
        bare = stem in _ONE_WORDS or (stem in _BARE_STEMS
                                      and bool(_BARE_CENTRE_RE.fullmatch(lower, start, end)))
        nouns.append(_Noun(start, end, qualifier_start, bilateral,
                           bare, sentence, stem,
                           lower.endswith(_POSSESSIVE_BEFORE, 0, start)))
    if "(" in text:
        nouns += _acronym_nouns(text, lower, nouns, sentences, starts)
        nouns.sort(key=attrgetter("start"))
    return nouns


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
    window = max(0, start - at - _WINDOW), start - at
    before = sentence.sentence[slice(*window)]
    if "-" not in before and "–" not in before:
        return None  # most nouns: no hyphen before them, no regex run
    found = _PAIR_ADJECTIVE_BEFORE.search(sentence.sentence, *window)
    return found.start() + at if found else None


def _centre_references(nouns: list[_Noun]) -> dict[int, list[_Ref]]:
    """Centre references by the start of their sentence, in offsets relative to it."""
    joint = [n for n in nouns if n.qualifier_start is not None or n.bilateral]
    has_joint = bool(joint)
    joint_stems = {n.stem for n in joint}
    refs: dict[int, list[_Ref]] = {}
    for n in nouns:
        if n.sentence is None:
            continue
        at = n.sentence.start
        if n.qualifier_start is not None and n.qualifier_start >= at:
            refs.setdefault(at, []).append(_Ref(n.qualifier_start - at, n.end - at))
        elif n.bilateral or (has_joint and not n.possessed
                             and (n.bare_centre or n.stem in joint_stems)):
            refs.setdefault(at, []).append(_Ref(n.start - at, n.end - at))
    return refs


def _is_bilateral(sentence: str) -> bool:
    # The substring tests skip most sentences before any regex runs.
    return bool(("between" in sentence and _DEAL_BETWEEN_RE.search(sentence))
                or (("-" in sentence or "–" in sentence)
                    and _HYPHENATED_DEAL_RE.search(sentence))
                or ("counterpart" in sentence and _DEAL_WITH_COUNTERPART_RE.search(sentence))
                or _TWO_SIDES_SIGN_RE.match(sentence))


def _is_joint_noun(lower: str, start: int, end: int) -> bool:
    # the window holds the one word _NOT_JOINT_BEFORE looks at ("rehabilitation - ")
    return not (_NOT_JOINT_BEFORE.search(lower, max(0, start - 24), start)
                or _NOT_JOINT_AFTER.match(lower, end)
                or (lower.startswith("cent", start) and _MIDDLE_OF.match(lower, end)))


def _centre_locations(view: _SentenceView, ref: _Ref) -> list[tuple[int, int, str]]:
    text = view.text
    # "the Kirkuk centre", "Baghdad and Erbil joint centres"
    lead = _LEAD_RE.search(view.lower, max(0, ref.start - _WINDOW), ref.start)
    before = view.list_before(lead.start()) if lead else []
    if not before:
        before = view.list_before(ref.start - 1) if ref.start > 0 else []
    # "the Turkey-U.S. joint operations centre": the parties, not where the centre is
    before = [b for b in before if text[b[0] - 1:b[0]] not in ("-", "–")
              and text[b[1]:b[1] + 1] not in ("-", "–")]
    # "... centres [between A and B] [are planned,] in A, B and C"
    after = _without_parties(text, view.lower, ref.end)
    located: list[tuple[int, int, str]] = []
    for sp in view.spans:
        if sp[0] < ref.end:
            continue
        gap = after[:sp[0] - ref.end]
        start = _location_start(gap) or _FOR_RIGHT_AFTER.fullmatch(gap)
        if start is not None and start.re is _FOR_RIGHT_AFTER \
                and _PURPOSE_AFTER.match(view.lower, sp[1]):
            # "a third centre, for Kirkuk," is where; "a centre for Syria's de-escalation
            # zones", "for Gaza stabilization" is what it is for
            start = None
        unknown = None if start else _UNKNOWN_NAMES_BEFORE.search(text, ref.end, sp[0])
        if unknown:  # "in Garmiyan and Daquq": a first name the gazetteer lacks
            gap = after[:unknown.start() - ref.end]
            start = _location_start(gap)
        lead_in = gap[:start.start()] if start else gap
        if start and (_SITED_CLAUSE.search(lead_in) or _SHARED_OUT.search(lead_in)
                      or _RELATIVE_THEN_BE.match(lead_in)):
            # "The center, which would be located in X", "...: one in X", "The centres
            # that are still to be set up will be in X": the words say where it is
            lead_in = gap = ""
        # "is due to open in X": "to" before the centre's own verb is not a purpose clause
        lead_in = _OWN_INFINITIVE.sub(" ", lead_in)
        if start and _in_unknown_place(text, ref.end, ref.end + len(lead_in)):
            break  # "a centre in Bashiqa, near Mosul": in a town we lack, not in Mosul
        if not start and _RELATIVE_OPEN.match(lead_in) and len(gap.split()) <= 12:
            continue  # "which the US backs in X": the relative clause's subject, not X
        if len(gap.split()) > 12 or _LOCATION_STOP.search(lead_in):
            break
        if start:
            located = view.list_from(sp[0])
            break
    if not before and not located:
        located = _arrived_to_set_up(view, ref) or _fronted_location(view, ref)
    return before + located


def _arrived_to_set_up(view: _SentenceView, ref: _Ref) -> list[tuple[int, int, str]]:
    """arrived_to_set_up: "A team arrived in X to start setting up the joint operations
    centre": the place a team came to in order to set the centre up."""
    clause_start = view.syntax.clause_of(ref.start)[0]
    if not _SET_UP_BEFORE.search(view.lower, max(clause_start, ref.start - 60), ref.start):
        return []
    for start, _, _ in view.spans:
        if clause_start <= start < ref.start and _ARRIVED_BEFORE.search(
                view.lower, max(0, start - 30), start):
            return view.list_from(start)
    return []


def _fronted_location(view: _SentenceView, ref: _Ref) -> list[tuple[int, int, str]]:
    """fronted_location: "Located in X's Y district, the joint centre ...": a participle
    phrase opening the sentence places the centre that follows it."""
    fronted = _FRONTED.match(view.lower)
    if fronted is None or fronted.end() > ref.start:
        return []
    spans = [sp for sp in view.spans if fronted.end() <= sp[0] < ref.start]
    return view.list_from(spans[0][0]) if spans else []


def _location_start(gap: str) -> re.Match | None:
    """"in", "at the port of", "proposed for"... ending ``gap`` (searched in its last
    _WINDOW characters: the pattern is anchored at the end)."""
    return _LOCATION_START.search(gap, max(0, len(gap) - _WINDOW))


def _in_unknown_place(text: str, start: int, end: int) -> bool:
    """"in Bashiqa" between two offsets, for a capitalised name that is no known place
    (the caller has passed every known one) and no month or weekday."""
    return any(m.group(1).lower() not in _CALENDAR_WORDS
               for m in _IN_CAPITALISED.finditer(text, start, end))


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


def _status(view: _SentenceView, ref: _Ref) -> tuple[str, str]:
    """The status a clause gives a centre reference (see _clause_status), with a future
    opening's auxiliary kept in the cue ("will be opened") and a future opening that waits
    on a condition made a plan ("will be opened after the committee meets")."""
    status, cue = _clause_status(view, ref)
    fronted = _FRONTED.match(view.lower)
    if fronted is not None and fronted.end() <= ref.start and cue == \
            view.text[:fronted.end()].split()[0]:
        # "Based in Erbil, the centre opened on Monday": the participle places the
        # centre; what happened to it comes after
        status, cue = _last_event(view, (ref.end, view.syntax.clause_of(ref.end)[1])) \
            or (status, cue)
    if status != Status.ANNOUNCED:
        return status, cue
    at = view.lower.find(cue.lower(), ref.start) if cue != _NO_CUE else -1
    if at < 0:
        at = view.lower.find(cue.lower())
    if at > 0 and (aux := _AUX_BEFORE.search(view.lower, max(0, at - 16), at)):
        cue = view.text[aux.start():at + len(cue)].strip()
        end = view.syntax.clause_of(at)[1]
        if (condition := _CONDITION_AFTER.search(view.lower, at, end)) is not None:
            return Status.PROPOSED, f"{cue} ... {_words(view.text, condition)}"
    return status, cue


def _clause_status(view: _SentenceView, ref: _Ref) -> tuple[str, str]:
    """The status a clause gives a centre reference, and the cue words.

    Looked for before the noun (in its clause), then right after it up to the first place
    or comma ("centres are planned, in X"), then, for a centre that is the subject of
    its clause ("the joint centre in Erbil was closed ... and reopened"), in the rest of
    the clause, where the last event counts.
    """
    lower = view.lower
    clause_start = max((end for _, end in view.clause_breaks if end <= ref.start), default=0)
    next_place = next((sp[0] for sp in view.spans if sp[0] >= ref.end), len(lower))
    punctuation = _PUNCTUATION.search(lower, ref.end, next_place)
    stop = punctuation.start() if punctuation else next_place
    found = _cue_in(view, (clause_start, ref.start), (ref.end, stop))
    rest = (stop, next((start for start, _ in view.clause_breaks if start >= stop), len(lower)))
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
    return _last_event(view, rest) or (Status.PROPOSED, _NO_CUE)


def _last_event(view: _SentenceView, region: tuple[int, int]) -> tuple[str, str] | None:
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
    since = events[-2].end() if len(events) > 1 else region[0]
    negation = _NEGATION.search(lower, since, last.start())
    if status == Status.ANNOUNCED and negation:  # "has not yet been agreed"
        return Status.PROPOSED, view.text[negation.start():last.end()]
    return status, _words(view.text, last)


def _cue_in(view: _SentenceView, before: tuple[int, int], after: tuple[int, int]
            ) -> tuple[str, str] | None:
    """The status given by cue words in two (start, end) ranges of the sentence."""
    lower, text = view.lower, view.text
    for region in (before, after):
        cancelled = _CANCELLED_CUES.search(lower, *region)
        if cancelled:
            return Status.CANCELLED, _words(text, cancelled)
    proposed = _PROPOSED_CUES.search(lower, *before) or _PROPOSED_CUES.search(lower, *after)
    if proposed:
        return Status.PROPOSED, _words(text, proposed)
    announced_before = list(_ANNOUNCED_CUES.finditer(lower, *before))
    if announced_before:
        cue = announced_before[-1]
        negation = _NEGATION.search(lower, before[0], cue.start())
        if negation:
            return Status.PROPOSED, text[negation.start():cue.end()].strip()
        return Status.ANNOUNCED, _words(text, cue)
    announced_after = _ANNOUNCED_CUES.search(lower, *after)
    if announced_after:
        negation = (_NEGATION.search(lower, *before)
                    or _NEGATION.search(lower, after[0], announced_after.start()))
        if negation:  # "denied reports that a joint base would be built"
            return (Status.PROPOSED,
                    f"{_words(text, negation)} ... {_words(text, announced_after)}")
        return Status.ANNOUNCED, _words(text, announced_after)
    return None


def _reopened(view: _SentenceView, start: int) -> bool:
    """An announcement later in the clause: "was closed in 2017 and reopened on Monday"."""
    end = next((b for b, _ in view.clause_breaks if b >= start), len(view.lower))
    return _ANNOUNCED_CUES.search(view.lower, start, end) is not None


def _words(text: str, match: re.Match) -> str:
    """The original words of a match made on the lower-cased text."""
    return text[match.start():match.end()].strip()


def _claim(view: _SentenceView) -> str | None:
    """"<Name> recently said that ...": one person's claim, not a reported decision."""
    if " that" not in view.lower:
        return None
    for m in _CLAIM_RE.finditer(view.text):
        who = m.group("who")
        in_place = any(a <= m.start("who") < b for a, b, _ in view.spans)
        if not in_place and who.lower() not in ORG_WORDS:
            return m.group()
    return None


def _centre_findings(view: _SentenceView, refs: Sequence[_Ref],
                     previous: tuple[str, str] | None, similar: bool) -> list[_Finding]:
    """Centre findings of one sentence. A reference with no cue of its own ("The first
    centre, at the port of X, will ...") takes the status of the article's previous one."""
    findings = []
    claim = _claim(view) if refs else None
    for ref in refs:
        if _NOT_A_BEFORE.search(view.lower, max(0, ref.start - 20), ref.start):
            continue  # "what was set up is not a joint operations centre but ...": none
        locations = _centre_locations(view, ref)
        if not locations:
            # a centre in no place the article names: nothing to mark, but what it says
            # of the centre is remembered ("The X Center (XC) was set up in October. ...
            # the XC at Y")
            status, cue = _status(view, ref)
            if cue != _NO_CUE:
                findings.append(_Finding("", status, cue, view.s, 0.0))
            continue
        status, cue = _status(view, ref)
        if cue == _NO_CUE and previous is not None:
            status, cue = previous
            future = _FUTURE.search(view.lower, 0, locations[0][0])
            if future and status == Status.ANNOUNCED:
                cue = _words(view.text, future)  # agreed like the one before, not yet open
        confidence = 0.85 if status == Status.ANNOUNCED else 0.75
        if claim and status == Status.ANNOUNCED and not _OPERATING_CUE.search(cue.lower()):
            # "X said that ... agreed to establish" is one person's word; "X said that two
            # rooms are already open" reports what runs
            status, cue, confidence = Status.PROPOSED, claim, 0.6
        cancelled = (_CANCELLED_RIGHT_AFTER.match(view.lower, locations[-1][1])
                     if status != Status.CANCELLED else None)
        if cancelled and not _reopened(view, cancelled.end()):
            status, cue = Status.CANCELLED, _words(view.text, cancelled)
        at = view.s.start + ref.start
        definite = _DEFINITE_BEFORE.search(view.lower, max(0, ref.start - 30), ref.start)
        several = len(locations) == 1 and view.lower[ref.end - 1] == "s" \
            and not view.lower.endswith("headquarters", 0, ref.end)
        findings += [_Finding(pid, status, cue, view.s, confidence, ref=at,
                              definite=definite is not None, several=several)
                     for _, _, pid in locations]
    for m in _SIMILAR_RE.finditer(view.lower) if similar else ():
        # the proposal word before ("discussing similar agreements for X"), else after
        # ("a similar room for X is under discussion")
        before = [_words(view.text, c) for c in _PROPOSED_CUES.finditer(view.lower, 0, m.start())]
        after = _PROPOSED_CUES.search(view.lower, m.start())
        cue = (f"{before[-1]} similar" if before
               else f"similar ... {_words(view.text, after)}" if after else "similar")
        findings += [_Finding(pid, Status.PROPOSED, cue, view.s, 0.7)
                     for _, _, pid in view.list_from(m.end())]
    return findings


def _disputed_findings(view: _SentenceView, marks: list[int]) -> list[_Finding]:
    """Disputed areas of a sentence; ``marks``: where its "disputed"/"contested" words
    start, in order. Every pattern starts at, or reaches within _WINDOW characters (after
    a place, plus an appositive), such a word: trying them only there is the same as
    searching the whole sentence, and faster."""
    text, lower, found = view.text, view.lower, []
    for mark in marks:
        # "areas disputed between Erbil and Baghdad, mainly in A, B and C"
        mainly = (_PARTIES_THEN_LIST.match(lower, mark)
                  if _AREA_NOUN_BEFORE.search(lower, max(0, mark - 30), mark) else None)
        if mainly and view.place_starting_at(mainly.end()):
            found += [(item, _words(text, mainly)) for item in view.list_from(mainly.end())]
        also = _AS_ARE_AFTER_DISPUTED.match(lower, mark)
        if also and view.place_starting_at(also.end()):
            found += [(item, _words(text, also)) for item in view.list_from(also.end())]
    taken = 0
    for mark in marks:
        m = _DISPUTED_THEN_LIST.match(lower, mark) if mark >= taken else None
        if m is None:
            continue
        taken = m.end()
        if _PARTIES_NEXT.match(lower, m.end()):
            continue  # "areas disputed by Erbil and Baghdad": the parties
        if m.group("link") == "in" and not m.group("noun").endswith("s"):
            continue  # "a disputed district in Diyala province": the container is not
        for sp in view.spans:
            if sp[0] >= m.start("noun") and sp[0] <= m.end() + 1:
                found += [(item, _words(text, m)) for item in view.list_from(sp[0])]
                break
        else:
            nxt = next((sp for sp in view.spans if sp[0] >= m.end()), None)
            between = lower[m.end():nxt[0]] if nxt else ""
            if nxt and len(between.split()) <= 6 and not _LIST_BROKEN.search(between):
                found += [(item, _words(text, m)) for item in view.list_from(nxt[0])]
    for span in view.spans:
        start, end, _ = span
        after_end = bisect_left(marks, end)
        marked_after = after_end < len(marks) and marks[after_end] < end + _WINDOW + _APPOSITIVE
        other = _LIST_THEN_OTHER_DISPUTED.match(lower, end) if marked_after else None
        if other:
            found += [(item, _words(text, other)) for item in view.list_before(end)]
        before = None
        for mark in marks[bisect_left(marks, start - _WINDOW):after_end]:
            if mark < start and (before := _DISPUTED_BEFORE.match(lower, mark, start)):
                verb = before["the"] or not _ADJECTIVE_LEAD.search(lower, max(0, mark - 12),
                                                                    mark)
                if verb and not (_AREA_PHRASE_END.match(lower, end)
                                 or _FOLLOWING_KIND_WORD.match(lower, end)):
                    # "contested the Kirkuk election", "disputed Georgia authorities'
                    # contention": a verb whose object is not the area
                    before = None
                    continue
                break
        if before:
            found.append((span, _words(text, before)))
        kind_word = _FOLLOWING_KIND_WORD.match(lower, end) if marked_after else None
        after = (_DISPUTED_AFTER.match(lower, kind_word.end() if kind_word else end)
                 if marked_after else None)
        if after:  # "A, B and C are disputed": the whole list
            found += [(item, _words(text, after))
                      for item in (view.list_before(end) if after["plural"] else [span])]
    return [_Finding(sp[2], Status.DISPUTED, cue, view.s, 0.8)
            for sp, cue in found]


# -- Disputed-area constructions read from the sentence view (geo.syntax) ---------------

_EXTENT_NOUNS = frozenset(["belt", "strip", "zone", "swathe", "swath", "stretch", "arc",
                           "line", "band", "corridor", "tract", "tracts", "area", "areas",
                           "territory", "territories", "land", "lands", "region", "regions",
                           "provinces", "districts"])
_RANGE_STEPS = frozenset(["through", "via", "to", "and"])
_CLAIM_WORDS = ("disputed", "contested", "claim", "claims", "claimed", "dispute")
_CLAIM_TO_THE = re.compile(
    r"\b(?:claims?|claimed|claiming)\s+(?:(?:sovereignty|ownership)\s+)?(?:to|over|on|of)\s+"
    r"the\s+(?P<noun>region|territory|province|islands?|district|town|city)\b(?!\s+of\b)")
_ANAPHOR_KINDS = {"city": (Kind.CITY,), "town": (Kind.CITY,), "village": (Kind.CITY,),
                  "district": (Kind.ADMIN2, Kind.CITY), "province": (Kind.ADMIN1,),
                  "governorate": (Kind.ADMIN1,), "region": (Kind.REGION, Kind.ADMIN1),
                  "territory": (Kind.REGION, Kind.ADMIN1, Kind.ADMIN2),
                  "island": (Kind.REGION,), "islands": (Kind.REGION,)}


def _range_findings(view: _SentenceView) -> list[_Finding]:
    """range_claimed: "a belt from A through B to C that both sides claim", "the disputed
    zone from A to B": every place of the range, when an extent noun heads it and the
    clause calls it disputed or claimed."""
    if " from " not in view.lower:
        return []
    syntax, found = view.syntax, []
    lows = syntax.lows
    for k, low in enumerate(lows):
        if low != "from" or not any(t in _EXTENT_NOUNS for t in lows[max(0, k - 6):k]):
            continue
        members = _range_members(syntax, k + 1)
        if len(members) < 2:
            continue
        start, end = syntax.clause_of(syntax.starts[k])
        clause = view.lower[max(0, start - 80):min(len(view.lower), end + 60)]
        if any(w in clause for w in _CLAIM_WORDS):
            found += [_Finding(sp.pid, Status.DISPUTED, "from ... to ...", view.s, 0.75,
                               "range_claimed") for sp in members]
    return found


def _range_members(syntax: SentenceSyntax, k: int) -> list[PlaceSpan]:
    """The places of "A (in B) through C to D" from token ``k``: each right after "from",
    a step word or "and", with an optional "the"/direction word."""
    low, members = syntax.low, []
    while k < len(syntax.lows):
        k = k + 1 if low(k) == "the" or low(k) in DIRECTION_WORDS else k
        span = syntax.span_at(k)
        if span is None:
            break
        members.append(span)
        k = syntax.after(span)
        # "Khanaqin in central Diyala" says where the member is: skip the container
        if low(k) == "in" and k + 1 < len(syntax.lows):
            k += 1 + (low(k + 1) in DIRECTION_WORDS)
            inner = syntax.span_at(k)
            k = syntax.after(inner) if inner is not None else k
        while low(k) == ",":
            k += 1
        if low(k) in _RANGE_STEPS:
            k += 1
            continue
        break
    return members


def _extent_list_findings(view: _SentenceView, marks: list[int]) -> list[_Finding]:
    """disputed_extent_list: "a long, disputed zone winding across four provinces —
    Nineveh, Kirkuk, Salaheddin and Diyala —": a list after a dash or colon that follows
    a disputed extent noun in the same sentence (not a list of parties: "by", "between")."""
    syntax, found = view.syntax, []
    lows, starts, ends = syntax.lows, syntax.starts, syntax.ends
    for mark in marks:
        k = syntax.index(mark)
        if not any(t in _EXTENT_NOUNS for t in lows[k + 1:k + 4]):
            continue
        for j in range(k + 1, min(k + 12, len(lows) - 1)):
            if lows[j] in ("by", "between", "which", "that", ".", ";"):
                break
            if lows[j] in ("—", "–", ":") or (lows[j] == "-" and ends[j - 1] < starts[j]):
                first = syntax.span_at(j + 1)
                if first is not None:
                    found += [_Finding(sp.pid, Status.DISPUTED, view.text[mark:ends[j]],
                                       view.s, 0.75, "disputed_extent_list")
                              for sp in syntax.place_list(first.start)]
                break
    return found


def _anaphor_findings(view: _SentenceView, marks: list[int], places: dict[str, Place],
                      named_before: list[str]) -> list[_Finding]:
    """disputed_anaphor: "the disputed city" with no name after it is the last place of
    that kind the article named before ("Kirkuk ... the armed forces working in the
    disputed city")."""
    syntax = view.syntax
    low = syntax.low
    found = []
    for mark in marks:
        k = syntax.index(mark)
        # "the disputed city", "the oil-rich and disputed province"
        the = next((j for j in range(k - 1, max(-1, k - 6), -1)
                    if low(j) in ("the", "this", "that")), None)
        if the is None or k == 0 or low(k + 2) == "of" or syntax.span_at(k + 2) \
                or not all(low(j).replace("-", "").isalpha() or low(j) == ","
                           for j in range(the + 1, k)):
            continue
        pid = _antecedent(view, low(k + 1), mark, places, named_before)
        if pid is not None:
            found.append(_Finding(pid, Status.DISPUTED,
                                  view.text[syntax.starts[the]:syntax.ends[k + 1]],
                                  view.s, 0.7, "disputed_anaphor"))
    return found


def _claim_anaphor_findings(view: _SentenceView, places: dict[str, Place],
                            named_before: list[str]) -> list[_Finding]:
    """claim_anaphor: "to lay claim to the region", "claims sovereignty over the area":
    the last place of that kind the article named before (its title included)."""
    found = []
    for m in _CLAIM_TO_THE.finditer(view.lower):
        pid = _antecedent(view, m.group("noun"), m.start(), places, named_before)
        if pid is not None:
            found.append(_Finding(pid, Status.DISPUTED, _words(view.text, m), view.s, 0.65,
                                  "claim_anaphor"))
    return found


def _antecedent(view: _SentenceView, noun: str, before: int, places: dict[str, Place],
                named_before: list[str]) -> str | None:
    """The place a definite "the <noun>" refers back to: the last one of that kind named
    before ``before`` (this sentence first, then the article), or None."""
    kinds = _ANAPHOR_KINDS.get(noun)
    if kinds is None:
        return None
    here = [pid for s, _, pid in view.spans if s < before]
    named = list(reversed([*named_before, *here]))
    found = next((pid for pid in named if places[pid].candidate.kind in kinds), None)
    if found is None and Kind.ADMIN1 in kinds:
        # "Kirkuk ... the disputed province": the city named for its province
        found = next((pid for pid in named if places[pid].candidate.kind is Kind.CITY
                      and places[pid].candidate.population >= 100_000), None)
    return found


def _status_of_findings(view: _SentenceView) -> list[_Finding]:
    """contested_status: "the contested status of Kirkuk", "the disputed ownership of X";
    subject_of_dispute: "X has been the subject of a territorial dispute"; like_list: "X,
    like A and B, remains contested" (the whole list)."""
    found = []
    for start, end, _ in view.spans:
        status_of = _STATUS_OF_BEFORE.search(view.lower, max(0, start - 50), start)
        if status_of is not None:
            found += [_Finding(item[2], Status.DISPUTED, _words(view.text, status_of), view.s,
                               0.75, "contested_status") for item in view.list_from(start)]
        subject = _SUBJECT_OF_DISPUTE_AFTER.match(view.lower, end)
        if subject is not None:
            found += [_Finding(item[2], Status.DISPUTED, _words(view.text, subject), view.s,
                               0.75, "subject_of_dispute") for item in view.list_before(end)]
        like = _LIKE.match(view.lower, end)
        if like is not None and view.place_starting_at(like.end()):
            items = view.list_from(like.end())
            remains = _REMAINS_CONTESTED.match(view.lower, items[-1][1])
            if remains is not None:
                found += [_Finding(item[2], Status.DISPUTED, _words(view.text, remains),
                                   view.s, 0.75, "like_list")
                          for item in [*view.list_before(end), *items]]
    return found


def _claimed_findings(view: _SentenceView) -> list[_Finding]:
    """"Kirkuk, an oil-rich city claimed by both Baghdad and Erbil", "the dispute over X",
    "A and B are among the areas ... dispute", "A and B are claimed by ...": disputed."""
    found = []
    for start, end, pid in view.spans:
        claimed = _CLAIMED_AFTER.match(view.lower, end)
        if claimed and _claimant_named(view, claimed):
            found.append(_Finding(pid, Status.DISPUTED, _words(view.text, claimed), view.s, 0.8))
        if over := _DISPUTE_OVER_BEFORE.search(view.lower, max(0, start - 30), start):
            found += [_Finding(item[2], Status.DISPUTED, _words(view.text, over), view.s, 0.7)
                      for item in view.list_from(start)]
        among = (_AMONG_AREAS_DISPUTED_AFTER.match(view.lower, end)
                 or _CLAIMED_BY_AFTER.match(view.lower, end))
        if among:
            found += [_Finding(item[2], Status.DISPUTED, _words(view.text, among), view.s,
                               0.8) for item in view.list_before(end)]
    return found


def _claimant_named(view: _SentenceView, claimed: re.Match) -> bool:
    """"which Lebanon claims", "which both sides claim"; not "which he claims is safe"."""
    if claimed["who"] is None:
        return True  # "claimed by both"
    who = view.text[claimed.start("who"):claimed.end("who")]
    return _CLAIMANTS.search(who.lower()) is not None or any(w[:1].isupper()
                                                            for w in who.split())


def _territorial_claim_findings(view: _SentenceView) -> list[_Finding]:
    """"China claims the whole of Arunachal Pradesh": disputed (with a list after it)."""
    found = []
    for start, _, _ in view.spans:
        claim = _CLAIM_BEFORE.search(view.lower, max(0, start - 40), start)
        if claim is None or claim.end() != start or not _has_claimant(view, claim.start()):
            continue
        for item in view.list_from(start):
            # "claims X is safe" reports a statement; "claim to X was" is still a claim
            if claim["over"] or _AREA_PHRASE_END.match(view.lower, item[1]):
                found.append(_Finding(item[2], Status.DISPUTED,
                                      _words(view.text, claim), view.s, 0.7))
    return found


def _own_claim_findings(view: _SentenceView) -> list[_Finding]:
    """own_claim: "to stake its claim to X", "claim ownership of X", "a struggle over who
    controls X"; named_dispute: "the Western Sahara dispute" (the area names the dispute;
    a "labour dispute" has none)."""
    found = []
    for start, end, pid in view.spans:
        claim = _OWN_CLAIM_BEFORE.search(view.lower, max(0, start - 110), start)
        if claim is not None:
            found += [_Finding(item[2], Status.DISPUTED, _words(view.text, claim), view.s, 0.7,
                               "own_claim") for item in view.list_from(start)]
        named = _NAMED_DISPUTE_AFTER.match(view.lower, end)
        if named is not None and view.lower.endswith("the ", 0, start):
            found.append(_Finding(pid, Status.DISPUTED, view.text[start:named.end()], view.s,
                                  0.7, "named_dispute"))
    return found


def _has_claimant(view: _SentenceView, claim_start: int) -> bool:
    """A place ("China", "Baghdad and Erbil both") or the sides right before the claim."""
    lower = view.lower
    if _CLAIMANT_WORDS.search(lower, max(0, claim_start - 40), claim_start):
        return True
    gap = _CLAIMANT_GAP.search(lower, max(0, claim_start - 60), claim_start)
    return gap is not None and view.place_ending_at(gap.start()) is not None


def _containment(places: dict[str, Place]) -> Callable[[str, str], bool]:
    """``contains(outer, inner)``: is the town or district ``inner`` inside the country or
    admin-1 area ``outer``?"""
    def contains(outer: str, inner: str) -> bool:
        o, i = places[outer].candidate, places[inner].candidate
        if i.kind not in (Kind.CITY, Kind.ADMIN2) or o.country != i.country or outer == inner:
            return False
        return o.kind is Kind.COUNTRY or (o.kind is Kind.ADMIN1 and bool(o.admin1)
                                          and o.admin1 == i.admin1)
    return contains


def _without_containers(findings: list[_Finding], contains: Callable[[str, str], bool]
                        ) -> list[_Finding]:
    """container_of_centre: a country or province given as a centre's place, when a later
    reference back to the centre gives a finer place inside it ("a joint centre in Idlib
    province. The centre will be based near Saraqib"), or given as the place of several
    centres that later references place inside it ("two centres in Albania ... a centre in
    Shengjin"), is where the centres are, not another centre. Places of one list ("in
    Duhok and another in Zakho") and a new centre after a place's own ("more centres in
    Nineveh ... also asked for a centre in Sinjar") are not folded."""
    by_place: dict[str, list[_Finding]] = {}
    for f in findings:
        if f.status != Status.DISPUTED and f.place_id:
            by_place.setdefault(f.place_id, []).append(f)
    containers = set()
    for outer, outer_findings in by_place.items():
        refs = {f.ref for f in outer_findings}
        first = min(refs)
        several = all(f.several for f in outer_findings)
        if any(contains(outer, inner) and (f.definite or several) and f.ref > first
               and f.ref not in refs
               for inner, inner_findings in by_place.items() for f in inner_findings):
            containers.add(outer)
    return [f for f in findings if f.status == Status.DISPUTED or f.place_id not in containers]


def _named(findings: list[_Finding], rule: str) -> list[_Finding]:
    """The findings of one of the regex rule families, with its name."""
    return [f._replace(rule=rule) for f in findings]


def _merge(findings: list[_Finding], places: dict[str, Place]) -> list[RoleFeature]:
    """One feature per (place, layer); announced wins unless a cancellation is reported."""
    by_place: dict[str, list[_Finding]] = {}
    for f in findings:
        by_place.setdefault(f.place_id, []).append(f)
    features: list[RoleFeature] = []
    for pid, items in by_place.items():
        statuses = {f.status for f in items}
        if Status.ANNOUNCED in statuses and Status.CANCELLED not in statuses:
            announced = [f for f in items if f.status == Status.ANNOUNCED]
            operating = any(_OPERATING_CUE.search(f.cue.lower())
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


def _feature(place: Place, layer: Layer, findings: list[_Finding], status: str
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
        for i in _find_all(lower, word):
            if word == "dispute" and lower.startswith("d", i + 7):
                continue  # the "dispute" of every "disputed": found as that word
            sentence = sentence_at(sentences, i, starts)
            if sentence is not None and i + len(word) <= sentence.end:
                found.setdefault(sentence.start, []).append((i - sentence.start, word))
    for offsets in found.values():
        offsets.sort()
    return found


def assign_roles(text: str, places: Sequence[Place],
                 sentences: list[Evidence] | None = None) -> list[RoleFeature]:
    """Role features (announced/proposed centres, disputed areas) of the given places."""
    sentences = sentences if sentences is not None else split_sentences(text)
    by_id: dict[str, Place] = {}
    literal: list[tuple[Mention, str]] = []
    for place in places:
        pid = place.candidate.id
        by_id[pid] = place
        literal += [(m, pid) for m in place.mentions if not m.associative]
    literal.sort(key=_mention_start)
    lower = _lower(text)
    contains = _containment(by_id)
    sentence_starts = [s.start for s in sentences]
    refs_by_sentence = _centre_references(_centre_nouns(text, lower, sentences,
                                                                    sentence_starts))
    words_by_sentence = _word_offsets(lower, sentences, sentence_starts,
                                      ("disputed", "contested", "claim", "both", "similar",
                                       "dispute", "struggle", "tug-of-war"))
    findings: list[_Finding] = []
    previous: tuple[str, str] | None = None
    starts = [m.start for m, _ in literal]
    for sentence in sentences:
        refs = refs_by_sentence.get(sentence.start, [])
        offsets = words_by_sentence.get(sentence.start, [])
        words = {word for _, word in offsets}
        disputed = "disputed" in words or "contested" in words
        # "claimed by both", "contested by both", "which X claims", "the dispute over X"
        claimed = ("claim" in words or "dispute" in words or "struggle" in words
                   or "tug-of-war" in words
                   or ("both" in words and "contested" in words))
        if not (refs or disputed or claimed or "similar" in words):
            continue  # nothing in it can give a place a role
        first = bisect_left(starts, sentence.start)
        last = bisect_left(starts, sentence.end, lo=first)
        spans = [(m, pid) for m, pid in literal[first:last] if m.end <= sentence.end]
        if not (spans or disputed or refs or claimed):  # "the disputed city", "claim to
            continue  # the region" may name none; a centre named nowhere leaves its status
        view = _SentenceView(sentence, spans, lower, contains)
        found = _named(_centre_findings(view, refs, previous, "similar" in words),
                       "centre_location")
        previous = next(((f.status, f.cue) for f in reversed(found) if f.cue != _NO_CUE),
                        previous)
        findings += [f for f in found if f.place_id]  # "": a status remembered, no place
        if disputed:
            marks = [i for i, word in offsets if word in ("disputed", "contested")]
            findings += _named(_disputed_findings(view, marks), "disputed_phrase")
            findings += _extent_list_findings(view, marks)
            findings += _anaphor_findings(view, marks, by_id,
                                          [pid for _, pid in literal[:first]])
        if claimed:
            findings += _named(_claimed_findings(view), "claimed_or_dispute_over")
        if disputed or claimed:
            findings += _range_findings(view)
            findings += _status_of_findings(view)
        if "claim" in words:
            findings += _named(_territorial_claim_findings(view), "territorial_claim")
            findings += _claim_anaphor_findings(view, by_id, [pid for _, pid in literal[:first]])
        if "claim" in words or "dispute" in words or "struggle" in words \
                or "tug-of-war" in words:
            findings += _own_claim_findings(view)
    return _merge(_without_containers(findings, contains), by_id)
