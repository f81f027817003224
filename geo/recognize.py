"""Toponym recognition: text -> :class:`~geo.types.Mention` list, with exact offsets.

The default recognizer needs no model: it looks up capitalised token spans (longest
first) in the gazetteer's name index, then drops spans that the words around them show
to be something else (a person, a media outlet, a common word) and marks demonyms and
places inside organisation names as *associative* mentions.

The recognizer is pluggable: anything callable as ``recognizer(text) -> list[Mention]``
can be passed to :func:`geo.pipeline.run`.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import replace
from typing import Protocol

from geo.gazetteer import Gazetteer
from geo.lexicon import NEVER_PLACES, ORG_WORDS, PEOPLES, PERSON_TITLES, Lexicon
from geo.normalize import COMPASS_WORDS, LIST_SEPARATOR, WORD_RE, name_key
from geo.syntax import DIRECTION_WORDS
from geo.types import Candidate, Kind, Mention

__all__ = ["FEATURE_NOUNS_LOWER", "Recognizer", "RuleRecognizer", "recognize_mentions"]

# Lower-case words allowed inside a multi-word name: "Bay of Islands", "Sant Julià de Lòria",
# "Bosnia and Herzegovina" (a list such as "Baghdad and Erbil" is no name the gazetteer
# knows, so the match falls back to its first word).
_CONNECTORS = frozenset(
    ["of", "and", "de", "del", "la", "le", "al", "el", "du", "des", "da", "di", "upon", "on", "am",
     "an", "sur", "y", "the", "es",
     # Portuguese and German: Foz do Iguaçu, Rio das Ostras, Frankfurt an der Oder
     "do", "dos", "das", "der",
     # Arabic article transliterations: Deir ez-Zor, Ras en Naqoura, Jisr ash-Shughur
     "ad", "ag", "ar", "as", "ash", "at", "az", "ed", "en", "er", "esh", "et", "ez", "ul",
     # the Persian ezafe: Qasr-e Shirin, Mazar-i-Sharif, Dasht-e Kavir
     "e", "i"])
# an unknown name between commas and then a verb is a person in apposition, not a list item
_APPOSITIVE_PERSON_AFTER = re.compile(
    r",\s+(?:has|have|had|is|was|said|says|told|who|will|would|added|also)\b")

# "Yenga, the disputed border town in Kailahun district", "Kasak, a village west of Mosul":
# a name the gazetteer lacks, then its description as a place in apposition
_PLACE_APPOSITION_AFTER = re.compile(
    # (or its predicate: "Demchok is a disputed area where ...")
    r"(?:,\s+|\s+(?:is|was)\s+(?:now\s+|still\s+)?)(?:the|a|an)\s+"
    r"(?:(?!of\b|the\b|for\b|and\b)[a-z-]+\s+){0,3}?"
    r"(?:town|village|city|island|islet|rock|district|sub-district|settlement|hamlet|enclave|"
    r"area|region|border\s+crossing)"
    # the noun ends the description ("the village chief" is a person)
    r"(?=[,.;:)]|\s+(?:in|of|on|near|outside|along|between|close|some|about|just|where|"
    r"that|which|[a-z]+ern|(?:north|south|east|west)\w*|\d))")
# "Chanida, on the Zambian side, and Cassacatiza": a place on one side of a border
_SIDE_OF_A_BORDER_AFTER = re.compile(r",\s+on\s+the\s+(?:[A-Z][\w-]+|other|far)\s+side\b")
# "disputed Yenga", "the contested Zorbuk area": a name said to be disputed
_DISPUTED_BEFORE = frozenset(["disputed", "contested"])
_QUOTES = ("'", "‘", "’", '"', "“", "”")

# an office "of" the places a list then follows ("the Ministers of Interior of A and B,")
_TITLE_OF_BEFORE = re.compile(r"\b(?:[Mm]inisters?|[Pp]residents?|[Pp]rime [Mm]inisters?|"
                              r"[Ll]eaders?|[Gg]overnors?|[Aa]mbassadors?|[Ss]ecretar(?:y|ies)|"
                              r"[Cc]hiefs?|[Cc]ommanders?|[Ss]pokes(?:man|woman|person)|"
                              r"[Hh]eads?|[Mm]ayors?)\b[^.;]{0,40}?\bof\s+(?:the\s+)?"
                              r"(?:[A-Z][\w'’-]+(?:,\s+|\s+and\s+|\s+))*$")
# A capitalised kind word that belongs to the name before it ("Nyanza Province")
_KIND_TITLES = frozenset(["Province", "Governorate", "Region", "Oblast",
                          "Prefecture", "District", "Municipality"])
# ... and after a name the gazetteer lacks, a place slot whose title is part of the name
# ("Uror County", "Magwi County", "Kasak District")
_UNIT_TITLES = _KIND_TITLES | {"County", "Sub-district", "Subdistrict", "Division"}


def _own_name(c: Candidate, key: str) -> bool:
    """The place's own name, or the end of an area's ("Crimea": the Autonomous Republic of
    Crimea), or a town's name before the river or region that tells it from its namesakes
    ("Frankfurt": Frankfurt am Main), not one of its alternates."""
    own = name_key(c.name).removeprefix("the ")  # "the Hague": The Hague
    if own == key or (c.kind in (Kind.ADMIN1, Kind.REGION) and own.endswith(" " + key)):
        return True
    rest = own[len(key) + 1:] if own.startswith(key + " ") else ""
    return rest.startswith("(") or rest.split(" ", 1)[0] in _RIVER_QUALIFIERS


# the words that tell a town from its namesakes by its river or region: "Frankfurt am
# Main", "Freiburg im Breisgau", "Frankfurt (Oder)" (in brackets), "Stratford upon Avon"
_RIVER_QUALIFIERS = frozenset(["am", "an", "im", "in", "on", "upon", "sur", "sul", "ob", "bei"])


_BUILDING_WORDS = frozenset(["House", "Palace", "Hall", "Tower", "Castle"])

# Lower-case words after a place name that make it a namesake, not a location:
# "Reston ebolavirus", "Marburg virus", "Lassa fever".
_NAMED_AFTER = frozenset(["virus", "ebolavirus", "fever", "flu", "influenza", "strain",
                          "disease", "syndrome", "encephalitis", "variant",
                          # "the Minsk agreements", "the Schengen agreement": named after
                          # the place they were signed in, not about it
                          "agreement", "agreements", "accord", "accords", "treaty",
                          "protocol", "format"])
_ORG_LOOKAHEAD = 3  # capitalised words after a name in which an organisation word may come
_CONTRACTION_RE = re.compile(r"['’](?:ve|ll|re|d|m|t|s)$", re.I)
_ELIDED_ARTICLE_RE = re.compile(r"^[dl]['’][A-Z]")  # Côte d'Ivoire
_ABBREVIATIONS = frozenset(["st", "ft", "mt", "pt"])
# the second word of a military rank written short ("Brig. Gen.", "Lt. Col.", "Rear Adm.")
_RANK_ABBREVIATIONS = frozenset(["Gen", "Col", "Adm", "Cmdr", "Cdr"])
_ADMIN1_AFTER = frozenset(["province", "governorate", "state", "region", "prefecture", "oblast"])
_ADMIN2_AFTER = frozenset(["district", "county", "parish", "municipality", "subdistrict"])
_CITY_BEFORE = frozenset(["city", "town", "village"])
_STREET_WORDS = frozenset(["Street", "St", "Road", "Rd", "Avenue", "Ave", "Boulevard", "Lane",
                           "Square", "Station", "Terminal"])
_SPEECH_VERBS = frozenset(["said", "says", "told", "wrote", "added"])
# matched at a line's start with pattern.match(text, start, end) (so no "^": it would only match
# at the very start of the text)
_BYLINE_RE = re.compile(r"\s*(?:editing|reporting|writing|additional reporting|compiled|"
                        r"written|edited|photos?)\b[^\n]*\bby\b", re.I)
# a line that is only "By" and names: "By Layla Ahmad", "By Sam Jones and Ali Omar, Reuters"
_BY_NAMES_LINE = re.compile(r"\s*By\s+[A-Z][\w'’.-]*(?:(?:\s+|\s*,\s*|\s+(?:and|&)\s+)"
                            r"[A-Z][\w'’.-]*){0,6}\s*")
_BYLINE_LINE = 300  # characters: longer lines are article text, not a byline
_SENTENCE_END = set(".!?:;\"“”‘’'(—–-\n")
_MAJOR_POPULATION = 100_000
# "Border Post", "Check Post": a post of a border, not a newspaper ("The Jerusalem Post")
_POST_KIND_WORDS = frozenset(["border", "check", "control", "observation", "police",
                              "command", "trading"])

# Words a headline in title case capitalises that are not part of a name: "Talks In Turkey".
_TITLE_CASE_FUNCTION_WORDS = frozenset(
    ["in", "at", "on", "to", "for", "of", "and", "the", "from", "by", "with", "into", "near",
     "over", "after", "before", "about", "as", "a", "an", "or", "vs", "across", "amid"])
# a verb after "ICP Moreh": the post named by its place is the subject ("ICP Moreh is ...")
_AUXILIARIES = frozenset(["is", "are", "was", "were", "has", "have", "had", "will", "would",
                          "can", "could", "may", "might", "should", "must", "said", "says",
                          "opened", "opens", "remains", "remained", "became", "becomes"])
_COMMON_ZIPF = 3.5
_VERY_COMMON_ZIPF = 5.5  # man, most, lot, best, may, can, home, god
_ADJECTIVE_ENDINGS = ("ish", "ian", "ese")  # Jewish, Christian, Lebanese (not a country)
# The Arabic articles name_key drops at the start of a name ("an Nasiriyah"): "An Al" is "Al".
_ARTICLES = frozenset(["al", "el", "ad", "ar", "as", "an", "at", "az", "ash", "adh"])
# those of them that are also English words ("As Sulaymaniyah"): a sentence opening "At
# Kirkuk, ..." names Kirkuk after a preposition (the preposition "At" anywhere: a headline
# capitalises it)
_ENGLISH_ARTICLE_LOOKALIKES = frozenset(["At", "As", "An"])
# Place slots for a name the gazetteer lacks: a preposition of place before it ("in
# Kasak", "near Zummar"), a place noun and "of" ("the village of Gwer"), or a place noun
# right after it ("the Garmaser front", "Kasak sub-district", "Debaga camp").
_SLOT_PREPOSITIONS = frozenset(["in", "at", "near", "outside", "around", "from", "into",
                                "toward", "towards", "inside", "between"])
_SLOT_NOUNS = frozenset(["district", "sub-district", "subdistrict", "nahiya", "camp",
                         "village", "town", "city", "front", "area", "province",
                         "governorate", "region", "crossing", "base", "airbase", "checkpoint",
                         "plain", "plains", "valley", "outskirts", "border",
                         # "the Khanoba border post", "the Sust checkpost": a border post's
                         # town
                         "post", "checkpost", "outpost"])
# A post named by its place: "the Kobero One Stop Border Post", "the Horgas International
# Border Cooperation Centre", "the Kobero OSBP" (title words, then a head; an acronym head
# may follow the name directly)
_POST_TITLE_WORDS = frozenset(["One", "Stop", "One-Stop", "Border", "Integrated", "Joint",
                               "International", "Check", "Control", "Customs", "Cooperation",
                               "Crossing", "Inland", "Land", "Common", "Shared"])
_POST_TITLE_HEADS = frozenset(["Post", "Posts", "Checkpost", "Checkpoint", "Crossing", "Point",
                               "Centre", "Center", "Station"])
_POST_ACRONYMS = frozenset(["OSBP", "OSBPs", "ICP", "ICPs", "JBP", "JBPs", "BCP", "BCPs"])
# After "the"/"a", these nouns take adjectives as often as names ("the Yazidi town",
# "a Sunni area"), so they make no place slot there; the rest of _SLOT_NOUNS still do
# ("the Garmaser front", "the Debaga camp").
_GENERIC_SLOT_NOUNS = frozenset(["town", "city", "village", "area", "region", "province",
                                 "governorate", "border", "plain", "plains", "outskirts"])
_DETERMINERS = frozenset(["the", "a", "an"])
# the nouns of a feature's name, written in lower case by some papers ("Elemi triangle")
FEATURE_NOUNS_LOWER = frozenset(["triangle", "island", "islands", "strip", "valley",
                                  "plateau", "heights", "mountains", "river", "lake",
                                  "bay", "gulf", "pass", "corridor", "peninsula"])
_MAX_UNKNOWN_WORDS = 3
# characters between a place and the next name, when the name follows it in the same phrase
# ("of Kyrgyzstan, Abdyrahman Mamataliyev", "of Montenegro and Albania, A B")
_NEXT_TO_IT = 6
# lower-case particles inside names of other languages ("Dheu i Bardhe", "Bahia de
# Chismuyo", "Tele ki Tokelau"), read inside a name the gazetteer lacks
_NAME_PARTICLES = frozenset(["de", "del", "la", "du", "des", "da", "di", "do", "dos", "das",
                             "i", "ki", "y", "e"])
# "the Caya police post", "the Kasak army base": a kind word between a name and its post
# ("border" is left to the rules of _SLOT_NOUNS: "the Petrovice-Bahratal border crossing")
_POST_MODIFIERS = frozenset(["police", "border", "customs", "army", "military", "security",
                             "joint"])
_POST_SLOT_NOUNS = frozenset(["post", "checkpoint", "checkpost", "base", "crossing", "camp",
                              "station", "centre", "center"])
# the article that opens a French, Spanish or Italian place name ("Le Perthus", "La
# Hachadura", "Las Loicas"): part of a name the gazetteer lacks when one follows
_ROMANCE_ARTICLES = frozenset(["Le", "La", "Les", "Los", "Las", "Il", "Lo"])
# "over who owns X": the verbs of holding a territory
_OWNING_VERBS = ("owns", "controls", "rules", "holds")
# the words before "to"/"over" that make the name after it a territory
_CLAIM_SLOT_BEFORE = re.compile(r"\b(?:(?:claims?|claimed|sovereignty|disputes?|quarrel|row|feud|"
                                r"standoff|wrangle|tussle)(?:\s+with\s+(?:the\s+)?[\w'’-]+)?"
                                r"\s+(?:to|over)|"
                                # "have long quarrelled over who owns Welkait, Raya and ..."
                                rf"over\s+who\s+(?:{'|'.join(_OWNING_VERBS)}))\s+(?:the\s+)?$",
                                re.I)
# capitalised only because they open a sentence, before a feature's name
_FEATURE_FIRST_WORDS_OF_SENTENCES = frozenset(["Troops", "Near", "In", "At", "On", "From",
                                               "Across", "Off", "Along"])
# A short word with a capital after a small letter is an acronym ("TfL"), not a name
_MIXED_ACRONYM = re.compile(r"[A-Z][a-z]{0,2}[A-Z][A-Za-z]?")
# Words that make the name next to them a media outlet, a ship or a facility, not a place:
# "the Xinhua news agency", "outlet Rudaw", "the BRP Sierra Madre", "the ship Cabra".
_OUTLET_AFTER = frozenset(["newspaper", "daily", "agency", "outlet", "website", "broadcaster",
                           "magazine", "weekly", "tabloid"])
_OUTLET_BEFORE = frozenset(["outlet", "newspaper", "broadcaster", "agency", "website",
                            "daily", "channel", "magazine", "tabloid"])
_SHIP_PREFIXES = frozenset(["BRP", "USS", "HMS", "INS", "RFS", "TCG", "HMCS", "HMAS", "PNS",
                            "KRI", "MV", "RV", "USNS", "ROKS", "JS", "CCG"])
_SHIP_BEFORE = frozenset(["ship", "vessel", "frigate", "destroyer", "warship", "corvette",
                          "tanker", "boat", "cutter", "freighter", "carrier", "tugboat"])
# lower-case facility nouns after a name: "the Salt Symphony sanitorium"
_FACILITY_AFTER = frozenset(["sanitorium", "sanatorium", "hotel", "stadium", "mall", "resort",
                             "prison", "hospital", "university", "school", "mosque", "church"])
# Arabic name particles: "Rakan Saed al-Jubouri", "Abdullah bin Zayed"
_NAME_PARTICLE_AFTER = re.compile(r" (?:al|el|Al|El)-[A-Z]| (?:bin|ibn|bint|Bin|Ibn) [A-Z]")
_ORG_BEFORE_FOR = frozenset(["force", "mission", "office", "operation", "programme",
                             "program", "initiative", "fund", "commission", "administration"])
# "said in Kurmanji", "published in Sorani": after these a slot names a language
_LANGUAGE_VERBS = frozenset(["said", "spoke", "speaking", "speak", "speaks", "wrote", "written",
                             "published", "broadcast", "tweeted", "posted", "translated",
                             "told", "reported", "sang", "sung"])


def _is_slot_noun(word: str) -> bool:
    """A place noun, singular or plural ("the village of X", "the posts of X and Y")."""
    return word in _SLOT_NOUNS or (word.endswith("s") and word[:-1] in _SLOT_NOUNS)


# "capital" as money or law, not a city: "capital markets", "capital punishment"
_NOT_CAPITAL_CITY = frozenset(
    ["market", "markets", "punishment", "gains", "gain", "expenditure", "expenditures",
     "injection", "flight", "spending", "investment", "investments", "letter", "letters",
     "offence", "offense", "crime", "crimes", "case", "cases", "requirements", "ratio",
     "goods", "cost", "costs", "budget", "projects", "project", "outlays", "stock", "base",
     "controls", "account", "reserves", "adequacy", "structure", "increase", "raising"])
_COUNTRY_WORDS = frozenset(["country", "nation", "state"])  # "the country's capital"


class _Spans:
    """Non-overlapping (start, end) spans of the text, sorted, asked by bisection: one
    look-up per mention, whatever the number of spans (a 5 MB text has thousands)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [a for a, _ in self._spans]

    def __bool__(self) -> bool:
        return bool(self._spans)

    def covers(self, start: int, end: int) -> bool:
        """Does one span hold all of [start, end)?"""
        k = bisect_right(self._starts, start) - 1
        return k >= 0 and self._spans[k][1] >= end

    def overlaps(self, start: int, end: int) -> bool:
        """Does a span share a character with [start, end)?"""
        k = bisect_right(self._starts, end - 1) - 1
        return k >= 0 and self._spans[k][1] > start


