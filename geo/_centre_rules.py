"""The joint-centre rules: where each centre reference is, and the findings.

See :mod:`geo.roles` for the rules in words. :func:`centre_findings` takes a
:class:`~geo._role_view.SentenceView` and the sentence's centre references (from
:mod:`geo._centre_nouns`) and returns :class:`~geo._role_view.Finding` s, with the status
:mod:`geo._centre_status` reads from the clause.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Sequence

from geo._centre_nouns import (
    _CENTRE_NOUN,
    _CROSSING_POINT_AFTER,
    _POSSESSIVE_BEFORE,
    _QUALIFIER,
    _Ref,
)
from geo._centre_status import (
    _CALENDAR_WORDS,
    _CANCELLED_RIGHT_AFTER,
    _FRONTED,
    _FUTURE,
    _MONTH,
    _PROPOSED_CUES,
    _claim,
    _reopened,
    _status,
)
from geo._role_view import (
    KIND_WORD,
    NO_CUE,
    OPERATING_CUE,
    WINDOW,
    Finding,
    SentenceView,
    Status,
    words,
)

__all__ = ["CAPITALISED_NAME", "SITE_STATE_WORDS", "centre_findings", "site_state_findings"]

# what a definite noun ("the district", "there") at an offset of a sentence refers back to
ReferBack = Callable[[SentenceView, str, int], str | None]

# (a border's: "the Khorgos border cooperation center", "the Khyber Pass border
# coordination center")
_LEAD_RE = re.compile(rf"\s+(?:(?:{_QUALIFIER}|international|regional|border)\s+)*$")

# "the centres are in X", "is already at X": where existing centres are
_PRESENT_SITE = re.compile(r"\s+(?:is|are)\s+(?:now\s+|already\s+)?(?:(?:located\s+|based\s+|"
                           r"housed\s+)?(?:in|at)\s+(?:the\s+)?)?")

# "it has regional field offices in X": the centres something has (its determiner and
# describing words between)
_HAS_BEFORE = re.compile(r"(?<!will\s)(?<!would\s)(?<!\bto\s)(?<!may\s)(?<!could\s)(?<!should\s)"
                         r"\b(?:has|have|had)\s+(?:(?:its|their|a|an|two|three|four|five|six|"
                         r"several|[a-z]+al|field|joint|new)\s+){0,3}$")

_BODY_NAMES = frozenset(["Mission", "Team", "Commission", "Committee"])
_NAMED_BODY_IN = re.compile(r"\s+(?:in|to|for)\s+(?:the\s+)?")
# "The Kazungula Bridge and its one-stop border post", "new Rusumo bridge and border post":
# the post of the facility's place
_FACILITY_AND_ITS_BEFORE = re.compile(r"\s+(?:bridge|port|airport|dam|crossing|terminal)\s+"
                                      r"and\s+(?:its\s+|a\s+)?(?:new\s+)?$")

# "Among the others are A, B and C", "So far the finished OSBPs are A, B-C and D", "posts
# already being built include A and B": the centres (plural) named by their places
# "Other one-stop border posts in the country include the Busia and Malaba borders", "The
# special border posts will include the Taveta-Holili and Namanga borders"
_OTHERS_ARE = re.compile(r"\s+(?:in\s+(?:the|this|that)\s+(?:country|region|area)\s+)?"
                         r"(?:(?:already\s+|now\s+)?(?:being\s+built|planned|"
                         r"under\s+construction|in\s+operation|operating|completed)\s+)?"
                         r"(?:(?:are|include|included)|(?:will|would)\s+include)\s+(?:the\s+)?$")

CAPITALISED_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"

_PLACE_WORD = (r"(?:cit(?:y|ies)|towns?|villages?|ports?|provinces?|governorates?|districts?|"
               r"municipalit(?:y|ies)|"
               r"regions?|areas?|islands?|bases?|crossings?)")

_LINKS_WORDS = (r"(?:links|linking|connects|connecting|joins|joining|(?:runs|lies)\s+between|"
                # "the post would bring together Chanida, on the Zambian side, and X"
                r"(?:(?:will|would)\s+)?(?:brings?|bringing)\s+together|"
                r"(?:will|would)\s+(?:link|connect|join))")
_LINKS = re.compile(rf"\b{_LINKS_WORDS}\b")

# "in X", "at the port of X", "for the southern port of X"
_LOCATION_START = re.compile(
    rf"(?:\b(?:in|at|near|across|around|close\s+to|on\s+the\s+outskirts\s+of)\s+"
    rf"(?:each\s+of\s+)?"
    rf"(?:the\s+)?(?:[a-z]+ern\s+|"
    rf"[a-z]+-(?:controlled|held|run|"
    rf"occupied|administered)\s+|"
    # "possibly near the former capital X": a description in apposition to the name
    # "in the provincial capital, Banda Aceh"
    rf"(?:(?:former|old|new|nearby|border|port|provincial|regional|state|district)\s+)?"
    rf"(?:capital|city|town|port),?\s+)?"
    # "in the divided town of X", "for the southern border port of X"
    rf"|\b(?:in|at|near|on|for|to)\s+(?:the\s+)?(?:[a-z-]+\s+){{0,3}}?{_PLACE_WORD}\s+of\s+"
    # "joint coordination centres covering the areas of A, B, C and D": one in each
    # (not ", covering the areas of A, B," between commas: what a centre sited later covers)
    rf"|(?<!, )\bcovering\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?"
    rf"(?:areas?|provinces?|districts?|sectors?)\s+of\s+"
    # "proposed for X", "proposed by Ankara for X"
    # "which works out of Trinidad and Tobago", "operating from X"
    rf"|\b(?:works?|working|operat(?:es|ing|ed)|runs?|ran)\s+(?:out\s+of|from)\s+(?:the\s+)?"
    # "13 integrated check posts had been chosen: Petrapole, Hilly and Chandrabangha in
    # West Bengal, Moreh in Manipur ...": the list after a colon
    rf"|\b(?:chosen|selected|identified|named|picked|earmarked|listed|as\s+follows|are|"
    rf"were|include|included|including)\s*:\s*(?:at\s+|in\s+)?"
    # "checkpoints on the Tamu-Moreh border": twin towns that name a crossing (see
    # _TWIN_BORDER_AFTER)
    rf"|\b(?P<on>on)\s+the\s+"
    # "joint bases on all four borders (Shalamcheh, Mehran, Khosravi, Chazzabeh)": the
    # places in brackets after a plural noun of sites
    rf"|\b(?:on|at|in|along|for)\s+(?:all\s+|each\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:borders|crossings|sites|locations|points|provinces|cities|towns|areas|districts|"
    rf"regions|governorates)\s*[(\[]\s*"
    # "the Nineveh Combined Coordination Centre (NCCC), south of the city of Mosul"
    rf"|(?:^|,)\s*(?:just\s+|some\s+|about\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    rf"(?P<direction>(?:north|south|east|west)(?:-?(?:east|west))?)\s+of\s+(?:the\s+)?"
    rf"(?:(?:city|town|village)\s+of\s+)?"
    # "to restart its work in the Malakal and Buram sectors": where the body works
    rf"|\b(?P<its>its|their)\s+(?:work|operations|activities|presence)\s+in\s+(?:the\s+)?"
    # "The first team deployed to Bor, in Jonglei State": where monitors are sent
    rf"|\b(?:deployed|redeployed|sent|posted|dispatched)\s+to\s+(?:the\s+)?"
    # "three border control points, known as El Florido, Agua Caliente and Entre Rios"
    rf"|(?:^|,)\s*(?:known\s+as|called)\s+(?:the\s+)?"
    # "The first links Kamenica and Medvegja": a crossing named by the towns it joins
    rf"|\b{_LINKS_WORDS}\s+(?:the\s+)?"
    rf"|\b(?:planned|proposed|earmarked|slated|envisaged|intended)\s+"
    rf"(?:by\s+[\w\s'’-]{{1,40}}?\s+)?for\s+(?:the\s+)?)$")

_UNKNOWN_NAMES_BEFORE = re.compile(
    rf"(?<=\s)(?:{CAPITALISED_NAME}(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+))+$")

# a capitalised word that opens a place's name the gazetteer knows without it ("East
# Africa" found as Africa), not an unknown name of its own
_NAME_PREFIX_BEFORE = re.compile(r"(?<=\s)(?:East|West|North|South|Central|Upper|Lower|"
                                 r"Greater)\s$")
# "at the Dansavan-Lao Bao border crossing": the twin town we lack, hyphened to the one
# we know (which then opens the list of sites)
_UNKNOWN_TWIN_BEFORE = re.compile(r"(?<=\s)[A-Z][\w'’]+[-–]$")

_OWN_INFINITIVE = re.compile(r"\bto\s+(?:be\s+)?(?:re)?(?:open(?:ed)?|set\s+up|establish(?:ed)?|"
                            r"buil[dt]|locat(?:e|ed)|bas(?:e|ed)|host(?:ed)?|operat(?:e|ed)|"
                            r"inaugurat(?:e|ed)|launch(?:ed)?|unveil(?:ed)?)\b"
                            # "The joint centre is to be in Kirkuk"
                            r"|\bto\s+be\s*$")

# "Two centres were set up: one in X, the other in Y" (the list after the clause break
# shares the centres out), and "The three centres, which are still to be agreed, will
# be in X" (a relative clause between the centres and where they will be).
_SHARED_OUT = re.compile(r"(?:[;:—–]|\s-)\s*(?:(?:the\s+)?(?:first|second|other)(?:\s+one)?|"
                         # "three bases in eastern Ukraine - two in A and B, and one in C"
                         r"(?:one|two|three|four|five)(?:\s+of\s+them|\s+each)?|"
                         r"both)\s+(?:(?:is|are|was|will\s+be|would\s+be)\s+)?$"
                         # "Two more joint rooms are planned: in X and Y"; "The two Border
                         # Liaison Offices already working – at Moreh and at Tamu"
                         r"|[:—–]\s*$")

# "in eastern Ukraine - two in A and B, and one in C": a container, then each centre
_SHARED_OUT_AHEAD = re.compile(r"\s*(?:[;:—–]|\s-)\s*(?:the\s+first|one|two|three|four|five)"
                               r"(?:\s+of\s+them|\s+each)?\s+(?:in|at|near)\b")

# the verbs that say where a centre is ("located in", "set up in", "based there")
_SITED_VERB = r"(?:located|based|sited|housed|built|set\s+up|established|opened)"

_SITED_RIGHT_BEFORE = re.compile(rf"\b(?:{_SITED_VERB})\s+(?:in|at)\s+(?:the\s+)?$")
# "which will be set up in X", "that is due to be inaugurated shortly in X", "which is
# expected to open next month in X": the relative clause's own verb places the centre
_RELATIVE_THEN_BE = re.compile(
    r"^\s*,?\s*(?:which|that)\b[^;:]*?(?:,\s*|\s+)(?:will|would|shall|are|is|were|was)\s+"
    r"(?:(?:also|now|still|only|soon)\s+)?"
    r"(?:(?:due|expected|scheduled|set|slated|planned|going)\s+)?(?:to\s+)?(?:be\s+)?"
    rf"(?:(?:{_SITED_VERB}|open|inaugurated|launched|unveiled|commissioned)\s+"
    r"(?:(?:shortly|soon|later|first|next\s+\w+|this\s+\w+|on\s+\w+)\s+)?)?$")

_OF_RIGHT_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")
_FOR_RIGHT_AFTER = re.compile(r"\s*,?\s*for\s+(?:the\s+)?")

_PURPOSE_AFTER = re.compile(r"['’]s\b|\s+(?!(?:and|or|as|was|were|is|are|will|would|has|have|"
                            r"had|in|on|at|by|after|before|province|governorate|district|"
                            r"city|region|area)\b)[a-z]")

# a name with a lower-case letter: "at the UN mission in X" is no town we lack
_IN_CAPITALISED = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?([A-Z](?=[\w'’-]*[a-z])[\w'’-]+)(?![\w'’-])"
    # not a body's or a building's name: "housed at Federal Police premises"
    # (but "at Vandenberg Air Force Base" is a site)
    r"(?!\s+(?:[A-Z][\w'’-]+\s+)?(?:Police|Army|Ministry|Department|Agency|Office|"
    r"University|Hospital|premises|headquarters|offices|building)\b)")

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
                           # "The new border post, which lies in Malawi's Dedza district"
                           r"hosted|funds|funded|manages|managed|lies|lay|sits|stands)"
                           # "which opened last year in X", "which was set up in 2021 in X"
                           r"(?:\s+(?:(?:last|this|next)\s+\w+|in\s+\d{4}|on\s+\w+|earlier|"
                           r"recently|yesterday))?\s*$")

# A centre at a border crossing, named after the towns on either side of it
_BORDER_POST = re.compile(r"\b(?:border|check|one[\s-]stop|crossing|checkpoint)")
# a post twin towns name: "the Mwami-Mchinji one-stop border post", "the Malanville-Gaya
# juxtaposed post", "the Kuchurgan-Pervomaisk joint post"
_TWIN_TOWNS_NOUN = re.compile(rf"{_BORDER_POST.pattern}|\bposts?\b")

# "the Erbil-based joint centre": a place, "-based", then the centre's qualifiers
_BASED_THEN_NOUN = re.compile(r"[-–](?:based|hosted)\s+(?:[a-z][\w-]*\s+){0,4}")

# "Coordination Center (CMCC)", "Joint Centre for Control and Co-ordination (JCCC)"
# "The centre", "the first centre", "the NATO-Ukraine Joint ... Centre" refer back; "the
# Zakho centre" names a centre by its own place
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|these|those|its)\s+(?:(?:first|second|third|"
                              r"new|planned|proposed|joint|same|two|three|four|five|six|"
                              r"seven|eight|nine|ten|\d+|overall|main|central|permanent|"
                              r"principal)\s+|\w+-[\w-]+\s+)*$")

# A centre as the scene of an event: "at a joint checkpoint near X", "inside the busy
# operations centre in Erbil", "tried to get through a checkpoint close to Y"
_SCENE_BEFORE = re.compile(r"\b(?:at|inside|through|outside)\s+(?:(?:a|an|the|its|their)\s+)?"
                           r"(?:[\w'’-]+\s+){0,3}$")

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
# "in Cambodia – A and B", "in the Syunik region — in Kapan and Goris"
_DASH_APPOSITION = re.compile(rf"(?:\s+{KIND_WORD}s?)?(?:\s*[—–]\s*|\s+-\s+)"
                              r"(?:(?:in|at)\s+)?")
# "three BLOs in Northern Thailand: Mae Sai, Chiang Saen and Chiang Khong": the towns
# of the container listed after a colon
_COLON_APPOSITION = re.compile(rf"(?:\s+{KIND_WORD}s?)?\s*:\s*(?:(?:in|at)\s+)?")
# "two of them in Syunik — in A and B; one each in C and D — in E and F; and one more, in
# G", "five hubs were operating - in A and B - and four more were being built, in C and
# D": the next share of centres after a semicolon, comma or dash, perhaps with its verb
_MORE_SHARES = re.compile(
    r"\s*(?:[;,—–]|\s-)\s*(?:and\s+|while\s+)?(?:one(?:\s+each)?|two|three|four|five|another|"
    r"the\s+others?|(?:the|a)\s+(?:second|third|fourth|fifth))"
    r"(?:\s+of\s+them|\s+more(?:\s+[a-z]+)?)?,?\s+"
    r"(?:(?:is|are|was|were|will\s+be|would\s+be)\s+(?:(?:being|still|now|already|to\s+be)\s+)*"
    r"(?:(?:[a-z]+ed|built|set\s+up|under\s+construction|planned),?\s+)?)?"
    rf"(?:in|at|{_LINKS_WORDS})\s+(?:the\s+)?(?:[a-z]+ern\s+)?")
# "at the Chirundu border post in Southern province, to be followed by Kazungula": the next
# site, past what the clause says of the last one
_FOLLOWED_BY = re.compile(r"[^.;:]{0,60}?,\s*(?:to\s+be\s+|and\s+(?:then\s+|later\s+)?|then\s+)?"
                          r"followed\s+by\s+(?:the\s+)?")

_FRONTED_IN = re.compile(r"\W*(?:in|at)\s+(?:the\s+)?")  # at a clause's start
_FRONTED_IN_AFTER_COMMA = re.compile(
    r",\s*(?:and\s+|but\s+)?(?:in|at)\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,3}?"
    r"(?:city|town|village|district|province|port|area)\s+of\s+)?")
_SUBJECT_AFTER_COMMA = re.compile(r"(?:\s+(?:province|governorate|district|city|town))?(?:\s*,"
                                  r"\s*(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,5}"
                                  # "and in Malmö an operations centre is staffed by"
                                  r"|\s+(?:the|a|an)\s+(?:new\s+|joint\s+)?)")

_DASH_LIST = re.compile(r"\s*[—–]\s*"
                        # "13 integrated check posts had been chosen: A, B and C in P"
                        r"|(?:\s+[a-z]+){0,4}\s*:\s*")
# "two command hubs: the Multinational Division Southeast in Bucharest": a named body
_NAMED_AFTER_COLON = re.compile(r"\s*:\s*(?:the\s+)?(?:[A-Z][\w-]*\s+){1,5}")
# "a new bilateral Combined Command Post for air defence in Bahrain": what it is for, then
# where (not "for Ukraine's grain exports": a place in the purpose)
# (in lower case and with no article: not "for the ceasefire in Gaza", "for the
# de-escalation zone in southern Syria", "the Joint Centre for Control and Co-ordination in
# Donbas": the scope of its work)
_SHORT_PURPOSE = re.compile(r"\s+for\s+(?!(?:the|a|an|its|their)\b)(?:[a-z-]+\s+){0,2}"
                            # (not "the base for several missions in X": the missions are)
                            r"(?!(?:missions|operations|patrols|raids|flights|exercises)\s)"
                            r"[a-z-]+\s+")
# how a place in a list of sites ends: "...: Petrapole, Hilly and Moreh in Manipur."
_LIST_ITEM_END = re.compile(r"\s*(?:[,;.(]|\s(?:and|or|in)\b|$"
                            # "Kabanga/Kobero at the Tanzania-Rwanda border,"
                            r"|\s+(?:at|on)\s+the\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+border\b)")
_OWNER_BEFORE = re.compile(r"['’]s\s+(?:(?:first|new|second|third|own|permanent|national|"
                           r"upgraded|main)\s+)*$")
# "The next one-stop border post on the agenda is Lebombo/Ressano Garcia"
_NEXT_BEFORE = re.compile(r"\b(?:next|following)\s+$")
_NEXT_IS = re.compile(r"\s+(?:(?:on|in)\s+(?:the\s+)?(?:agenda|line|list|pipeline)\s+|to\s+open\s+|"
                      r"planned\s+)?(?:is|will\s+be|would\s+be)\s+(?:at\s+|in\s+)?")
_OPERATIONS_IN = re.compile(r"\b(?:to|(?:that|which)\s+(?:would|will|are\s+to))\s+(?:"
                            r"coordinate\s+(?:joint\s+|security\s+|military\s+)?operations|"
                            # "four joint coordination centers, to secure the areas the two
                            # sides dispute in A, B, C and D provinces"
                            r"secure\s+the\s+(?:disputed\s+)?areas(?:\s+[a-z]+){0,5}?)\s+$")
_RELATIVE_ONLY = re.compile(r"\s*,?\s*(?:which|that)\s+")  # "..., which works out of X"
_RELATIVE_ASIDE = re.compile(r"\s*,\s*(?:which|that|who)\b[^,;:.()]{1,120}?,")

_RELATIVE_OPEN = re.compile(r"^\s*(?:\([^)]{0,40}\))?[\s,]*(?:which|that)\b")

# a place that names an event held there ("at Accra meeting", "at the Tapachula summit")
_VENUE_AFTER = re.compile(r"\s+(?:meeting|summit|talks|conference|forum|workshop|ceremony)s?\b")

# What a centre does ("will coordinate patrols near X") places its work, not the centre.
_LOCATION_STOP = re.compile(r"\b(?:coordinat\w*|manag\w*|monitor\w*|overse\w*|supervis\w*|"
                            r"cover\w*|serv(?:e|es|ing)|patrol\w*|protect\w*|secur(?:e|es|ing)|"
                            r"that|which|who|to|for|from|because|after|while|but|since|"
                            r"where|when|until|"
                            # "agreed at a meeting held in X": where the talks were;
                            # "protocols signed in Soroca": where a deal was signed
                            r"meetings?|talks|summit|conference|signed|signing)\b|[.;:]")

_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?[\w\s'’-]*?\band\s+(?:the\s+)?"
                      r"(?:[A-Z][\w'’-]*\s*)+", re.U)
# ... and of two towns, each perhaps with its state ("between Oroville, Wash., and Osoyoos")
_BETWEEN_TOWNS = re.compile(r"\bbetween\s+(?:the\s+)?[\w\s'’.,-]{0,60}?\band\s+(?:the\s+)?"
                            r"(?:[A-Z][\w'’-]*\s*)+")

_ALREADY_BEFORE = re.compile(r"\balready\b(?!\s+(?:planned|proposed|agreed\s+to))")

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


def _places_before(view: SentenceView, ref: _Ref) -> list[tuple[int, int, str]]:
    """The places that name a centre from before its noun: "the Kirkuk centre", "the
    Mwami-Mchinji one-stop border post", "Tonga's first ... Centre", "the Erbil-based
    joint centre" (not the parties of "the Turkey-U.S. joint operations centre")."""
    text = view.text
    # "the Kirkuk centre", "Baghdad and Erbil joint centres"
    lead = _LEAD_RE.search(view.lower, max(0, ref.start - WINDOW), ref.start)
    before = view.list_before(lead.start(), twins=True) if lead else []
    if lead and "border" in lead.group() and any(view.is_country(b[2]) for b in before):
        before = []  # "the Iraq-Jordan border crossing": the countries of the border
    if not before:
        before = view.list_before(ref.start - 1, twins=True) if ref.start > 0 else []
    # "the Turkey-U.S. joint operations centre": the parties, not where the centre is;
    # but "the Mwami-Mchinji one-stop border post" sits where its twin towns meet
    paired = [b for b in before if text[b[0] - 1:b[0]] in ("-", "–")
              or text[b[1]:b[1] + 1] in ("-", "–")]
    partners = [p for b in paired if (p := view.place_ending_at(b[0] - 1)) and p not in before]
    if paired and _TWIN_TOWNS_NOUN.search(view.lower, ref.start, ref.end) \
            and not any(view.is_country(b[2]) for b in paired + partners):
        before = partners + before
    elif paired:
        before = [b for b in before if b not in paired]
    if not before and ref.start >= 2:
        # "Tonga's first Joint Maritime Coordination Centre": the place that has it
        owner = _OWNER_BEFORE.search(view.lower, max(0, ref.start - 30), ref.start)
        place = view.place_ending_at(owner.start()) if owner else None
        if place is not None:
            before = [place]
    if not before and (its := _FACILITY_AND_ITS_BEFORE.search(
            view.lower, max(0, ref.start - 30), ref.start)) is not None:
        # "The Kazungula Bridge and its one-stop border post": the post of the bridge
        place = view.place_ending_at(its.start())
        if place is not None:
            before = [place]
    if not before and _BORDER_POST.search(view.lower, ref.start, ref.end):
        # "the Petrovice-Bahratal border crossing": the twin towns open the reference
        inside = [sp for sp in view.spans if ref.start <= sp[0] and sp[1] <= ref.end]
        twin = len(inside) == 2 or (len(inside) == 1 and "-" in text[inside[0][0]:inside[0][1]])
        # (not "the Iraq-Syria border crossing"; a province may share its town's name:
        # "the Busia-Malaba crossing")
        if twin and not any(view.is_country(sp[2]) for sp in inside):
            before = inside  # (one name the gazetteer lacks: "the Leuseni-Albita crossing")
            # "the Taveta-Holili, Tunduma-Nakonde and Kobero-Kabanga crossings"
            more = view.items_before(inside[0][0], twins=True)
            if not any(view.is_area(sp[2]) for sp in more):
                before = more + before
    if not before:
        # "the Nimule-Elegu One Stop Border Post": a name the recognizer read with its post
        named = next((sp for sp in view.spans if sp[0] < ref.start < sp[1]
                      and view.lower[sp[0]:ref.start].strip() not in ("the", "a", "an")), None)
        if named is not None:
            before = [*view.items_before(named[0], twins=True), named]
    if not before:  # "the Erbil-based joint centre"
        before = [sp for sp in view.spans if sp[1] < ref.start
                  and _BASED_THEN_NOUN.fullmatch(view.lower, sp[1], ref.start)]
    if not before and (first := _FIRST_OF_BEFORE.search(view.lower, max(0, ref.start - 60),
                                                         ref.start)) is not None:
        # "The Amatillo, in La Union, was the first of the integrated border posts": the
        # clause's subject is one of the centres
        subject = next((sp for sp in view.spans if sp[0] <= 4), None)
        if subject is not None and subject[1] < first.start():
            before = [subject]
    return before


