"""The disputed-area rules: what the article calls disputed, claims, or a dispute about.

See :mod:`geo.roles` for the rules in words. Each public function takes a
:class:`~geo._role_view.SentenceView` and returns :class:`~geo._role_view.Finding` s named
after its construction (``range_claimed``, ``disputed_anaphor``, ...).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from geo._discourse import antecedent, is_macro_region, is_water
from geo._role_view import COUNT_WORD, KIND_WORD, WINDOW, Finding, SentenceView, Status, words
from geo.syntax import DIRECTION_WORDS, PlaceSpan, SentenceSyntax
from geo.types import Kind, Place
from geo.unresolved import is_stand_in

__all__ = [
    "DISPUTED_NOUN_WORDS",
    "TERRITORIAL_WORDS",
    "along_with_findings",
    "anaphor_findings",
    "annexation_findings",
    "claim_anaphor_findings",
    "claimed_findings",
    "described_findings",
    "disputed_findings",
    "disputed_nouns_of",
    "dual_naming_findings",
    "extent_list_findings",
    "group_members_findings",
    "known_territory_findings",
    "members_findings",
    "named_as_findings",
    "named_group_findings",
    "non_recognition_findings",
    "own_claim_findings",
    "part_of_territory_findings",
    "predicate_findings",
    "pronoun_findings",
    "range_findings",
    "status_of_findings",
    "subject_extent_findings",
    "territorial_claim_findings",
]

_APPOSITIVE = 80  # longest ", an oil-rich city claimed by both," between a place and its verb

_AREA_NOUN = r"(?:areas?|territor(?:y|ies)|regions?|lands?|provinces?|districts?|cit(?:y|ies)|" \
             r"towns?|villages?|settlements?|enclaves?|exclaves?|" \
             r"municipalit(?:y|ies)|count(?:y|ies)|governorates?|zones?|" \
             r"border areas?)"

_DISPUTED = r"(?:disputed|contested)"
# "the disputed border at Manusasi village": where the disputed stretch of border lies
_DISPUTED_BORDER_AT = re.compile(rf"{_DISPUTED}\s+(?:border|boundary)(?:\s+(?:segment|section|"
                                 r"stretch|area))?\s+at\s+(?:the\s+)?")

_DIRECTION_BEFORE = re.compile(r"\b(?:north|south|east|west)(?:ern|-eastern|-western)?\s+$")

_PART_OF_COUNTRY_AFTER = re.compile(r"['’]s\s+(?:far\s+)?(?:north|south|east|west|centre|center|"
                                    r"northeast|northwest|southeast|southwest)\b")

_DISPUTED_THEN_LIST = re.compile(
    rf"\b{_DISPUTED}\s+(?P<noun>{_AREA_NOUN})\s*"
    rf"(?P<link>such as|including|like|of|in|:|,|—|–|-)\s*"
    rf"(?:(?:the|a|an|[\w()'’-]+)\s+){{0,6}}?")

_LIST_THEN_OTHER_DISPUTED = re.compile(
    rf"\s*(?:,\s*)?(?:and|as well as|or|,)\s+(?:the\s+)?(?:other|another)\s+"
    rf"(?:(?:of\s+)?(?:the\s+)?[\w'’]+\s+)?{_DISPUTED}\s+{_AREA_NOUN}"
    # "Kirkuk and the disputed territories", "to Kirkuk and to the disputed regions"
    rf"|\s+(?:and|as well as)\s+(?:to\s+|in\s+)?the\s+(?:(?:rest\s+of\s+the|other|"
    rf"country['’]s|nation['’]s)\s+)?{_DISPUTED}\s+(?:areas|territories|regions|lands)\b"
    # "in Kirkuk province and other territories disputed by the KRG and Baghdad"
    rf"|(?:\s+{KIND_WORD})?\s+(?:and|as\s+well\s+as)\s+(?:the\s+|in\s+)?other\s+"
    rf"(?:areas|territories|regions|lands|provinces|districts)\s+(?:{_DISPUTED}|claimed)\s+by\b")

# "the disputed town of X", "disputed X"; as a verb, "have long disputed the province of X"
_DISPUTED_BEFORE = re.compile(
    # "on the disputed, oil-rich Bakassi peninsula": adjectives after a comma
    rf"\b{_DISPUTED}(?:,\s+[a-z][\w-]*)*\s+(?P<the>the\s+)?"
    # "this dusty, disputed corner of Diyala province"
    rf"(?:(?:city|town|village|settlement|enclave|exclave|island|peninsula|municipality|"
    rf"county|province|governorate|district|region|corner|part|stretch|patch|pocket|"
    rf"swathe?|slice|section|portion)\s+of\s+)?$")

# "the contested, ethnically mixed northern Iraqi city of Kirkuk": describing words between
# "disputed" and the kind noun, none of them a function word ("disputed elections in the
# city of X" is about the elections)
_DESCRIBING_WORD = r"(?!(?:in|of|at|on|for|by|with|and|or|the|a|an|to|from|over|near)\b)[\w-]+"
_DISPUTED_DESCRIBED_KIND_OF = re.compile(
    rf"\b{_DISPUTED},?\s+(?:{_DESCRIBING_WORD},?\s+){{1,4}}?"
    r"(?:city|town|village|province|governorate|district|region|territory|island|area)\s+of\s+"
    r"(?:the\s+)?$")

_DISPUTED_AFTER = re.compile(
    # "Kirkuk, a bitterly contested multiethnic governorate", "Kirkuk, the disputed oil city"
    rf"\s*(?:,\s*(?:a|an|one of the)\s+(?:\w+\s+)?{_DISPUTED}\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_AREA_NOUN}\b|"
    # (with "the", one place only: ", the disputed areas have ..." is the next subject)
    rf",\s*the\s+(?:\w+\s+)?{_DISPUTED}\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:city|town|village|enclave|province|governorate|district|region|territory|area|"
    r"county|island|peninsula)\b|"
    # "The Abyei area, disputed by Sudan and South Sudan, ..."
    rf",\s*{_DISPUTED}\s+by\b|"
    # "Western Sahara, disputed and divided, is a former Spanish colony"
    rf",\s*(?:long\s+|hotly\s+|bitterly\s+)?{_DISPUTED}(?:\s+(?:and|but)\s+[a-z][\w-]*)?\s*,|"
    # "the oilfields of Kirkuk, which lie on disputed territory"
    rf",\s*which\s+(?:lies?|sits?|is|are|falls?)\s+(?:on|in|within|inside)\s+(?:the\s+)?"
    rf"(?:{_DISPUTED}\s+{_AREA_NOUN}|{_AREA_NOUN}\s+{_DISPUTED}\b)|"
    # "Nagorno-Karabakh, a region long disputed by Armenia and Azerbaijan"
    rf",\s*(?:a|an)\s+(?:[\w-]+\s+)?{_AREA_NOUN}\s+(?:long\s+|still\s+|hotly\s+)?"
    rf"{_DISPUTED}\s+(?:by|between)\b|"
    # "Kirkuk, an oil-rich city claimed by both, is among the disputed territories"
    rf"(?:\s*,[^,.;]{{1,{_APPOSITIVE}}},)?"
    rf"\s+(?:is|(?P<plural>are|were|remain)|was|remains)\s+(?:\w+\s+){{0,4}}?{_DISPUTED}\b)")

# "... is one of the areas disputed between Erbil and Baghdad, as are A and B"
# "... are contested: A, B and C", "the areas disputed by both sides: A, B"
_DISPUTED_COLON = re.compile(r"(?:disputed|contested)(?:\s+by\s+[^:;.]{1,60}?)?\s*:\s*")
_CLAUSE_END = re.compile(r"[;.]\s")
# how an item of a list ends ("...: A, B – also known as C – D and E."), not "A officials"
_ITEM_END = re.compile(r"\s*(?:[,;.(–—-]|\s(?:and|or)\b|$)")
_DISPUTED_COLON_BEFORE = re.compile(r"\b(?:are|is|remain|remains|were|was|be|areas|territories|"
                                    r"places|regions|sites|villages|islands)\s+"
                                    r"(?:still\s+|also\s+|now\s+|hotly\s+)?$")
_AS_ARE_AFTER_DISPUTED = re.compile(
    rf"{_DISPUTED}[^.;]{{0,80}}?,\s+as\s+(?:are|is|were|was|does|do|did)\s+(?:the\s+)?"
    r"(?:(?:parts?|much|most|some)\s+of\s+(?:the\s+)?)?")

# The parties of a dispute named by what they are ("both sides claim Kirkuk").
_SIDES = r"(?:both|sides|countries|governments|nations|parties)"

# A claimed place is a disputed one: "X, a city claimed by both Baghdad and Erbil", "X,
# which both sides claim", "the Shebaa Farms, which Lebanon claims".
# The head noun a claimed place may carry: "the Preah Vihear temple, which both claim"
_SITE_HEAD = (rf"(?:{KIND_WORD}|islands?|islets?|temple|village|enclave|shoal|reef|atoll|"
              r"peninsula|valley|plateau|heights|strip|triangle|corridor|pass|mountains?)")

_CLAIMED_AFTER = re.compile(
    rf"(?:\s+{_SITE_HEAD})?(?:\s*,\s*(?:(?:[^,.;]{{0,40}}?\s)?(?:claimed|contested)\s+by\s+both\b"
    # "..., an area that both ethnic groups claim", "Western Sahara, a one-time Spanish
    # colony that Morocco claims"
    rf"|(?:(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:area|region|territory|land|colony|enclave|"
    rf"island|islet|rock|headland|strip|{KIND_WORD})\s+"
    r"(?:that|which)\s+|which\s+)"
    r"(?P<who>(?:both\s+)?[^,.;]{1,80}?)\s+(?:(?:also|still|long|now|both)\s+)*"
    # "which the KRG and the federal government both lay claim to"
    # (not "which Hamas claims to run": a claim that something is so)
    r"(?:claims?\b(?!\s+(?:to|that)\b)|(?:lay|lays|laid)\s+claim\s+to\b))"
    # "Kirkuk claimed by both Baghdad and Erbil" (no comma)
    r"|\s+(?:claimed|contested)\s+by\s+both\b)")

_CLAIMANTS = re.compile(rf"\b{_SIDES}\b")
_THAT_CLAUSE = re.compile(r"\bthat\b")

_STATUS_OF_BEFORE = re.compile(rf"\b(?:{_DISPUTED}|unresolved|undetermined)\s+(?:status|future|"
                               r"ownership|sovereignty)\s+of\s+(?:the\s+)?$")

# "X has been the subject of a territorial dispute", "X, which for decades has been the
# object of a historical, demographic and military struggle between many forces", "X has
# been a source of friction between Brazil and Bolivia"
_SUBJECT_OF_DISPUTE_AFTER = re.compile(
    r"(?:\s*,\s*(?:which|that)(?:\s+[\w-]+){0,3}?)?"
    r"\s+(?:has\s+been|have\s+been|is|are|was|were|remains?)\s+(?:long\s+)?(?:at\s+)?"
    r"(?:the\s+|an?\s+)?(?:subject|object|focus|heart|centre|center|source|bone|point)\s+of\s+"
    r"(?:contention\b|friction\s+between\b|(?:an?\s+|the\s+)(?:[\w-]+,?\s+(?:and\s+)?){0,4}?"
    r"(?:(?:territorial|border|sovereignty|ownership|maritime)\s+"
    r"(?:dispute|row|conflict|quarrel|struggle)\b|"
    r"(?:dispute|row|conflict|quarrel|struggle|tug-of-war|rivalry)\s+between\b))")

_LIKE = re.compile(r"\s*,\s*like\s+")
_IN_A_PHRASE_BEFORE = re.compile(r"\b(?:in|at|of|near|from|outside|inside|around|off)\s+"
                                 r"(?:the\s+)?$")

_REMAINS_CONTESTED = re.compile(rf"\s*,\s*(?:also\s+)?(?:remains?|is|are|was|were)\s+"
                                rf"(?:still\s+|also\s+)?{_DISPUTED}\b")

# "the dispute over X"; "X and Y are among the areas Baghdad and Erbil dispute"
_DISPUTE_OVER_BEFORE = re.compile(
    # "boundary disputes in the Nares Strait"
    r"\b(?:(?:boundary|border|territorial|maritime)\s+(?:disputes?|quarrels?|rows?)\s+(?:in|at)|"
    r"(?:disputes?|quarrels?|(?<!in\sa\s)rows?|feuds?|feuding|wrangles?|tussles?|standoffs?|"
    r"spats?|at\s+odds|"
    # "have fought two wars over X"
    r"wars?|conflicts?|fought(?:\s+(?:a|two|three|several|many|\w+)\s+wars?)?)"
    # "the dispute with Uganda over Migingo Island": the other side named on the way;
    # "have been at odds since the early 1970s over the islands of X"
    r"(?:\s+with\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+)?)?"
    r"(?:\s+(?:since|for)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?"
    # "fought a war in August 2008 over South Ossetia"
    r"|\s+in\s+(?:[a-z]+\s+)?\d{4})?"
    # "Qatar and Bahrain at odds again over Hawar islands"
    r"(?:\s+(?:again|still|anew|once\s+more|once\s+again))?\s+over|"
    # "Iraqi Army and Peshmerga face off over mixed town of Khanaqin"
    r"(?:face|faces|faced|facing)[\s-]off\s+over)"
    r"\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}?(?:town|city|village|district|province|region|"
    r"island|islands)\s+of\s+)?$"
    # "the core of the dispute is the oil-rich city of Kirkuk": what the dispute is about
    r"|\b(?:core|heart|crux|root|centre|center|focus)\s+of\s+the\s+(?:[a-z-]+\s+)?"
    r"(?:dispute|row|quarrel|feud|wrangle)\s+(?:is|are|was|were|remains?|lies\s+in)\s+"
    r"(?:the\s+)?(?:(?!(?:that|whether|how|what|why|who)\b)[a-z-]+\s+){0,3}?(?:(?:city|town|province|region|district|island|"
    r"islands|area|areas)\s+of\s+)?$")

# "The two countries are contesting the border areas of A, B and C"
_CONTESTING_AREAS_OF = re.compile(
    r"\b(?:contest(?:s|ing|ed)?|disput(?:e|es|ing|ed))\s+(?:the\s+)?(?:(?:border|frontier)\s+)?"
    r"(?:areas?|territor(?:y|ies)|regions?|towns?|islands?|districts?)\s+of\s+$")

# A list's verb: "A, B and C are claimed by ...", "... are among the areas ... dispute"
_BE = r"(?:is|are|was|were|remains?)"

# "Kirkuk, Diyala and Nineveh are claimed by both the federal government and the KRG"
_CLAIMED_BY_AFTER = re.compile(
    rf"(?:\s+{_BE}|"
    # "the Preah Vihear temple – inside Cambodian territory, but frequently claimed by
    # Thailand", "the Senkakus, administered by Japan and claimed by China": who holds it,
    # then who claims it
    rf"(?:\s+{_SITE_HEAD})?\s*[,—–]\s*(?:(?:inside|within|in|part\s+of|under)\b[^.;:]{{1,60}}?"
    r",?\s+(?:but|yet|though)|(?:held|controlled|administered|run|governed)\s+by\b"
    r"[^.;:]{1,60}?,?\s+(?:but|and|yet|though))(?:\s+(?:is|are|was|were))?)"
    r"\s+(?:\w+\s+)?(?:claimed|contested)\s+by\b")

# "in Kirkuk, Nineveh and Diyala provinces, areas that both Baghdad and Erbil say belong to
# them"
# "the A, B and C districts — areas to which both Erbil and Baghdad lay claim"
_AREAS_BOTH_CLAIM_AFTER = re.compile(
    rf"(?:\s+{KIND_WORD}s?)?(?:\s*[,—–]|\s+-)\s*(?:areas|territories|regions|lands|provinces|"
    r"districts)\s+(?:that|which|(?:to|over|on)\s+which)\s+both\b[^.;]{0,90}?\b(?:claim|dispute|"
    r"say\s+(?:belong|are\s+theirs)|consider\s+(?:their|its)\s+own|want)")

# "the cities of Belgaum, Karwar, Nipani, Bidar and Bhalki that are being contested":
# a relative clause that calls the list disputed
_LIST_THEN_DISPUTED_AFTER = re.compile(
    r"\s*,?\s*['\"‘’“”]*(?:that|which)\s+(?:are|is|were|was|remain|remains|have\s+been|has\s+been|"
    r"had\s+been|are\s+being|is\s+being)\s+(?:still\s+|long\s+|now\s+|hotly\s+)?"
    r"(?:disputed|contested)\b")
# "the city of Kirkuk, a bone of contention between Erbil and Baghdad", "Rockall, the
# subject of a territorial dispute": what the place is, in apposition
_CONTENTION_AFTER = re.compile(
    r"\s*,\s*(?:long\s+)?(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:bone|point|source|subject|"
    r"object|focus)\s+of\s+(?:contention|(?:a\s+|the\s+)?(?:[a-z-]+\s+)?(?:dispute|quarrel|"
    r"row|feud))\b")
_DISPUTE_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|its|their)\s+"
                                        r"(?:(?!that\b|which\b)[a-z-]+\s+){0,2}$")
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|its|their|over|control|ownership)\b")
_PART_OF_BEFORE = re.compile(r"\b(?:parts?|areas?|regions?|territor(?:y|ies)|swathes?)\s+of\s+"
                             r"(?:the\s+)?$")
# "Santa Rosa Island, a piece of land in the Amazon whose ownership the two countries
# contest"
_WHOSE_OWNERSHIP_CONTESTED_AFTER = re.compile(
    r"\s*,\s*(?:[^,.;]{0,60}?\s)?whose\s+(?:ownership|sovereignty|status|possession)\s+"
    r"[^,.;]{1,60}?\s(?:contest|dispute|claim)")

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
    r"eastern|western|nearly|almost|virtually)\s+)?(?:the\s+)?(?:whole|all|most|parts?|much|"
    r"half|a\s+third|a\s+quarter|two-thirds|"
    # "lays claim to the highly strategic areas of A and B"
    r"portion|section|swathe|chunk|(?:[a-z-]+\s+){0,2}?(?:areas?|regions?|territor(?:y|ies)))\s+"
    # "claim the fertile al-Fashaga region", "claims the oil-rich Essequibo region"
    r"of\s+)?(?:the\s+(?:[a-z][a-z-]*\s+){0,2}?"
    # "Guatemala claims three districts - Toledo, Cayo and Stann Creek": a counted noun of
    # areas, then its members after a dash or a colon
    r"|(?:the\s+|all\s+)?(?:two|three|four|five|six|seven|several|\d+)\s+(?:[a-z-]+\s+)?"
    r"(?:districts|islands|islets|villages|towns|provinces|regions|areas|territories|"
    r"enclaves|atolls|reefs)\s*(?:[:—–]|\s-)\s*(?:the\s+)?)?$")

_CLAIMANT_GAP = re.compile(
    r"(?:['’]s)?\s+(?:(?:also|both|still|long|has|have|had|been|now|officially|formally|"
    r"historically|each|lay|lays|laid|once|previously|formerly|earlier|always|even)\s+)*$")

# "its claim to X", "stake their claim to X", "claim ownership of X": the claim names its
# owner by a pronoun, or is a fixed phrase; "the Western Sahara dispute", "the Kashmir
# territorial dispute": a dispute named after its area
_OWN_CLAIM_BEFORE = re.compile(
    r"\b(?:(?:its|their|his|her|\w+['’]s)\s+(?:(?:own|wider|broader|sweeping|historic|historical|"
    r"long-standing|longstanding|territorial|expansive|maritime)\s+)?claims?\s+(?:to|over|on)"
    # "its claim to sovereignty over the Malvinas"
    r"(?:\s+(?:sovereignty|ownership)\s+(?:over|of))?|"
    # "the ICJ's ruling on sovereignty over A, B and C"
    r"(?:ruling|rulings|case|cases|verdict|judgment|judgement|decision|arbitration)\s+"
    r"(?:on|over|about)\s+sovereignty\s+(?:over|of)|"
    # "regaining the effective exercise of sovereignty over X": a claimant's lost territory
    r"(?:regain|regaining|regained|restore|restoring|reclaim|reclaiming|recover|recovering)"
    r"\s+(?:[\w-]+\s+){0,4}?sovereignty\s+over|"
    r"stakes?\s+(?:a|its|their)\s+claim\s+to|staked\s+(?:a|its|their)\s+claim\s+to|"
    # "Argentina restates its legitimate rights over the Malvinas": a sovereignty claim
    r"(?:legitimate|sovereign|historic|historical|inalienable)\s+rights?['’]?\s+(?:over|to)|"
    r"(?:claims?|claimed|claiming)\s+(?:sovereignty|ownership)\s+(?:over|of)|"
    r"(?:struggle|fight|battle|tug-of-war|row|disputes?|conflict)\b[^.;]{0,50}?"
    # "a dispute about sovereignty of the Chagos Islands"
    r"\b(?:over|about|concerning)\s+"
    r"(?:who\s+(?:controls|owns|rules|governs)|(?:the\s+)?(?:control|ownership|sovereignty)"
    r"\s+(?:of|over))|"
    # "have argued over who owns Machias Seal Island since the 1700s"
    # "the two sides still disagree over who holds the A and B temples"
    # (the verb in quotes: "Confusion over who 'owns' Lough Foyle")
    r"\bover\s+who\s+['‘’\"“”]?(?:owns|owned|holds|held|controls|controlled|"
    r"should\s+(?:own|hold)|has\s+sovereignty\s+over)['‘’\"“”]?|"
    # "it is not clear whether Ireland or the United Kingdom owns the seabed of X"
    r"\bwhether\s+[^.;]{1,60}?\s+or\s+[^.;]{1,60}?\s+(?:owns|controls|holds|has\s+"
    r"sovereignty\s+over))"
    # "its claim to nearly the whole of the South China Sea"
    r"\s+(?:(?:nearly|almost|virtually)\s+)?(?:the\s+)?(?:(?:whole|all|most|much|parts?|"
    # "over who owns the fields of Palkana", "over who controls the fertile land around
    # Sunyu": the land of a place
    r"(?:[a-z-]+\s+)?(?:fields|lands?|farmlands?|waters|pastures|seabed|"
    # "the seabed and waterline of Lough Foyle"
    r"seabed\s+and\s+(?:the\s+)?waterline))\s+(?:of|around|near|at)\s+"
    # "its claim to Korea's Dokdo islets": the holder named before the area
    r"(?:the\s+)?)?(?:[a-z]+['’]s\s+)?$")

_NAMED_DISPUTE_AFTER = re.compile(r"\s+(?:(?:territorial|border|boundary|sovereignty|land|"
                                  r"maritime)\s+)?(?:disputes?|row|quarrel|standoff)\b")

_CLAIMANT_WORDS = re.compile(rf"\b{_SIDES}\s+(?:(?:also|still|long|have|had|now)\s+)*$")

# What comes before "disputed" used as an adjective ("the disputed Kirkuk", "in disputed
# Sinjar"); after anything else it may be a verb ("Goodwin disputed Georgia authorities'...").
_ADJECTIVE_LEAD = re.compile(r"(?:^|\b(?:the|a|an|in|of|to|from|into|over|across|for|"
                             r"at|on|near|inside|within|around|towards?|via|through|"
                             r"and|or|other|several|two|three|many|these|those|its|their"
                             # "to develop disputed Ambalat block together": an infinitive
                             # has its object after it, not a subject before "disputed"
                             r"|to\s+[a-z]+)"
                             r"|[,(])\s*$")

# An area named as the object of a claim or of "disputed the" ends its phrase there.
_AREA_PHRASE_END = re.compile(
    r"\s*(?:[,.;:)—–]|$)|\s+(?:as|and|or|in|since|for|but|while|which|from|entirely|under)\b"
    # "Nepal claims the Lipulekh Pass on the basis of the 1816 treaty"
    r"|\s+on\s+the\s+(?:basis|grounds|strength)\s+of\b")

_AREA_NOUN_BEFORE = re.compile(rf"\b{_AREA_NOUN}\s+$")
_DISPUTED_NOUN_AT = re.compile(rf"{_DISPUTED}\s+(?:areas|territories|regions|lands)\b")

_PARTIES_THEN_LIST = re.compile(
    # (a dash opens the list too: "the areas disputed between A and B – among them X, Y";
    # so does the noun after "disputed": 'the "disputed areas" between A and B – among')
    rf"{_DISPUTED}(?P<noun>\s+(?:areas|territories|regions|lands)[\"”']?)?"
    r"\s+(?:between|by)\s+[^,.;—–]{1,60}?(?:,|\s*[—–]|\s-)\s*"
    r"(?:(?:mainly|mostly|especially|particularly|notably|chiefly)\s+)?"
    r"(?:in\s+|including\s+|such\s+as\s+|among\s+them\s+)(?:the\s+)?")

_PARTIES_NEXT = re.compile(r"\s*by\b")

# "The disputed areas of Iraq, which lie mainly in the provinces of A, B, C and D": where
# the disputed areas lie (the country after "of" is only their container)
_WHICH_LIE_IN = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s*,\s*(?:which|that)\s+"
    r"(?:lie|lies|are|is|sit|stretch)\s+(?:(?:mainly|mostly|largely|chiefly|partly)\s+)?"
    r"(?:located\s+)?(?:in|across)\s+(?:the\s+)?(?:(?:provinces|governorates|districts|"
    r"regions)\s+of\s+)?")

_LIST_BROKEN = re.compile(r"[.;]|\bby\b|\b(?:which|that)\b")  # "..., which A and B claim"
# "rule over the disputed region, after Morocco recognised Israel": after a comma, a
# clause or a phrase of its own, not an apposition naming the region
_APPOSITION_BROKEN = re.compile(r"\b(?:after|before|when|while|since|because|as|until|where|"
                                r"if|though|although|but|amid|despite|following|said|says|"
                                r"with|for|to|from|in|on|at|near)\b")

_NEXT_WORD = re.compile(r"\s+(\w+)")

_FOLLOWING_KIND_WORD = re.compile(rf"\s+{KIND_WORD}\b")
# "claimed half of Ko Kut island": a feature's noun after its name
_FOLLOWING_FEATURE_WORD = re.compile(rf"\s+(?:{KIND_WORD}|islands?|islets?|atoll|reef|shoal|"
                                     r"valley|plateau|peninsula|strip|triangle|enclave)\b")


def disputed_findings(view: SentenceView, marks: list[int]) -> list[Finding]:
    """Disputed areas of a sentence; ``marks``: where its "disputed"/"contested" words
    start, in order. Every pattern starts at, or reaches within WINDOW characters (after
    a place, plus an appositive), such a word: trying them only there is the same as
    searching the whole sentence, and faster."""
    text, lower, found = view.text, view.lower, []
    for mark in marks:
        # "areas disputed between Erbil and Baghdad, mainly in A, B and C"
        mainly = _PARTIES_THEN_LIST.match(lower, mark)
        if mainly and not (mainly["noun"]
                           or _AREA_NOUN_BEFORE.search(lower, max(0, mark - 30), mark)):
            mainly = None
        if mainly and view.place_starting_at(mainly.end()):
            found += [(item, words(text, mainly)) for item in view.list_from(mainly.end())]
        noun = _DISPUTED_NOUN_AT.match(lower, mark)
        lie = _WHICH_LIE_IN.match(view.text, noun.end()) if noun else None
        if lie and view.place_starting_at(lie.end()):
            found += [(item, words(text, lie)) for item in view.list_from(lie.end())]
        also = _AS_ARE_AFTER_DISPUTED.match(lower, mark)
        if also and view.place_starting_at(also.end()):
            found += [(item, words(text, also)) for item in view.list_from(also.end())]
        border_at = _DISPUTED_BORDER_AT.match(lower, mark)
        if border_at and view.place_starting_at(border_at.end()):
            found += [(item, words(text, border_at)) for item in view.list_from(border_at.end())]
        colon = _DISPUTED_COLON.match(lower, mark)
        if colon is not None and _DISPUTED_COLON_BEFORE.search(lower, max(0, mark - 30), mark):
            # "Six areas along the border are contested: A, B – also known as C – D and E":
            # every place the clause then names (a list may hold names we lack)
            stop = _CLAUSE_END.search(lower, colon.end())
            end = stop.start() if stop else len(lower)
            found += [(sp, words(text, colon)) for sp in view.spans
                      if colon.end() <= sp[0] < end and _ITEM_END.match(lower, sp[1])]
    taken = 0
    for mark in marks:
        m = _DISPUTED_THEN_LIST.match(lower, mark) if mark >= taken else None
        if m is None:
            continue
        taken = m.end()
        if _PARTIES_NEXT.match(lower, m.end()):
            continue  # "areas disputed by Erbil and Baghdad": the parties
        if m.group("link") == "in" and (not m.group("noun").endswith("s")
                                        or m.group("noun") in _FINER_UNITS):
            continue  # "a disputed district in Diyala province", "four disputed villages in
            # Assam's Biswanath district": the container is not
        for sp in view.spans:
            if sp[0] >= m.start("noun") and sp[0] <= m.end() + 1:
                if m.group("link") == "," and lower.startswith(("'s", "’s"), sp[1]):
                    break  # "in the disputed city, Iraq's Defense Ministry said"
                if m.group("link") == "of" and m.group("noun").endswith("s") \
                        and view.is_country(sp[2]):
                    break  # "the disputed areas of Iraq": where they lie
                if m.group("link") == "in" and _PART_OF_COUNTRY_AFTER.match(lower, sp[1]):
                    break  # "the disputed territories in Iraq's north": where they lie
                found += [(item, words(text, m)) for item in view.list_from(sp[0])]
                break
        else:
            nxt = next((sp for sp in view.spans if sp[0] >= m.end()), None)
            between = lower[m.end():nxt[0]] if nxt else ""
            if nxt and len(between.split()) <= 6 and not _LIST_BROKEN.search(between) \
                    and not (m.group("link") == "," and _APPOSITION_BROKEN.search(between)) \
                    and not (m.group("link") == "of" and view.is_area(nxt[2])
                             and _DIRECTION_BEFORE.search(between)):
                # not "Sinjar, a hotly contested area of northern Iraq": where it lies
                found += [(item, words(text, m)) for item in view.list_from(nxt[0])]
    for span in view.spans:
        start, end, _ = span
        after_end = bisect_left(marks, end)
        marked_after = after_end < len(marks) and marks[after_end] < end + WINDOW + _APPOSITIVE
        other = _LIST_THEN_OTHER_DISPUTED.match(lower, end) if marked_after else None
        if other:
            found += [(item, words(text, other)) for item in view.list_before(end)]
        before = None
        for mark in marks[bisect_left(marks, start - WINDOW):after_end]:
            if mark < start and (described := _DISPUTED_DESCRIBED_KIND_OF.match(lower, mark,
                                                                                  start)):
                before = described
                break
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
            found.append((span, words(text, before)))
        kind_word = _FOLLOWING_KIND_WORD.match(lower, end) if marked_after else None
        after = (_DISPUTED_AFTER.match(lower, kind_word.end() if kind_word else end)
                 if marked_after else None)
        if after and (head := _NEXT_WORD.match(view.lower, after.end())) \
                and head[1] in _NOT_TERRITORY:
            after = None  # "Kirkuk is a city where a contested election was held"
        if after:  # "A, B and C are disputed": the whole list
            found += [(item, words(text, after))
                      for item in (view.list_before(end) if after["plural"] else [span])]
    return [Finding(sp[2], Status.DISPUTED, cue, view.s, 0.8)
            for sp, cue in found if not _NAMES_A_GROUP_OR_BORDER.match(lower, sp[1])
            # "on contested Lake Victoria island": an island in the lake
            and not (view.is_scope(sp[2]) and _FEATURE_IN_IT_AFTER.match(lower, sp[1]))]


_FEATURE_IN_IT_AFTER = re.compile(r"\s+(?:island|islet|rock|reef|shoal|atoll)\b")


# "three disputed Gulf islands", "the disputed Thai-Cambodian border": the place names the
# islands or the border that are disputed, it is not itself
_NAMES_A_GROUP_OR_BORDER = re.compile(r"(?:[-–][\w'’]+)?(?:\s+(?:sea|land|maritime|river|"
                                      r"mountain|common|shared))?\s+(?:islands|islets|isles|"
                                      r"reefs|shoals|atolls|border|borders|boundary|"
                                      r"boundaries|frontier)\b")

_EXTENT_NOUNS = frozenset(["belt", "strip", "zone", "swathe", "swath", "stretch", "arc",
                           "line", "band", "corridor", "tract", "tracts", "area", "areas",
                           "territory", "territories", "land", "lands", "region", "regions",
                           "provinces", "districts",
                           # "a de facto border from Sinjar near Syria to Khanaqin"
                           "border"])

_RANGE_LEAD, _RANGE_ASIDE = 5, 10  # words before a member; an aside's length
_RANGE_STEPS = frozenset(["through", "via", "to", "and"])
# "to several areas around Mosul": Mosul is where the range ends near, not a member
_REFERENCE_POINT = frozenset(["around", "near", "outside", "beyond"])

_CLAIM_WORDS = ("disputed", "contested", "claim", "claims", "claimed", "dispute",
                # "territories ... from A to B are the object of the quarrel between"
                "quarrel", "tug-of-war")

# cheap tests on the text before the sentence view is built for these rules
_EXTENT_AFTER_MARK = re.compile(r"\w+\s+(?:\S+\s+){0,2}?(?:" + "|".join(sorted(_EXTENT_NOUNS))
                                + r")\b")
_EXTENT_THEN_FROM = re.compile(r"\b(?:" + "|".join(sorted(_EXTENT_NOUNS))
                               + r")\b(?:\W+\w+){0,5}?\W+from\s")
_ANAPHOR_NOUNS = frozenset(["city", "town", "village", "district", "province", "governorate",
                            "region", "territory", "island", "islands", "islets", "shoal",
                            "reef", "atoll", "archipelago"])
# "the disputed city", "the disputed rocky island" (a description or two before the noun)
_ANAPHOR_AFTER_MARK = re.compile(r"\w+\s+(?:[a-z-]+\s+)?(?:"
                                 + "|".join(sorted(_ANAPHOR_NOUNS)) + r")\b")
_CLAIM_TO_THE = re.compile(
    r"\b(?:(?:claims?|claimed|claiming)\s+(?:(?:sovereignty|ownership)\s+)?|sovereignty\s+)"
    r"(?:to|over|on|of)\s+the\s+(?:whole\s+|entire\s+)?(?:(?!of\b|disputed\b|contested\b)[a-z-]+\s+)??"
    # "claims sovereignty over the Pacific chain": the islands named before
    r"(?P<noun>region|territory|province|islands?|district|town|city|area|sector|strip|"
    r"enclave|bay|gulf|strait|peninsula|chain|archipelago)\b(?!\s+of\b)")

# "the quarrel between the UK and Spain over the enclave"
_DISPUTE_OVER_THE = re.compile(
    r"\b(?:dispute|quarrel|row|standoff|feud|wrangle|tussle)s?\s+(?:between\s+[^.;]{1,50}?\s+)?"
    r"over\s+the\s+(?P<noun>region|territory|province|islands?|islets|district|town|city|"
    # (not "the islands' fishermen"; but "the islands' status" is the islands')
    r"area|strip|enclave|peninsula)\b"
    r"(?!\s+of\b|['’](?!s?\s+(?:status|sovereignty|ownership|future|control)\b))")

# "The islets are claimed as well by China and Taiwan"
_THE_NOUN_CLAIMED = re.compile(
    r"\bthe\s+(?P<noun>islets|islands|island|territory|region|province|district|town|city|"
    r"area|sector|strip|enclave)\s+"
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+|still\s+|long\s+)?"
    r"(?:claimed|contested|disputed)\b")
_NOT_RECOGNISED_BEFORE = re.compile(
    r"\b(?:not|never|refuses?\s+to|refused\s+to|declined\s+to|declines\s+to)\s+"
    r"recogni[sz]ed?\s+(?:the\s+)?(?:independence|sovereignty|annexation|secession)\s+of\s+"
    r"(?:the\s+)?$")
_WHOSE_NOT_RECOGNISED_AFTER = re.compile(
    r"\s*,\s*whose\s+(?:independence|sovereignty|annexation|secession)\s+[^,.;]{1,40}?"
    r"\b(?:not|never|refuses?\s+to|refused\s+to)\s+(?:yet\s+)?recogni[sz]ed?\b")
# "Karabakh is recognised internationally as Azerbaijani territory": said of a territory
# only when someone else holds or claims it
_RECOGNISED_AS_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:is|are|was|were|remains?)\s+(?:internationally\s+|widely\s+|still\s+)?"
    r"recogni[sz]ed\s+(?:internationally\s+|by\s+(?:most|the)\s+[\w\s]{1,30}?\s+)?as\s+"
    r"(?:(?:an?\s+)?(?:integral\s+|legal\s+|sovereign\s+)?part\s+of\b|"
    r"(?:[\w-]+\s+){1,2}territory\b)")
_APPOSITION_IN_DISPUTE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:territory|region|area|land|province|district|"
    r"island|islands|strip|enclave)\b[^.;]{0,80}?\b(?:over|for)\s+which\b[^.;]{0,60}?"
    r"\b(?:in\s+dispute|disputes?|contest|contested|claims?|claimed|fought)\b")
_APPOSITION_RELATIVE_DISPUTED = re.compile(
    r",\s+(?:a|an|the)\s+[^,;.]{0,60}?\b(?:that|which)\s+(?:is|are|was|were|has\s+been|"
    r"have\s+been|remains?)\s+(?:\w+\s+)?(?:disputed|contested|claimed)\b")
# "Kirkuk, the oil-rich, ethnically mixed city at the heart of the dispute"
_APPOSITION_AT_HEART = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+,?\s+){0,5}?(?:city|town|village|province|region|area|"
    r"island|islands|territory|district|enclave)\s+(?:that\s+is\s+|which\s+is\s+)?at\s+the\s+"
    # the article's dispute ("the"); "at the heart of a long dispute between Baghdad and
    # Erbil" may be about anything the two argue over (see _SUBJECT_OF_DISPUTE_AFTER)
    r"(?:heart|centre|center|core)\s+of\s+the\s+(?:territorial\s+|border\s+)?"
    r"(?:dispute|row|quarrel|feud)\b")
# a claim or dispute word used as a verb, not a noun: not "which is hearing the territorial
# dispute", "that China's sovereignty claims over" (a lookbehind for the word after it)
_VERB_NOT_NOUN = r"(?<!the\s)(?<!a\s)(?<!territorial\s)(?<!border\s)(?<!sovereignty\s)"
# "Abyei, the oil-rich region that both Sudan and South Sudan claim", "Abyei, the area
# claimed by Sudan and South Sudan"
_APPOSITION_BOTH_CLAIM = re.compile(
    # "the el-Fashaga triangle, a very fertile area of 600 km2 claimed by both countries"
    r"(?:\s+(?:triangle|region|area|enclave|strip|islands?))?"
    r",\s+(?:a|an|the)\s+(?:[\w-]+,?\s+){0,4}?(?:area|region|territory|land|island|islands|"
    r"enclave|town|village|district|province|strip|zone)"
    r"(?:\s+of\s+[\w.-]+(?:\s+[\w.-]+)?)?"
    r"(?:\s+(?:on|along|near|in)\s+the\s+[\w-]+)?\s+(?:"  # "an area on the border that"
    # (not "..., which had claimed all of the area": the place is the claimant)
    r"(?:that|which)\s+(?!(?:(?:had|has|have|also|long|always|now)\s+)+(?:claim|dispute))"
    r"(?:both\s+)?(?:[\w'’.-]+\s+){1,6}?(?:both\s+|each\s+|also\s+)?"
    # not "the city that officials claim is safe": a claim of a statement
    + _VERB_NOT_NOUN +
    r"(?:claim|claims|dispute|contest)\b(?!\s+(?:is|are|was|were|that|to|it|over|of|by)\b)"
    r"|(?:(?:that|which)\s+(?:is|are)\s+)?(?:claimed|contested|disputed)\s+by\s+(?:both\s+)?"
    r"(?:[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?\s+and\s+|(?:countries|sides|nations|states|"
    r"governments|neighbours|neighbors)\b))")
# "Daquq, Altun Kupri and Hawija, all districts of Kirkuk province that Erbil and Baghdad
# have disputed since 2003", "A and B, which both sides claim": said of the whole list
_LIST_RELATIVE_DISPUTED = re.compile(
    r",\s+(?:(?:all|both)\s+(?:of\s+them\s+)?)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:areas|regions|territories|lands|islands|towns|villages|"
    r"districts|sub-?districts|provinces)\s+(?:of\s+(?:[\w'’-]+\s+){1,3}?)?)?"
    # (the relative clause has a subject of its own: not "which had claimed" (the place is
    # the claimant); a verb, not a noun: not "which is hearing the territorial dispute")
    r"(?:that|which)\s+(?!(?:(?:had|has|have|also|long|always|now|is|was)\s+)+"
    r"(?:claim|dispute|contest|hearing))"
    r"(?:both\s+)?(?:[\w'’.-]+\s+){1,6}?(?:have\s+|has\s+|had\s+)?"
    r"(?:long\s+|both\s+|each\s+|also\s+)*"
    + _VERB_NOT_NOUN +
    r"(?:disputed|claimed|contested|claim|dispute|contest)"
    r"\b(?!\s+(?:is|are|was|were|that|to|it|over|of|by|between)\b)")
# "the South China Sea, where China and five other claimants are locked in a dispute over
# territory": the place is what the dispute is about
_WHERE_DISPUTE_AFTER = re.compile(
    r"\s*,\s+where\s+[^.;:]{0,80}?\b(?:(?:territorial|sovereignty|border)\s+(?:dispute|row|"
    r"quarrel)s?|disputes?\s+over\s+(?:the\s+)?(?:territory|sovereignty|ownership)|claimants)\b")
# "a similar territorial dispute arose in Gajapati district"
_DISPUTE_AROSE_IN_BEFORE = re.compile(
    r"\b(?:territorial|border|boundary)\s+(?:dispute|row|quarrel)\s+(?:has\s+|had\s+)?"
    r"(?:arose|arisen|erupted|broke\s+out|flared(?:\s+up)?)\s+(?:again\s+)?(?:in|at|over|near)\s+"
    r"(?:the\s+)?$")
# "whether Heglig belongs to Sudan or South Sudan": who owns it is open
_BELONGS_TO = r"\s+(?:belongs?|belonged)\s+to"
_WHETHER_BELONGS_AFTER = re.compile(_BELONGS_TO + r"\s+[^,.;]{1,40}?\s+or\s+")
# "Preah Vihear temple, which stands on disputed land along the border"
_STANDS_ON_DISPUTED = re.compile(
    r"(?:\s+(?:temple|monastery|shrine|hill|village|town|island|post|outpost))?,?\s+"
    r"(?:which|that)\s+(?:stands|stood|lies|lay|sits|sat|is\s+located)\s+(?:on|in)\s+"
    r"(?:a\s+)?(?:[a-z-]+\s+)?(?:disputed|contested)\s+(?:land|territory|ground|area|border)")
_SHOWN_AS_DISPUTED = re.compile(
    r"\s+(?:is|are|was|were)\s+(?:\w+\s+)?(?:shown|described|regarded|seen|considered|"
    r"listed|classed|classified|marked|labelled|labeled)\s+as\s+(?:an?\s+)?[\"“']?"
    r"(?:disputed|contested)\s+(?:territory|territories|area|region|land)")
# A hand-over names the sides it passes between with "from A to B"
_TRANSFER_WORDS = frozenset(["hand", "hands", "handing", "handed", "handover", "hand-over",
                             "transfer", "transfers", "transferring", "transferred", "cede",
                             "cedes", "ceding", "ceded", "return", "returning", "returned"])


def range_findings(view: SentenceView) -> list[Finding]:
    """range_claimed: "a belt from A through B to C that both sides claim", "the disputed
    zone from A to B": every place of the range, when an extent noun heads it and the
    clause calls it disputed or claimed."""
    if " from " not in view.lower or not _EXTENT_THEN_FROM.search(view.lower):
        return []  # no "belt ... from": no token view needed
    syntax, found = view.syntax, []
    lows = syntax.lows
    for k, low in enumerate(lows):
        if low != "from" or not any(t in _EXTENT_NOUNS for t in lows[max(0, k - 6):k]) \
                or any(t in _TRANSFER_WORDS for t in lows[max(0, k - 8):k]):
            continue  # "handing the disputed region from A to B": the parties, not a range
        members = _range_members(syntax, k + 1)
        if len(members) < 2 or all(view.is_country(sp.pid) for sp in members):
            continue  # "a line that runs from Syria to Iran": where it ends, not what is claimed
        start, end = syntax.clause_of(syntax.starts[k])
        clause = view.lower[max(0, start - 80):min(len(view.lower), end + 60)]
        if any(w in clause for w in _CLAIM_WORDS):
            found += [Finding(sp.pid, Status.DISPUTED, "from ... to ...", view.s, 0.75,
                               "range_claimed") for sp in members]
    return found


def _range_members(syntax: SentenceSyntax, k: int) -> list[PlaceSpan]:
    """The places of "A (in B) through C to D" from token ``k``: each right after "from",
    a step word or "and", after at most a few lower-case words ("through the northern
    oil-rich city of Kirkuk"); an aside between commas after a member ("from Khanaqin, on
    the border with Iran, through ...") is skipped."""
    low, members = syntax.low, []
    while k < len(syntax.lows):
        lead = k
        while k - lead < _RANGE_LEAD and syntax.span_at(k) is None \
                and low(k) not in _REFERENCE_POINT \
                and (low(k) in ("the", "of") or low(k) in DIRECTION_WORDS
                     or (low(k).replace("-", "").isalpha()
                         and syntax.text[syntax.starts[k]].islower())):
            k += 1
        span = syntax.span_at(k)
        if span is None:
            break
        members.append(span)
        k = syntax.after(span)
        # "Khanaqin in central Diyala", "Sinjar near Syria", "Khanaqin in the eastern
        # province of Diyala" say where the member is: skip the container or landmark
        if low(k) in ("in", "near") and k + 1 < len(syntax.lows):
            k += 1
            k += low(k) == "the"
            k += low(k) in DIRECTION_WORDS
            if low(k) in _KIND_NOUN_WORDS and low(k + 1) == "of":
                k += 2
            inner = syntax.span_at(k)
            k = syntax.after(inner) if inner is not None else k
            k += inner is not None and low(k) in _KIND_NOUN_WORDS  # "... Diyala province"
        if low(k) == ",":  # an aside up to the next comma, then the next step
            close = next((j for j in range(k + 1, min(k + _RANGE_ASIDE, len(syntax.lows)))
                          if low(j) == ","), None)
            k = close + 1 if close is not None and low(close + 1) in _RANGE_STEPS else k + 1
        if low(k) in _RANGE_STEPS:
            k += 1
            continue
        break
    return members


def extent_list_findings(view: SentenceView, marks: list[int]) -> list[Finding]:
    """disputed_extent_list: "a long, disputed zone winding across four provinces —
    Nineveh, Kirkuk, Salaheddin and Diyala —": a list after a dash or colon that follows
    a disputed extent noun in the same sentence (not a list of parties: "by", "between")."""
    if not any(dash in view.text for dash in ("—", "–", ":", " - ", "--")) \
            or not any(_EXTENT_AFTER_MARK.match(view.lower, mark) for mark in marks):
        return []  # no dash or colon, or no extent noun after "disputed": no view needed
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
                after = j + 1
                while after < len(lows) and lows[after] == "-":
                    after += 1  # "--", the dash of plain-text reports
                first = syntax.span_at(after)
                if first is not None:
                    found += [Finding(sp.pid, Status.DISPUTED, view.text[mark:ends[j]],
                                       view.s, 0.75, "disputed_extent_list")
                              for sp in syntax.place_list(first.start)]
                break
    return found


def anaphor_findings(view: SentenceView, marks: list[int], places: dict[str, Place],
                     pids: list[str], named_before: int,
                     topic: tuple[str, ...] = ()) -> list[Finding]:
    """disputed_anaphor: "the disputed city" with no name after it is the last place of
    that kind the article named before ("Kirkuk ... the armed forces working in the
    disputed city")."""
    if not any(_ANAPHOR_AFTER_MARK.match(view.lower, mark) for mark in marks):
        return []  # no "disputed city/province..." ending its phrase: no view needed
    syntax = view.syntax
    low = syntax.low
    found = []
    for mark in marks:
        k = syntax.token_at(mark)  # "the long-disputed region": the hyphenated word
        # "the disputed city", "the oil-rich and disputed province"
        # (not "a proposal that a disputed village belongs to Russia": indefinite)
        the = next((j for j in range(k - 1, max(-1, k - 6), -1)
                    if low(j) in ("the", "this", "that", "a", "an")), None)
        if the is not None and low(the) in ("a", "an"):
            continue
        # the noun, perhaps after a word of description ("the disputed rocky island"; not
        # "the disputed Kurdish town": which town the demonym says, not the last one)
        noun = k + 1
        if low(noun) not in _ANAPHOR_NOUNS and low(noun + 1) in _ANAPHOR_NOUNS \
                and low(noun).replace("-", "").isalpha() \
                and view.text[syntax.starts[noun]].islower():
            noun += 1
        if the is None or k == 0 or low(noun + 1) == "of" or syntax.span_at(noun + 1) \
                or low(noun) not in _ANAPHOR_NOUNS \
                or not all(low(j).replace("-", "").isalpha() or low(j) == ","
                           for j in range(the + 1, k)):
            continue
        pid = antecedent(view, low(noun), mark, places, pids, named_before, topic,
                         _actors(view) | _acting(syntax))
        if low(noun + 1) == "between" and pid in {sp.pid for sp in _party_spans(syntax)}:
            pid = None  # "the disputed territory between the Kurdistan Region and Iraq"
        if pid is not None:
            found.append(Finding(pid, Status.DISPUTED,
                                  view.text[syntax.starts[the]:syntax.ends[noun]],
                                  view.s, 0.7, "disputed_anaphor"))
    return found


# "Leaders in Iraq and the Kurdistan Region called for ... in the disputed territory": the
# places of the people who speak or act are not the territory they speak of
_ACTORS_IN = re.compile(r"\b(?:leaders|officials|authorities|governments?|ministers?|"
                        r"parliaments?|presidents?|politicians)\s+(?:in|of|from)\s+(?:the\s+)?$")


def _actors(view: SentenceView) -> frozenset[str]:
    for start, _, _ in view.spans:
        if _ACTORS_IN.search(view.lower, max(0, start - 30), start):
            return frozenset(sp[2] for sp in view.list_from(start))
    return frozenset()


def _acting(syntax: SentenceSyntax) -> frozenset[str]:
    """The places of a sentence that act or own ("Washington now supports ...", "Rabat's
    rule over the disputed region"): governments named by a place, not an area."""
    return frozenset(sp.pid for sp in syntax.spans
                     if _acts(syntax, sp) or syntax.low(syntax.after(sp)) in ("'s", "’s"))


_LAND_NOUNS = frozenset(["territory", "territories", "region", "area", "land", "lands",
                         "island", "islands", "province", "district", "town", "village"])


def claim_anaphor_findings(view: SentenceView, places: dict[str, Place],
                            pids: list[str], named_before: int,
                            topic: tuple[str, ...] = ()) -> list[Finding]:
    """claim_anaphor: "to lay claim to the region", "claims sovereignty over the area":
    the last place of that kind the article named before (its title included)."""
    found = []
    for m in [*_CLAIM_TO_THE.finditer(view.lower), *_THE_NOUN_CLAIMED.finditer(view.lower),
              *_DISPUTE_OVER_THE.finditer(view.lower)]:
        pid = antecedent(view, m.group("noun"), m.start(), places, pids,
                          named_before, topic)
        # "the Spanish enclaves in North Africa ... its claim to sovereignty over the
        # territory": a continent or world region is nobody's claim
        # nor is a sea "the territory" ("disputed Gulf islands ... claims to the territory")
        if pid is not None and not is_macro_region(places[pid]) \
                and not (is_water(places[pid]) and m.group("noun") in _LAND_NOUNS):
            found.append(Finding(pid, Status.DISPUTED, words(view.text, m), view.s, 0.65,
                                  "claim_anaphor"))
    return found


def non_recognition_findings(view: SentenceView) -> list[Finding]:
    """non_recognition: "Serbia has not recognised the independence of Kosovo", "refuses
    to recognise the annexation of Crimea": a sovereignty one party contests."""
    found = []
    for start, end, pid in view.spans:
        m = _NOT_RECOGNISED_BEFORE.search(view.lower, max(0, start - 80), start)
        if m is not None:
            found += [Finding(item[2], Status.DISPUTED, words(view.text, m), view.s, 0.7,
                              "non_recognition") for item in view.list_from(start)]
        elif (recognised := _RECOGNISED_AS_AFTER.match(view.lower, end)) is not None:
            found += [Finding(item[2], Status.DISPUTED, words(view.text, recognised), view.s,
                              0.7, "recognised_as") for item in view.list_before(end)]
        elif (whose := _WHOSE_NOT_RECOGNISED_AFTER.match(view.lower, end)) is not None:
            # "Kosovo, whose independence Serbia does not recognise"
            found.append(Finding(pid, Status.DISPUTED, words(view.text, whose), view.s, 0.7,
                                 "non_recognition"))
    return found


# "Morocco considers Western Sahara part of its territory", "regards X as an integral part of
# its own territory"
_REGARDS_BEFORE = re.compile(r"\b(?:considers?|considered|regards?|regarded|sees|saw|views?|"
                             r"viewed|deems?|deemed|claims?|claimed)\s+(?:the\s+)?$")
_PART_OF_ITS_TERRITORY_AFTER = re.compile(
    r"\s+(?:as\s+)?(?:an?\s+)?(?:inseparable\s+|integral\s+|inalienable\s+|historic\s+)?"
    r"(?:part|province)\s+of\s+(?:its|their)\s+(?:own\s+|sovereign\s+|national\s+)?"
    r"territory\b"
    # "Serbia still regards Kosovo as its southern province"
    r"|\s+as\s+(?:its|their)\s+(?:own\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|"
    r"(?:rightful|historic|breakaway|renegade)\s+)?(?:province|territory)\b")


# "X is an integral / inalienable / inseparable part of Y" (Y named right after)
_INTEGRAL_PART_AFTER = re.compile(
    r"(?:\s+(?:area|region|district|territory|island|islands))?\s+(?:is|are|was|were|remains?)"
    r"\s+(?:and\s+will\s+remain\s+)?(?:an?\s+)?(?:integral|inalienable|inseparable|"
    r"indivisible)\s+part\s+of\s+(?:the\s+)?")


# "a new map showing Lipulekh and Kalapani as part of its territory", "shows A, B and C as
# Nepalese territory", "takes in Siachen as part of Pakistan": a party's map or law claims
# the places it lays out as its own
_SHOWS_BEFORE = re.compile(r"\b(?:shows?|showed|showing|shown|depicts?|depicted|depicting|"
                           r"marks?|marked|marking|includes?|included|including|"
                           r"incorporat(?:es?|ed|ing)|(?:takes?|took|taking)\s+in|"
                           r"puts?|putting|places?|placed|placing|portrays?|portrayed|"
                           r"portraying)\s+(?:the\s+)?$")
_AS_OWN_TERRITORY_AFTER = re.compile(
    r"\s+as\s+(?:an?\s+)?(?:(?:integral\s+|inseparable\s+|inalienable\s+)?part\s+of\s+)?"
    r"(?:(?:its|their)\s+(?:own\s+|sovereign\s+|national\s+)?territory\b|"
    r"[a-z]+(?:an|ese|i|ish)\s+(?:sovereign\s+)?territory\b|(?P<owner>))")


# "so that Saint Martin's Island appears as part of Myanmar's territory" (on its map): the
# list is the subject, the showing verb comes after it
_SHOWN_AFTER = re.compile(r"\s+(?:appears?|appeared|(?:is|are|was|were|now)\s+"
                          r"(?:shown|marked|depicted|drawn|labell?ed))(?=\s+as\b)")


def _shown_as_own(view: SentenceView, start: int
                  ) -> tuple[re.Match, list[tuple[int, int, str]]] | None:
    """The "as (part of) its territory" / "as part of <country>" after a list a map or
    law lays out (see _SHOWS_BEFORE, _SHOWN_AFTER), with the list, if any."""
    if _SHOWS_BEFORE.search(view.lower, max(0, start - 24), start):
        items = view.list_from(start)
        m = _AS_OWN_TERRITORY_AFTER.match(view.lower, items[-1][1])
    elif (items := view.list_from(start)) \
            and (shown := _SHOWN_AFTER.match(view.lower, items[-1][1])) is not None:
        m = _AS_OWN_TERRITORY_AFTER.match(view.lower, shown.end())
    else:
        return None
    if m is None or (m["owner"] is not None and not (
            m.group().rstrip().endswith("part of")
            and (owner := view.place_starting_at(m.end())) is not None
            and view.is_country(owner[2])
            # "shows Paris as part of France" lays out no claim (a name the gazetteer
            # lacks lies in the country only because the text names it nearby)
            and not any(view.contains(owner[2], item[2]) and not is_stand_in(item[2])
                        for item in items))):
        return None
    return m, items


# "a map on which Holenphai village lay inside the neighbouring country's territory",
# "Sarstoon Island, the Ministry declared, lies entirely inside Belize's sovereign
# territory": a map or a declaration puts the place in one side's territory
_INSIDE_ITS_TERRITORY_AFTER = re.compile(
    r"(?:\s+(?:village|town|island|islands|area|district))?(?:\s*,[^,;.]{1,50},)?\s+"
    r"(?:lay|lies|lie|lying|fell|falls|fall|is|was|are|were)\s+(?:entirely\s+|wholly\s+|"
    r"fully\s+)?(?:inside|within)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:[a-z]+|[A-Za-z]+)['’]s\s+"
    r"(?:sovereign\s+|own\s+)?territory\b", re.I)
_MAP_OR_DECLARATION = re.compile(r"\b(?:map|maps|declared|declares|insisted|insists|"
                                 r"maintains|maintained|asserted|asserts)\b")


def part_of_territory_findings(view: SentenceView) -> list[Finding]:
    """part_of_its_territory: a place a party regards as part of its territory ("Morocco
    considers Western Sahara part of its territory"), or that a party calls an integral,
    inalienable part of itself ("the Kalapani area is an integral part of India": the
    wording of a claim, said of land another side claims too)."""
    found = []
    for start, end, pid in view.spans:
        if _REGARDS_BEFORE.search(view.lower, max(0, start - 24), start) \
                and (m := _PART_OF_ITS_TERRITORY_AFTER.match(view.lower, end)) is not None:
            found.append(Finding(pid, Status.DISPUTED, words(view.text, m), view.s, 0.7,
                                 "part_of_its_territory"))
        elif (shown := _shown_as_own(view, start)) is not None:
            m, items = shown
            found += [Finding(item[2], Status.DISPUTED, words(view.text, m), view.s, 0.65,
                              "shown_as_own_territory") for item in items]
        elif (m := _INSIDE_ITS_TERRITORY_AFTER.match(view.text, end)) is not None \
                and _MAP_OR_DECLARATION.search(view.lower) is not None:
            found.append(Finding(pid, Status.DISPUTED, words(view.text, m), view.s, 0.65,
                                 "inside_its_territory"))
        elif (m := _INTEGRAL_PART_AFTER.match(view.lower, end)) is not None \
                and (owner := view.place_starting_at(m.end())) is not None \
                and not view.lower.startswith(("'s", "’s"), owner[1]):  # "of Kenya's economy"
            # "Limpiyadhura, Lipulekh and Kalapani are an inseparable part of Nepal"
            found += [Finding(item[2], Status.DISPUTED, words(view.text, m), view.s, 0.65,
                              "integral_part_of") for item in view.list_before(end)]
    return found


def described_findings(view: SentenceView) -> list[Finding]:
    """described_disputed: "Essequibo, a territory over which it has been in dispute with
    Guyana"; "Essequibo is shown as a 'disputed territory' on Venezuelan maps"; a list
    with a relative clause of dispute ("A, B and C, all districts of P that Erbil and
    Baghdad have disputed since 2003")."""
    found = []
    for start, end, pid in view.spans:
        m = (_APPOSITION_IN_DISPUTE.match(view.lower, end)
             or _APPOSITION_RELATIVE_DISPUTED.match(view.lower, end)
             or _SHOWN_AS_DISPUTED.match(view.lower, end)
             or _APPOSITION_AT_HEART.match(view.lower, end)
             or _APPOSITION_BOTH_CLAIM.match(view.lower, end)
             or _STANDS_ON_DISPUTED.match(view.lower, end)
             or _WHERE_DISPUTE_AFTER.match(view.lower, end)
             or _DISPUTE_AROSE_IN_BEFORE.search(view.lower, max(0, start - 70), start))
        if m is not None and m.re is _WHERE_DISPUTE_AFTER \
                and _BETWEEN_BEFORE.search(view.lower, max(0, start - 80), start):
            continue  # "between China and India, where a new border dispute": the sides
        if m is not None:
            found.append(Finding(pid, Status.DISPUTED, words(view.text, m), view.s, 0.7,
                                 "described_disputed"))
        elif (m := _WHETHER_BELONGS_AFTER.match(view.lower, end)) is not None \
                and view.lower.endswith("whether ", 0, start):
            # "no agreement on whether Heglig belongs to Sudan or South Sudan"
            found.append(Finding(pid, Status.DISPUTED, words(view.text, m), view.s, 0.7,
                                 "described_disputed"))
        elif (m := _LIST_RELATIVE_DISPUTED.match(view.lower, end)) is not None \
                and (items := view.list_before(end)) \
                and not _BETWEEN_BEFORE.search(view.lower, max(0, items[0][0] - 80),
                                               items[0][0]):  # "between A and B": parties
            found += [Finding(item[2], Status.DISPUTED, words(view.text, m), view.s, 0.7,
                              "described_disputed") for item in items]
    return found


def status_of_findings(view: SentenceView) -> list[Finding]:
    """contested_status: "the contested status of Kirkuk", "the disputed ownership of X";
    subject_of_dispute: "X has been the subject of a territorial dispute"; like_list: "X,
    like A and B, remains contested" (the whole list)."""
    found = []
    for start, end, _ in view.spans:
        status_of = _STATUS_OF_BEFORE.search(view.lower, max(0, start - 50), start)
        if status_of is not None:
            found += [Finding(item[2], Status.DISPUTED, words(view.text, status_of), view.s,
                               0.75, "contested_status") for item in view.list_from(start)]
        subject = _SUBJECT_OF_DISPUTE_AFTER.match(view.lower, end)
        items = view.list_before(end) if subject is not None else []
        relative = subject is not None and subject.group().lstrip(" ,").startswith(
            ("which", "that"))
        if subject is not None and items and (
                relative or not _IN_A_PHRASE_BEFORE.search(view.lower,
                                                           max(0, items[0][0] - 12),
                                                           items[0][0])):
            # (not "the hotel in Paris has been the subject of a dispute between owners"; but
            # "fired from the Nineveh Plain, which has been the object of a struggle")
            found += [Finding(item[2], Status.DISPUTED, words(view.text, subject), view.s,
                               0.75, "subject_of_dispute") for item in items]
        like = _LIKE.match(view.lower, end)
        if like is not None and view.place_starting_at(like.end()):
            items = view.list_from(like.end())
            remains = _REMAINS_CONTESTED.match(view.lower, items[-1][1])
            if remains is not None:
                found += [Finding(item[2], Status.DISPUTED, words(view.text, remains),
                                   view.s, 0.75, "like_list")
                          for item in [*view.list_before(end), *items]]
    return found


def claimed_findings(view: SentenceView) -> list[Finding]:
    """"Kirkuk, an oil-rich city claimed by both Baghdad and Erbil", "the dispute over X",
    "A and B are among the areas ... dispute", "A and B are claimed by ...": disputed."""
    found = []
    for start, end, pid in view.spans:
        claimed = _CLAIMED_AFTER.match(view.lower, end)
        if claimed and _claimant_named(view, claimed) \
                and PlaceSpan(start, end, pid) not in _party_spans(view.syntax):
            # not "the areas disputed between Baghdad and Erbil, which both sides claim"
            found.append(Finding(pid, Status.DISPUTED, words(view.text, claimed), view.s, 0.8))
        over = _DISPUTE_OVER_BEFORE.search(view.lower, max(0, start - WINDOW), start) \
            or _CONTESTING_AREAS_OF.search(view.lower, max(0, start - WINDOW), start)
        if over and not _modifies_noun(view.lower, end):
            found += [Finding(item[2], Status.DISPUTED, words(view.text, over), view.s, 0.7)
                      for item in view.list_from(start)]
        listed = _LIST_THEN_DISPUTED_AFTER.match(view.lower, end)
        if listed and (_PART_OF_BEFORE.search(view.lower, max(0, start - 30), start)
                       or view.is_country(pid)):
            listed = None  # "parts of Iraq that are disputed": the parts, not Iraq
        among = (_AMONG_AREAS_DISPUTED_AFTER.match(view.lower, end)
                 or _CLAIMED_BY_AFTER.match(view.lower, end)
                 or _AREAS_BOTH_CLAIM_AFTER.match(view.lower, end)
                 or _WHOSE_OWNERSHIP_CONTESTED_AFTER.match(view.lower, end)
                 or listed
                 or _CONTENTION_AFTER.match(view.lower, end))
        if among:
            found += [Finding(item[2], Status.DISPUTED, words(view.text, among), view.s,
                               0.8) for item in view.list_before(end)]
    return found


def _modifies_noun(lower: str, end: int) -> bool:
    """Does the place name a thing that is not the area ("the dispute over the Kirkuk
    centre", "over the Red Sea islands of A and B", "a row over the Basra oil")?"""
    if lower.startswith(("'s ", "’s "), end):  # "over Kirkuk's status", not "'s budget"
        head = _NEXT_WORD.match(lower, end + 2)
        return head is None or head[1] not in _STATUS_NOUNS
    head = _NEXT_WORD.match(lower, end)
    return head is not None and (head[1] in _NOT_TERRITORY or head[1] in _GROUP_HEADS
                                 or _THING_NOUN.fullmatch(head[1]) is not None)


_STATUS_NOUNS = frozenset(["status", "sovereignty", "ownership", "control", "future", "fate",
                           "border", "borders", "territory", "administration"])
_THING_NOUN = re.compile(r"cent(?:er|re)s?|rooms?|offices?|cells?|bases?|headquarters|hubs?|"
                         r"facilit(?:y|ies)|airport|checkpoints?|crossings?|project|dam|"
                         r"pipeline|field|fields|deal|talks|agreement|accord")


def _claimant_named(view: SentenceView, claimed: re.Match) -> bool:
    """"which Lebanon claims", "which both sides claim"; not "which he claims is safe"."""
    if claimed["who"] is None:
        return True  # "claimed by both"
    who = view.text[claimed.start("who"):claimed.end("who")]
    if _THAT_CLAUSE.search(who):
        return False  # "The Hague, which found that China's broad claims ...": a finding
    return _CLAIMANTS.search(who.lower()) is not None or any(w[:1].isupper()
                                                            for w in who.split())


def territorial_claim_findings(view: SentenceView) -> list[Finding]:
    """"China claims the whole of Arunachal Pradesh": disputed (with a list after it)."""
    found = []
    for start, _, _ in view.spans:
        claim = _CLAIM_BEFORE.search(view.lower, max(0, start - 40), start)
        if claim is None or claim.end() != start or not _has_claimant(view, claim.start()):
            continue
        for item in view.list_from(start):
            # "claims X is safe" reports a statement; "claim to X was" is still a claim
            if claim["over"] or _AREA_PHRASE_END.match(view.lower, item[1]) \
                    or _FOLLOWING_FEATURE_WORD.match(view.lower, item[1]):  # "X region"
                found.append(Finding(item[2], Status.DISPUTED,
                                      words(view.text, claim), view.s, 0.7))
    return found


_RIGHTFUL_OWNER_AFTER = re.compile(
    r"(?:\s+(?:region|area|district|province|town|island))?(?:\s*,[^,;.]{1,60},)?"
    r"\s+(?:rightfully|historically|legitimately)\s+(?:belongs?|belonged)\s+to\b")


def own_claim_findings(view: SentenceView) -> list[Finding]:
    """own_claim: "to stake its claim to X", "claim ownership of X", "a struggle over who
    controls X", "X rightfully belongs to them"; named_dispute: "the Western Sahara
    dispute" (the area names the dispute; a "labour dispute" has none)."""
    found = []
    for start, end, pid in view.spans:
        claim = _OWN_CLAIM_BEFORE.search(view.lower, max(0, start - 110), start)
        head = _NEXT_WORD.match(view.lower, end)
        if claim is not None and not (head and head[1] in _GROUP_HEADS
                                      and view.lower.startswith(" of ", head.end())):
            # (not "its claim to the Red Sea islands of A and B": the sea names the group;
            # but "its claim to the Dokdo islets" names them)
            found += [Finding(item[2], Status.DISPUTED, words(view.text, claim), view.s, 0.7,
                               "own_claim") for item in view.list_from(start)]
        rightful = _RIGHTFUL_OWNER_AFTER.match(view.lower, end)
        if rightful is not None:
            # "They say the Sinjar region, in the west of the province, rightfully belongs
            # to them": one side's claim against another's hold
            found.append(Finding(pid, Status.DISPUTED, words(view.text, rightful).lstrip(", "),
                                 view.s, 0.6, "own_claim"))
        found += _named_dispute(view, end)
    return found


def _named_dispute(view: SentenceView, end: int) -> list[Finding]:
    """named_dispute: the places that name a dispute, a row or a quarrel ending at ``end``
    ("the Western Sahara dispute", "the Halayeb and Shalatin border dispute", a headline's
    "Lake Malawi row growing ..."); not a verb's subjects ("the areas that Erbil and
    Baghdad dispute", "Baghdad and Erbil dispute the areas"), nor the parties ("the
    Assam-Arunachal Pradesh border dispute", "the India-China dispute")."""
    named = _NAMED_DISPUTE_AFTER.match(view.lower, end)
    if named is None:
        return []
    items = view.list_before(end)
    if not items or any(view.text[i[0] - 1:i[0]] in ("-", "–")
                        or view.text[i[1]:i[1] + 1] in ("-", "–") for i in items):
        return []
    first = items[0][0]
    if not (_DISPUTE_DETERMINER_BEFORE.search(view.lower, max(0, first - 40), first)
            # (at a sentence's start "disputes" is a verb: "China disputes the ruling"; and
            # a capitalised first word alone may be no place at all: "Bloodless border
            # dispute drags on")
            or (first == 0 and not named.group().endswith("disputes")
                and (len(items) > 1 or " " in view.text[items[0][0]:items[0][1]])
                and not _OBJECT_AFTER.match(view.lower, named.end()))):
        return []
    return [Finding(item[2], Status.DISPUTED, view.text[item[0]:named.end()], view.s, 0.7,
                    "named_dispute") for item in items]


def _has_claimant(view: SentenceView, claim_start: int) -> bool:
    """A place ("China", "Baghdad and Erbil both") or the sides right before the claim."""
    lower = view.lower
    if _CLAIMANT_WORDS.search(lower, max(0, claim_start - 40), claim_start):
        return True
    gap = _CLAIMANT_GAP.search(lower, max(0, claim_start - 60), claim_start)
    return gap is not None and view.place_ending_at(gap.start()) is not None


# -- disputed_predicate -----------------------------------------------------
# Words that make a clause speak of a territory's status (found in the article by
# geo.roles; "claimed" counts only as "claimed by/as")
TERRITORIAL_WORDS = ("disputed", "contested", "claimed", "territorial", "sovereignty",
                     "annexed", "annexation", "occupied", "breakaway", "separatist")
_TERRITORIAL = frozenset(TERRITORIAL_WORDS)
# what "disputed"/"contested" may qualify that is no territory ("a contested election")
_NOT_TERRITORY = frozenset(
    ["election", "elections", "vote", "votes", "referendum", "result", "results", "ballot",
     "ballots", "poll", "polls", "claim", "claims", "figure", "figures", "report", "reports",
     "decision", "seat", "seats", "race", "law", "bill", "legitimacy", "account", "accounts",
     "version", "penalty", "goal", "call", "budget", "oil", "revenue", "revenues", "contract",
     "contracts", "issue", "issues", "payments", "salaries", "will", "leadership", "nomination",
     "primary", "presidency", "title", "death", "killing", "attack", "strike", "narrative"])
# a place right before one of these (past adverbs) acts: it is a party, not the area
_AGENT_VERBS = frozenset(
    ["claims", "claim", "claimed", "says", "said", "insists", "insisted", "maintains",
     "maintained", "regards", "regarded", "rejects", "rejected", "accuses", "accused",
     "wants", "wanted", "seized", "annexed", "controls", "controlled", "holds", "held",
     "occupies", "occupied", "administers", "governs", "argues", "argued", "considers",
     "considered", "recognises", "recognizes", "recognised", "recognized", "demands",
     "demanded", "disputes", "disputed", "contests", "contested", "took", "sent", "captured",
     "retook", "lost", "warned", "denied", "denies", "objects", "objected", "views", "sees",
     "supports", "supported", "backs", "backed"])
_AGENT_ADVERBS = frozenset(["also", "both", "still", "long", "has", "have", "had", "now",
                            "each", "officially", "formally", "historically", "and", "further",
                            "fiercely", "strongly", "firmly", "repeatedly"])
_PARTY_LEADS = frozenset(["between", "by", "with", "against"])
_SKIPPED_LEADS = frozenset(["the", "both", "governments", "government", "of", "in"])
_SUBJECT_LEADS = frozenset(["the", ","])
_DEMONSTRATIVES = frozenset(["that", "this", "these", "those"])
# what may come before a place that opens a clause (see SentenceSyntax.clause_breaks)
_CLAUSE_OPENING = re.compile(r"(?:^|[;:—–()\[\]\-]|,\s*(?:but|while|though|although|whereas|"
                             r"which|who|and\s+that))\W*(?:the\s+)?"
                             # "The town of Makhmour belongs to ..."
                             r"(?:(?:[a-z-]+\s+){0,2}?(?:town|city|village|district|province)"
                             r"\s+of\s+)?$")
DISPUTED_NOUN_WORDS = ("zone", "belt", "strip", "area", "areas", "territory", "territories",
                       "region", "regions", "land", "lands", "swathe", "stretch",
                       # a group called disputed: "the disputed islands ... The three
                       # islands – A, B and C –"
                       "islands", "islets", "villages", "enclaves", "temples")
# "the disputed islands", "contested Gulf islands" (a word that names them between)
_DISPUTED_NOUN = re.compile(r"(?:disputed|contested)\s+(?:[A-Za-z-]+\s+)?(?P<noun>"
                            + "|".join(DISPUTED_NOUN_WORDS) + r")\b")
_KIND_NOUN_WORDS = frozenset(["district", "province", "governorate", "region", "city", "town",
                              "village", "area", "territory", "islands", "island"])
_APPOSITIVE_TOKENS = 25
_LINK_ADVERBS = frozenset(["has", "have", "had", "for", "decades", "years", "long", "also",
                           "still", "now", "always", "effectively", "technically",
                           "currently", "largely", "officially"])
_LINK_VERBS = frozenset(["is", "are", "was", "were", "been", "remains", "remain", "remained",
                         "counts", "count", "ranks",  # "Sinjar counts as one of the disputed"
                         "lies", "lie", "lay", "sits", "sit", "sat", "belongs", "belong",
                         "falls", "fall", "stuck", "caught", "located", "situated"])


def predicate_findings(view: SentenceView, places: dict[str, Place],
                       disputed_nouns: frozenset[str] = frozenset()) -> list[Finding]:
    """disputed_predicate: the subject of a clause whose predicate gives it a territorial
    status through a linking verb ("Makhmour, a Kurdish-majority district, has for decades
    been part of the territories disputed between Erbil and Baghdad"; "Tuz Khurmatu stuck
    in the middle of a territorial row"; "Abkhazia remains a breakaway region"; "Lheiban
    sits in one part of that zone", when the article called the zone disputed before:
    ``disputed_nouns``), unless the text makes it a party: a country, a name after
    "between"/"by"/"with", the subject of a verb of claiming or holding ("Tokyo regards"),
    or a container of another place of the clause."""
    if not any(_CLAUSE_OPENING.search(view.lower, max(0, start - 40), start)
               for start, _, _ in view.spans):
        return []  # no place opens a clause: no subject to describe, no view needed
    syntax = view.syntax
    status_at = set()
    for k, low in enumerate(syntax.lows):
        if low in _TERRITORIAL:
            if low in ("disputed", "contested") and syntax.low(k + 1) in _NOT_TERRITORY:
                continue
            if low == "claimed" and syntax.low(k + 1) not in ("by", "as"):
                continue
            status_at.add(k)
        elif low == "claim" and syntax.low(k - 1) in ("lay", "lays", "laid"):
            status_at.add(k)  # "a belt of territory to which A, B and C all lay claim"
        elif (low == "contention" and syntax.low(k - 1) == "of"
              and syntax.low(k - 2) in ("bone", "point")) \
                or (low == "point" and syntax.low(k - 1) == "sore"):
            status_at.add(k)  # "Ghajar ... has been a sore point between Israel and Lebanon"
        elif low in disputed_nouns and syntax.low(k - 1) in _DEMONSTRATIVES:
            status_at.add(k)  # "that zone": the disputed zone named before
    found: list[Finding] = []
    parties: set[PlaceSpan] | None = None  # made once, when a subject is described
    for a, b in {syntax.clause_of(syntax.starts[k]) for k in status_at}:
        k = syntax.index(a)
        while syntax.low(k) in _SUBJECT_LEADS:
            k += 1
        kind = next((j for j in range(k, k + 3) if syntax.low(j) in _KIND_NOUN_WORDS), None)
        if kind is not None and syntax.low(kind + 1) == "of" \
                and all(_is_lower_word(syntax, j) for j in range(k, kind)):
            k = kind + 2  # "The (small) town of Makhmour belongs to the disputed areas"
        first = syntax.span_at(k)
        subject = syntax.place_list(first.start) if first is not None else []
        predicate = _predicate(syntax, subject[-1], b, status_at) if subject else None
        if predicate is None:
            continue
        inside = [sp for sp in syntax.spans if a <= sp.start and sp.end <= b]
        parties = _party_spans(syntax) if parties is None else parties
        cue = view.text[slice(*predicate)]
        if _PARTIES_PREDICATE.search(cue.lower()):
            continue  # "Beijing and Tokyo are locked in a territorial row over": the sides
        found += [Finding(sp.pid, Status.DISPUTED, cue, view.s, 0.6, "disputed_predicate")
                  for sp in subject
                  if not _is_country(places[sp.pid]) and sp not in parties
                  and not _acts(syntax, sp)
                  and not any(o.pid != sp.pid and view.contains(sp.pid, o.pid)
                              for o in inside)]
    return found


_PARTIES_PREDICATE = re.compile(r"\b(?:locked|embroiled|engaged|involved|entangled|mired)\s+in\b")


def _is_country(place: Place) -> bool:
    """A country itself (a name placed at its country is not one: its kind is the
    container's)."""
    return place.candidate.kind is Kind.COUNTRY and place.container is None


_GROUP_THEN_MEMBERS = re.compile(
    rf"\b(?:the|these|those)\s+(?:{COUNT_WORD}\s+)?(?:[a-z-]+\s+)?(?P<noun>[a-z]+)"
    r"(?:\s*[—–:]|\s+-)\s*(?:the\s+)?$")
_COUNTED_GROUP_COMMA = re.compile(
    rf"\b(?:the|these|those)\s+{COUNT_WORD}\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]+)\s*,\s*(?:the\s+)?$")


def group_members_findings(view: SentenceView, nouns: frozenset[str]) -> list[Finding]:
    """group_members: the members listed after a group the article called disputed
    before ("the disputed islands ... The three islands – A, B and C – lie on the route")."""
    found: list[Finding] = []
    for start, _, _ in view.spans:
        m = _GROUP_THEN_MEMBERS.search(view.lower, max(0, start - 50), start) \
            or _COUNTED_GROUP_COMMA.search(view.lower, max(0, start - 50), start)
        if m is not None and m["noun"] in nouns:
            found += [Finding(item[2], Status.DISPUTED, words(view.text, m), view.s, 0.65,
                              "group_members") for item in view.list_from(start)]
            break
    return found


def disputed_nouns_of(lower: str, marks: list[int]) -> set[str]:
    """The extent nouns the sentence calls disputed ("a disputed zone"), for a later
    "that zone" (see predicate_findings)."""
    return {m["noun"] for mark in marks if (m := _DISPUTED_NOUN.match(lower, mark))}


def _predicate(syntax: SentenceSyntax, last: PlaceSpan, clause_end: int,
               status_at: set[int]) -> tuple[int, int] | None:
    """Where the predicate that describes the subject ending with ``last`` starts and its
    word of status (a token of ``status_at``) ends: past the subject's kind noun, an
    appositive between commas and adverbs, a linking verb ("X, a district ..., has for
    decades been part of the territories disputed"), then no verb of its own up to the
    word ("Baghdad and Erbil are close to opening centres in disputed areas": what they
    do, not what they are)."""
    k = syntax.after(last)
    k += syntax.low(k) in _KIND_NOUN_WORDS
    if syntax.low(k) == ",":
        close = next((j for j in range(k + 1, min(k + _APPOSITIVE_TOKENS, len(syntax.lows)))
                      if syntax.lows[j] == ","), None)
        if close is None:
            return None
        k = close + 1
    while syntax.low(k) in _LINK_ADVERBS:
        k += 1
    if syntax.low(k) not in _LINK_VERBS or syntax.starts[k] >= clause_end:
        return None
    for j in range(k + 1, len(syntax.lows)):
        low = syntax.lows[j]
        # "close to opening" acts; "to which A and B lay claim" describes
        if syntax.starts[j] >= clause_end \
                or (low == "to" and syntax.low(j + 1) != "which"
                    and not (j == k + 1 and syntax.lows[k].startswith("belong"))) \
                or (syntax.lows[k].startswith("belong") and syntax.span_at(j) is not None) \
                or (low.endswith("ing") and "-" not in low):
            return None
        if j in status_at:
            return syntax.starts[k], syntax.ends[j]
    return None


def _party_spans(syntax: SentenceSyntax) -> set[PlaceSpan]:
    """The places of "between A and B", "by A", "with A" lists (the parties)."""
    parties: set[PlaceSpan] = set()
    for k, low in enumerate(syntax.lows):
        if low in _PARTY_LEADS:
            j = k + 1
            while syntax.low(j) in _SKIPPED_LEADS:
                j += 1
            span = syntax.span_at(j)
            if span is not None:
                parties.update(syntax.place_list(span.start))
    return parties


def _acts(syntax: SentenceSyntax, span: PlaceSpan) -> bool:
    """The place (or the list it ends) is the subject of a verb of claiming or holding,
    or owns a finer place ("Erbil's disputed Makhmour district")."""
    j = syntax.after(span)
    if syntax.low(j) in ("'s", "’s"):
        return any(syntax.span_at(i) is not None for i in range(j + 1, j + 4))
    while syntax.low(j) in _AGENT_ADVERBS:
        if syntax.low(j) == "and" and syntax.span_at(j + 1) is not None:
            return _acts(syntax, syntax.span_at(j + 1))  # type: ignore[arg-type]
        j += 1
    return syntax.low(j) in _AGENT_VERBS


_MEMBER_HEADS = frozenset(["areas", "territories", "regions", "lands", "provinces", "districts",
                           "towns", "cities", "villages", "zones", "parts", "islands"])
# what opens the members of a disputed extent, after its parties: "areas disputed between
# the two governments around A, B and C", "..., which take in A and parts of B"
# Units finer than the place after them: "disputed villages in X" does not make X disputed
# (unlike "disputed areas in Kirkuk", an extent the province may be)
_FINER_UNITS = frozenset(["villages", "towns", "cities", "districts", "settlements",
                          "sub-districts", "subdistricts", "hamlets", "islands", "islets"])
_LISTING_VERBS = frozenset(["include", "includes", "included", "comprise", "comprises"])
# a verb of taking before "the disputed areas from X": X is who lost them
_TAKEN_BEFORE = re.compile(r"\b(?:took|take|takes|taken|taking|seized|seize|captured|capture|"
                           r"wrested|retook|retaken|recaptured)\b")
_MEMBER_LEADS = frozenset(["around", "in", "including", "like", "across", "along",
                           "notably", "especially", "mainly", "mostly", "chiefly",
                           "particularly", "from"])
_MEMBER_VERBS = frozenset(["include", "includes", "included", "cover", "covers", "covered",
                           "comprise", "comprises", "span", "spans", "encompass",
                           "encompasses", "take", "takes", "stretch", "stretches",
                           "extend", "extends", "run", "runs", "are", "lie"])
_MEMBER_FILLERS = frozenset(["the", "of", "in", "across", "over", "parts", "part", "much",
                             "most", "some", "large", "such", "as", "from", "areas",
                             "provinces", "province", "districts", "cities", "towns",
                             *DIRECTION_WORDS])
_MEMBER_HEAD_NEAR = re.compile(r"\w+\s+(?:" + "|".join(sorted(_MEMBER_HEADS)) + r")\b")
_HEAD_ENDINGS = tuple(sorted(_MEMBER_HEADS))
_PARTY_REACH = 14  # tokens of "between the federal government in Baghdad and the KRG"


def members_findings(view: SentenceView, marks: list[int]) -> list[Finding]:
    """disputed_members: the places a plural disputed extent is said to take in, past the
    parties between which it is disputed: "in areas disputed between the two governments
    around A, B and western C", "The disputed areas between X and Y, which take in A
    province and parts of B", "the contested territories, which include A and B"."""
    if not any(_MEMBER_HEAD_NEAR.match(view.lower, mark) for mark in marks) \
            and not any(view.lower.endswith(_HEAD_ENDINGS, 0, max(0, mark - 1))
                        or view.lower.endswith(_HEAD_ENDINGS, 0, max(0, mark - 4))
                        for mark in marks):
        return []  # no "disputed areas" / "areas disputed": no token view needed
    syntax, found = view.syntax, []
    low = syntax.low
    for mark in marks:
        k = syntax.index(mark)
        if low(k + 1) in _MEMBER_HEADS:
            j = k + 2  # "disputed areas ..."
        elif low(k - 1) in _MEMBER_HEADS or (low(k - 1) == "in" and low(k - 2) in _MEMBER_HEADS):
            j = k + 1  # "areas disputed ...", "the territories in dispute ..."
        else:
            continue
        if low(j) in ("also", "still", "now") and low(j + 1) in _MEMBER_VERBS:
            j += 1  # "the disputed areas also take in A (B) and C"
        if low(j) in ("along", "on", "near") and low(j + 1) == "the" \
                and low(j + 2) in ("border", "frontier", "boundary"):
            j += 3  # "the disputed areas along the border between A and B include ..."
        if low(j) in ('"', "”", "’", "'"):
            j += 1  # 'the so-called "disputed territories" lie between ...'
        if low(j) in ("lie", "lies", "lay", "sit", "sits") and low(j + 1) == "between":
            j += 1  # "the disputed territories lie between A and B, and take in C"
        if low(j) in ("between", "by"):
            past = _past_parties(syntax, j)
            if past is None:
                continue
            j = past
        if low(j) == ",":
            j += 1
        if low(j) == "and" and low(j + 1) in _MEMBER_VERBS:
            j += 1  # "lie between the Kurdistan Region and the rest of Iraq, and take in"
        if low(j) in ("which", "that") and low(j + 1) in _MEMBER_VERBS:
            j += 2
            # "which extend across several provinces, A, B and C among them"
            j = _example_lead(syntax, j) or j
        elif low(j) == "in" and low(j - 1) in _FINER_UNITS:
            continue  # "disputed villages in X district": X contains them
        elif low(j) == "from" and _TAKEN_BEFORE.search(view.lower, max(0, mark - 40), mark):
            continue  # "took control of the disputed regions from the Kurdistan Region"
        elif low(j) in _MEMBER_LEADS:
            j += 1
        elif low(j) in _MEMBER_VERBS and low(j + 1) == "in":
            j += 2  # "The territories in dispute between the two governments take in A"
        elif low(j) in _LISTING_VERBS:
            j += 1  # "... between Sudan and South Sudan include A, B and C"
        elif low(j) in _MEMBER_VERBS and (lead := _example_lead(syntax, j + 1)) is not None:
            j = lead  # "The disputed areas extend over several provinces, among them A, B"
        else:
            continue
        first = _first_member(syntax, j)
        if first is not None and _PART_OF_COUNTRY_AFTER.match(view.lower, first.end):
            continue  # "the disputed territories in Iraq's north": where they lie
        if first is not None:
            found += [Finding(sp.pid, Status.DISPUTED, view.text[mark:syntax.ends[j - 1]],
                              view.s, 0.75, "disputed_members")
                      for sp in syntax.place_list(first.start)]
    return found


# "the disputed territories have since seen car bombings ... in A, B and C provinces": the
# disputed extent is the clause's subject, the provinces where it saw them are its members
_SUBJECT_VERBS = frozenset(["have", "has", "had", "are", "were", "saw", "see", "sees",
                            "remain", "remained", "continue", "continued", "witnessed",
                            "suffered", "experienced", "lie", "lay"])
_PLURAL_KIND_NOUNS = frozenset(["provinces", "governorates", "districts", "regions"])


def subject_extent_findings(view: SentenceView, marks: list[int],
                            referred: frozenset[str] = frozenset()) -> list[Finding]:
    """subject_extent: when "the disputed areas" (or "those areas", an extent the article
    called disputed before: ``referred``) is a clause's subject, the places it is then
    said to cover are those areas: a list of two or more with a plural kind noun ("in
    Nineveh, Saladin and Kirkuk provinces") or a stretch "from A ... to B"."""
    syntax, found = view.syntax, []
    low = syntax.low
    subjects = [syntax.index(mark) for mark in marks if low(syntax.index(mark) - 1) == "the"]
    if referred:
        subjects += [k for k, w in enumerate(syntax.lows)
                     if w in ("those", "these") and low(k + 1) in referred]
    for k in subjects:
        if low(k + 1) not in ("areas", "territories", "regions") \
                or low(k + 2) not in _SUBJECT_VERBS:
            continue
        items = _extent_members(syntax, k + 3)
        found += [Finding(sp.pid, Status.DISPUTED, view.text[syntax.starts[k]:syntax.ends[k + 1]],
                          view.s, 0.7, "subject_extent") for sp in items]
    return found


# "the disputed territories where ISIS moves, which he named as "Kirkuk, Makhmour and
# Diyala"": the extent's members named by the speaker
_NAMED_AS = re.compile(r"[^.;]{0,80}?\b(?:which|that|whom)\s+(?:\w+\s+){0,3}?(?:named|listed|"
                       r"identified|gave)\s+as\s+[\"“‘']?")


def named_as_findings(view: SentenceView, marks: list[int]) -> list[Finding]:
    """named_as: a plural disputed extent, then the names someone gives it."""
    found = []
    for mark in marks:
        noun = _NEXT_WORD.match(view.lower, mark + len("disputed"))
        if noun is None or noun[1] not in ("areas", "territories", "regions", "lands"):
            continue
        m = _NAMED_AS.match(view.lower, noun.end())
        if m is not None and view.place_starting_at(m.end()):
            cue = view.text[mark:m.end()].strip(" \"“‘'")
            found += [Finding(item[2], Status.DISPUTED, cue, view.s, 0.75, "named_as")
                      for item in view.list_from(m.end())]
    return found


def _extent_members(syntax: SentenceSyntax, j: int) -> list[PlaceSpan]:
    """The places an extent covers, read from token ``j`` to the clause's end: "in A, B
    and C provinces", or "stretching from A (in D province) to B"."""
    low = syntax.low
    for i in range(j, len(syntax.lows)):
        if syntax.lows[i] in (";", ":", "."):
            return []
        first = syntax.span_at(i + 1) if syntax.lows[i] in ("in", "from") else None
        if first is None:
            continue
        items = syntax.place_list(first.start)
        if syntax.lows[i] == "in":
            if len(items) >= 2 and low(syntax.after(items[-1])) in _PLURAL_KIND_NOUNS:
                return items
            continue
        # "from Khanaqin in central Diyala province to Kirkuk": past the container
        after = syntax.after(items[-1])
        for t in range(after, min(len(syntax.lows), after + 8)):
            if syntax.lows[t] in (";", ":", ".", ","):
                break
            if syntax.lows[t] == "to" and (end := syntax.span_at(t + 1)) is not None:
                return [items[0], end]
        return []
    return []


# "it is one of the areas disputed between Baghdad and Erbil", "It lies in disputed
# territory": the pronoun stands for the place the sentence (or the one before) is about
_PRONOUN_DISPUTED = re.compile(
    r"(?:^|[:;—–]\s*|,\s*(?:and\s+|but\s+)?|\b(?:and|but)\s+)it\s+"
    r"(?:is|was|remains|remained|has\s+(?:long\s+)?been|lies|lay|sits|falls)\s+"
    r"(?:(?:also|still|now|long)\s+)?"
    r"(?:(?:one\s+of|among|part\s+of|in|on|within|inside)\s+)?(?:the\s+|an?\s+)?"
    r"(?:(?:stretch|strip|belt|piece)\s+of\s+)?(?:[\w-]+\s+)?"
    rf"(?:{_DISPUTED}\s+{_AREA_NOUN}\b|{_AREA_NOUN}\s+(?:(?:long|still|hotly)\s+)?"
    rf"(?:{_DISPUTED}|claimed)\s+(?:by|between)\b)")


def pronoun_findings(view: SentenceView, subject: str | None) -> list[Finding]:
    """disputed_pronoun: "Kirkuk stands apart: it is one of the areas disputed between
    Baghdad and Erbil"; "it" is the place that opens this sentence, else the one that
    opened the sentence before (``subject``)."""
    if "it " not in view.lower:
        return []  # most sentences: no "it", no regex run
    m = _PRONOUN_DISPUTED.search(view.lower)
    if m is None:
        return []
    opening = view.spans[0] if view.spans and view.spans[0][0] <= 4 \
        and view.spans[0][1] <= m.start() else None
    pid = opening[2] if opening is not None else subject
    if pid is None:
        return []
    return [Finding(pid, Status.DISPUTED, words(view.text, m).strip(" ,:;—–"), view.s, 0.7,
                    "disputed_pronoun")]


def _example_lead(syntax: SentenceSyntax, j: int) -> int | None:
    """The token after "among them" / "including" / "such as" a few words after ``j``."""
    for i in range(j, min(j + 8, len(syntax.lows))):
        low = syntax.lows[i]
        if low in (".", ";"):
            return None
        if low == "among" and syntax.low(i + 1) == "them":
            return i + 2
        if (first := syntax.span_at(i)) is not None:
            # "several provinces, Kirkuk, Salahaddin and Diyala among them": the list
            # comes first
            end = syntax.index(syntax.place_list(first.start)[-1].end)
            end += syntax.low(end) in _PLURAL_KIND_NOUNS or syntax.low(end) in (
                "province", "governorate", "district")
            if syntax.low(end) == "among" and syntax.low(end + 1) == "them":
                return i
        if low == "including" or (low == "such" and syntax.low(i + 1) == "as"):
            return i + 1 + (low == "such")
    return None


def _past_parties(syntax: SentenceSyntax, j: int) -> int | None:
    """The token after "between A and B" / "by both sides" (its second party ends at a
    comma or a member lead once an "and" was read), or None when none is found."""
    coordinated = False
    for i in range(j + 1, min(j + _PARTY_REACH, len(syntax.lows))):
        t = syntax.lows[i]
        if t in (".", ";", ":", "—", "–", "(", ")"):
            return None
        if t in ("and", "both", "two", "sides"):
            coordinated = True
        elif coordinated and (t == "," or (t in _MEMBER_LEADS and t != "in"
                                           and syntax.span_at(i - 1) is None)):
            return i
        elif coordinated and (t in _LISTING_VERBS
                              or (t in _MEMBER_VERBS and syntax.span_at(i - 1) is None)):
            return i  # "between the two governments take in A"
        elif coordinated and t == "in" and syntax.span_at(i + 1) is not None \
                and _is_lower_word(syntax, i - 1):
            return i  # "between the two governments in Kirkuk": not "the KRG in Erbil"
    return None


def _is_lower_word(syntax: SentenceSyntax, i: int) -> bool:
    return syntax.text[syntax.starts[i]].islower()


def _first_member(syntax: SentenceSyntax, j: int) -> PlaceSpan | None:
    """The place a few filler words after token ``j`` ("the", "parts of", "western")."""
    for i in range(j, min(j + 5, len(syntax.lows))):
        span = syntax.span_at(i)
        if span is not None:
            return span
        if syntax.lows[i] not in _MEMBER_FILLERS:
            return None
    return None


_DISPUTE_NOUNS = frozenset(["dispute", "disputes", "claim", "claims", "sovereignty", "row",
                            "conflict", "quarrel", "standoff", "feud", "tussle", "wrangle",
                            "ownership", "control"])
_GROUP_HEADS = _MEMBER_HEADS | {"islets", "reefs", "shoals", "atolls", "enclaves"}


def named_group_findings(view: SentenceView) -> list[Finding]:
    """disputed_named_group: a dispute about a group of places the sentence then names:
    "the dispute over the three islands, A, B and C", "sovereignty over the islands of A
    and B", "rival claims to the border villages of A and B"."""
    if " over the " not in view.lower and " to the " not in view.lower:
        return []  # no "over the"/"to the": no token view needed
    syntax, found = view.syntax, []
    low = syntax.low
    for k, t in enumerate(syntax.lows):
        if t not in ("over", "to") or low(k + 1) != "the" or not any(
                low(i) in _DISPUTE_NOUNS for i in range(max(0, k - 3), k)):
            continue
        head = _group_head(syntax, k + 2)
        if head is None:
            continue
        named = [sp for i in range(k + 2, head) if (sp := syntax.span_at(i)) is not None]
        if len(named) >= 2:
            # "claim to the south Solapur and Akkalkote areas of Maharashtra": the places
            # that name the areas are claimed; the one after "of" holds them
            found += [Finding(sp.pid, Status.DISPUTED,
                              view.text[syntax.starts[k - 1]:syntax.ends[head]], view.s, 0.75,
                              "disputed_named_group") for sp in named]
            continue
        if low(head + 1) not in ("of", ","):
            continue
        first = syntax.span_at(head + 2)
        if first is None and syntax.text[syntax.starts[head + 2]:][:1].isupper() \
                and low(head + 3) in ("and", ","):
            first = syntax.span_at(head + 4)  # "the areas of Limpiyadhura and Kalapani":
            # a first name the gazetteer lacks
        if first is not None:
            found += [Finding(sp.pid, Status.DISPUTED,
                              view.text[syntax.starts[k - 1]:syntax.ends[head]], view.s, 0.75,
                              "disputed_named_group")
                      for sp in syntax.place_list(first.start)]
    return found


def _group_head(syntax: SentenceSyntax, j: int) -> int | None:
    """The index of the plural head noun of "the [three] [Red Sea] [border] islands", a few
    modifiers after token ``j``, or None."""
    i = j
    while i < min(j + 5, len(syntax.lows)):
        if syntax.lows[i] in _GROUP_HEADS:
            return i
        span = syntax.span_at(i)
        if span is not None:
            i = syntax.after(span)  # "the Red Sea islands": a place naming the group
        elif syntax.lows[i].replace("-", "").isalnum():
            i += 1
        else:
            return None
    return None


# "Russia's annexation of the Ukrainian region of Crimea", "Moscow annexed Crimea", "the
# Russian-annexed peninsula of Crimea", "Crimea, which Russia annexed in 2014"
# "the Ukrainian region of", "the four regions of": the kind of area the place names
# ("the four islands - A, B, C and D -": the group noun, then the list after a dash)
_AREA_KIND_OF = (r"(?:(?:[a-z-]+\s+){0,2}?(?:region|peninsula|province|territory|territories|"
                 r"regions|provinces|islands?|city|town|areas?)(?:\s+of\s+|\s*[—–-]\s*))?$")
_ANNEXED_BEFORE = re.compile(
    r"\b(?:annexation\s+of|annex(?:ed|es|ing)?|[a-z]+-annexed|the\s+annexed|"
    # "the Soviet Union illegally seized the four islands"
    r"(?:illegally|unlawfully)\s+(?:seized|seizing|occupied|occupying|grabbed))\s+"
    r"(?:the\s+)?"
    r"(?:(?:parts?|most|much)\s+of\s+(?:the\s+)?)?" + _AREA_KIND_OF)
# a state's adjective ("Russian-", "Israeli-", "Turkish-", "Chinese-") before "occupied"
_OCCUPIED_BEFORE = re.compile(r"\b[a-z]+(?:ian|ish|i|ese|an)-occupied\s+(?:the\s+)?"
                              + _AREA_KIND_OF)
_ANNEXED_AFTER = re.compile(r"\s*,\s*which\s+[^,.;]{1,40}?\s+(?:illegally\s+)?annexed\b")


def annexation_findings(view: SentenceView) -> list[Finding]:
    """annexed: a territory one state annexed is disputed ("Russia's annexation of
    Crimea", "Moscow annexed the four regions of A, B, C and D", "A, which Russia
    annexed"); occupied: one a state occupies ("the Russian-occupied territories of A and
    B", "the Israeli-occupied Golan Heights")."""
    found = []
    for start, end, pid in view.spans:
        before = _ANNEXED_BEFORE.search(view.lower, max(0, start - WINDOW), start)
        rule = "annexed"
        if before is None:
            before, rule = _OCCUPIED_BEFORE.search(view.lower, max(0, start - WINDOW),
                                                   start), "occupied"
        if before is not None and (_AREA_PHRASE_END.match(view.lower, end)
                                   or _FOLLOWING_KIND_WORD.match(view.lower, end)):
            found += [Finding(item[2], Status.DISPUTED, words(view.text, before), view.s, 0.7,
                              rule) for item in view.list_from(start)]
        elif (after := _ANNEXED_AFTER.match(view.lower, end)) is not None:
            found.append(Finding(pid, Status.DISPUTED, words(view.text, after), view.s, 0.7,
                                 "annexed"))
    return found


# the tokens by which a sentence speaks of a territorial dispute, for a place a public
# list records as disputed (known_territory_findings)
_DISPUTE_TOKENS = frozenset(["disputed", "contested", "dispute", "disputes", "claim", "claims",
                             "claimed", "counterclaims", "sovereignty", "sovereign",
                             "territorial", "quarrel", "quarrels", "feud", "wrangle",
                             "occupation", "occupied", "occupying",
                             # "Nepal will reclaim Kalapani", "vowed to win back the
                             # Kalapani, Limpiyadhura and Lipulekh territories"
                             "reclaim", "reclaims", "reclaimed", "reclaiming", "back"])
# what a claim may be of that is no territory: "claimed responsibility", "claimed the
# lives of", "claims that ...", "claimed to have"
_CLAIMED_NOT_LAND = frozenset(["responsibility", "credit", "lives", "life", "victory", "that",
                               "victims", "asylum", "compensation", "benefits", "damages"])
_CLAIM_FAMILY = frozenset(["claim", "claims", "claimed", "counterclaims"])
_STATEMENT_AFTER_TO = frozenset(["be", "have", "know", "represent", "speak", "act"])
# "a labour dispute", "a pay dispute": a quarrel about no land
_DISPUTE_KINDS_NOT_LAND = frozenset(["labour", "labor", "pay", "wage", "trade", "contract",
                                     "family", "custody", "salary", "budget", "copyright",
                                     "patent", "tax", "commercial"])
_SKIPPED_BEFORE_HEAD = frozenset(["the", "a", "an", "its", "their", "his", "her", "of", "over",
                                  "independence", "parliamentary", "presidential", "local"])


def _dispute_cue(syntax: SentenceSyntax) -> int | None:
    """The index of the first token by which the sentence speaks of a territorial dispute
    ("disputed", "claims", "sovereignty"...), if any: not "a disputed election", "claimed
    responsibility", "claims that", "a pay dispute"."""
    low = syntax.low
    for k, word in enumerate(syntax.lows):
        if word not in _DISPUTE_TOKENS:
            continue
        j = k + 1
        while low(j) in _SKIPPED_BEFORE_HEAD:
            j += 1
        head = low(j)
        if head in _NOT_TERRITORY or low(k - 1) in _DISPUTE_KINDS_NOT_LAND:
            continue  # "a disputed (independence) vote", "a labour dispute"
        if word in _CLAIM_FAMILY and (head in _CLAIMED_NOT_LAND or _claims_no_land(syntax, k)):
            continue
        if word == "back" and low(k - 1) not in _WIN_BACK:
            continue  # (not "back" alone: "flew back to Kirkuk")
        if word in _QUARREL_FAMILY and not _between_places(syntax, k):
            continue  # "a quarrel between two families in X": no dispute of states
        if word in _OCCUPATION_FAMILY and (not _ARMED_GROUPS.isdisjoint(syntax.lows) or not any(
                syntax.span_at(j) is not None for j in range(k + 1, k + 8))):
            continue  # (nor "hotel rooms in X were fully occupied": no place held)
        return k
    return None


_WIN_BACK = frozenset(["win", "wins", "won", "winning"])
_QUARREL_FAMILY = frozenset(["quarrel", "quarrels", "feud", "wrangle"])
# "Iran's occupation of the Emirati islands": a state's hold another one contests (not
# "after ISIS occupied Sinjar": an armed group's)
_OCCUPATION_FAMILY = frozenset(["occupation", "occupied", "occupying"])
_ARMED_GROUPS = frozenset(["isis", "isil", "daesh", "militants", "jihadists", "insurgents",
                           "rebels", "terrorists", "terrorist", "extremists"])


def _between_places(syntax: SentenceSyntax, k: int) -> bool:
    """"a quarrel between Japan and China", "the feud over X", "the quarrel between the
    centre and the region over the mixed areas, particularly Kirkuk": places right after
    its "between"/"over"/"with", or after an "over" further on."""
    n = len(syntax.lows)
    if syntax.low(k + 1) in ("between", "over", "with") and any(
            syntax.span_at(j) is not None for j in range(k + 2, min(k + 5, n))):
        return True
    over = next((j for j in range(k + 1, min(k + 12, n)) if syntax.lows[j] == "over"), None)
    return over is not None and any(syntax.span_at(j) is not None
                                    for j in range(over + 1, min(over + 11, n)))


def _claims_no_land(syntax: SentenceSyntax, k: int) -> bool:
    """Is the claim at token ``k`` a statement ("claimed to have", "he claimed Kirkuk was
    safe") or a claim to no place ("lay claim to every day")?"""
    low = syntax.low
    if low(k + 1) == "to":
        j = k + 2 + (low(k + 2) in ("the", "a", "an"))
        return low(k + 2) in _STATEMENT_AFTER_TO or syntax.span_at(j) is None
    # "the JCCC claims Ukrainian forces shell Donetsk": the subject of a reported clause
    j = k + 1 + (low(k + 1) in ("the", "that"))
    if low(j) in _ACTOR_NOUNS or low(j + 1) in _ACTOR_NOUNS:  # ("Ukrainian forces")
        return True
    # "claimed Kirkuk province was safe": a finite verb soon after, before any comma
    for j in range(k + 1, min(k + 7, len(syntax.lows))):
        if low(j) in (",", ";", ":", "."):
            return False
        if low(j) in _STATEMENT_VERBS:
            return True
    return False


# who does things in a reported clause ("claims Ukrainian forces shelled ...")
_ACTOR_NOUNS = frozenset(["forces", "troops", "soldiers", "army", "militants", "rebels",
                          "fighters", "police", "officials", "authorities", "government",
                          "side", "units", "separatists", "gunmen", "drones", "artillery"])
_STATEMENT_VERBS = frozenset(["is", "was", "are", "were", "had", "has", "would", "will",
                              "could"])


# what a place is only the reference point, a party or a name's first word of, in a
# sentence about a dispute: "the disputed village of L, northwest of Kirkuk", "disputed
# land between Dibis and Khanaqin", "the Assam-Arunachal Pradesh border dispute", "the
# Kirkuk coordination centre is in dispute", "Kirkuk Governor Rakan al-Jubouri"
_REFERENCE_POINT_BEFORE = re.compile(
    r"\b(?:(?:north|south|east|west)(?:ern|-?east|-?west)?\s+of|near|outside|close\s+to)"
    r"\s+(?:the\s+)?$")
# "all districts of Kirkuk province": the container of the places the text gives
_CONTAINER_OF_BEFORE = re.compile(r"\b(?:districts|sub-?districts|areas|parts|villages|towns|"
                                  r"outskirts|provinces)\s+of\s+(?:the\s+)?$")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:[\w'’-]+\s+){0,6}?(?:and\s+(?:[\w'’-]+\s+){0,4})?$")