class _Token:
    """A word of the text with its offsets (a hot path: one object per word)."""

    __slots__ = ("capitalised", "end", "lower", "start", "text")

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.start = start
        self.end = start + len(text)
        self.capitalised = text[:1].isupper()
        self.lower = text.lower()  # asked for several times per word by the rules

    @property
    def all_caps(self) -> bool:
        return len(self.text) > 1 and self.text.isupper()

    @property
    def name_word(self) -> bool:
        return self.capitalised or bool(_ELIDED_ARTICLE_RE.match(self.text))


# a name right after these is a preposition's object, not the subject of the verb after it
_OBJECT_PREPOSITIONS = frozenset(["of", "in", "from", "at", "near"])

# what may follow a name used as a noun: punctuation or one of these words
_AFTER_A_NOUN = frozenset(["to", "from", "in", "into", "and", "or", "is", "was", "are", "were",
                           "has", "had", "on", "at", "by", "for", "with", "off", "via", "near",
                           "towards", "toward", "where", "which", "that", "since", "as"])


def _titled_post(text: str, tokens: list[_Token], j: int) -> bool:
    """Does a post's title follow at token ``j`` ("One Stop Border Post", "OSBP")?"""
    if j < len(tokens) and tokens[j].text in _POST_ACRONYMS:
        return True
    k = j
    while k < len(tokens) and k - j < 5 and tokens[k].text in _POST_TITLE_WORDS \
            and _is_space(text[tokens[k - 1].end:tokens[k].start]):
        k += 1
    return j < k < len(tokens) and (tokens[k].text in _POST_TITLE_HEADS
                                    or tokens[k].text in _POST_ACRONYMS) \
        and _is_space(text[tokens[k - 1].end:tokens[k].start])