_FIRST_OF_BEFORE = re.compile(r"\b(?:is|was|became|becomes|will\s+be)\s+(?:now\s+)?(?:the\s+)?"
                              r"(?:first|second|third|fourth|fifth|latest|last|newest|largest)"
                              r"\s+(?:of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,3}$")


def _centre_locations(view: SentenceView, ref: _Ref, refer_back: ReferBack | None = None
                      ) -> list[tuple[int, int, str]]:
    text = view.text
    before = _places_before(view, ref)
    if not before and (between := _between_towns(view, ref)):
        return between
    # "... centres [between A and B] [are planned,] in A, B and C"
    after = _without_parties(text, view.lower, ref.end)
    aside = _RELATIVE_ASIDE.match(after)
    aside_end = ref.end + aside.end() if aside else -1
    located: list[tuple[int, int, str]] = []
    # past "for Ukraine" in "an aid hub for Ukraine in Suceava", or a sea or region it covers
    purpose_end = 0
    for sp in view.spans:
        if sp[0] < ref.end:
            continue
        gap = after[:sp[0] - ref.end]
        if (prefix := _NAME_PREFIX_BEFORE.search(text, ref.end, sp[0])) is not None \
                or ((prefix := _UNKNOWN_TWIN_BEFORE.search(text, ref.end, sp[0])) is not None
                    and view.place_ending_at(sp[0] - 1) is None and view.list_from(sp[0])):
            gap = gap[:prefix.start() - ref.end]  # "in East Africa": found as Africa
        # "One centre, which will specialise in sharing information, will be set up in X":
        # a relative clause between commas says what it does; the main verb places it
        skipped = max(0, purpose_end - ref.end)
        gap = " " * skipped + gap[skipped:]
        relative = aside if aside is not None and aside.end() <= len(gap) else None
        if relative and _location_start(gap[relative.end():]):
            skipped = relative.end()
            gap = " " * skipped + gap[skipped:]
        if _NAMED_BODY_IN.fullmatch(gap) and text[ref.start:ref.end].split()[-1] in _BODY_NAMES:
            break  # "the EU Monitoring Mission in Georgia": the name's scope, not a base
        if text[ref.end:sp[0]] == " " and text[ref.end - 1:ref.end].isupper() \
                and text[ref.start:ref.start + 1].isupper():
            located = view.list_from(sp[0])  # "at ICP Raxaul and Jogbani": named by place
            break
        # "At the remaining centres – Dawki (Meghalaya), Agartala ...": the list after a dash
        start = (_location_start(gap) or _FOR_RIGHT_AFTER.fullmatch(gap)
                 # "the juxtaposed border post of Malanville"
                 or (_OF_RIGHT_AFTER.fullmatch(gap)
                     if _BORDER_POST.search(view.lower, ref.start, ref.end)
                     # "the cooperation centres of Castro Marim and Vilar Formoso": the
                     # places of a plural noun listed after "of"
                     # (not "the joint centres of Russia and Turkey": the parties)
                     or (view.lower.endswith("s", 0, ref.end)
                         and len(items := view.list_from(sp[0])) > 1
                         and not any(view.is_country(item[2]) for item in items))
                     else None)
                 or (_NEXT_IS.fullmatch(gap)
                     if _NEXT_BEFORE.search(view.lower, max(0, ref.start - 12), ref.start)
                     else None)
                 or _DASH_LIST.fullmatch(gap)
                 or (_OTHERS_ARE.fullmatch(gap) if view.lower.endswith("s", 0, ref.end)
                     else None))
        if start is not None and ((start.re in (_DASH_LIST, _LOCATION_START)
                                   and ":" in start.group())
                                  or start.re is _OTHERS_ARE) \
                and not _LIST_ITEM_END.match(view.lower, _past_twin(
                    view.lower, max(sp[1], view.list_from(sp[0])[0][1]))):
            start = None  # "The joint centre: Kirkuk officials said ...": no list of sites
        if start is not None and start.re is _LOCATION_START and start["on"] \
                and not (_TWIN_BORDER_AFTER.match(view.lower, sp[1])
                         and not view.is_country(sp[2])):
            start = None  # "on the Iraq-Syria border", "on the agenda": no twin towns
        if start is not None and start.re is _LOCATION_START and view.is_country(sp[2]) \
                and _TWIN_BORDER_AFTER.match(view.lower, sp[1]):
            start = None  # "Joint Control at the Moldova-Ukraine border": the parties
        if start is not None and start.re is _LOCATION_START and view.is_area(sp[2]) \
                and start.group().lstrip().startswith("around"):
            start = None  # "three hubs around Tigray": in the regions that border it
        if start is not None and start.re is _LOCATION_START and start["direction"] \
                and view.lower.startswith("border", sp[0]):
            start = None  # "Inspection Stations South of the Border" (a headline's capital)
        if start is not None and start.re is _FOR_RIGHT_AFTER \
                and (_PURPOSE_AFTER.match(view.lower, sp[1])
                     # "EU aid hub for Ukraine in Suceava": where it is comes next
                     or (purpose_end := _purpose_then_site(view, sp[1])) > 0
                     or text[text.rfind(" ", 0, ref.end - 1) + 1].isupper()):
            # "a third centre, for Kirkuk," is where; "a centre for Syria's de-escalation
            # zones", "for Gaza stabilization", "the Joint Operations Center for Syria" (a
            # name's scope) are what it is for
            start = None
            if purpose_end == sp[1]:
                continue  # the place after it is where the centre is
        unknown = None if start else _UNKNOWN_NAMES_BEFORE.search(text, ref.end, sp[0])
        if unknown:  # "in Garmiyan and Daquq": a first name the gazetteer lacks
            gap = after[:unknown.start() - ref.end]
            start = _location_start(gap)
        lead_in = gap[:start.start()] if start else gap
        if start and (_SITED_CLAUSE.search(lead_in) or _SHARED_OUT.search(lead_in)
                      or (start.re is _LOCATION_START and start["its"])
                      or _RELATIVE_THEN_BE.match(lead_in)
                      or (_RELATIVE_ONLY.fullmatch(lead_in)
                          and start.group().lstrip()[:1] in ("w", "o", "r"))
                      or _NAMED_AFTER_COLON.fullmatch(text, ref.end + skipped,
                                                      ref.end + len(lead_in))
                      or _SHORT_PURPOSE.fullmatch(text, ref.end + skipped,
                                                  ref.end + len(lead_in))):
            # "The center, which would be located in X", "...: one in X", "The centres
            # that are still to be set up will be in X", "two command hubs: the
            # Multinational Division Southeast in X", "a command post for air defence in
            # X": the words say where it is
            lead_in = gap = ""
        # "is due to open in X": "to" before the centre's own verb is not a purpose clause
        lead_in = _OWN_INFINITIVE.sub(" ", lead_in)
        if start and _in_unknown_place(text, ref.end + skipped, ref.end + len(lead_in)) \
                and not _SITED_RIGHT_BEFORE.search(gap):
            # "a centre in Bashiqa, near Mosul": in a town we lack, not in Mosul (but
            # "posts in East Africa have been built at Malaba": the verb places them)
            break
        if start and (named := _place_in_container(view, sp)) is not None:
            # "namely PLBN Aruk in Sambas", "at the posts of Mandimba in Niassa, Milanje
            # in Zambezia": the container of the place before it, where the list starts
            located = view.list_from(named[0])
            break
        if not start and _RELATIVE_OPEN.match(lead_in) and len(gap.split()) <= 12:
            continue  # "which the US backs in X": the relative clause's subject, not X
        # (the words of "on the outskirts of" do not count against the distance)
        if len(_DATE_PHRASE.sub(" ", lead_in if start else gap).split()) > 12 \
                or _LOCATION_STOP.search(_DATE_PHRASE.sub(" ", lead_in)):
            if sp[1] < aside_end:
                continue  # "The centre, which runs patrols in Mosul, opened in Erbil"
            if start and _OPERATIONS_IN.search(lead_in):
                # "set up joint rooms and centres to coordinate operations in Baghdad,
                # Erbil, Kirkuk, Makhmour and Mosul": one in each of the places listed
                listed = view.list_from(sp[0])
                located = listed if len(listed) >= 3 else located
            break
        if start and _LINKS.search(start.group()) \
                and any(view.is_country(p[2]) for p in view.list_from(sp[0])):
            break  # "a police centre links BiH, Serbia and Montenegro": its parties
        if start:
            located = _and_in_more(view, view.list_from(sp[0]))
            if not located or _VENUE_AFTER.match(view.lower, located[-1][1]):
                located = []  # "marks the code's anniversary at Accra meeting": a venue
                break
            if all(view.is_scope(p[2]) for p in located):
                # "posts in East Africa have been built at Malaba": its scope, then its site
                located, purpose_end = [], located[-1][1]
                continue
            if all(view.is_area(p[2]) for p in located) \
                    and _SHARED_OUT_AHEAD.match(view.lower, located[-1][1]):
                continue  # the country the centres are in; where each is comes next
            located = _finer_after_dash(view, located)
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
        if not any(view.is_country(loc[2]) for loc in located):
            # "a US base on the outskirts of Kirkuk": the country before it owns it
            before = [b for b in before if not view.is_country(b[2])]
    if before and text[ref.start:ref.start + 1].isupper():
        # "the Ninewa Operations Center — set up in Baghdad": the place names the
        # centre, the words after it say where it is
        located = located or _verb_then_place(view, ref)
        if located:
            return located
    return before + located