_THING_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:" + _THING_NOUN.pattern + r")\b")
_NAME_WORD_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b")
# "Makhmour belongs to Erbil": the text gives its owner
_OWNED_AFTER = re.compile(_BELONGS_TO + r"\b")


def _only_mentioned(view: SentenceView, start: int, end: int) -> bool:
    """Is the place only a reference point, a party or part of another name here?"""
    lower = view.lower
    if lower[start - 1:start] in ("-", "–") or lower[end:end + 1] in ("-", "–"):
        return True  # "the Assam-Arunachal Pradesh border dispute": the two parties
    if _REFERENCE_POINT_BEFORE.search(lower, max(0, start - 24), start) \
            or _BETWEEN_BEFORE.search(lower, max(0, start - 80), start) \
            or _CONTAINER_OF_BEFORE.search(lower, max(0, start - 24), start):
        return True
    if _modifies_noun(lower, end) or _THING_AFTER.match(lower, end) \
            or _OWNED_AFTER.match(lower, end):
        return True
    name = _NAME_WORD_AFTER.match(view.text, end)  # "Kirkuk Governor", "Ladakh Herders"
    return name is not None and re.fullmatch(KIND_WORD, name[1].lower()) is None


def known_territory_findings(view: SentenceView, known: frozenset[str]) -> list[Finding]:
    """known_territory: a place a public list records as disputed (geo.known_disputes), in a
    sentence that speaks of a territorial dispute: "Oli vowed to win back Kalapani and
    Limpiyadhura, which he called disputed"; "security in the disputed areas of Khanaqin".
    Not a place that names a thing ("the Kirkuk centre is in dispute"), a reference point
    ("northwest of Kirkuk") or a party ("between Dibis and Khanaqin"), and not in a
    sentence whose dispute is about no land."""
    # (the list holds no sovereign state claimed as a whole: a "country" on it is a
    # territory such as Gibraltar or Western Sahara)
    spans = [sp for sp in view.spans if sp[2] in known]
    if not spans:
        return []
    syntax = view.syntax
    k = _dispute_cue(syntax)
    if k is None:
        return []
    cue = view.text[syntax.starts[k]:syntax.starts[k] + len(syntax.lows[k])]
    return [Finding(pid, Status.DISPUTED, cue, view.s, 0.6, "known_territory")
            for start, end, pid in spans if not _only_mentioned(view, start, end)]


