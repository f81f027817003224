"""Scoring the geoparser on standard corpora (LGL, GeoVirus), with a geotext baseline.

Metrics follow Gritta et al. (2019), "A Pragmatic Guide to Geoparsing Evaluation":
recognition P/R/F1 on exact character spans; on correctly recognised gold toponyms with
coordinates, Acc@161 (share within 161 km), mean error in km and AUC of
ln(1 + error km) / ln(20039). Throughput counts recognition and resolution (the
geoparser), not start-up.

Readers: ``lgl`` and ``tr`` (TR-News uses the same ``<article><text><toponyms>`` schema),
``geovirus`` (1-based offsets in most records, checked against the text) and ``gwn``
(GeoWebNews' XML version, ``GWN.xml``: each toponym has a ``<type>`` from the guide's
taxonomy; literal and associative types are gold toponyms, common-noun expressions
("the street"), homonyms, languages and non-toponyms are not).
"""

from __future__ import annotations

import json
import math
import platform
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pyproj import Geod

from geo.errors import InputError
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.lexicon import load_lexicon
from geo.normalize import name_key
from geo.pipeline import extract_feature_collection
from geo.recognize import FEATURE_NOUNS_LOWER, RuleRecognizer
from geo.resolve import resolve_mentions

__all__ = [
    "ArticleLayers",
    "ArticleScores",
    "Document",
    "GoldToponym",
    "article_layers",
    "evaluate_corpus",
    "format_article_report",
    "format_report",
    "format_town_report",
    "read_corpus",
    "score_article",
    "score_articles",
    "score_towns",
]

_GEOD = Geod(ellps="WGS84")
_EARTH_HALF_CIRCUMFERENCE_KM = 20039.0


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class Document:
    text: str
    toponyms: tuple[GoldToponym, ...]


def _float(node: ET.Element | None) -> float | None:
    try:
        return float(node.text) if node is not None and node.text else None
    except ValueError:
        return None


def _read_lgl(root: ET.Element) -> Iterator[Document]:
    for article in root.iter("article"):
        text = article.findtext("text") or ""
        gold = []
        for top in article.iter("toponym"):
            start, end = int(top.findtext("start") or 0), int(top.findtext("end") or 0)
            tag = top.find("gaztag")
            lat = _float(tag.find("lat")) if tag is not None else None
            lon = _float(tag.find("lon")) if tag is not None else None
            gold.append(GoldToponym(start, end, lat, lon))
        yield Document(text, tuple(gold))


def _read_geovirus(root: ET.Element) -> Iterator[Document]:
    for article in root.iter("article"):
        text = article.findtext("text") or ""
        gold = []
        for loc in article.iter("location"):
            name = loc.findtext("name") or ""
            start, end = int(loc.findtext("start") or 0), int(loc.findtext("end") or 0)
            if text[start:end] != name and text[start - 1:end - 1] == name:
                start, end = start - 1, end - 1
            gold.append(GoldToponym(start, end, _float(loc.find("lat")), _float(loc.find("lon"))))
        yield Document(text, tuple(gold))


# GeoWebNews types that are toponyms (Gritta et al. 2019, the Pragmatic Taxonomy): the
# literal ones and the associative ones (modifiers, metonymy, demonyms).
_GWN_TOPONYM_TYPES = frozenset(["Literal", "Literal_Modifier", "Mixed", "Embedded_Literal",
                                "Coercion", "Non_Literal_Modifier", "Metonymic", "Demonym",
                                "Embedded_Non_Lit"])


def _read_gwn(root: ET.Element) -> Iterator[Document]:
    for article in root.iter("article"):
        text = article.findtext("text") or ""
        gold = []
        for top in article.iter("toponym"):
            if (top.findtext("type") or "") not in _GWN_TOPONYM_TYPES:
                continue
            start, end = int(top.findtext("start") or 0), int(top.findtext("end") or 0)
            gold.append(GoldToponym(start, end, _float(top.find("latitude")),
                                    _float(top.find("longitude"))))
        yield Document(text, tuple(sorted(gold, key=lambda t: (t.start, t.end))))


_READERS = {"lgl": _read_lgl, "tr": _read_lgl, "geovirus": _read_geovirus, "gwn": _read_gwn}