# "in Tawau in Malaysia's Sabah and in Bongao in the Philippines", "at the A-B borders in
# the northern province of N, and at the C-D borders": a second site after a container
_AND_IN_NEXT = re.compile(r"(?:[-–][\w'’-]+)?(?:\s+(?:borders?|crossings?))?"
                          r"(?:,?\s+(?:in|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?,?\s+"
                          # "planned for Tawau, in Malaysia's Sabah state, and for Bongao"
                          r"(?:[\w\s,'’-]{0,60}?,\s+)?"
                          r"and\s+(?:also\s+)?(?:in|at|for)\s+(?:the\s+)?$"
                          # "set up: in Dar es Salaam, Tanzania; in Mombasa, Kenya; and in
                          # Sana'a, Yemen": items between semicolons, each with its country
                          r"|(?:[-–][\w'’-]+)?(?:,\s+[\w\s'’.-]{1,40}?)?;\s+(?:and\s+)?"
                          r"(?:in|at)\s+(?:the\s+)?$")


# an item between semicolons ends at the next one or the sentence's end, perhaps after
# its country ("in Mombasa, Kenya;")
_SEMICOLON_ITEM_END = re.compile(
    r"\s+(?:and|or)\s|"
    r"(?:,\s+(?:[A-Z][\w'’.-]*\s+(?:of\s+)?){0,3}[A-Z][\w'’.-]*"
    # "in Makhmour, near the Erbil borders; in Kirkuk and Tuz Khurmatu, east of Saladin;"
    r"|,\s+(?:near|close\s+to|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s[^;.]{1,50}"
    # "and in Khanaqin in Diyala."
    r"|\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
    r"(?:\s+(?:province|governorate|district|region))?)?"
    r"\s*(?:[;.]|$)")