# "which Japanese call the Senkaku and Chinese call the Diaoyu", "one of the four islands
# that Russia calls the Southern Kurils and Japan the Northern Territories"
_FIRST_NAMING_BEFORE = re.compile(r"\b(?:which|that)\s+(?:the\s+)?[\w'’-]+\s+(?:calls?|names?)\s+"
                                  r"(?:it\s+|them\s+)?(?:the\s+)?$")
_SECOND_NAMING_BETWEEN = re.compile(r"\s*,?\s+(?:and|while|whereas)\s+(?:the\s+)?[\w'’-]+\s+"
                                    r"(?:(?:calls?|names?)\s+(?:it\s+|them\s+)?)?(?:the\s+)?")


def dual_naming_findings(view: SentenceView) -> list[Finding]:
    """dual_naming: a territory two parties call by two names is disputed ("the islands,
    which Japanese call the Senkaku and Chinese call the Diaoyu"): both names."""
    if " call" not in view.lower and " name" not in view.lower:
        return []
    found = []
    for i, (start, end, pid) in enumerate(view.spans):
        first = _FIRST_NAMING_BEFORE.search(view.lower, max(0, start - 40), start)
        if first is None:
            continue
        # the next place, or the one after the second party ("... and Japan the X")
        for nxt in view.spans[i + 1:i + 3]:
            if _SECOND_NAMING_BETWEEN.fullmatch(view.lower, end, nxt[0]):
                cue = view.text[first.start():nxt[1]]
                found += [Finding(pid, Status.DISPUTED, cue, view.s, 0.7, "dual_naming"),
                          Finding(nxt[2], Status.DISPUTED, cue, view.s, 0.7, "dual_naming")]
                break
    return found