_POSTS_AFTER_A_LIST = frozenset(["border", "crossing", "crossings", "posts",
                                 "checkpoints", "checkposts", "gates"])


def _list_end(text: str, tokens: list[_Token], j: int) -> tuple[int, int]:
    """Where a list of capitalised names that goes on at token ``j`` (the token after its
    first name) ends, and how many more names it has: "A, B and C D", "A, and B"."""
    k, items = j, 0
    while 0 < k < len(tokens) and items < 6:
        gap = text[tokens[k - 1].end:tokens[k].start]
        if gap == ", ":  # "A, B", "A, and B"
            k += tokens[k].lower in ("and", "or")
        elif _is_space(gap) and tokens[k].lower in ("and", "or"):
            k += 1
        else:
            break
        if k >= len(tokens) or not tokens[k].capitalised:
            return k, 0
        k += 1
        while k < len(tokens) and tokens[k].capitalised \
                and _is_space(text[tokens[k - 1].end:tokens[k].start]):
            k += 1  # a name of several words
        items += 1
    return k, items


def _list_then_post(text: str, tokens: list[_Token], j: int) -> bool:
    """"the Zobue, Muanza, Calomue and Ndiza border posts": the first of a list of names
    before a noun of posts (``j``: the token after the first name)."""
    k, items = _list_end(text, tokens, j)
    if not (items and k < len(tokens) and _is_space(text[tokens[k - 1].end:tokens[k].start])):
        return False
    noun, after = tokens[k].lower, tokens[k + 1].lower if k + 1 < len(tokens) else ""
    if noun == "one" and after == "stop":  # "one-stop": two words of the tokenizer
        return True
    return noun in _POSTS_AFTER_A_LIST and (
        noun != "border" or after in ("post", "posts", "crossings", "points", "gates"))


def _names_a_people(text: str, tokens: list[_Token], i: int,
                    demonyms: dict[str, str]) -> bool:
    """Does the demonym at token ``i`` name a people living elsewhere than in its country:
    listed with a people that has no state ("Kurds, Arabs, Turkmen", "Kurdish and
    Turkmen quarters"), or after another country's demonym ("Iraqi Turkmen", "Bosnian
    Serbs")?"""
    country = demonyms[tokens[i].text]
    if i > 0 and _is_space(text[tokens[i - 1].end:tokens[i].start]) \
            and demonyms.get(tokens[i - 1].text, country) != country:
        return True
    for step in (-1, 1):  # the list item before, then after, over "and"/"or"
        k = i + step
        if 0 <= k < len(tokens) and tokens[k].lower in ("and", "or"):
            k += step
        if not 0 <= k < len(tokens):
            continue
        first, second = sorted((k, i))
        gap = text[tokens[first].end:tokens[second].start]
        if tokens[k].lower in PEOPLES and LIST_SEPARATOR.fullmatch(gap):
            return True
    return False


def _is_noun_after_the(text: str, tokens: list[_Token], i: int) -> bool:
    """"the Mediterranean" standing alone: "the" before, and punctuation or a function
    word after (a noun, not an adjective before one)."""
    if i == 0 or tokens[i - 1].lower != "the" \
            or not _is_space(text[tokens[i - 1].end:tokens[i].start]):
        return False
    if i + 1 >= len(tokens):
        return True
    gap = text[tokens[i].end:tokens[i + 1].start]
    return not _is_space(gap) or tokens[i + 1].lower in _AFTER_A_NOUN


def _is_space(gap: str) -> bool:
    """One space of any kind (articles use no-break spaces), never a line break."""
    return len(gap) == 1 and gap.isspace() and gap != "\n"


def _tokenize(text: str) -> list[_Token]:
    tokens = []
    for m in WORD_RE.finditer(text):
        word = m.group()
        if "'" in word or "’" in word:
            if word[-2:] in ("'s", "’s") and len(word) > 3:  # possessive: Iraq's
                word = word[:-2]
            elif _CONTRACTION_RE.search(word):  # I've, don't: never a name
                continue
        tokens.append(_Token(word, m.start()))
    return tokens


class Recognizer(Protocol):
    """What a recognizer is: ``recognizer(text) -> list[Mention]``."""

    def __call__(self, text: str) -> list[Mention]: ...


