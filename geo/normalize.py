"""Name normalisation, applied identically to gazetteer names and to text spans.

``name_key`` folds the many spellings of one name onto one key: case, diacritics, the
dozen apostrophe-like characters of transliterated Arabic and Kurdish, hyphens and
dashes, Arabic-style ``al-``/``el-`` article prefixes and doubled ``aa`` (a long vowel
written twice or once: Rifaat/Rif'at, Saadiya/Sadiya). Keys are computed from the
original substring of a token span, so mention offsets always index the input as given.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["COMPASS_WORDS", "LIST_SEPARATOR", "WORD_RE", "fold", "index_keys", "name_key"]

# Apostrophes, ayin/hamza letters and primes used in transliterations: Ba'quba, Ba‘qūbah.
_APOSTROPHES = "'’‘`´ʼʻʽʾʿ′ˈ"
_HYPHENS = "-‐‑‒–—―"
_TRANSLATE = str.maketrans({**{c: "" for c in _APOSTROPHES}, **{c: " " for c in _HYPHENS},
                            ".": " ", ",": " "})
_ARTICLE_RE = re.compile(r"^(?:al|el|ad|ar|as|an|at|az|ash|adh)\s+(?=\w)")
_SPACES_RE = re.compile(r"\s+")
# Spellings of the same Arabic word in English transliterations, inside multi-word names:
# Tell/Tal/Tall Abyad, Ras el/al Ain/Ayn.
_ARABIC_VARIANTS = {"el": "al", "tell": "tal", "tall": "tal", "tel": "tal", "ayn": "ain",
                    "ein": "ain"}
# A long "a" written twice between consonants (Rifaat, Saadiya); not Finnic "ää" (Lääne),
# nor at the start or end of a word (Aal, AARP).
_DOUBLE_A_RE = re.compile(r"(?<=[^\W\d_aeiou])aa(?=[^\W\d_aeiou])")
# Final -ah/-a (ta marbuta): Hawijah/Hawija, Baqubah/Baquba.
_TA_MARBUTA_RE = re.compile(r"(?<=[a-z]{3})ah\b")

# Apostrophes join a word (Ba'quba); hyphens do not, so "Iran-backed" is two words and
# the recognizer can treat "Tall-Afar" as a two-word name.
_JOINERS = re.escape(_APOSTROPHES)
# Dotted abbreviations (U.S., U.K.) are one word so they can be looked up as names.
WORD_RE = re.compile(
    rf"(?:[^\W\d_]\.){{2,}}|[^\W\d_]+(?:[{_JOINERS}]+[^\W\d_]+)*|\d+", re.UNICODE)
# What stands between two items of a list of names: "Kirkuk, Diyala and Nineveh",
# "Shekhan or Bashiqa" (the recognizer's list slots and resolution's list vote).
LIST_SEPARATOR = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def fold(text: str) -> str:
    """Lower-case ``text`` and strip diacritics (``Şanlıurfa`` -> ``sanliurfa``)."""
    if text.isascii():  # most of an English article: nothing to strip
        return text.casefold()
    text = text.replace("ı", "i").replace("ø", "o").replace("ł", "l").replace("đ", "d")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The look-up key of a place name or a text span.

    >>> name_key("Tall ‘Afar") == name_key("tall-Afar") == name_key("TALL AFAR")
    True
    >>> name_key("al-Anbar") == name_key("Anbar")
    True
    >>> name_key("Ras el Ain") == name_key("Ra's al 'Ayn") and name_key("Hawijah") == "hawija"
    True
    >>> name_key("Tal Rifaat") == name_key("Tall Rif‘at")
    True
    """
    key = fold(_DOUBLE_A_RE.sub("a", name.casefold())).translate(_TRANSLATE)
    key = _SPACES_RE.sub(" ", key).strip()
    key = _ARTICLE_RE.sub("", key)
    if " " in key:
        key = " ".join(_ARABIC_VARIANTS.get(w, w) for w in key.split(" "))
    return _TA_MARBUTA_RE.sub("a", key)


# Turkish and Azerbaijani ç and ş are written ch and sh in English news as often as c and s
# (Laçın: Lachin or Lacin, Şuşa: Shusha, Şırnak: Shirnak); Romanian ş is not (Timişoara).
_DIGRAPHS = str.maketrans({"ç": "ch", "Ç": "Ch", "ş": "sh", "Ş": "Sh"})


def index_keys(name: str, *, ch_sh: bool = False) -> set[str]:
    """The keys a gazetteer name is indexed under: its :func:`name_key` and, with
    ``ch_sh`` (a Turkish or Azerbaijani name), the key of its ch/sh spelling too."""
    keys = {name_key(name)}
    if ch_sh and (spelled := name.translate(_DIGRAPHS)) != name:
        keys.add(name_key(spelled))
    return keys


# Words of names that only say where, like "Middle East" or "Far East" (a vague region,
# not the hamlet or neighbourhood of that name: see recognize and resolve)
COMPASS_WORDS = frozenset(["north", "south", "east", "west", "middle", "far", "near",
                           "central", "northern", "southern", "eastern", "western"])