# "Kirkuk, along with parts of Diyala and Saladin provinces, has been among the
# territories disputed", "Along with parts of Nineveh and of Diyala, the Kirkuk governorate
# is disputed": the places said along with a disputed one share what is said of it
_ALONG_WITH_AFTER = re.compile(r"\s*(?:province|governorate|district)?\s*,\s*(?:along|together)"
                               r"\s+with\s+(?:(?:parts?|much|most)\s+of\s+)?(?:the\s+)?")
_ALONG_WITH_OPENING = re.compile(r"\W*(?:along|together)\s+with\s+(?:(?:parts?|much|most)\s+of"
                                 r"\s+)?(?:the\s+)?")


# "Kirkuk is a disputed territory - and the same goes for parts of Diyala, Nineveh and
# Saladin", "..., as is Sinjar": what the sentence said of one place, said of others
_SAME_GOES_FOR = re.compile(r"\b(?:the\s+same\s+(?:goes|went|applies|applied|is\s+true|"
                            r"was\s+true|holds)\s+(?:for|to)|as\s+(?:is|are|was|were)|"
                            r"so\s+(?:is|are|was|were))\s+(?:(?:parts?|much|most|some)\s+of\s+)?"
                            r"(?:the\s+)?$")


def same_goes_for_findings(view: SentenceView, found: list[Finding]) -> list[Finding]:
    """same_goes_for: the places "the same goes for" (or "as is", "so is") adds after a
    place the sentence calls disputed (``found``: the sentence's findings so far)."""
    disputed = {f.place_id: f for f in found if f.status == Status.DISPUTED}
    named = [start for start, _, pid in view.spans if pid in disputed]
    if not named:
        return []
    first = named[0]
    more: list[Finding] = []
    for start, _, _ in view.spans:
        if start > first and (m := _SAME_GOES_FOR.search(view.lower, max(first, start - 40),
                                                         start)) is not None:
            more += [Finding(item[2], Status.DISPUTED, words(view.text, m), view.s, 0.65,
                             "same_goes_for") for item in view.list_from(start)]
            break
    return [f for f in more if f.place_id not in disputed]