# "Mwanza-Zóbuè", "Elegu/Nimule": the other side's town named with the item (matched on
# the lower-cased text)
_TWIN_AFTER = re.compile(r"(?:[-–/][\w'’]+)?")
_TWIN_BORDER_AFTER = re.compile(r"[-–/][\w'’]+(?:\s+[A-Za-z][\w'’]+)?\s+"
                                r"(?:border|frontier|crossing|boundary)\b")


_CAPITAL_APPOSITION = re.compile(r"['’]s\s+(?:\w+\s+)?(?:capital|city|port),?\s+")
# "the joint training centre in Belarus would be located in the Grodno Region": where in
# the country the centre goes, said later in the clause
_SITED_LATER = re.compile(r"\b(?:be|is|are|was|were|being)\s+(?:located|based|sited|situated|"
                          r"housed|built|set\s+up|established|placed)\s+(?:in|at|near)\s+"
                          r"(?:the\s+)?")


def _finer_after_dash(view: SentenceView, located: list[tuple[int, int, str]]
                      ) -> list[tuple[int, int, str]]:
    """The sites named after a dash when the list gives only their countries or regions:
    "at two sites in Cambodia – A and B –" -> A and B; or later in the clause: "the centre
    in Belarus would be located in the Grodno Region" -> Grodno Region."""
    if not located or not all(view.is_area(p[2]) for p in located):
        return located
    dash = _DASH_APPOSITION.match(view.lower, located[-1][1])
    if dash and view.place_starting_at(dash.end()):
        return view.list_from(dash.end())
    capital = _CAPITAL_APPOSITION.match(view.lower, located[-1][1])
    if capital and (city := view.place_starting_at(capital.end())) \
            and view.contains(located[-1][2], city[2]):
        return [city]  # "at the verification headquarters in Colombia's capital, Bogota"
    sited = _SITED_LATER.search(view.lower, located[-1][1], view.clause_of(located[-1][1])[1])
    if sited and (finer := view.place_starting_at(sited.end())) \
            and any(view.contains(area[2], finer[2]) for area in located):
        return view.list_from(sited.end())
    colon = _COLON_APPOSITION.match(view.lower, located[-1][1])
    if colon and view.place_starting_at(colon.end()):
        listed = view.list_from(colon.end())
        # only the container's own towns ("in Iraq: Kirkuk officials said" is no list)
        if any(view.contains(area[2], town[2]) for area in located for town in listed) \
                and not any(view.is_area(town[2]) for town in listed) \
                and _LIST_ITEM_END.match(view.lower, _past_twin(view.lower, listed[-1][1])):
            return listed
    return located