def read_corpus(path: Path, fmt: str) -> list[Document]:
    """Documents of an LGL/TR-News (``lgl``, ``tr``), GeoVirus (``geovirus``) or
    GeoWebNews (``gwn``) XML file."""
    if fmt not in _READERS:
        raise InputError(f"unknown corpus format {fmt!r}: one of {', '.join(_READERS)}")
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError(f"cannot read corpus {str(path)!r}: {exc}") from None
    return list(_READERS[fmt](root))


@dataclass
class Scores:
    """Counts for one system on one corpus."""

    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    errors_km: list[float] = field(default_factory=list)
    seconds: float = 0.0
    warm_seconds: float = 0.0  # a second pass, once per-name caches are filled
    documents: int = 0

    @property
    def precision(self) -> float:
        return self.true_pos / max(1, self.true_pos + self.false_pos)

    @property
    def recall(self) -> float:
        return self.true_pos / max(1, self.true_pos + self.false_neg)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def acc161(self) -> float:
        return sum(e <= 161 for e in self.errors_km) / max(1, len(self.errors_km))

    @property
    def auc(self) -> float:
        scale = math.log(_EARTH_HALF_CIRCUMFERENCE_KM)
        return sum(math.log1p(e) / scale for e in self.errors_km) / max(1, len(self.errors_km))

    @property
    def mean_km(self) -> float:
        return sum(self.errors_km) / max(1, len(self.errors_km))

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def warm_docs_per_second(self) -> float:
        return self.documents / self.warm_seconds if self.warm_seconds else 0.0


def _score(doc: Document, predicted: Mapping[tuple[int, int], tuple[float, float] | None],
           scores: Scores) -> None:
    gold = {(g.start, g.end): g for g in doc.toponyms}
    hits = gold.keys() & predicted.keys()
    scores.true_pos += len(hits)
    scores.false_pos += len(predicted.keys() - gold.keys())
    scores.false_neg += len(gold.keys() - predicted.keys())
    for span in hits:
        g, point = gold[span], predicted[span]
        if g.lat is None or g.lon is None or point is None:
            continue
        _, _, metres = _GEOD.inv(g.lon, g.lat, point[0], point[1])
        scores.errors_km.append(metres / 1000)


def _ours(doc: Document, gazetteer: Gazetteer, recognizer: RuleRecognizer
          ) -> tuple[dict[tuple[int, int], tuple[float, float]],
                     dict[tuple[int, int], tuple[float, float]]]:
    """Predicted spans and points, literal mentions only and with associative ones.

    The geoparser only (recognition + resolution): roles do not change what is scored.
    """
    places = resolve_mentions(recognizer(doc.text), gazetteer, doc.text)
    literal: dict[tuple[int, int], tuple[float, float]] = {}
    everything: dict[tuple[int, int], tuple[float, float]] = {}
    for place in places:
        point = (place.candidate.lon, place.candidate.lat)
        for m in place.mentions:
            if m.capital_of is not None:
                continue  # "the capital" refers to a place but is no toponym (GWN's view)
            everything[(m.start, m.end)] = point
            if not m.associative:
                literal[(m.start, m.end)] = point
    return literal, everything


def _geotext(doc: Document, gazetteer: Gazetteer
             ) -> dict[tuple[int, int], tuple[float, float] | None]:
    """The geotext baseline; its names placed at their most populous gazetteer entry."""
    from geotext import GeoText

    found = GeoText(doc.text)
    out: dict[tuple[int, int], tuple[float, float] | None] = {}
    for name in set(found.cities) | set(found.countries):
        candidates = gazetteer.candidates(name_key(name))
        best = max(candidates, key=lambda c: (c.kind.value == "country", c.population),
                   default=None)
        for m in re.finditer(rf"\b{re.escape(name)}\b", doc.text):
            out[(m.start(), m.end())] = (best.lon, best.lat) if best else None
    return out