# Land one side hands to another: "Sokhumi gave Aibga to Moscow", "the 32 villages that
# Nigeria handed to Cameroon", "Darak, which Nigeria ceded to Cameroon": a territory
# settled between two sides, which both held or claimed
_CESSION_VERB = r"(?:handed|hands|hand|ceded|cedes|cede|transferred|transfers|gave|gives|give)"
# the words that may stand between the giver and its verb
_CESSION_AUX = r"has|have|had|formally|officially|finally|agreed\s+to|would|will"
_CEDED_BY_BEFORE = re.compile(rf"\s+(?:(?:{_CESSION_AUX}|to)\s+)*{_CESSION_VERB}\s+"
                              r"(?:over\s+|back\s+|up\s+)?"
                              r"(?:the\s+)?(?:(?:town|village|island|islands|district|region|"
                              r"area|villages|towns|districts)\s+of\s+)?$")
_CEDED_TO_AFTER = re.compile(r"\s+(?:over\s+|back\s+)?to\s+(?:the\s+)?")
# "... that Nigeria handed to Cameroon": the giver, then its verb and the receiver
_GIVES_TO_AFTER = re.compile(rf"\s+(?:(?:{_CESSION_AUX}|later)\s+)*{_CESSION_VERB}"
                             r"\s+(?:over\s+|back\s+)?to\s+(?:the\s+)?")