def _more_shares(view: SentenceView, located: list[tuple[int, int, str]]
                 ) -> list[tuple[re.Match, list[tuple[int, int, str]]]]:
    """The later shares of a list of centres shared out after a semicolon or dash ("...;
    one each in C and D — in E and F; and one more base, in G"), each as fine as it is
    named, with the words that introduce it (their own verb: "four more were being
    built, in C")."""
    more: list[tuple[re.Match, list[tuple[int, int, str]]]] = []
    while located:
        end = _past_twin(view.lower, located[-1][1])
        if view.lower.startswith(", ", end) and (container := view.place_starting_at(end + 2)) \
                and view.contains(container[2], located[-1][2]):
            end = container[1]  # "the second in Mombasa, Kenya, and the third in X"
        dash = _DASH_APPOSITION.match(view.lower, end)
        if dash and view.place_starting_at(dash.end()):  # past "— in E and F" of the last
            end = view.list_from(dash.end())[-1][1]
        share = _MORE_SHARES.match(view.lower, end) or _FOLLOWED_BY.match(view.lower, end)
        if share is None or view.place_starting_at(share.end()) is None:
            return more
        located = _finer_after_dash(view, view.list_from(share.end()))
        more.append((share, located))
    return more


def _past_twin(lower: str, end: int) -> int:
    """Where a place's twin town ("-Zóbuè", "/Nimule") right after ``end`` ends."""
    twin = _TWIN_AFTER.match(lower, end)
    return twin.end() if twin else end