class RuleRecognizer:
    """The model-free recognizer: gazetteer look-up plus context rules."""

    def __init__(self, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.max_words = min(gazetteer.max_words, 6)

    def __call__(self, text: str) -> list[Mention]:
        tokens = _tokenize(text)
        surnames = self._surnames(text, tokens)
        abbreviations = self._state_abbreviations(text)
        taken = _Spans([(m.start, m.end) for m in abbreviations])
        mentions: list[Mention] = []
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if not tok.capitalised:
                i += 1
                continue
            if taken and taken.covers(tok.start, tok.start + 1):
                i += 1  # "W.Va.": a state's abbreviation, not W and Va
                continue
            if tok.text in _ENGLISH_ARTICLE_LOOKALIKES and i + 1 < len(tokens) \
                    and text[tok.end:tokens[i + 1].start] == " " \
                    and (tok.text == "At" or self._starts_sentence(text, tok)):
                # "At Modane, on the border", "An Albany man": the English word opening the
                # sentence, not the article of a name ("clashes in An Nasiriyah")
                i += 1
                continue
            span = self._longest_match(text, tokens, i)
            if span is not None and span[0] == i + 1 and self._romance_name(text, tokens, i):
                span = None  # "at Le Perthus": not the article alone (a namesake "Le")
            if span is not None and span[0] == i + 1 and tok.text in self.lexicon.demonyms \
                    and not any(_own_name(c, span[1]) for c in span[2]):
                # "the Montenegrin government": a demonym GeoNames lists as another name of
                # the country (not "Djibouti", "Gibraltar": their own names)
                span = None
            if span is None:
                demonym = self._demonym(tok)
                if demonym and _names_a_people(text, tokens, i, self.lexicon.demonyms):
                    i += 1  # "Kurds, Arabs and Turkmen", "Iraqi Turkmen": a people
                    continue
                if demonym:
                    mentions.append(demonym)
                    i += 1
                    continue
                run_end = self._unknown_run(text, tokens, i)
                found = len(mentions)
                after_run = self._unknown_place(text, tokens, i, run_end, surnames, mentions)
                known = self._known_after_hyphen(text, tokens, i, run_end)
                if known is not None:
                    # "at the Sunauli-Bhairahawa border": the town the gazetteer lacks (if
                    # the pair stands in a place slot), then on from the one it knows
                    if len(mentions) > found:
                        surface = text[mentions[-1].start:tokens[known - 1].end]
                        mentions[-1] = replace(mentions[-1], text=surface,
                                               end=tokens[known - 1].end, key=name_key(surface))
                    after_run = known
                i = after_run
                continue
            j, key, candidates = span
            rest = self._unknown_name_rest(text, tokens, i, j, key, candidates)
            if rest > j:
                # "Qara Tapa", "Tal Rifaat": part of a name the gazetteer lacks
                found = len(mentions)
                after_name = self._unknown_place(text, tokens, i, rest, surnames, mentions)
                if len(mentions) > found or text[tokens[j - 1].end:tokens[j].start] != "-":
                    i = after_name
                    continue
                # "the Petrovice-Bahratal border crossing" in no place slot: the town the
                # gazetteer knows stands for the pair
            mention = self._judge(text, tokens, i, j, key, candidates, surnames)
            if mention is not None:
                mentions.append(mention)
            i = j
        mentions = _with_feature_names(text, mentions)
        mentions = _with_repeated_unknown_names(text, mentions, self._short_forms(mentions))
        mentions += self._capitals(text, tokens)
        if abbreviations:
            mentions = sorted([*mentions, *abbreviations], key=lambda m: m.start)
        no_places = _Spans(self._spans_of_names_of_no_place(text, tokens))
        if no_places:
            mentions = [m for m in mentions if not no_places.covers(m.start, m.end)]
        return mentions

    def _state_abbreviations(self, text: str) -> list[Mention]:
        """"Charleston, W.Va.", "Washington, D.C.": a US state's AP abbreviation right
        after a town and a comma, with its period (as the state, admin-1 cue)."""
        found: list[Mention] = []
        if ", " not in text or "." not in text:
            return found
        for abbreviation, state in self.lexicon.state_abbreviations.items():
            at = text.find(", " + abbreviation)
            while at >= 0:
                start, end = at + 2, at + 2 + len(abbreviation)
                if end == len(text) or not text[end].isalnum():
                    found.append(Mention(text[start:end], start, end, key=name_key(state),
                                         cue=Kind.ADMIN1))
                at = text.find(", " + abbreviation, end)
        # "W. Va." and "Va." both match inside "W. Va.": keep the longest at each place
        found.sort(key=lambda m: (m.start, -m.end))
        kept: list[Mention] = []
        for m in found:
            if not kept or m.start >= kept[-1].end:
                kept.append(m)
        return kept

    def _capitals(self, text: str, tokens: list[_Token]) -> list[Mention]:
        """"in the capital", "the Iraqi capital", "the country's capital": a mention of a
        country's capital city, which resolution names (see Mention.capital_of)."""
        found = []
        for k, tok in enumerate(tokens):
            if tok.text != "capital" or k == 0:
                continue
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if nxt is not None and text[tok.end:nxt.start] == " " and (
                    nxt.lower in _NOT_CAPITAL_CITY or nxt.lower == "of"):
                continue
            before = tokens[k - 1]
            if before.lower == "the":
                found.append(Mention(text[before.start:tok.end], before.start, tok.end,
                                     key="capital", cue=Kind.CITY, capital_of=""))
                continue
            country = self.lexicon.demonyms.get(before.text) if k >= 2 else None
            if k >= 2 and tokens[k - 2].lower == "the" and (
                    country or before.lower in _COUNTRY_WORDS):
                start = tokens[k - 2].start
                found.append(Mention(text[start:tok.end], start, tok.end, key="capital",
                                     cue=Kind.CITY, capital_of=country or ""))
        return found

    def _spans_of_names_of_no_place(self, text: str, tokens: list[_Token]
                                    ) -> list[tuple[int, int]]:
        """Where the names of news outlets and of the organisations and feasts that
        contain a place's name stand ("Baghdad Today", "The Times of Israel", "Boko
        Haram"; see Lexicon.non_place_names): word by word, over spaces and hyphens only."""
        spans = []
        names = self.lexicon.non_place_names
        for i, tok in enumerate(tokens):
            if not tok.capitalised and tok.lower not in ("al", "el"):
                continue  # each starts with a capital or an Arabic article ("al-Shabab")
            for words in names.get(tok.lower, ()):
                end = i + len(words)
                if end <= len(tokens) and all(
                        t.lower == w and (k == i or text[tokens[k - 1].end:t.start] in (" ", "-"))
                        for k, (t, w) in enumerate(zip(tokens[i:end], words, strict=True),
                                                   start=i)):
                    spans.append((tok.start, tokens[end - 1].end))
                    break
        return spans

    # -- matching ---------------------------------------------------------------

    def _longest_match(self, text: str, tokens: list[_Token], i: int
                       ) -> tuple[int, str, tuple[Candidate, ...]] | None:
        """The longest name starting at token ``i`` that the gazetteer knows: the words
        run on over single spaces, hyphens, possessives and "St. "; inside a name every
        word is capitalised or a connector ("Bay of Pigs"), and it ends on a name word."""
        last = i
        prev = tokens[i]
        coded = -1  # "K1", "H-3": a base's code, capitals then digits
        for j in range(i + 1, min(len(tokens), i + self.max_words)):
            tok = tokens[j]
            gap = text[prev.end:tok.start]
            if j == i + 1 and gap in ("", "-") and tok.text.isdigit() and len(tok.text) <= 2 \
                    and prev.text.isupper() and len(prev.text) <= 2:
                last = coded = j
                break
            if not (gap == " " or _is_space(gap) or gap in ("-", "'s ", "’s ")
                    or (gap == ". " and prev.lower in _ABBREVIATIONS)):
                break
            if not tok.name_word and tok.lower not in _CONNECTORS:
                break  # no name runs over this word
            last, prev = j, tok
        for j in range(last, i - 1, -1):
            end_tok = tokens[j]
            if j > i and not end_tok.name_word and j != coded:
                continue  # a name does not end on a connector
            key = name_key(text[tokens[i].start:end_tok.end])
            candidates = self.gazetteer.candidates(key)
            if candidates and not self._list_of_two_countries(text, tokens[i].start, key):
                return self._with_feature_word(text, tokens, j + 1, key) \
                    or self._with_river_in_brackets(text, tokens, j + 1, key) \
                    or (j + 1, key, candidates)
            if j == last:
                # "the Kuril islands": known only with its feature word, in lower case
                feature = self._with_feature_word(text, tokens, j + 1, key)
                if feature is not None:
                    return feature
        return None

    def _list_of_two_countries(self, text: str, start: int, key: str) -> bool:
        """"BiH, Serbia and Montenegro": the end of a list of countries, not the state
        that was "Serbia and Montenegro" until 2006 (both halves are countries today)."""
        if " and " not in key or not text.endswith((", ", ",\n"), 0, start):
            return False
        return all(self._country_key(part) for part in key.split(" and "))

    def _with_feature_word(self, text: str, tokens: list[_Token], j: int, key: str
                           ) -> tuple[int, str, tuple[Candidate, ...]] | None:
        """"the Gallipoli peninsula", "Java island": a lower-case feature word after a
        name, when the gazetteer knows the name with it (the peninsula, not the town)."""
        if j >= len(tokens) or tokens[j].lower not in _LOWER_FEATURE_WORDS \
                or not _is_space(text[tokens[j - 1].end:tokens[j].start]):
            return None
        longer = f"{key} {tokens[j].lower}"
        candidates = self.gazetteer.candidates(longer)
        return (j + 1, longer, candidates) if candidates else None

    def _with_river_in_brackets(self, text: str, tokens: list[_Token], j: int, key: str
                                ) -> tuple[int, str, tuple[Candidate, ...]] | None:
        """"Frankfurt (Oder)", "Halle (Saale)": a town told from its namesakes by its river
        in brackets, when the gazetteer knows the name written so."""
        if j >= len(tokens) or text[tokens[j - 1].end:tokens[j].start] != " (" \
                or not text.startswith(")", tokens[j].end):
            return None
        longer = f"{key} {name_key('(' + tokens[j].text + ')')}"
        candidates = self.gazetteer.candidates(longer)
        return (j + 1, longer, candidates) if candidates else None

    def _unknown_name_rest(self, text: str, tokens: list[_Token], i: int, j: int, key: str,
                           candidates: tuple[Candidate, ...]) -> int:
        """Where the name ends, when a one-word match (a town that is not major, and not
        an English word: "Village Malakal") runs on into capitalised words that are
        neither English words nor titles, organisation words or plurals: "Qara Tapa" is
        one place, not Qara (Syria) and Tapa (India). ``j`` when the match stands alone."""
        if (j - i != 1 or j == len(tokens)  # cheap tests first: this runs for every match
                or not (self._unknown_name_word(text, tokens[i], tokens[j])
                        # "Thörl-Maglern": not Thörl (Styria); but "Petrovice-Bahratal"
                        # names two villages the gazetteer knows
                        or (self._hyphenated_name_word(text, tokens[i], tokens[j])
                            and not self.gazetteer.candidates(tokens[j].lower)))
                or not self._name_word_of_no_language(tokens[i])
                # a rare English word that names only small towns opens the name ("Tal
                # Thahab") if the next word is no name the gazetteer knows ("Ras Kamboni",
                # "Rodeo Gainesville"; not "the South Caucasus Toivo Klaar")
                or (self.lexicon.zipf(tokens[i].text) > 0.0
                    and (bool(self.gazetteer.candidates(tokens[j].lower))
                         or any(c.kind is not Kind.CITY for c in candidates)))
                or any(self._is_major(c, key) for c in candidates)):
            return j
        k = j + 1
        while k < len(tokens) and self._unknown_name_word(text, tokens[k - 1], tokens[k]):
            k += 1
        return k

    def _unknown_run(self, text: str, tokens: list[_Token], i: int) -> int:
        """Where a run of capitalised words no English word list knows ends, from token
        ``i`` (``i`` when token ``i`` is no such word)."""
        tok = tokens[i]
        if _MIXED_ACRONYM.fullmatch(tok.text):
            return i  # "TfL", "DfE": an organisation's acronym
        romance = self._romance_name(text, tokens, i)
        if not romance and not (
                not tok.all_caps and self.lexicon.zipf(tok.text) == 0.0
                and tok.lower not in ORG_WORDS and tok.lower not in PERSON_TITLES
                and tok.lower not in NEVER_PLACES and tok.text not in self.lexicon.demonyms):
            return i
        k = i + 1 + romance  # (the article and its name)
        while k < len(tokens) and k - i < _MAX_UNKNOWN_WORDS:
            if self._unknown_name_word(text, tokens[k - 1], tokens[k]) \
                    or self._hyphenated_name_word(text, tokens[k - 1], tokens[k]):
                k += 1
            elif tokens[k].text in _NAME_PARTICLES and k + 1 < len(tokens) \
                    and _is_space(text[tokens[k - 1].end:tokens[k].start]) \
                    and self._unknown_name_word(text, tokens[k], tokens[k + 1]) \
                    and self.lexicon.zipf(tokens[k + 1].text) == 0.0:
                k += 2  # "Dheu i Bardhe", "Tele ki Tokelau": a particle inside the name
            else:
                break
        return k

    def _list_then_area(self, text: str, tokens: list[_Token], i: int, j: int) -> bool:
        """"El Sireaf, Um Baro and Korma in North Darfur": the first of a list of names
        (tokens ``i:j``), then "in" and an area the gazetteer knows, the list's container
        (the list's other names follow it as list items). Not a list of partners ("talks
        with Sudani and Barzani in Baghdad", "teamed up with Telkom and Medco in
        Indonesia") nor of organisations."""
        if i > 0 and tokens[i - 1].lower in ("with", "by"):
            return False
        k, items = _list_end(text, tokens, j)
        if not items or k + 2 >= len(tokens) or tokens[k].lower != "in" \
                or not _is_space(text[tokens[k - 1].end:tokens[k].start]) \
                or any(t.lower in ORG_WORDS for t in tokens[j:k]):
            return False
        k += 1 + (tokens[k + 1].lower == "the")
        span = self._longest_match(text, tokens, k) if tokens[k].capitalised else None
        return span is not None and any(c.kind is not Kind.CITY for c in span[2])

    def _romance_name(self, text: str, tokens: list[_Token], i: int) -> bool:
        """Does token ``i`` open a French, Spanish or Italian name with its article, the
        next word being one no English word list knows ("Le Perthus", "Las Loicas")?"""
        if tokens[i].text not in _ROMANCE_ARTICLES or i + 1 == len(tokens):
            return False
        nxt = tokens[i + 1]
        return nxt.capitalised and not nxt.all_caps and _is_space(text[tokens[i].end:nxt.start]) \
            and self.lexicon.zipf(nxt.text) == 0.0 and nxt.lower not in ORG_WORDS

    def _known_after_hyphen(self, text: str, tokens: list[_Token], i: int, end: int
                            ) -> int | None:
        """The first token of the end of a run ``i:end`` of unknown words that, after a
        hyphen, is a name the gazetteer knows ("Sunauli-Bhairahawa"), if any."""
        for k in range(i + 1, end):
            if text[tokens[k - 1].end:tokens[k].start] in ("-", "–") \
                    and (span := self._longest_match(text, tokens, k)) is not None \
                    and span[0] == end:  # all the rest ("Novi" of "Novi Hoiany" is not)
                return k
        return None

    def _hyphenated_name_word(self, text: str, prev: _Token, tok: _Token) -> bool:
        """"Nagorno-Karabakh": a capitalised word joined by a hyphen, that no word list
        knows, continues a name the gazetteer lacks."""
        return (text[prev.end:tok.start] == "-" and tok.capitalised and not tok.all_caps
                and self.lexicon.zipf(tok.text) == 0.0)

    def _unknown_place(self, text: str, tokens: list[_Token], i: int, j: int,
                       surnames: set[str], mentions: list[Mention]) -> int:
        """Add tokens ``i:j``, a name the gazetteer lacks, as an unresolved mention when
        it stands in a place slot (see _SLOT_PREPOSITIONS, _SLOT_NOUNS) and is not a
        person or organisation; return where to go on from."""
        if j <= i:
            return i + 1
        if j - i > 1 and self._kind_acronym(tokens[i]) and not tokens[i + 1].all_caps:
            i += 1  # "PLBN Aruk in Sambas": the acronym of the post's kind, then its name
        span = tokens[i:j]
        first, last = span[0], span[-1]
        before = tokens[i - 1] if i > 0 and _is_space(text[tokens[i - 1].end:first.start]) \
            else None
        after = tokens[j] if j < len(tokens) and _is_space(text[last.end:tokens[j].start]) \
            else None
        # "the Hawar islands", "the Elemi triangle": a feature's name, its noun in lower case
        feature = after is not None and after.lower in FEATURE_NOUNS_LOWER
        if after is not None and feature:
            surface = text[first.start:after.end]
            if self.gazetteer.candidates(name_key(surface)):
                # "the disputed Elemi triangle": a name the gazetteer has, its noun in
                # lower case
                mentions.append(Mention(surface, first.start, after.end, key=name_key(surface)))
                return j + 1
        slot_before = before is not None and (
            (before.lower in _SLOT_PREPOSITIONS
             and not (i >= 2 and tokens[i - 2].lower in _LANGUAGE_VERBS))
            or (before.lower == "of" and i >= 2 and _is_slot_noun(tokens[i - 2].lower))
            # "lay claim to Mali Skolj", "the quarrel over Tele ki Tonga": a territory
            or ((before.lower in ("to", "over", "the") or before.lower in _OWNING_VERBS)
                # (not "the row over the Slovenian border": an adjective)
                and not (len(span) == 1 and first.lower.endswith((*_ADJECTIVE_ENDINGS, "ean")))
                and _CLAIM_SLOT_BEFORE.search(text, max(0, first.start - 60),
                                              first.start) is not None))
        # "in Shekhan and Bashiqa", "in Makhmour, Gwer and Kirkuk": a list item after a place
        possessed = bool(mentions) and text[mentions[-1].end:first.start] in ("'s ", "’s ")
        slot_before = slot_before or (
            bool(mentions) and not mentions[-1].associative
            # "Diyala's Jalawla": a place inside the one before
            # ("at Mora (CAMEROON) and Bagasola (CHAD)": past the item's bracket; "'Khorgos'
            # in Kazakhstan and 'Torugart' and 'Irkeshtam'": past the items' quotes)
            and (LIST_SEPARATOR.fullmatch(
                text, mentions[-1].end + text.startswith((")", *_QUOTES), mentions[-1].end),
                first.start - (text[first.start - 1:first.start] in _QUOTES)) is not None
                 or possessed))
        # "PLBN Aruk in Sambas", "ICP Jogbani at the border": a post or office named by
        # its place after the acronym of its kind, placed in the place after it
        slot_before = slot_before or (
            before is not None and self._kind_acronym(before)
            and after is not None and after.lower in ("in", "at"))
        # "Padborg (Pattburg)", "Greater Hanish (Hanish al-Kabir in Arabic)": the place
        # before, by another name in brackets
        other_name = _named_anew(text, mentions, first.start, last.end)
        slot_before = slot_before or other_name
        if slot_before and not other_name \
                and not (before is not None and before.lower in _SLOT_PREPOSITIONS) \
                and _APPOSITIVE_PERSON_AFTER.match(text, last.end):
            return j  # "Kenya's envoy in Juba, Samwel Nandwa, has been called in"
        titled = after is not None and (after.text in _UNIT_TITLES or feature)
        if after is not None and after.lower in _POST_MODIFIERS and j + 1 < len(tokens) \
                and tokens[j + 1].lower in _POST_SLOT_NOUNS \
                and _is_space(text[after.end:tokens[j + 1].start]) \
                and not (j - i > 1 and text[tokens[i].end:tokens[i + 1].start] in ("-", "–")
                         and self.gazetteer.candidates(tokens[i].lower)):
            # (not "the Petrovice-Bahratal border crossing": a known town beside the pair)
            after = tokens[j + 1]  # "the Caya police post": the post's noun after its kind
        slot_after = (after is not None and after.lower in _SLOT_NOUNS and not after.capitalised
                      and not (i > 0 and tokens[i - 1].lower in _DETERMINERS
                               and after.lower in _GENERIC_SLOT_NOUNS)) \
            or (after is not None and _titled_post(text, tokens, j)) \
            or titled \
            or (i > 0 and tokens[i - 1].lower == "the" and _list_then_post(text, tokens, j)) \
            or self._list_then_area(text, tokens, i, j) \
            or (text[first.start - 1:first.start] not in ("-", "–")
                # not "Qasr-e Shirin": the end of a name written with a hyphen
                and not (before is not None and (
                    before.capitalised or text[before.start - 1:before.start] in ("-", "–")))
                and (_PLACE_APPOSITION_AFTER.match(text, last.end) is not None
                     or _SIDE_OF_A_BORDER_AFTER.match(text, last.end) is not None
                     or (before is not None and before.lower in _DISPUTED_BEFORE)))
        if not (slot_before or slot_after):
            return j
        if slot_after and not slot_before and len(span) == 1 and len(first.lower) > 5 \
                and first.lower.endswith((*_ADJECTIVE_ENDINGS, "ean")):
            return j  # "the Transdniestrian checkpoint": an adjective before the noun
        if possessed and len(span) > 1 and not slot_after \
                and self._names_a_country(mentions[-1]):
            return j  # "Serbia's Ivica Dacic", "Botswana's Mokgweetsi Masisi": a person
        if not slot_after and not (
                before is not None and before.lower in _SLOT_PREPOSITIONS) and (
                # (the office's place right before the name, not one sentences away)
                (bool(mentions) and first.start - mentions[-1].end <= _NEXT_TO_IT
                 and _TITLE_OF_BEFORE.search(text, max(0, mentions[-1].start - 90),
                                             mentions[-1].start))
                or (after is not None and after.lower == "of" and j + 1 < len(tokens)
                    and self._country_key(tokens[j + 1].lower))):
            # "the Deputy Prime Minister of Kyrgyzstan, Abdyrahman Mamataliyev", "the
            # Ministers of Montenegro and Albania, A B and C D", "Shahin Mustafayev of
            # Azerbaijan and Alexey Overchuk of Russia": people, after their office
            return j
        if (first.text in surnames or self._in_byline(text, first.start)
                or self._outlet_ship_or_person(text, tokens, i, j, False)
                or (after is not None and (after.lower in _SPEECH_VERBS
                                           or (after.capitalised and after.lower in ORG_WORDS)))
                or self._is_person(text, span, before, after)
                # "Hardi Muhammed", "Emanuele Giaufret": a name of two words or more the
                # gazetteer lacks that opens with a given name is a person's (one word
                # alone may be a town: "in Eda", "in Rashad")
                or (len(span) > 1 and first.text in self.lexicon.given_names)):
            return j
        end = after.end if titled and after is not None else last.end  # "Uror County"
        surface = text[first.start:end]
        mentions.append(Mention(surface, first.start, end, key=name_key(surface),
                                cue=self._cue(tokens, i, j, after), unresolved=True))
        return j

    def _short_forms(self, mentions: list[Mention]) -> frozenset[str]:
        """Known names written with a lower-case noun whose name alone the gazetteer
        lacks ("the Cristo Redentor pass ... Paso Sistema de Cristo Redentor": resolution
        joins the short form to the place)."""
        return frozenset(head for m in mentions if not m.unresolved
                         for head, _, noun in [m.text.rpartition(" ")]
                         if head and noun in FEATURE_NOUNS_LOWER
                         # a name's words, not "Korean" of "the Korean peninsula"
                         and all(self.lexicon.zipf(w) == 0.0 for w in head.split())
                         and not self.gazetteer.candidates(name_key(head)))

    def _kind_acronym(self, tok: _Token) -> bool:
        """An acronym that may name a kind of post or office ("PLBN", "ICP"), not a
        country or state abbreviation ("USA", "NSW")."""
        return tok.all_caps and 3 <= len(tok.text) <= 6 and tok.text.isalpha() \
            and tok.text not in self.lexicon.abbreviations \
            and not self._country_key(tok.lower)

    def _names_a_country(self, mention: Mention) -> bool:
        return self._country_key(mention.key)

    def _country_key(self, key: str) -> bool:
        """Is a country among the places a name key can be?"""
        return any(c.kind is Kind.COUNTRY for c in self.gazetteer.candidates(key))

    def _unknown_name_word(self, text: str, prev: _Token, tok: _Token) -> bool:
        word = tok.lower
        return (tok.capitalised and not tok.all_caps and _is_space(text[prev.end:tok.start])
                and self._name_word_of_no_language(tok) and not word.endswith("s")
                and word not in ORG_WORDS and word not in PERSON_TITLES
                and word not in NEVER_PLACES and tok.text not in self.lexicon.demonyms)

    def _name_word_of_no_language(self, tok: _Token) -> bool:
        """A word no English word list knows, or a rare one only as the name of a small
        place ("Chai" of "Quri Chai", "Hulu" of "Kapuas Hulu"): within a run of such
        words it is part of one name the gazetteer lacks, not a namesake of its own."""
        zipf = self.lexicon.zipf(tok.text)
        return zipf == 0.0 or (zipf < _COMMON_ZIPF and bool(self.gazetteer.candidates(tok.lower)))

    def _surnames(self, text: str, tokens: list[_Token]) -> set[str]:
        """Capitalised words that follow a title or a given name somewhere in the text,
        and the word after them ("counterpart Edi Rama": Edi and Rama), and the names of
        ships ("BRP Sindangan"): names of people and things, wherever they come again."""
        found = set()
        inside_place = 0  # the first token past a place a given name starts
        for k, (prev, tok) in enumerate(itertools.pairwise(tokens), start=1):
            if k <= inside_place or not tok.capitalised \
                    or not _is_space(text[prev.end:tok.start]):
                continue
            if prev.text in _SHIP_PREFIXES:
                found.add(tok.text)  # "BRP Sindangan ... came within 1 metre of Sindangan"
                continue
            if self._introduces_name(prev) and not self._ends_compound(text, tokens, k - 1):
                if prev.text.islower() and self._major_place(tok.text):
                    continue  # "the commander Karachi", "the commander Pakistan Fleet": posts
                if (place_end := self._major_name_end(text, tokens, k - 1)) > k:
                    inside_place = place_end  # "Sierra Leone Liberia": a place, then a place
                    continue
                found.add(tok.text)
                nxt = tokens[k + 1] if k + 1 < len(tokens) else None
                if nxt and nxt.capitalised and _is_space(text[tok.end:nxt.start]):
                    found.add(nxt.text)
        return found

    def _ends_compound(self, text: str, tokens: list[_Token], i: int) -> bool:
        """Is token ``i`` the second half of a compound of a common word ("Oil-Rich Abyei",
        not "Jean-Pierre Bemba")?"""
        if i == 0 or text[tokens[i - 1].end:tokens[i].start] != "-":
            return False
        left = tokens[i - 1].text
        return left not in self.lexicon.given_names and self.lexicon.zipf(left) >= _COMMON_ZIPF

    def _major_name_end(self, text: str, tokens: list[_Token], i: int) -> int:
        """The token after the longest name at token ``i`` if it is a major place ("Sierra
        Leone", not "Luis Gomes" before "Sambo"), else ``i``."""
        match = self._longest_match(text, tokens, i)
        if match is None or not any(self._is_major(c, match[1]) for c in match[2]):
            return i
        return match[0]

    def _major_place(self, word: str) -> bool:
        key = name_key(word)
        return any(self._is_major(c, key) for c in self.gazetteer.candidates(key))

    def _introduces_name(self, tok: _Token) -> bool:
        """A title ("President", "Gen.") or a given name: what follows is a person. Not
        a word a headline capitalises ("Centre In Kirkuk": In is also a given name)."""
        return (tok.lower.rstrip(".") in PERSON_TITLES
                or (tok.capitalised and tok.text in self.lexicon.given_names
                    and tok.lower not in _TITLE_CASE_FUNCTION_WORDS))

    def _demonym(self, tok: _Token) -> Mention | None:
        country = self.lexicon.demonyms.get(tok.text)
        if country is None:
            return None
        return Mention(tok.text, tok.start, tok.end, key=name_key(tok.text),
                       associative=True, country_hint=country)

    # -- judging a match ----------------------------------------------------------

    def _judge(self, text: str, tokens: list[_Token], i: int, j: int, key: str,
               candidates: tuple[Candidate, ...], surnames: set[str]) -> Mention | None:
        span = tokens[i:j]
        first, last = span[0], span[-1]
        before = tokens[i - 1] if i > 0 else None
        after = tokens[j] if j < len(tokens) else None
        adjacent_after = after if after and _is_space(text[last.end:after.start]) else None
        adjacent_before = (before if before and (
            _is_space(text[before.end:first.start])
            # "Lt. Paul Henderson": an abbreviated title before the name
            or (text[before.end:first.start] == ". " and before.lower in PERSON_TITLES))
            else None)
        if all(t.lower in NEVER_PLACES for t in span):
            return None
        if len(span) == 1 and first.lower in PERSON_TITLES and adjacent_after is not None \
                and adjacent_after.capitalised:
            return None  # "State Trooper Bill Smith": a title, not Trooper (Oregon)
        if not self._plausible_surface(text, tokens, i, span, key, candidates):
            return None
        if len(span) == 1 and len(first.text) <= 5 and after is not None \
                and text[last.end:after.start] == ". " and after.text in _RANK_ABBREVIATIONS \
                and text.startswith(".", after.end):
            return None  # "Brig. Gen. Tofiq": a rank's abbreviation, not Brig (Valais)
        if self._in_byline(text, first.start):
            return None
        if after and after.text.isdigit() and text[last.end:after.start] in ("", " "):
            return None  # a media outlet or brand: "Kurdistan 24", "Kurdistan24", "France 24"
        if self._is_person(text, span, adjacent_before, adjacent_after):
            return None
        if len(span) == 1 and first.text in surnames:
            return None  # "Bruce Ivins ... Ivins said": the surname again
        major = any(self._is_major(c, key) for c in candidates)
        if adjacent_after and adjacent_after.lower in _SPEECH_VERBS and not major \
                and not (adjacent_before and adjacent_before.lower in _OBJECT_PREPOSITIONS):
            return None  # "Smith said"; but "the mayor of Sinjar said": Sinjar is no speaker
        if self._outlet_ship_or_person(text, tokens, i, j, major):
            return None
        if len(span) > 1 and last.text in _BUILDING_WORDS and not any(
                self._is_major(c, key) and _own_name(c, key) for c in candidates):
            # "the White House" (Casablanca's name in translation, a town in Tennessee),
            # "Government House": a building
            return None
        if adjacent_after is not None and adjacent_after.text in _STREET_WORDS:
            return None  # "Liverpool Street" (a street or station), not the city
        associative = (self._in_organisation(text, tokens, i, j)
                       or self._in_compound_adjective(text, last, after)
                       or (adjacent_after is not None and adjacent_after.lower in _NAMED_AFTER))
        cue = self._cue(tokens, i, j, adjacent_after)
        end = last.end
        if cue is not None and adjacent_after is not None and adjacent_after.capitalised \
                and adjacent_after.text in _KIND_TITLES \
                and any(c.fits_cue(cue) for c in candidates):
            end = adjacent_after.end  # "Yunnan Province", "Nyanza Province": one name
        if key.endswith(")"):
            end += 1  # "Frankfurt (Oder)": its bracket closes the name
        surface = text[first.start:end]
        return Mention(surface, first.start, end, key=key, associative=associative,
                       cue=cue)

    def _outlet_ship_or_person(self, text: str, tokens: list[_Token], i: int, j: int,
                               major: bool) -> bool:
        """A name that the words next to it show to be an outlet ("the Xinhua news
        agency", "outlet Rudaw"), a ship ("BRP Sierra Madre", "the ship Cabra"), a
        newsletter's "Follow X on", a facility ("the Salt Symphony sanitorium") or part of
        a person's Arabic name ("Rakan Saed al-Jubouri"). But for a facility, a major place
        is kept ("Baghdad newspaper" is about Baghdad)."""
        if self._names_a_facility(text, tokens, j):
            return True  # whatever the place: the name of the facility, not where it is
        if major:
            return False
        before = tokens[i - 1] if i > 0 else None
        after = tokens[j] if j < len(tokens) else None
        if after is not None and after.lower in ("news", "media") and j + 1 < len(tokens) \
                and tokens[j + 1].lower in _OUTLET_AFTER:
            return True
        if after is not None and after.lower in _OUTLET_AFTER and not after.capitalised:
            return True
        if before is not None and ((before.lower in _OUTLET_BEFORE and not before.capitalised)
                                   or before.text in _SHIP_PREFIXES
                                   or before.lower in _SHIP_BEFORE or before.lower == "follow"):
            return True
        if before is not None and j == i + 1 and before.all_caps and 3 <= len(before.text) <= 8 \
                and before.text not in self.lexicon.abbreviations \
                and _is_space(text[before.end:tokens[i].start]) \
                and after is not None and after.text.isalpha() and after.text.islower() \
                and after.lower not in _TITLE_CASE_FUNCTION_WORDS \
                and after.lower not in _AUXILIARIES:
            # "the CTF Sentinel headquarters", "EUNAVFOR Atalanta ships": a force's name
            # before a noun (not "ICP Raxaul and Jogbani": a post named by its place)
            return True
        return (before is not None and before.capitalised
                and _is_space(text[before.end:tokens[i].start])
                and _NAME_PARTICLE_AFTER.match(text, tokens[j - 1].end) is not None)

    def _plausible_surface(self, text: str, tokens: list[_Token], i: int,
                           span: list[_Token], key: str,
                           candidates: tuple[Candidate, ...]) -> bool:
        """Reject capitalised common words ("Read", "More", "Pushed") and stray caps."""
        first = span[0]
        if first.all_caps and len(span) == 1:
            if len(first.text) <= 3:  # US, UK, UAE: only as a country abbreviation,
                # or one the project's aliases list ("NSW")
                return any(c.kind is Kind.COUNTRY for c in candidates) \
                    or first.text in self.lexicon.abbreviations
            if not (self._starts_line(text, first.start) or self._starts_sentence(text, first)):
                return any(self._is_major(c, key) for c in candidates)
        article = len(span) == 2 and span[0].lower in _ARTICLES \
            and name_key(span[1].text) == key
        if article:  # "An Al-Qaeda ...": the article dropped, one word is left to judge
            span, first, i = span[1:], span[1], i + 1
        if len(span) > 1:
            if all(t.lower in COMPASS_WORDS for t in span):
                # "Middle East", "Far East": a vague region, not the hamlet of that name
                return any(self._is_major(c, key) and name_key(c.name) == key
                           for c in candidates)
            return True
        zipf = self.lexicon.zipf(first.text)
        if zipf >= _VERY_COMMON_ZIPF:
            return False  # "Man booked for assault", "Most residents left": never a place
        if zipf >= _COMMON_ZIPF and not article \
                and self._ends_a_capitalised_phrase(text, tokens, i):
            return False  # "Joint Coordination Centre": a name's last word, not Centre (Haiti)
        if zipf >= _COMMON_ZIPF and first.lower.endswith(_ADJECTIVE_ENDINGS) \
                and not any(c.kind is Kind.COUNTRY for c in candidates):
            return False  # "a Jewish community": an adjective, not the Jewish oblast
        if zipf >= _COMMON_ZIPF or (zipf >= 3.0 and self._starts_sentence(text, first)):
            # A common English word is a place only if it is the own name of a major one,
            # or a country's usual short name ("America", "Britain", "Palestine"), or a
            # region's name used as a noun ("across the Mediterranean to Italy", not "the
            # Mediterranean diet")
            # ("Caribbean", "Mediterranean": a region named by an adjective in "-ean" is
            # that region only as a noun, not in "a Caribbean island")
            adjective = first.lower.endswith("ean")
            return any((self._is_major(c, key) and _own_name(c, key)
                        and not (adjective and c.kind is Kind.REGION))
                       or c.kind is Kind.COUNTRY for c in candidates) \
                or (any(c.kind is Kind.REGION for c in candidates)
                    and _is_noun_after_the(text, tokens, i))
        return True

    def _ends_a_capitalised_phrase(self, text: str, tokens: list[_Token], i: int) -> bool:
        """The word before is a capitalised content word (not "In", "To"... of a headline
        in title case, nor a common word capitalised for opening the sentence: "Both
        Baghdad and Erbil") and the span does not start a sentence."""
        if i == 0:
            return False
        prev = tokens[i - 1]
        return (prev.capitalised and not prev.all_caps and _is_space(text[prev.end:tokens[i].start])
                and prev.lower not in _TITLE_CASE_FUNCTION_WORDS
                # "Northern Iraq", "Eastern Ukraine": a direction before the place
                and prev.lower not in DIRECTION_WORDS
                and not RuleRecognizer._starts_sentence(text, tokens[i])
                and not (self._starts_sentence(text, prev)
                         and self.lexicon.zipf(prev.text) >= _COMMON_ZIPF))

    @staticmethod
    def _is_major(c: Candidate, key: str) -> bool:
        if c.kind is Kind.COUNTRY:
            return True
        if c.kind in (Kind.ADMIN1, Kind.REGION):
            return _own_name(c, key)
        return c.population >= _MAJOR_POPULATION

    @staticmethod
    def _starts_sentence(text: str, tok: _Token) -> bool:
        k = tok.start - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        return k < 0 or text[k] in _SENTENCE_END

    @staticmethod
    def _starts_line(text: str, pos: int) -> bool:
        """Only blanks between the last line break and ``pos`` (looked at backwards from
        ``pos``: a 5 MB one-line text must not be scanned for every name)."""
        k = pos - 1
        while k >= 0 and text[k] in " \t\r\f\v":
            k -= 1
        return k < 0 or text[k] == "\n"

    @staticmethod
    def _in_byline(text: str, pos: int) -> bool:
        """A short line that opens with "Reporting by", "Editing by"...: only the
        _BYLINE_LINE characters before and after ``pos`` are looked at, so a long line
        costs no more than a short one."""
        line_start = text.rfind("\n", max(0, pos - _BYLINE_LINE), pos) + 1
        if line_start == 0 and pos > _BYLINE_LINE:
            return False  # a line this long is no byline
        line_end = text.find("\n", pos, pos + _BYLINE_LINE)
        end = line_end if line_end >= 0 else pos + _BYLINE_LINE
        return bool(_BYLINE_RE.match(text, line_start, end)
                    or _BY_NAMES_LINE.fullmatch(text, line_start, end))

    def _is_person(self, text: str, span: list[_Token], before: _Token | None,
                   after: _Token | None) -> bool:
        if before is not None and self._introduces_name(before):
            return True
        # "John J. Catherine": an initial right before the span
        prefix = text[max(0, span[0].start - 3):span[0].start]
        if re.fullmatch(r" ?[A-Z]\. ", prefix) or re.fullmatch(r"[A-Z]\. ", prefix[-3:]):
            return True
        if not (len(span) == 1 and after is not None and after.capitalised
                and span[0].text in self.lexicon.given_names):
            return False
        # "George Bush", "George Beckett": a given name before a surname that is at most a
        # small town's name (not "Jordan Valley" or "Georgia Tbilisi"-like pairs of places)
        key = name_key(after.text)
        return not any(self._is_major(c, key) for c in self.gazetteer.candidates(key))

    @staticmethod
    def _names_a_facility(text: str, tokens: list[_Token], j: int) -> bool:
        """"the Salt Symphony sanitorium": a capitalised word, then a facility noun."""
        return (j + 1 < len(tokens) and tokens[j].capitalised
                and _is_space(text[tokens[j - 1].end:tokens[j].start])
                and tokens[j + 1].lower in _FACILITY_AFTER and not tokens[j + 1].capitalised
                and _is_space(text[tokens[j].end:tokens[j + 1].start]))

    @staticmethod
    def _in_organisation(text: str, tokens: list[_Token], i: int, j: int) -> bool:
        """"Shreveport Police Department", "Kurdistan Democratic Party", "Kurdistan
        Workers’ Party", "Kurdistan Democratic party", "University of Mosul", "Interim
        Security Force for Abyei": an organisation word among the next capitalised words
        (or a lower-case one right after them), or before "of"/"for"."""
        for k in range(j, min(j + _ORG_LOOKAHEAD, len(tokens))):
            tok = tokens[k]
            gap = text[tokens[k - 1].end:tok.start]
            if not (_is_space(gap) or gap in ("’ ", "' ")):
                break
            if tok.lower in ORG_WORDS and (tok.capitalised or k > j) \
                    and not (k > j and tok.lower == "post"
                             and tokens[k - 1].lower in _POST_KIND_WORDS):
                # a lower-case head only after a capitalised word of the name; "Noepe
                # Border Post To Open": a headline's post, not a newspaper
                return True
            if not tok.capitalised:
                break
        if i >= 2 and tokens[i - 1].lower in ("of", "for") and tokens[i - 2].capitalised:
            return tokens[i - 2].lower in ORG_WORDS or (
                tokens[i - 1].lower == "for" and tokens[i - 2].lower in _ORG_BEFORE_FOR)
        return False

    @staticmethod
    def _in_compound_adjective(text: str, last: _Token, after: _Token | None) -> bool:
        """"Iran-backed militias", "US-led coalition": the place qualifies something."""
        return (after is not None and text[last.end:after.start] == "-"
                and not after.capitalised)

    @staticmethod
    def _cue(tokens: list[_Token], i: int, j: int, after: _Token | None) -> Kind | None:
        if after is not None and after.lower in _ADMIN1_AFTER:
            return Kind.ADMIN1
        if after is not None and after.lower in _ADMIN2_AFTER:
            return Kind.ADMIN2
        if i >= 2 and tokens[i - 1].lower == "of":
            word = tokens[i - 2].lower
            if word in _ADMIN2_AFTER:
                return Kind.ADMIN2
            if word in _ADMIN1_AFTER:
                return Kind.ADMIN1
            if word in _CITY_BEFORE:
                return Kind.CITY
        return None


# Feature words news writes in lower case after a name ("the Gallipoli peninsula")
_LOWER_FEATURE_WORDS = frozenset(["island", "islands", "peninsula", "mountains", "river",
                                  "sea", "strait", "gulf", "bay", "lake", "desert", "valley",
                                  "plain", "plains", "glacier", "canal", "channel",
                                  # "the Khyber pass", "the Gaza strip", "the Wakhan
                                  # corridor", "the Kempir-Abad reservoir"
                                  "pass", "strip", "corridor", "reservoir", "heights",
                                  "plateau", "triangle", "basin", "delta", "hills", "range",
                                  "marshes", "lagoon"])

# Names whose own words say they are a physical feature: "the Sapodilla Cayes", "the Bay
# of Piran", "Mount Qarachogh" (not "the Gulf War", "Mount Sinai Hospital": a capitalised
# word after the feature word makes it a name of something else).
_NAME_WORD = r"(?!(?:The|A|An|This|That|These|Those|Its|Their|Our|His|Her)\b)[A-Z][\w'’-]*"
_FEATURE_HEADS = frozenset(
    ["Cayes", "Cays", "Cay", "Islands", "Island", "Islets", "Islet", "Isles", "Reef", "Reefs",
     "Shoal", "Shoals", "Atoll", "Archipelago", "Peninsula", "Triangle", "Valley", "Bay",
     "Gulf", "Sea", "Strait", "River", "Lake", "Mountains", "Range", "Hills", "Heights",
     "Plateau", "Desert", "Harbor", "Harbour", "Canal", "Delta", "Basin", "Plain", "Plains",
     "Marshes", "Lagoon", "Sound", "Fjord"])
_FEATURE_NAME = re.compile(
    rf"\b(?:(?:{_NAME_WORD}[ ]+){{1,3}}(?:{'|'.join(sorted(_FEATURE_HEADS))})"
    # Arabic "Ras" (cape), "Jebel"/"Jabal" (mountain), "Wadi" (valley) lead a name too, as
    # do "Isla", "Isola", "Ilha", "Pulau" (island)
    rf"|(?:Bay|Gulf|Sea|Strait|Straits|Isle|Lake|Mount|Cape|Camp|Fort|Ras|Jebel|Jabal|Wadi|"
    # the Irish and Scottish lake or sea inlet: "Lough Foyle", "Loch Ryan"
    rf"Isla|Isola|Ilha|Pulau|Lough|Loch)[ ]+"
    rf"(?:of[ ]+(?:the[ ]+)?)?"
    # "Jebel al-Migainais", "Wadi al-Khar": an Arabic article joined to the name word
    rf"(?:{_NAME_WORD}[ ]+)?(?:(?:al|el|ad|an|ar|as|ash|at|az|ed|en|er|es|et|ez)-)?"
    rf"{_NAME_WORD})(?![ ]+[A-Z]|[\w'’-])")


def _with_feature_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A feature's name the gazetteer lacks is a place, in place of the known names inside
    it ("Bay of Piran" is no town Piran)."""
    features = []
    for m in _FEATURE_NAME.finditer(text):
        start, end = m.span()
        if text[start:end].split()[0] in _FEATURE_FIRST_WORDS_OF_SENTENCES \
                and (start == 0 or text[start - 2:start].strip() in ("", ".")):
            start = text.index(" ", start) + 1  # "Troops ... ": a sentence's first word
        inside = [x for x in mentions if x.start < end and x.end > start]
        last = text.rfind(" ", start, end) + 1
        head = (last, end) if text[last:end] in _FEATURE_HEADS else \
            (start, text.find(" ", start, end))
        if start >= end or any(x.start <= head[0] and x.end >= head[1]
                               and x.end - x.start > head[1] - head[0] for x in inside):
            continue  # the gazetteer knows the name with its feature word ("the
            # Japanese-administered Senkaku Islands"), not only a word of it ("Piran", "Bay")
        if _FEATURE_NAME.fullmatch(text, start, end) is None \
                or any(w.lower() in ORG_WORDS for w in text[start:end].split()):
            continue  # "Mount Sinai Hospital"
        features.append((start, end))
    if not features:
        return mentions
    spans = _Spans(features)
    kept = [x for x in mentions if not spans.overlaps(x.start, x.end)]
    kept += [Mention(text[a:b], a, b, key=name_key(text[a:b]), cue=Kind.REGION,
                     unresolved=True) for a, b in features]
    return sorted(kept, key=lambda x: x.start)


_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# the end of a name in brackets: "(Pattburg)", "(Hanish as-Saghir in Arabic)"
_BRACKET_NAME_END = re.compile(r"(?:\s+in\s+[A-Z][a-z]+)?\)")


# after the bracket: a dateline's dash ("WASHINGTON (Sputnik) - "), a caption's credit at
# the end of its line ("in Kaesong (Yonhap)")
_NOT_A_NAME_AFTER_BRACKET = re.compile(r"\s*(?:[-–—:]|\n|$)")


# between a place and another name of it: "Padborg (Pattburg)", "Wake Island, known to
# the Marshallese as Eneen Kio", "Sinjar, also called Shingal"
OTHER_NAME_GAP = re.compile(r" \(|,?\s+(?:also\s+|locally\s+|widely\s+|formerly\s+|once\s+)?"
                            r"(?:known|called)\s+(?:(?:to|by|in)\s+(?:the\s+)?[\w'’-]+\s+)?"
                            r"as\s+[\"“‘']?")


def _named_anew(text: str, mentions: list[Mention], start: int, end: int) -> bool:
    """Is text[start:end] alone in brackets right after the last mention ("Padborg
    (Pattburg)"), or named as another name of it ("X, also known as Y")? Resolution joins
    such a name to that place. Not an outlet's credit, nor an acronym of the words before
    ("Observer Group in India and Pakistan (Unmogip)")."""
    # (the gap may hold a demonym: "Wake Island, known to the Marshallese as Eneen Kio")
    gap = next((g for m in mentions[-2:][::-1]
                if (g := OTHER_NAME_GAP.fullmatch(text, m.end, start)) is not None), None)
    if gap is None:
        return False
    if gap.group() != " (":
        return True
    close = _BRACKET_NAME_END.match(text, end)
    if close is None or _NOT_A_NAME_AFTER_BRACKET.match(text, close.end()):
        return False
    name = text[start:end]
    return sum(c.isupper() for c in name) < 2 and not _initials_before(text, start, name)


def _initials_before(text: str, start: int, name: str) -> bool:
    """Are the letters of ``name`` the initials of the ten words before it (an acronym's
    own letters counting whole: "EU border assistance mission ... (Eubam)")?"""
    before = _WORD.findall(text, max(0, start - 120), start)[-10:]
    letters = "".join(w.lower() if w.isupper() else w[0].lower() for w in before)
    it = iter(letters)
    return all(c in it for c in name.lower() if c.isalpha())


def _with_repeated_unknown_names(text: str, mentions: list[Mention],
                                 short_forms: frozenset[str] = frozenset()) -> list[Mention]:
    """One sense per discourse for names the gazetteer lacks: once "the village of
    Lheiban" made Lheiban a place, "Lheiban sits in one part of that zone" names it too
    (written the same way, where no other mention is); so are ``short_forms`` (see
    RuleRecognizer._short_forms). Only a name a place noun marked
    ("the village of X", "X camp"): a name after "in" or "at" alone is too often a
    person's or a company's ("a strike by workers at TfL")."""
    surfaces = {m.text for m in mentions if m.unresolved and m.cue is not None} | short_forms
    if not surfaces:
        return mentions
    taken = _Spans([(m.start, m.end) for m in mentions])
    found = {m.start: m for m in mentions}
    for surface in surfaces:
        for match in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text):
            if not taken.overlaps(*match.span()):
                found[match.start()] = Mention(surface, match.start(), match.end(),
                                               key=name_key(surface), unresolved=True)
    return [found[k] for k in sorted(found)]


def recognize_mentions(text: str, gazetteer: Gazetteer, lexicon: Lexicon) -> list[Mention]:
    """Every toponym mention in ``text`` (see :class:`RuleRecognizer`)."""
    return RuleRecognizer(gazetteer, lexicon)(text)