# "Darak is one of 32 villages that", "Darak, which", "the villages of A and B that"
_WHICH_CEDED_BEFORE = re.compile(
    r"(?:\s+(?:is|was|are|were)\s+(?:one|two|some|among|part)\s+of\s+(?:the\s+)?"
    r"(?:\d+\s+|[a-z]+\s+)?(?:[a-z-]+\s+)?(?:villages|towns|islands|areas|territories|"
    r"districts|localities)|\s*,)?\s+(?:that|which)\s+$")


def cession_findings(view: SentenceView) -> list[Finding]:
    """ceded: a place one named side hands (over) to another named side."""
    lower, found = view.lower, []
    for start, end, _ in view.spans:
        # "Sokhumi gave Aibga to Moscow": giver, verb, the land, "to", receiver
        verb = _CEDED_BY_BEFORE.search(lower, max(0, start - 60), start)
        if verb is not None and view.place_ending_at(verb.start()) is not None:
            items = view.list_from(start)
            to = _CEDED_TO_AFTER.match(lower, items[-1][1])
            if to is not None and view.place_starting_at(to.end()) is not None:
                found += [Finding(item[2], Status.DISPUTED, words(view.text, verb), view.s,
                                  0.65, "ceded") for item in items]
                continue
        # "Darak is one of 32 villages that Nigeria handed to Cameroon"
        gives = _GIVES_TO_AFTER.match(lower, end)
        if gives is None or view.place_starting_at(gives.end()) is None:
            continue
        which = _WHICH_CEDED_BEFORE.search(lower, max(0, start - 90), start)
        land = view.place_ending_at(which.start()) if which is not None else None
        if land is not None:
            found += [Finding(item[2], Status.DISPUTED, words(view.text, gives), view.s,
                              0.65, "ceded") for item in view.list_before(land[1])]
    return found