def _and_in_more(view: SentenceView, located: list[tuple[int, int, str]]
                 ) -> list[tuple[int, int, str]]:
    """The list of sites, and the sites of an "and in X" after its container."""
    while located:
        last_end = located[-1][1]
        nxt = next((sp for sp in view.spans if last_end < sp[0] <= last_end + 80
                    and _AND_IN_NEXT.fullmatch(view.lower, last_end, sp[0])), None)
        if nxt is None:
            return located
        item_end = _past_twin(view.lower, nxt[1])
        if not _LIST_ITEM_END.match(view.lower, item_end):
            return located  # (not "..., and in Baghdad protesters gathered")
        if ";" in view.lower[last_end:nxt[0]] \
                and not _SEMICOLON_ITEM_END.match(view.text, item_end):
            return located  # (not "; in Kirkuk, protesters gathered")
        located = located + view.list_from(nxt[0])
    return located


# "Mikkeli is expected to be home to the proposed NATO HQ", "Kirkuk will host the joint
# centre": the subject place hosts the centre
_HOST_BEFORE = re.compile(
    r"^\s+(?:(?:is|are|will|would|could|was|were|may|might|has|have|had)\s+(?:\w+\s+){0,3}?)?"
    # "Madagascar picked to host the centre", "Morocco to host UN office"
    r"(?:(?:picked|chosen|selected|named|tipped|set|due)\s+)?(?:to\s+)?"
    r"(?:be\s+|been\s+)?(?:home\s+to|host(?:s|ed|ing)?)\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+)?"
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
                      r"among\s+them\s+(?:those|ones)\s+(?:at|in)\s+|"
                      # "set up in key locations, including A, B and C": a plural noun of
                      # places, then its examples
                      r"\b(?:in|at)\s+(?:[\w-]+\s+){0,3}?(?:locations|places|areas|cities|"
                      r"towns|provinces|sites|regions|governorates|districts|parts\s+of\s+"
                      r"(?:the\s+)?\w+),?\s+(?:including|notably|particularly|especially)"
                      r"\s+(?:in\s+|at\s+)?)(?:the\s+)?"
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
    for sp in view.spans:
        start = sp[0]
        verb = (_VERB_THEN_IN.search(view.lower, max(ref.end, start - 60), start)
                if ref.end < start <= end else None)
        # ", established in X," is a participle describing something else: not the verb
        if verb is not None and not view.lower[:verb.start()].rstrip().endswith(",") \
                and _place_in_container(view, sp) is None:
            return view.list_from(start)
    return []


_IN_RIGHT_BEFORE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?$")


def _place_in_container(view: SentenceView, span: tuple[int, int, str]
                        ) -> tuple[int, int, str] | None:
    """The place right before ``span`` when ``span`` is where that place is ("PLBN Aruk
    in Sambas": Sambas is Aruk's town, not another site)."""
    gap = _IN_RIGHT_BEFORE.search(view.lower, max(0, span[0] - 9), span[0])
    named = view.place_ending_at(gap.start()) if gap is not None else None
    return named if named is not None and view.contains(span[2], named[2]) else None


# "was set up in 1999 in Offenburg and moved to Kehl in 2002": where the centre is now
_MOVED_TO = re.compile(r"\b(?:mov(?:ed|e|es|ing)|relocat(?:ed|e|es|ing)|transferr(?:ed|ing)|"
                       r"transfers?|shift(?:ed|s|ing)?)\s+(?:(?:its|their|the)\s+(?:\w+\s+){1,3}?)?"
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


def _purpose_then_site(view: SentenceView, end: int) -> int:
    """``end`` when "for X" ending there is followed by "in Y", a place: X is what the
    centre is for ("an aid hub for Ukraine in Suceava"); else 0."""
    site = _SITE_RIGHT_AFTER.match(view.lower, end)
    if site is not None and (place := view.place_starting_at(site.end())) is not None \
            and not view.lower.startswith(("'s", "’s"), place[1]):
        return end
    return 0


_SITE_RIGHT_AFTER = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?")


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
    if not (_BORDER_POST.search(view.lower, ref.start, ref.end)
            or _ON_BORDER_BETWEEN.match(view.lower, ref.end)):
        return []
    if view.lower.endswith(("crossing", "crossings"), 0, ref.end) \
            and not _CROSSING_POINT_AFTER.match(view.lower, ref.end):
        return []  # "bringing the border crossing between A and B back to life": the road
    at = view.lower.find("between", ref.end, ref.end + 60)
    if at >= 0 and ("," in view.lower[ref.end:at] or " and " in view.lower[ref.end:at]):
        return []  # "posts at two crossing points, and to build a pipeline between A and B"
    found = _BETWEEN_TOWNS.match(view.text, at) if at >= 0 else None
    if found is None:
        return []
    named = [sp for sp in view.spans if at < sp[0] < found.end()
             and not view.text.startswith(_POSSESSIVE_BEFORE, sp[1])]
    towns = [sp for sp in named if not view.is_area(sp[2])]
    # "between Oroville, Wash., and Osoyoos, British Columbia": each town's state or
    # province says where it is
    containers = [sp for sp in named if view.is_area(sp[2])]
    if len(towns) != 2 or not all(any(view.contains(c[2], t[2]) for t in towns)
                                  for c in containers):
        return []
    return towns


# "a bipartite command on the border between A and B": a post of the border, whatever
# its noun
_ON_BORDER_BETWEEN = re.compile(r"\s+(?:on|at|along)\s+the\s+(?:[a-z-]+\s+)?border\s+between\b")


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
        if ref.needs_cue and cue == NO_CUE:
            continue  # "militants attacked a border post near X": a scene, not a centre
        if cue == NO_CUE:
            status, cue = _status_without_cue(view, ref, locations[0][0], previous, definite)
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
                              # "the second centre" is another one, not this one again
                              definite=definite is not None and series is None,
                              several=several)
                     for _, _, pid in locations]
        for share, items in _more_shares(view, locations):
            # a share with its own verb has its own status ("four more were being built")
            own = _PROPOSED_CUES.search(view.lower, *share.span())
            findings += [Finding(pid, Status.PROPOSED if own else status,
                                 words(view.text, own) if own else cue, view.s, confidence,
                                 ref=at) for _, _, pid in items]
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
        status = Status.PROPOSED
        if not before and (running := _ALREADY_BEFORE.search(view.lower, max(0, m.start() - 40),
                                                             m.start())) is not None:
            # "Moscow already takes part in a similar arrangement in Baghdad": one at work
            status, cue = Status.ANNOUNCED, f"{words(view.text, running)} ... similar"
        findings += [Finding(pid, status, cue, view.s, 0.7)
                     for _, _, pid in view.list_from(m.end())]
    return findings