def evaluate_corpus(path: Path, fmt: str, *, limit: int | None = None,
                    baseline: bool = True) -> dict[str, Scores]:
    documents = read_corpus(path, fmt)[:limit]
    gazetteer = load_gazetteer()
    recognizer = RuleRecognizer(gazetteer, load_lexicon())
    resolve_mentions(recognizer("Warm-up in Baghdad."), gazetteer)
    systems = {"ours (literal)": Scores(), "ours (+associative)": Scores()}
    if baseline:
        systems["geotext baseline"] = Scores()
    for doc in documents:
        started = time.perf_counter()
        literal, everything = _ours(doc, gazetteer, recognizer)
        systems["ours (literal)"].seconds += time.perf_counter() - started
        _score(doc, literal, systems["ours (literal)"])
        _score(doc, everything, systems["ours (+associative)"])
        if baseline:
            started = time.perf_counter()
            predicted = _geotext(doc, gazetteer)
            systems["geotext baseline"].seconds += time.perf_counter() - started
            _score(doc, predicted, systems["geotext baseline"])
    started = time.perf_counter()
    for doc in documents:
        resolve_mentions(recognizer(doc.text), gazetteer, doc.text)
    warm = time.perf_counter() - started
    for scores in systems.values():
        scores.documents = len(documents)
    for name in ("ours (literal)", "ours (+associative)"):
        systems[name].seconds = systems["ours (literal)"].seconds
        systems[name].warm_seconds = warm
    return systems