# "the disputed rural areas of Nineveh ... Bashiqa is one of those towns": the towns of an
# extent the article called disputed
TOWNS_OF_AN_EXTENT = frozenset(["towns", "villages", "cities", "places", "districts",
                                "communities"])
EXTENT_PLURALS = frozenset(["areas", "territories", "regions", "lands"])
_ONE_OF_THOSE_AFTER = re.compile(r"\s+(?:is|was|remains|are|were)\s+(?:one|two|some|among)\s+"
                                 r"(?:of\s+)?(?:those|these)\s+(?P<noun>[a-z]+)\b")


def names_the_extent(noun: str, nouns: frozenset[str] | set[str]) -> bool:
    """Does a demonstrative "those <noun>" point back to an extent called disputed: the
    same noun, or the towns of disputed areas?"""
    return noun in nouns or (noun in TOWNS_OF_AN_EXTENT and not EXTENT_PLURALS.isdisjoint(nouns))


def one_of_those_findings(view: SentenceView, nouns: frozenset[str]) -> list[Finding]:
    """one_of_those: "Bashiqa is one of those towns", after the article called an extent
    ("the disputed rural areas of Nineveh") disputed."""
    found: list[Finding] = []
    for _, end, _ in view.spans:
        m = _ONE_OF_THOSE_AFTER.match(view.lower, end)
        if m is not None and names_the_extent(m["noun"], nouns):
            found += [Finding(item[2], Status.DISPUTED, words(view.text, m), view.s, 0.65,
                              "one_of_those") for item in view.list_before(end)]
    return found