def _status_without_cue(view: SentenceView, ref: _Ref, first_place: int,
                        previous: tuple[str, str] | None, definite: re.Match | None
                        ) -> tuple[str, str]:
    """The status of a centre whose clause has no decision word, from how it is spoken of
    (``first_place``: where its first place starts; ``previous``: the last status the
    article gave a centre; ``definite``: its "the"/"this" before the noun)."""
    lower, text = view.lower, view.text
    future = _FUTURE.search(lower, ref.end) is not None
    present = _PRESENT_SITE.fullmatch(lower, ref.end, first_place) \
        if first_place > ref.end else None
    if present is not None:
        # "Our permanent work centres are in X, Y and Z": centres that exist
        return Status.ANNOUNCED, words(text, present)
    has = _HAS_BEFORE.search(lower, max(0, ref.start - 40), ref.start)
    if has is not None and not future:
        # "it has regional field offices in Tbilisi, Gori, Poti and Zugdidi": a body's
        # centres that exist
        return Status.ANNOUNCED, text[has.start():ref.end].strip()
    if previous is not None:
        status, cue = previous
        ahead = _FUTURE.search(lower, 0, first_place)
        if ahead and status == Status.ANNOUNCED:
            cue = words(text, ahead)  # agreed like the one before, not yet open
        return status, cue
    if definite is not None and not future:
        # "the centre in Cotonou will coordinate patrols", "at the JCCC headquarters in
        # Soledar": a centre the article takes as existing, nothing said of a plan (not
        # "Two of the joint centres will be in X")
        return Status.ANNOUNCED, text[definite.start():ref.end].strip()
    scene = _SCENE_BEFORE.search(lower, max(0, ref.start - 40), ref.start)
    if scene is not None and not future:
        # "spent Thursday at a combined patrol base in Shalalot", "coach troops at Mosul
        # checkpoints", "halts traffic at Giurgiu-Ruse crossing": a centre that is there,
        # the scene of what the sentence reports
        return Status.ANNOUNCED, text[scene.start():ref.end].strip()
    if not future and not _NOT_YET.search(lower):
        # "mortars hit MINUSMA base in Kidal", "Malaba one-stop border post cuts clearance
        # time": a centre the sentence speaks of as there, with no word of a plan
        return Status.ANNOUNCED, NO_CUE
    return Status.PROPOSED, NO_CUE