def format_report(report: dict[str, Scores], *, command: str, seconds: float) -> str:
    lines = [f"command: {command}",
             f"machine: {platform.machine()} {platform.processor() or ''} "
             f"python {platform.python_version()}, wall {seconds:.1f} s",
             "| system | P | R | F1 | Acc@161 | AUC | mean km | resolved | docs/s "
             "(first pass) | docs/s (warm) |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for name, s in report.items():
        lines.append(f"| {name} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | "
                     f"{s.acc161:.3f} | {s.auc:.3f} | {s.mean_km:.0f} | "
                     f"{len(s.errors_km)} | {s.docs_per_second:.0f} | "
                     f"{f'{s.warm_docs_per_second:.0f}' if s.warm_seconds else '-'} |")
    return "\n".join(lines)


# --- Roles on annotated articles (``--format articles``) -------------------------------
# An article file is the JSON of ../shared/articles: ``text``, ``date``, ``places``,
# ``announced_centers``, ``proposed_centers``, ``centers_any``, ``disputed_areas``,
# ``not_places``. A gold name matches a feature when its name key equals the key of the
# feature's name, its gazetteer name or any of its mentions as written.

_ROLE_LAYERS = ("announced_center", "proposed_center", "disputed_area")


@dataclass(frozen=True)
class ArticleLayers:
    """The features of one extracted article, each as the set of keys it answers to."""

    by_layer: dict[str, list[frozenset[str]]]

    def has(self, layer: str, name: str) -> bool:
        key = name_key(name)
        return any(key in keys for keys in self.by_layer.get(layer, ()))

    def layers_of(self, name: str) -> set[str]:
        return {layer for layer in self.by_layer if self.has(layer, name)}


def article_layers(text: str, *, date: str | None = None,
                   gazetteer: Gazetteer | None = None) -> ArticleLayers:
    """Run the whole pipeline on ``text`` and index its features by layer."""
    collection = extract_feature_collection(text, date=date, gazetteer=gazetteer)
    by_layer: dict[str, list[frozenset[str]]] = {}
    for feature in collection["features"]:
        props = feature["properties"]
        names = {props["name"], props["gazetteer_name"]}
        names |= {m["text"] for m in props["mentions"]}
        keys = set(map(name_key, names))
        keys |= set(map(_kind_free, keys))
        # a part of a pair name is kept apart: it matches a gold name, not a gold part
        keys |= {_PART + name_key(part) for name in names for part in _pair_parts(name)}
        by_layer.setdefault(props["layer"], []).append(frozenset(keys))
    return ArticleLayers(by_layer)


# A trailing kind word does not make another place: the annotator's "K-One base" or
# "Migingo" is the system's "K-One" or "Migingo Island" (both sides are compared without it)
_KIND_SUFFIX = re.compile(r" (?:camp|base|air base|island|islands|province|governorate|"
                          r"district|city|town|village|region|area|state|"
                          # the feature words recognition joins to a name ("Lipu Lekh
                          # pass", "the Kempir-Abad reservoir", "the Hawar islands")
                          r"reservoir|plateau|heights|"
                          + "|".join(sorted(FEATURE_NOUNS_LOWER)) + r")$")
# nor does a leading direction adjective: the annotator's "southern Lebanon", "eastern
# Ghouta" is the system's "Lebanon", "Ghouta" (not "South Sudan": a name of its own)
_DIRECTION_PREFIX = re.compile(r"^(?:the |(?:north|south)(?:-?(?:east|west))?ern |"
                               r"(?:east|west)ern )")


def _kind_free(key: str) -> str:
    return _DIRECTION_PREFIX.sub("", _KIND_SUFFIX.sub("", key)) or key


_PART = "~"


def _pair_parts(name: str) -> list[str]:
    """"Kuchurgan-Pervomaisk", "Petrovice-Bahratal": a crossing named after the towns on
    its two sides is either town (so is the gold name, see Counts.add)."""
    parts = name.split("-")
    return parts if len(parts) == 2 and all(p[:1].isupper() for p in parts) else []


@dataclass
class Counts:
    """True/false positives and false negatives of one layer over a set of articles."""

    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0

    def add(self, gold: list[str], predicted: list[frozenset[str]]) -> tuple[list, list]:
        """Count one article; return its missed gold names and spurious features."""
        def variants(name: str) -> set[str]:
            whole = {name_key(name), _kind_free(name_key(name))}
            return whole | {_PART + k for k in whole} | set(map(name_key, _pair_parts(name)))

        keys = {k for n in gold for k in variants(n)}
        missed = [n for n in gold if not any(variants(n) & p for p in predicted)]
        spurious = [p for p in predicted if not p & keys]
        self.true_pos += len(gold) - len(missed)
        self.false_neg += len(missed)
        self.false_pos += len(spurious)
        return missed, spurious

    @property
    def precision(self) -> float:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_pos + self.false_neg
        return self.true_pos / gold if gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ArticleScores:
    """Role scores over the articles of one folder."""

    articles: int = 0
    centres: Counts = field(default_factory=Counts)
    disputed: Counts = field(default_factory=Counts)
    places: Counts = field(default_factory=Counts)
    status_right: int = 0
    status_judged: int = 0
    not_place_hits: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def status_accuracy(self) -> float:
        return self.status_right / self.status_judged if self.status_judged else 1.0


def _dedupe(names: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name_key(name), name)
    return list(seen.values())


def score_article(article: dict, scores: ArticleScores,
                  gazetteer: Gazetteer | None = None) -> None:
    """Add one annotated article's centre, status, disputed and place counts to
    ``scores`` (and a line per miss to ``scores.misses``)."""
    got = article_layers(article["text"], date=article.get("date"), gazetteer=gazetteer)
    label = article.get("id", "?")
    announced, proposed = article["announced_centers"], article["proposed_centers"]
    gold_centres = _dedupe([*announced, *proposed, *article.get("centers_any", [])])
    predicted = [*got.by_layer.get("announced_center", []),
                 *got.by_layer.get("proposed_center", [])]
    missed, spurious = scores.centres.add(gold_centres, predicted)
    for name, layer in [*((n, "announced_center") for n in announced),
                        *((n, "proposed_center") for n in proposed)]:
        found = got.layers_of(name) & {"announced_center", "proposed_center"}
        if found:
            scores.status_judged += 1
            scores.status_right += found == {layer}
            if found != {layer}:
                scores.misses.append(f"{label}: {name} status {sorted(found)}, gold {layer}")
    d_missed, d_spurious = scores.disputed.add(_dedupe(article["disputed_areas"]),
                                               got.by_layer.get("disputed_area", []))
    everything = [keys for layer in got.by_layer.values() for keys in layer]
    p_missed, _ = scores.places.add(_dedupe([p["name"] for p in article.get("places", [])]),
                                    everything)
    hits = [n for n in article.get("not_places", []) if any(name_key(n) in k for k in everything)]
    scores.not_place_hits += len(hits)
    scores.articles += 1
    for what, names in [("centre missed", missed), ("disputed missed", d_missed),
                        ("place missed", p_missed), ("not-place mapped", hits)]:
        scores.misses.extend(f"{label}: {what}: {n}" for n in names)
    for what, features in [("centre spurious", spurious), ("disputed spurious", d_spurious)]:
        scores.misses.extend(f"{label}: {what}: {sorted(f)[0]}" for f in features)


def _article_files(path: Path) -> dict[str, list[Path]]:
    """The article files of ``path`` grouped by folder (a file alone is its own group)."""
    if path.is_file():
        return {path.parent.name: [path]}
    if not path.is_dir():
        raise InputError(f"no such file or folder: {path.name!r}")
    groups: dict[str, list[Path]] = {}
    for file in sorted(path.rglob("*.json")):
        groups.setdefault(str(file.parent.relative_to(path.parent)), []).append(file)
    if not groups:
        raise InputError(f"no article .json files in {path.name!r}")
    return groups


def score_articles(paths: list[Path]) -> dict[str, ArticleScores]:
    """Role and place scores of annotated articles, one entry per folder."""
    gazetteer = load_gazetteer()
    report: dict[str, ArticleScores] = {}
    for path in paths:
        for folder, files in _article_files(path).items():
            scores = report.setdefault(folder, ArticleScores())
            for file in files:
                try:
                    article = json.loads(file.read_text(encoding="utf-8"))
                    score_article(article, scores, gazetteer)
                except (OSError, ValueError, KeyError, TypeError) as exc:
                    raise InputError(f"{file.name}: not an annotated article ({exc})") from None
    return report


def format_article_report(report: dict[str, ArticleScores], *, command: str,
                          show_misses: bool = False) -> str:
    lines = [f"command: {command}",
             "| folder | articles | centre P | centre R | centre F1 | status acc | "
             "disputed P | disputed R | disputed F1 | place R | not-places mapped |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for folder, s in report.items():
        c, d = s.centres, s.disputed
        lines.append(f"| {folder} | {s.articles} | {c.precision:.2f} | {c.recall:.2f} | "
                     f"{c.f1:.2f} | {s.status_accuracy:.2f} ({s.status_right}/"
                     f"{s.status_judged}) | {d.precision:.2f} | {d.recall:.2f} | {d.f1:.2f} | "
                     f"{s.places.recall:.2f} | {s.not_place_hits} |")
    if show_misses:
        lines += ["", *(m for s in report.values() for m in s.misses)]
    return "\n".join(lines)


# --- Towns in one-sentence articles (``--format towns``) -------------------------------
# A JSON list of {"name", "sentence", "lat", "lon"}: is the town found in its sentence,
# and placed within ``TOWN_KM`` of the sourced point?

TOWN_KM = 30.0


@dataclass
class TownScores:
    towns: int = 0
    found: int = 0
    within: int = 0
    misses: list[str] = field(default_factory=list)


def _km_to_geometry(geometry: dict, lon: float, lat: float) -> float:
    """Geodesic km from a point to a GeoJSON geometry (0 inside a polygon)."""
    from shapely.geometry import Point, shape
    from shapely.ops import nearest_points

    geom = shape(geometry)
    point = Point(lon, lat)
    if geom.contains(point):
        return 0.0
    nearest = nearest_points(geom, point)[0]
    return _GEOD.inv(lon, lat, nearest.x, nearest.y)[2] / 1000.0


def score_towns(path: Path) -> TownScores:
    """How many towns of a one-sentence-per-town file are found and placed near."""
    try:
        towns = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read towns file {path.name!r}: {exc}") from None
    gazetteer = load_gazetteer()
    scores = TownScores()
    for town in towns:
        scores.towns += 1
        key = name_key(town["name"])
        features = [f for f in extract_feature_collection(town["sentence"],
                                                          gazetteer=gazetteer)["features"]
                    if any(name_key(m["text"]) == key for m in f["properties"]["mentions"])]
        if not features:
            scores.misses.append(f"{town['name']}: not found")
            continue
        scores.found += 1
        km = min(_km_to_geometry(f["geometry"], town["lon"], town["lat"]) for f in features)
        if km <= TOWN_KM:
            scores.within += 1
        else:
            scores.misses.append(f"{town['name']}: {km:.0f} km away")
    return scores


def format_town_report(scores: TownScores, *, command: str, show_misses: bool) -> str:
    lines = [f"command: {command}",
             f"towns {scores.towns}, found {scores.found}, "
             f"placed within {TOWN_KM:.0f} km {scores.within}"]
    return "\n".join([*lines, *(scores.misses if show_misses else [])])