def along_with_findings(view: SentenceView, found: list[Finding]) -> list[Finding]:
    """along_with: the places an "along with" aside or opening joins to a place the
    sentence calls disputed (``found``: the sentence's findings so far)."""
    disputed = {f.place_id: f for f in found if f.status == Status.DISPUTED}
    if not disputed or "with" not in view.lower:
        return []
    more: list[Finding] = []
    for _, end, pid in view.spans:
        if pid not in disputed:
            continue
        aside = _ALONG_WITH_AFTER.match(view.lower, end)
        if aside and view.place_starting_at(aside.end()):
            more += [disputed[pid]._replace(place_id=item[2], rule="along_with", confidence=0.7)
                     for item in view.list_from(aside.end())]
    opening = _ALONG_WITH_OPENING.match(view.lower)
    if opening and (first := view.place_starting_at(opening.end())) is not None:
        comma = view.lower.find(",", first[1])
        listed = [item for item in view.list_from(first[0]) if comma < 0 or item[0] < comma]
        subject = next((sp for sp in view.spans if comma >= 0 and sp[0] > comma), None)
        if subject is not None and subject[2] in disputed and subject[0] - comma <= 8:
            more += [disputed[subject[2]]._replace(place_id=item[2], rule="along_with",
                                                   confidence=0.7) for item in listed]
    return [f for f in more if f.place_id not in disputed]