# Words that a centre spoken of without a decision may still be to come: "Moldova and
# Ukraine to build a post", "Future WFP hub", "nearly ready", "due for completion"
_NOT_YET = re.compile(r"\b(?:to\s+(?:build|open|set\s+up|establish|construct|create|get|lay|"
                      r"start|begin|have|host|sign|agree|discuss)|future|nearly|almost|due|may|"
                      r"might|supposed|would|will|shall|build|builds|building|construction|"
                      # "13 integrated check posts had been chosen: A, B and C": sites picked
                      r"chosen|selected|identified|earmarked|shortlisted|planned|proposed|"
                      r"new)\b")


# "In Uganda, Busia, Mutukula and Mirama Hills are up and running, while Mpondwe and
# Malaba are still being developed": in an article about joint centres, towns whose
# predicate is a facility's state are the centres' sites
SITE_STATE_WORDS = ("running", "operational", "operation", "being", "construction")
_SITE_STATE_AFTER = re.compile(
    r"\s+(?:is|are)\s+(?:now\s+|already\s+|still\s+|fully\s+)?"
    r"(?:(?P<running>up\s+and\s+running|operational|in\s+operation)|"
    r"(?P<planned>being\s+(?:built|developed|set\s+up|constructed|upgraded)|"
    r"under\s+construction))\b")
# where a clause's subject starts: the sentence's start, a fronted "In Uganda," or
# ", while"
_SUBJECT_START = re.compile(r"(?:^|^\s*(?:in|at)\s+[^,]{1,40},|,\s+(?:while|whereas|and|but)"
                            r")\s*$")


def site_state_findings(view: SentenceView, sites: Collection[str]) -> list[Finding]:
    """site_state: a list of towns that is the subject of "are up and running" / "are
    still being developed" (not a country: "Iraq is operational"), in a sentence where
    one such list names a place named before with a centre (``sites``: not "Kampala and
    Entebbe are up and running again after the floods")."""
    findings = []
    for sp in view.spans:
        if not _SUBJECT_START.search(view.lower, 0, sp[0]) or view.is_country(sp[2]):
            continue
        items = view.list_from(sp[0])
        state = _SITE_STATE_AFTER.match(view.lower, _past_twin(view.lower, items[-1][1])) \
            if items else None
        if state is None or any(view.is_country(item[2]) for item in items):
            continue
        status = Status.ANNOUNCED if state.group("running") else Status.PROPOSED
        findings += [Finding(pid, status, words(view.text, state), view.s, 0.7)
                     for _, _, pid in items]
    return findings if any(f.place_id in sites for f in findings) else []
